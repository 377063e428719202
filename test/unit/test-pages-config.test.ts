/**
 * The test-only lessons (`test/e2e/lessons/`) are part of the site only when
 * LESSONSAURUS_TEST_PAGES=1 (the e2e build): a production build never
 * publishes them. Checked on the config object Docusaurus loads.
 */
import type {Config} from '@docusaurus/types';
import {afterEach, describe, expect, test, vi} from 'vitest';

async function loadConfig(testPages: string | undefined): Promise<Config> {
  vi.resetModules();
  if (testPages === undefined) delete process.env.LESSONSAURUS_TEST_PAGES;
  else process.env.LESSONSAURUS_TEST_PAGES = testPages;
  return (await import('../../docusaurus.config')).default;
}

/** Docs plugin instances added besides the preset's, as `[id, path]`. */
function extraDocs(config: Config): [unknown, unknown][] {
  return (config.plugins ?? [])
    .filter((plugin): plugin is [string, Record<string, unknown>] => Array.isArray(plugin) && plugin[0] === '@docusaurus/plugin-content-docs')
    .map(([, options]) => [options.id, options.path]);
}

describe('test pages in docusaurus.config.ts', () => {
  const saved = process.env.LESSONSAURUS_TEST_PAGES;
  afterEach(() => {
    if (saved === undefined) delete process.env.LESSONSAURUS_TEST_PAGES;
    else process.env.LESSONSAURUS_TEST_PAGES = saved;
  });

  test('absent without LESSONSAURUS_TEST_PAGES, or with another value', async () => {
    expect(extraDocs(await loadConfig(undefined))).toEqual([]);
    expect(extraDocs(await loadConfig('0'))).toEqual([]);
  });

  test('a second docs instance at /test-pages/ with LESSONSAURUS_TEST_PAGES=1, sharing the site pipeline', async () => {
    const config = await loadConfig('1');
    expect(extraDocs(config)).toEqual([['test-pages', 'test/e2e/lessons']]);
    const testPages = (config.plugins ?? []).find((plugin) => Array.isArray(plugin) && plugin[0] === '@docusaurus/plugin-content-docs') as [
      string,
      Record<string, unknown>,
    ];
    const preset = (config.presets?.[0] as [string, {docs: Record<string, unknown>}])[1].docs;
    expect(testPages[1].routeBasePath).toBe('test-pages');
    for (const key of ['beforeDefaultRemarkPlugins', 'remarkPlugins', 'rehypePlugins', 'admonitions']) {
      expect(testPages[1][key], key).toBe(preset[key]);
    }
  });
});
