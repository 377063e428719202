/**
 * The "Authoring lessons" page shows every construct the README promises
 * authors: each entry names the README's wording (so a construct dropped from
 * the README shows up here) and what an example's source must contain.
 */
import {readFileSync} from 'node:fs';
import type {Code} from 'mdast';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {visit} from 'unist-util-visit';
import {describe, expect, it} from 'vitest';
import {isExampleFence} from '../index';

const root = new URL('../../../', import.meta.url);
const PAGE = 'docs/authoring-lessons.md';

/** The README section "What lesson authors can write", up to the next `##` heading. */
function readmeSection(): string {
  const readme = readFileSync(new URL('README.md', root), 'utf8');
  const start = readme.indexOf('## What lesson authors can write');
  expect(start, 'README.md has no "What lesson authors can write" section').toBeGreaterThan(-1);
  const end = readme.indexOf('\n## ', start + 1);
  // Lines are wrapped at 120 columns: compare with whitespace runs as single spaces.
  return collapse(readme.slice(start, end === -1 ? undefined : end));
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** The source of every example on the page (fences `{ .markdown .example }`), in order. */
function pageExamples(): string[] {
  const tree = unified().use(remarkParse).parse(readFileSync(new URL(PAGE, root), 'utf8'));
  const sources: string[] = [];
  visit(tree, 'code', (node: Code) => {
    if (isExampleFence(node)) sources.push(node.value);
  });
  return sources;
}

interface Construct {
  /** Text of the README section that names the construct; null for constructs it does not list (yet). */
  readme: string | null;
  /** Each must be in the source of at least one example. */
  markers: Array<string | RegExp>;
}

const CONSTRUCTS: Construct[] = [
  {readme: 'Admonitions `!!! type [classes] ["title"]`', markers: [/^!!! note$/m, /^!!! \w+ "[^"]*`[^"]*"$/m]},
  {readme: 'no title → the type capitalised', markers: [/^!!! warning$/m]},
  {readme: '`""` → no title bar', markers: ['!!! info ""']},
  {readme: 'Markdown in titles', markers: [/^!!! \w+ "[^"]*`[^"]*"$/m]},
  {readme: 'nesting to any depth', markers: [/^ {4}!!! \w+/m]},
  {readme: 'Collapsibles `???` / `???+`', markers: [/^\?\?\? \w+/m, /^\?\?\?\+ \w+/m]},
  {readme: 'aliases (`caution` → warning', markers: ['!!! caution']},
  {readme: 'custom types `lab` and `stretch`', markers: ['!!! lab', '!!! stretch']},
  {readme: '`inline` / `inline end` modifiers', markers: [/^!!! \w+ inline end/m]},
  {readme: 'Mojibake such as `âœ…`', markers: ['âœ…']},
  {readme: 'Commands and sample output', markers: ['```bash\nkubectl create deployment', '```text\n']},
  {readme: '`kubectl get pods -o wide`', markers: ['```bash\nkubectl get pods -o wide\n```\n\n```text\nNAME ']},
  {readme: '```` ```text ````', markers: ['```text']},
  {readme: '```` ``` { .bash .no-copy } ````', markers: ['``` { .bash .no-copy }']},
  {readme: '`title="Output"`', markers: ['title="Output"']},
  {readme: '```` ``` { .bash .command } ````', markers: ['``` { .bash .command }']},
  {readme: '```` ```console ````', markers: ['```console\n$ ']},
  {readme: 'Content tabs `=== "Linux"`', markers: [/^=== "Linux"$/m, /^===\+ "/m, /^ {4}=== "/m]},
  {readme: 'linked by label across tab sets', markers: [/=== "macOS"[\s\S]*\n\S[^\n]*\n\n=== "Linux"[\s\S]*=== "macOS"/]},
  {readme: 'abbreviations `*[CNI]: Container Network', markers: ['*[CNI]: Container Network Interface']},
  {readme: 'emoji `:tada:`', markers: [':tada:']},
  {readme: 'icons `:material-kubernetes:`', markers: [':material-kubernetes:']},
  {readme: 'buttons `[Start](intro.md){ .md-button }`', markers: ['{ .md-button']},
  {readme: 'heading anchors `{ #id }`', markers: [/^#{1,6} .* \{ #[\w-]+ \}$/m]},
  {readme: 'Fence attributes `title="…"`, `hl_lines="2 3"`, `linenums="1"`', markers: ['title="web.yaml"', 'hl_lines="', 'linenums="1"']},
  {readme: 'Material code annotations (`# (1)!` markers', markers: ['# (1)!\n']},
  {readme: 'annotations outside code (`{ .annotate }` on a paragraph', markers: [/\(1\)[^\n]*\n\{ \.annotate \}\n\n1\. /]},
  {readme: '`!!! note annotate "Title"`', markers: [/^!!! \w+ annotate "[^"]+"\n {4}.*\(1\)[\s\S]*\n\n1\. /m]},
  {readme: 'Definition lists (`def_list`: a `Term` line, then `:   Definition`', markers: [/^\S[^\n]*\n: {3}\S/m]},
  {readme: 'footnotes (`[^1]` calls `[^1]: Note`', markers: [/\[\^\w+\][^:]/, /^\[\^\w+\]: \S/m]},
  // Markdown inside HTML (md_in_html): shown on the page whether or not the README lists it yet.
  {readme: null, markers: ['<div markdown>', '<figure markdown>', '<figcaption>', '<div class="annotate" markdown>']},
];

describe(`${PAGE} has an example of every construct`, () => {
  const section = readmeSection();
  const examples = pageExamples();

  it('has examples at all', () => {
    expect(examples.length).toBeGreaterThan(20);
  });

  it.each(CONSTRUCTS.map((construct) => [construct.readme ?? String(construct.markers[0]), construct] as const))(
    '%s',
    (_name, construct) => {
      if (construct.readme !== null) expect(section, 'the README no longer says this; update CONSTRUCTS').toContain(collapse(construct.readme));
      for (const marker of construct.markers) {
        const found = examples.some((source) => (typeof marker === 'string' ? source.includes(marker) : marker.test(source)));
        expect(found, `no example on ${PAGE} contains ${String(marker)}`).toBe(true);
      }
    },
  );
});
