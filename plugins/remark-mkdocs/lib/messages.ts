import type {Node} from 'unist';
import type {Point, Position} from 'unist';
import type {VFile} from 'vfile';

/** Every rule the plugin reports, with the README's one-line explanation. */
export const RULES = {
  'mkdocs-box-header': 'A line starts like a box header (`!!!`, `???+`) but is not one; it stays a paragraph.',
  'mkdocs-box-indent': 'A line right after a box, or the paragraph after it, is indented 1 to 3 spaces, or an empty box is followed by a block at its own indentation (or, in a list item, by a list MkDocs reads as its body), so it is not part of the box.',
  'mkdocs-box-type': 'A box type that is neither a Material type nor declared in `customTypes`; rendered neutral.',
  'mkdocs-mojibake': 'UTF-8 text that was decoded as Windows-1252 (`âœ…`); repaired unless `repairMojibake: false`.',
  'mkdocs-fence-option': 'A fence header MkDocs would reject (unknown option, bad `hl_lines`): rendered anyway; or one it does not read at all (```` ```sh # comment ````): no code block, text, as in MkDocs.',
  'shell-block-ambiguous': 'A shell block that may be commands or sample output; the author should mark it.',
  'mkdocs-icon': 'An icon shortcode (`:material-…:`, `:octicons-…-16:`, `:fontawesome-…:`, `:simple-…:`) that no installed icon set has; shown as text.',
  'mkdocs-attr-list': 'An attribute list `{ … }` MkDocs would not attach (misplaced, unclosed, unreadable token); shown as text or partly ignored.',
  'mkdocs-attr-unsafe': 'An attribute that could run script or load content (`on*`, `javascript:`/`data:` URLs, `style` with `url(`, `srcdoc`); dropped.',
  'mkdocs-abbr-syntax': 'A line that starts with `*[` but is no abbreviation definition (it stays text), or a definition with an empty title.',
  'mkdocs-abbr-unused': 'An abbreviation whose term never occurs in the text as a whole word; the definition has no effect.',
  'shell-block-mixed': 'Commands and their sample output in one fence; only the commands are copied.',
  'mkdocs-nesting-limit': 'A box (`!!!`, `???`, `===`) nested deeper than 32 boxes, or a definition (`: text`) deeper than 32 definitions; its header or `:` line and everything deeper stay text of the box or definition around it.',
  'mkdocs-html-markdown': 'A `markdown` attribute MkDocs ignores: on an inline element (`<span markdown>`), on one whose content is never parsed (`<pre>`, `<script>`), with an unknown value, or on a tag inside a paragraph; the HTML stays raw.',
  'mkdocs-html-unclosed': 'A `<div markdown>` (or other element with `markdown`) without its closing tag; the element runs to the end of its container.',
  'mkdocs-annotation-unbound': 'An annotation marker `(N)` in a block with the class `annotate` that binds to nothing (no ordered list right after the block, fewer items than N, or in the title of a collapsible or tab); shown as text.',
  'mkdocs-annotation-unused': 'A block with the class `annotate` and a list after it but no markers, or an item of its annotation list that no marker points at; shown as a list item.',
  'mkdocs-deflist-syntax': 'A line that looks like a definition (`: text`) but that Python-Markdown shows as text: no term above it, no space after `:`, or indented 4 or more.',
  'mkdocs-footnote-duplicate': 'A footnote label defined twice; as in MkDocs the last text is shown, at the first definition\'s place.',
  'mkdocs-footnote-undefined': 'A footnote reference `[^label]` with no definition of exactly that label (case matters in MkDocs); shown as text.',
  'mkdocs-keys-unknown': 'A key name in `++…++` that is neither in pymdownx.keys\' key map nor in `key_map` (nor quoted); the whole `++…++` stays text, as in MkDocs.',
  'mkdocs-critic': 'A critic mark (`{++`, `{--`, `{==`, `{>>`, `{~~`) that does not close in the paragraph it starts in, or a mark inside code (MkDocs renders it there); shown as text.',
  'mkdocs-snippet-missing': 'A `--8<--` include (pymdownx.snippets) whose file is not under the base paths, or whose section is not in the file, or without a file name; the line stays as written. An error with `check_paths: true`.',
  'mkdocs-snippet-cycle': 'A `--8<--` include of a file that is already being included (a cycle); the line stays as written.',
  'mkdocs-snippet-url': 'A `--8<--` include of a URL with `url_download: true`: nothing is downloaded; the line stays as written.',
  'mkdocs-include-markdown': 'A directive of the mkdocs-include-markdown-plugin (`{% include-markdown "file" %}`, `{% include "file" %}`) that cannot be honoured: a missing file, one outside the site, a glob or URL, a cycle, delimiters not in the file, or a directive that is not a line of its own; the line stays as written.',
  'mkdocs-snippet-syntax': 'A `--8<-- "file"` line inside the block form (`--8<--` … `--8<--`), which pymdownx ignores; the line stays as written.',
  'mkdocs-block-options': 'The options of a `/// name` block (pymdownx.blocks) that pymdownx refuses: bad YAML, an unknown option or value; MkDocs shows the block as text, the plugin renders it with what it understood and shows the options lines as text in it.',
  'mkdocs-table-cells': 'A table row with more cells than the header has columns; MkDocs drops the extra cells, and so does the page.',
  'mkdocs-fence-unclosed': 'A fence (```` ``` ````, `~~~`) with no closing fence before the end of its block (the page, a box, a list item); as in MkDocs it is text, and what follows it is Markdown.',
  'mkdocs-tab-label': 'An image in a content tab\'s label (`=== "![](linux.png) Linux"`), which the site\'s tabs cannot draw (a tab label holds text, icons and formatting); the label shows its text and the image\'s alt text.',
  'mkdocs-link-url': 'A link, image or link definition whose destination cannot be read as a URL (`http://localhost:80a`), which Docusaurus would fail the build on, or a link or image whose destination is empty (`[text]()`); shown as its text.',
} as const;

export type RuleId = keyof typeof RULES;

export const SOURCE = 'remark-mkdocs';

/**
 * Report through vfile, with a rule id and a place, the way remark-lint rules
 * do. Every message of the plugin goes through here.
 *
 * A VFileMessage is an Error, and V8 captures a stack trace when one is made,
 * which VFileMessage then throws away (it sets `stack` to ''). Deep in a tree
 * walk that capture cost ~10 µs a message: a few % of a lesson with a hundred
 * warnings. Not capturing it changes nothing anyone can see.
 */
export function report(
  file: VFile,
  ruleId: RuleId,
  reason: string,
  place: Point | Position | undefined,
  ancestors?: Node[],
): void {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    file.message(reason, {place, ancestors, ruleId, source: SOURCE});
  } finally {
    Error.stackTraceLimit = limit;
  }
}
