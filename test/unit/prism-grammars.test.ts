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
