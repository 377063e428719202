import {compileDocusaurusMd} from '../../../../test/docusaurus-markdown-config';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {Root} from 'mdast';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkMkdocs, {remarkMkdocsAfterDefaults, type AfterDefaultsOptions, type Options} from '../../index';
import {importUsedComponents} from '../../lib/docusaurus/component-imports';

/**
 * Per-page component imports (`components`) and per-box labels and icons
 * (after-defaults `boxThemes`), through Docusaurus's own `.md` processor, as
 * docusaurus.config.ts wires them: the compiled page module is what ships.
 */

// Made in beforeAll, not when the file is collected: a run that filters out every test here collects the file
// but runs no hook, and the folder would stay behind.
let site: string;
beforeAll(() => {
  site = mkdtempSync(path.join(tmpdir(), 'component-imports-site-'));
});
afterAll(() => {
  if (site) rmSync(site, {recursive: true, force: true});
});

const COMPONENTS = {
  CommandBlock: '@site/src/components/CommandBlock',
  OutputBlock: '@site/src/components/OutputBlock',
  MkdocsDetails: '@site/src/components/MkdocsDetails',
  Tabs: '@theme/Tabs',
  TabItem: '@theme/TabItem',
};
const BOX_THEMES = {info: {label: 'Info', icon: 'M1 1Z'}, bug: {label: 'Bug', icon: 'M2 2Z'}, neutral: {label: 'Note'}};

function compile(markdown: string, options: Options = {components: COMPONENTS}, after: AfterDefaultsOptions = {boxThemes: BOX_THEMES}) {
  const admonitions = {keywords: ['bug'], extendDefaults: true};
  const plugins = {beforeDefaultRemarkPlugins: [[remarkMkdocs, options]], remarkPlugins: [[remarkMkdocsAfterDefaults, after]], admonitions};
  return compileDocusaurusMd(markdown, site, plugins, 'client');
}

/** The page's imports of components (not MDX's own runtime imports). */
const importLines = (js: string) => js.split('\n').filter((line) => /^import \w+ from "@(site|theme)\//.test(line));

describe('per-page component imports', () => {
  it('imports exactly the components the page uses, and the page uses the imports', async () => {
    const js = await compile('```bash\nkubectl get pods\n```\n\n```text\nNAME   READY\nweb    1/1\n```\n');
    expect(importLines(js)).toEqual([
      'import CommandBlock from "@site/src/components/CommandBlock";',
      'import OutputBlock from "@site/src/components/OutputBlock";',
    ]);
    // The imported binding itself, not the MDXComponents provider's entry.
    expect(js).toMatch(/_jsx\(CommandBlock, \{/);
    expect(js).not.toContain('_missingMdxReference("CommandBlock"');
  });

  it('a page with tabs imports Tabs and TabItem, once each', async () => {
    const js = await compile('=== "Linux"\n\n    one\n\n=== "macOS"\n\n    two\n\n=== "A"\n\n    three\n');
    expect(importLines(js)).toEqual(['import TabItem from "@theme/TabItem";', 'import Tabs from "@theme/Tabs";']);
  });

  it('a page using none of them imports nothing', async () => {
    expect(importLines(await compile('# Title\n\n!!! info\n    Body\n'))).toEqual([]);
  });

  it('without the option, components come from MDXComponents as before', async () => {
    const js = await compile('```bash\nkubectl get pods\n```\n', {});
    expect(importLines(js)).toEqual([]);
    // MDX takes it from the provider, and says so when the site did not register it.
    expect(js).toContain('_missingMdxReference("CommandBlock", true)');
  });

  it('a name the page already binds is not imported again', () => {
    const tree = unified().use(remarkParse).parse('x') as Root;
    tree.children.push({type: 'mdxJsxFlowElement', name: 'Tabs', attributes: [], children: []});
    tree.children.unshift({
      type: 'mdxjsEsm',
      value: "import Tabs from '@theme/Tabs'",
      data: {
        estree: {
          type: 'Program',
          sourceType: 'module',
          body: [
            {
              type: 'ImportDeclaration',
              specifiers: [{type: 'ImportDefaultSpecifier', local: {type: 'Identifier', name: 'Tabs'}}],
              source: {type: 'Literal', value: '@theme/Tabs'},
              attributes: [],
            },
          ],
        },
      },
    });
    importUsedComponents(tree, new Map([['Tabs', '@theme/Tabs']]));
    expect(tree.children.filter((node) => node.type === 'mdxjsEsm')).toHaveLength(1);
  });

  it('rejects a component name MDX would treat as an HTML tag, and a missing module', () => {
    const attach = (components: unknown) => unified().use(remarkMkdocs, {components} as Options).freeze();
    expect(() => attach({tabs: '@theme/Tabs'})).toThrow(/starting with a capital letter/);
    expect(() => attach({Tabs: ''})).toThrow(/module specifier/);
  });
});

describe('box labels and icons per page (after-defaults boxThemes)', () => {
  it('a `!!!` box, a `???` box and a native `:::bug` box carry their own label and icon', async () => {
    const js = await compile('!!! info "Title"\n    One\n\n??? bug\n    Two\n\n:::bug\n\nThree\n\n:::\n');
    expect(js).toMatch(/type: "info",[\s\S]*?label: "Info",\s*iconPath: "M1 1Z"/);
    expect(js).toMatch(/_jsxs?\(MkdocsDetails, \{\s*type: "bug",[\s\S]*?label: "Bug",\s*iconPath: "M2 2Z"/);
    expect(js.match(/iconPath: "M2 2Z"/g)).toHaveLength(2);
  });

  it('a type without a theme (`:::caution`) is left to Docusaurus, and a theme without an icon gives only the label', async () => {
    const js = await compile(':::caution\n\nCareful\n\n:::\n\n!!! unknowntype\n    Body\n');
    expect(js).toMatch(/type: "caution"(?![\s\S]*?label: "Caution")/);
    expect(js).toMatch(/type: "neutral",[\s\S]*?label: "Note"/);
    expect(js).not.toMatch(/type: "neutral",[^}]*iconPath/);
  });

  it('rejects a theme without a label', () => {
    expect(() => unified().use(remarkMkdocsAfterDefaults, {boxThemes: {x: {icon: 'M'}}} as never).freeze()).toThrow(/label/);
  });
});
