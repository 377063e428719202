import {compileDocusaurusMd} from '../../../../test/docusaurus-markdown-config';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import remarkMkdocs from '../../index';
import {MATERIAL_MARKDOWN_EXTENSIONS} from '../../lib/markdown-extensions';

/**
 * Critic marks, smart symbols, task lists and inline hilite through
 * Docusaurus's own `.md` processor (remark-gfm, rehype-raw, MDX's JSX
 * compiler), with Material's extension set as the site passes it: the page
 * module must hold the elements and props the theme and the CSS expect.
 */
let site: string;
beforeAll(() => {
  site = mkdtempSync(path.join(tmpdir(), 'inline-extensions-site-'));
});
afterAll(() => {
  if (site) rmSync(site, {recursive: true, force: true});
});

function compile(markdown: string, markdownExtensions = MATERIAL_MARKDOWN_EXTENSIONS): Promise<string> {
  const components = {InlineHilite: '@site/src/components/InlineHilite'};
  return compileDocusaurusMd(markdown, site, {beforeDefaultRemarkPlugins: [[remarkMkdocs, {markdownExtensions, components}]]});
}

describe('through Docusaurus’s .md processor', () => {
  it('draws task lists as pymdownx with custom_checkbox, each box named after its item', async () => {
    const js = await compile('- [x] Install the tools\n- [ ] Clone\n');
    expect(js).toContain('"task-list"');
    expect(js).toContain('"task-list-item"');
    expect(js).toContain('"task-list-control"');
    expect(js).toContain('"task-list-indicator"');
    expect(js).toMatch(/"aria-label": "Install the tools"/);
    expect(js).not.toContain('contains-task-list');
    expect(js).toMatch(/checked: true/);
  });

  it('leaves a clickable box uncontrolled (defaultChecked), so the reader can tick it', async () => {
    const js = await compile('- [x] Done\n', {'pymdownx.tasklist': {custom_checkbox: true, clickable_checkbox: true}});
    expect(js).toMatch(/defaultChecked: true/);
    expect(js).not.toMatch(/\bchecked: true/);
    expect(js).toMatch(/disabled: false|type: "checkbox"/);
  });

  it('renders critic marks, smart symbols and inline hilite', async () => {
    const js = await compile('A {++b++} {--c--} (c) 2nd `#!python print(1)`\n');
    expect(js).toMatch(/_jsx\(_components\.ins, \{\s*className: "critic"/);
    expect(js).toMatch(/_jsx\(_components\.del, \{\s*className: "critic"/);
    expect(js).toContain('©');
    expect(js).toMatch(/_components\.sup/);
    expect(js).toContain('import InlineHilite from "@site/src/components/InlineHilite"');
    expect(js).toMatch(/_jsxs?\(InlineHilite, \{\s*language: "python"/);
    expect(js).toContain('"token keyword"');
  });
});
