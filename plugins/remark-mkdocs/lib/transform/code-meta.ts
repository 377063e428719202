import type {FenceInfo} from '../code/fence-info';

/**
 * MkDocs fence options in Docusaurus's metastring dialect:
 * `title="x"` stays, `hl_lines="2 3-4"` becomes `{2,3,4}`, `linenums="5"`
 * becomes `showLineNumbers=5`.
 */
export function docusaurusMetastring(info: FenceInfo): string | null {
  const parts: string[] = [];
  if (info.title !== undefined) parts.push(`title=${JSON.stringify(info.title)}`);
  if (info.hlLines.length > 0) parts.push(`{${info.hlLines.join(',')}}`);
  if (info.linenums) parts.push(info.linenums.start === 1 ? 'showLineNumbers' : `showLineNumbers=${info.linenums.start}`);
  return parts.length > 0 ? parts.join(' ') : null;
}
