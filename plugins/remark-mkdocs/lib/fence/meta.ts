import type {FenceInfo} from './info';

/**
 * MkDocs fence options in Docusaurus's metastring dialect:
 * `title="x"` stays, `hl_lines="2 3-4"` becomes `{2,3,4}`, `linenums="5"`
 * becomes `showLineNumbers=5`.
 */
export function docusaurusMetastring(info: FenceInfo): string | null {
  const parts: string[] = [];
  if (info.title !== undefined) parts.push(`title=${quotedTitle(info.title)}`);
  if (info.hlLines.length > 0) parts.push(`{${info.hlLines.join(',')}}`);
  if (info.linenums) parts.push(info.linenums.start === 1 ? 'showLineNumbers' : `showLineNumbers=${info.linenums.start}`);
  return parts.length > 0 ? parts.join(' ') : null;
}

/**
 * Docusaurus reads the title as `title=(["'])(.*?)\1`: no escapes, so the
 * quote is one the title does not contain (JSON's `\"` ended the title early,
 * and its `\udfff` for a lone surrogate showed as text). A title with both
 * quotes gets its double quotes as single ones: the words all stay.
 */
function quotedTitle(title: string): string {
  if (!title.includes('"')) return `"${title}"`;
  if (!title.includes("'")) return `'${title}'`;
  return `"${title.replace(/"/g, "'")}"`;
}

/**
 * Classes the plugin reads as instructions (`annotate` binds annotations;
 * `no-copy`, `command`, `session` say what a shell block holds). They have
 * done their job once read and are not repeated on the page.
 */
const INSTRUCTION_CLASSES = new Set(['annotate', 'no-copy', 'command', 'session']);

/**
 * The header's other classes (`{ .yaml .wide }` → `wide`): MkDocs puts them on
 * the `<code>` element, where a site's CSS may use them, so they reach the
 * page here too. An empty class (a lone `.`) is none.
 */
export function fenceClasses(info: FenceInfo): string[] {
  return info.classes.filter((name) => name !== '' && !INSTRUCTION_CLASSES.has(name.toLowerCase()));
}

/** `language-<language>` (when there is one), then the header's other classes: MkDocs' `<code>` classes. */
export function codeClassNames(language: string | undefined, info: FenceInfo): string[] {
  return [...(language ? [`language-${language}`] : []), ...fenceClasses(info)];
}
