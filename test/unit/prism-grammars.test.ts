/**
 * The deferred Prism (src/prism) must highlight exactly as the stock setup:
 * its grammar list loads the same grammars prism-react-renderer bundles, in
 * an order prismjs's own dependency resolver accepts, and every loader loads
 * the grammar it is listed under.
 */
import {createRequire} from 'node:module';
import {Prism as BundledPrism} from 'prism-react-renderer';
import {beforeAll, describe, expect, test} from 'vitest';
import {BUNDLED_GRAMMARS, bundledGrammarLoaders} from '../../src/prism/bundled-grammars';
import {grammarQueue, Prism} from '../../src/prism/prism-instance';
import {grammarFingerprints} from './prism-fingerprint';
import {ADDITIONAL_LANGUAGES} from '../../src/prism/additional-languages';
import {addPygmentsAliases, PYGMENTS_ALIASES} from '../../src/prism/pygments-aliases';
import {PYGMENTS_LEXERS, pygmentsLexerName} from '../../plugins/remark-mkdocs/lib/fence/pygments-lexers';

const require = createRequire(import.meta.url);

beforeAll(async () => {
  grammarQueue.add(bundledGrammarLoaders);
  await grammarQueue.idle();
});

describe('bundled grammars', () => {
  test('load into exactly the grammars prism-react-renderer bundles (same names, same patterns, same hooks)', () => {
    const ours = grammarFingerprints(Prism);
    const theirs = grammarFingerprints(BundledPrism);
    expect(Object.keys(ours).sort()).toEqual(Object.keys(theirs).sort());
    for (const name of Object.keys(theirs)) expect(ours[name], name).toBe(theirs[name]);
    const hookCounts = (p: typeof Prism) => Object.fromEntries(Object.entries(p.hooks.all).map(([k, v]) => [k, v.length]));
    expect(hookCounts(Prism)).toEqual(hookCounts(BundledPrism));
  });

  test('are in the load order prismjs resolves for them (each after what it extends)', () => {
    const getLoader = require('prismjs/dependencies') as (c: unknown, load: string[]) => {getIds(): string[]};
    const components = require('prismjs/components.json') as unknown;
    expect(getLoader(components, [...BUNDLED_GRAMMARS]).getIds()).toEqual([...BUNDLED_GRAMMARS]);
  });

  test('each loader imports the grammar module of its name', () => {
    expect(bundledGrammarLoaders).toHaveLength(BUNDLED_GRAMMARS.length);
    BUNDLED_GRAMMARS.forEach((name, index) => {
      expect(String(bundledGrammarLoaders[index])).toMatch(new RegExp(`prismjs/components/prism-${name}(\\.js)?['"]`));
    });
  });
});

describe("the site's additional languages and MkDocs' names for them", () => {
  beforeAll(async () => {
    // As src/theme/prism-include-languages.ts adds them, after the bundled grammars.
    for (const language of ADDITIONAL_LANGUAGES) {
      if (language === 'php') await import('prismjs/components/prism-markup-templating');
      await import(`prismjs/components/prism-${language}`);
    }
    addPygmentsAliases(Prism);
  });

  test('each comes after the grammars it extends (the bundled ones, or an additional one before it)', () => {
    const components = require('prismjs/components.json') as {languages: Record<string, {require?: string | string[]}>};
    ADDITIONAL_LANGUAGES.forEach((language, index) => {
      const required = [components.languages[language]?.require ?? []].flat();
      // PHP's helper grammar is loaded right before it (src/theme/prism-include-languages.ts).
      const before = [...BUNDLED_GRAMMARS, ...ADDITIONAL_LANGUAGES.slice(0, index), ...(language === 'php' ? ['markup-templating'] : [])];
      for (const dependency of required) expect(before, `${language} needs ${dependency}`).toContain(dependency);
    });
  });

  test('every alias is a name Pygments highlights, that Prism does not know by itself, for a grammar the site loads', () => {
    for (const [alias, grammar] of Object.entries(PYGMENTS_ALIASES)) {
      expect(pygmentsLexerName(alias), alias).not.toBe('Text only');
      expect([...BUNDLED_GRAMMARS, ...ADDITIONAL_LANGUAGES], alias).toContain(grammar);
      expect(Prism.languages[alias], alias).toBe(Prism.languages[grammar]);
    }
  });

  test('every name Pygments gives a lexer the site highlights is highlighted (Prism\'s own or an alias)', () => {
    // The lexers behind the grammars the site loads, and every name MkDocs accepts for them.
    const lexers = new Set([...Object.keys(PYGMENTS_ALIASES), ...BUNDLED_GRAMMARS, ...ADDITIONAL_LANGUAGES].map(pygmentsLexerName).filter((name) => name !== 'Text only'));
    const missing = [...PYGMENTS_LEXERS].filter((alias) => lexers.has(pygmentsLexerName(alias)) && Prism.languages[alias] === undefined);
    expect(missing).toEqual([]);
  });

  test('a Terraform fence is tokenized as HCL, a PowerShell one as PowerShell', () => {
    const tokens = (code: string, language: string) => Prism.tokenize(code, Prism.languages[language]!).filter((token) => typeof token !== 'string').map((token) => (token as {type: string}).type);
    expect(tokens('resource "aws_instance" "web" {\n  ami = "x"\n}', 'tf')).toContain('keyword');
    expect(tokens('Get-ChildItem -Path C:\\ | Where-Object { $_.Length -gt 0 }', 'ps1')).toContain('function');
    expect(tokens('public class A { }', 'c#')).toContain('keyword');
  });
});
