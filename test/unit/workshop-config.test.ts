/**
 * What docusaurus.config.ts takes from an imported workshop's `workshop/site.json` (plugins/workshop-site), checked
 * on the config object Docusaurus loads: the config reads the folder it is in, so it is loaded from a throw-away site
 * holding a copy of it beside the repository's plugins, sources and packages.
 */
import {copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import type {Config, ParseFrontMatter} from '@docusaurus/types';
import {afterEach, describe, expect, test, vi} from 'vitest';
import type {WorkshopSite} from '../../plugins/workshop-site';

const ROOT = path.resolve(import.meta.dirname, '../..');
const dirs: string[] = [];

async function configWith(site: Partial<WorkshopSite>): Promise<{config: Config; dir: string}> {
  const dir = mkdtempSync(path.join(tmpdir(), 'workshop-config-'));
  dirs.push(dir);
  for (const name of ['plugins', 'src', 'node_modules', 'package.json']) symlinkSync(path.join(ROOT, name), path.join(dir, name));
  copyFileSync(path.join(ROOT, 'docusaurus.config.ts'), path.join(dir, 'docusaurus.config.ts'));
  mkdirSync(path.join(dir, 'workshop/docs'), {recursive: true});
  writeFileSync(path.join(dir, 'workshop/site.json'), JSON.stringify({title: 'Workshop', social: [], docsFolder: '', home: true, ...site}));
  vi.resetModules();
  return {config: (await import(path.join(dir, 'docusaurus.config.ts'))).default as Config, dir};
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, {recursive: true, force: true});
});

describe('the table of contents of an imported workshop', () => {
  test("lists the heading levels site.json gives (Material's toc_depth)", async () => {
    const {config} = await configWith({tableOfContents: {minHeadingLevel: 2, maxHeadingLevel: 6}});
    expect(config.themeConfig?.tableOfContents).toEqual({minHeadingLevel: 2, maxHeadingLevel: 6});
    const {config: shallow} = await configWith({tableOfContents: {minHeadingLevel: 3, maxHeadingLevel: 4}});
    expect(shallow.themeConfig?.tableOfContents).toEqual({minHeadingLevel: 3, maxHeadingLevel: 4});
  });

  test("none: the workshop's pages hide theirs; the site's own pages keep Docusaurus's", async () => {
    const {config, dir} = await configWith({tableOfContents: false});
    expect(config.themeConfig?.tableOfContents).toBeUndefined();
    const parse = config.markdown?.parseFrontMatter as ParseFrontMatter;
    const frontMatterOf = async (file: string, fileContent: string) =>
      (
        await parse({
          filePath: path.join(dir, file),
          fileContent,
          defaultParseFrontMatter: async () => ({frontMatter: {}, content: fileContent}),
        })
      ).frontMatter;
    expect(await frontMatterOf('workshop/docs/lesson.md', '# Lesson\n\n## Part\n')).toMatchObject({hide_table_of_contents: true});
    expect(await frontMatterOf('docs/authoring-lessons.md', '# Guide\n\n## Part\n')).not.toHaveProperty('hide_table_of_contents');
  });
});
