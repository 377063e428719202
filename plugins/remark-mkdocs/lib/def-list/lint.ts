import type {Paragraph, Parent, PhrasingContent, Root, RootContent} from 'mdast';
import type {VFile} from 'vfile';
import {SKIP, visit} from '../mdast-util/visit';
import {report} from '../messages';
import {SourceLines} from '../mdast-util/source-lines';
import {MAX_DEFINITION_DEPTH} from './construct';
import {nearMissDefinition, parseDefinitionMarker} from './grammar';
import type {DefListDescription} from './nodes';

/**
 * `mkdocs-deflist-syntax`: lines an author likely meant as definitions that
 * Python-Markdown shows as text.
 * - A `: text` line with nothing before it in its container (the start of the
 *   page, of a box, of a list item): `DefListProcessor` finds no term and no
 *   sibling and gives the block back to the paragraph processor. The
 *   definition (a lone `defListDescription`, see `from-markdown.ts`) becomes
 *   that paragraph again, its `:` kept.
 * - A paragraph line right under a term that is `:text` (no space) or `: text`
 *   indented 4 or more (`nearMissDefinition`).
 *
 * `mkdocs-nesting-limit`: a `: text` line in a paragraph `MAX_DEFINITION_DEPTH`
 * definitions deep was refused for its depth; one warning says so for the
 * paragraph (the deeper definitions of the nest all land in it).
 */
export function lintDefinitionLists(tree: Root, file: VFile): void {
  const source = new SourceLines(String(file));
  const text = String(file);
  // Definitions around each parent node (itself included), for the depth limit; filled top-down as `visit` goes.
  const depths = new WeakMap<Parent, number>();
  visit(tree, (node, index, parent) => {
    const outer = parent ? (depths.get(parent) ?? 0) : 0;
    if ('children' in node) depths.set(node, outer + (node.type === 'defListDescription' ? 1 : 0));
    if (node.type === 'paragraph' && !node.data?.directiveLabel) lintParagraph(node, file, source, outer >= MAX_DEFINITION_DEPTH);
    if (node.type !== 'defListDescription' || !parent || index === undefined || parent.type === 'defList') return;
    const first = source.line(node.position?.start.line ?? 0).slice((node.position?.start.column ?? 1) - 1).trim();
    report(
      file,
      'mkdocs-deflist-syntax',
      `Unexpected definition \`${first}\` with nothing above it, expected a term line right above it (Python-Markdown shows this line as text)`,
      node.position?.start,
      [parent],
    );
    // Its blocks are the parent's now and are walked there (a definition nested in it is an orphan too); the
    // detached node is not walked, or what is reported and replaced in it would stay in the moved copy.
    (parent as Parent).children.splice(index, 1, ...asText(node, text));
    return [SKIP, index];
  });
}

/** The definition as the paragraph Python-Markdown makes of it: its `:` and the text after it, then its other blocks. */
function asText(node: DefListDescription, source: string): RootContent[] {
  const start = node.position?.start.offset;
  const [first, ...rest] = node.children;
  const markerEnd = first?.position?.start.offset ?? node.position?.end.offset;
  const marker = start !== undefined && markerEnd !== undefined ? source.slice(start, markerEnd).trimStart() : ': ';
  const markerText: PhrasingContent = {type: 'text', value: first?.type === 'paragraph' ? marker : marker.trimEnd()};
  if (node.position?.start) markerText.position = {start: {...node.position.start}, end: {...(first?.position?.start ?? node.position.end)}};
  if (first?.type === 'paragraph') {
    const paragraph: Paragraph = {...first, children: [markerText, ...first.children], position: node.position && first.position && {start: {...node.position.start}, end: {...first.position.end}}};
    return [paragraph, ...rest];
  }
  // The marker alone: its paragraph ends on its line (the blocks after it are linted where they are).
  const alone = marker.trimEnd();
  const position = node.position?.start && {
    start: {...node.position.start},
    end: {line: node.position.start.line, column: node.position.start.column + alone.length, offset: start === undefined ? undefined : start + alone.length},
  };
  return [{type: 'paragraph', children: [{...markerText, value: alone, position}], position}, ...node.children];
}

function lintParagraph(paragraph: Paragraph, file: VFile, source: SourceLines, atDepthLimit: boolean): void {
  const position = paragraph.position;
  if (!position) return;
  const containerColumn = position.start.column - 1;
  for (let line = position.start.line + 1; line <= position.end.line; line++) {
    const raw = source.line(line);
    const textColumn = /^(?:[ \t]*>)*[ \t]*/.exec(raw)![0].length;
    if (raw[textColumn] !== ':') continue;
    if (atDepthLimit && parseDefinitionMarker(raw.slice(textColumn))) {
      report(
        file,
        'mkdocs-nesting-limit',
        `Unexpected definition nested deeper than ${MAX_DEFINITION_DEPTH} definitions, expected at most ${MAX_DEFINITION_DEPTH} levels: this line and the deeper ones stay text of the definition around them`,
        {line, column: textColumn + 1},
        [paragraph],
      );
      return;
    }
    const indent = Math.max(0, source.columnWidth(line, textColumn) - containerColumn);
    const reason = nearMissDefinition(' '.repeat(indent) + raw.slice(textColumn));
    if (reason) report(file, 'mkdocs-deflist-syntax', `${reason}: this line stays text`, {line, column: textColumn + 1}, [paragraph]);
  }
}
