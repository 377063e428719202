/**
 * Differential test of src/prism's `Highlight` against prism-react-renderer's,
 * which Docusaurus's CodeBlock was built on: the same code, language and
 * theme must render the same HTML. Samples: every fenced block of the site's
 * lessons, the seed and the corpus (test/data/seeds, test/data/corpus: their
 * real languages, and ones with no grammar), plus one polyglot snippet in
 * every grammar under every theme prism-react-renderer ships (some style per
 * language).
 */
import {readFileSync, readdirSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import type {Code, Root} from 'mdast';
import {fromMarkdown} from 'mdast-util-from-markdown';
import {Highlight as UpstreamHighlight, Prism as UpstreamPrism, themes, type HighlightProps, type PrismTheme, type RenderProps} from 'prism-react-renderer';
import {createElement, type ReactNode} from 'react';
import {renderToStaticMarkup} from 'react-dom/server';
import {visit} from 'unist-util-visit';
import {beforeAll, describe, expect, test} from 'vitest';
import {bundledGrammarLoaders} from '../../src/prism/bundled-grammars';
import {Highlight} from '../../src/prism/highlight';
import {grammarQueue, Prism} from '../../src/prism/prism-instance';
import {CORPUS, SEEDS} from '../data-paths';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(import.meta.dirname, '../..');

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, {recursive: true, encoding: 'utf8'})
    .filter((file) => file.endsWith('.md'))
    .map((file) => path.join(dir, file));
}

/** Every code block of the lessons, as CommonMark sees them (MkDocs bodies indented in boxes count as indented code). */
function codeSamples(): {where: string; language: string; code: string}[] {
  const files = [...markdownFiles(path.join(ROOT, 'docs')), ...markdownFiles(SEEDS), ...markdownFiles(CORPUS)];
  return files.flatMap((file) => {
    const samples: {where: string; language: string; code: string}[] = [];
    visit(fromMarkdown(readFileSync(file, 'utf8')) as Root, 'code', (node: Code) => {
      samples.push({where: `${path.relative(ROOT, file)}:${node.position?.start.line}`, language: node.lang ?? 'text', code: node.value});
    });
    return samples;
  });
}

/** Code blocks the way Docusaurus's Line and Token components use the render props, extra class names and styles included. */
function renderLines({className, style, tokens, getLineProps, getTokenProps}: RenderProps): ReactNode {
  return createElement(
    'pre',
    {className, style},
    tokens.map((line, index) =>
      createElement(
        'span',
        {key: index, ...getLineProps({line, className: index === 1 ? 'theme-code-block-highlighted-line' : undefined, style: index === 2 ? {opacity: 0.5} : undefined})},
        line.map((token, at) => createElement('span', {key: at, ...getTokenProps({token, className: at === 0 ? 'first' : undefined})})),
      ),
    ),
  );
}

function render(which: 'ours' | 'upstream', language: string, code: string, theme: PrismTheme): string {
  const props = {language, code, theme, children: renderLines as HighlightProps['children']};
  return renderToStaticMarkup(which === 'ours' ? createElement(Highlight, {...props, prism: Prism}) : createElement(UpstreamHighlight, {...props, prism: UpstreamPrism}));
}

const POLYGLOT = [
  '#!/usr/bin/env bash',
  '// a comment with a `tick` and <tag attr="v">',
  'const greeting = `hello ${name + "!"}`; /* block',
  '   comment */ let x = 0x1F + 2.5e3; // trailing',
  '',
  'def f(a, b=[1, 2]):  # python',
  "    return {'key': a, \"other\": b}",
  '\r\nkey: value\t# yaml\r\n- item',
  '<div class="x">&amp; text</div>',
  '',
].join('\n');

let siteThemes: PrismTheme[] = [];

beforeAll(async () => {
  const config = (await import('../../docusaurus.config')).default;
  const prism = (config.themeConfig as {prism: {theme: PrismTheme; darkTheme: PrismTheme; additionalLanguages: string[]}}).prism;
  siteThemes = [prism.theme, prism.darkTheme];
  // Ours: the bundled grammars, then the site's extra ones, through the queue the site uses.
  grammarQueue.add(bundledGrammarLoaders);
  // PHP after its helper grammar, as src/theme/prism-include-languages.ts loads it.
  const modules = prism.additionalLanguages.flatMap((language) => (language === 'php' ? ['markup-templating', language] : [language]));
  grammarQueue.add(modules.map((language) => () => import(`prismjs/components/prism-${language}`)));
  await grammarQueue.idle();
  // Upstream: the same extra grammars run against prism-react-renderer's own instance.
  for (const language of modules) {
    const source = readFileSync(require.resolve(`prismjs/components/prism-${language}`), 'utf8');
    new Function('Prism', source)(UpstreamPrism);
  }
});

describe('Highlight renders what prism-react-renderer renders', () => {
  test('every code block of the lessons, in both site themes', () => {
    const samples = codeSamples();
    expect(samples.length).toBeGreaterThan(300);
    expect(new Set(samples.map((s) => s.language))).toContain('bash');
    let compared = 0;
    for (const {where, language, code} of samples) {
      for (const theme of siteThemes) {
        expect(render('ours', language, code, theme), `${where} (${language})`).toBe(render('upstream', language, code, theme));
        compared++;
      }
    }
    expect(compared).toBe(samples.length * 2);
  });

  test('a polyglot snippet in every grammar, under every theme prism-react-renderer ships', () => {
    const languages = Object.keys(UpstreamPrism.languages).filter((name) => typeof UpstreamPrism.languages[name] === 'object');
    expect(languages.length).toBeGreaterThan(50);
    for (const language of [...languages, 'no-such-language', 'BASH']) {
      for (const [name, theme] of Object.entries(themes)) {
        expect(render('ours', language, POLYGLOT, theme), `${language} / ${name}`).toBe(render('upstream', language, POLYGLOT, theme));
      }
    }
  });

  test('empty code and code of line breaks only', () => {
    for (const code of ['', '\n', '\n\n', 'x\n', '\r\n\r\n']) {
      for (const theme of siteThemes) expect(render('ours', 'bash', code, theme)).toBe(render('upstream', 'bash', code, theme));
    }
  });
});
