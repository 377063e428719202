import type {BlockContent, FootnoteDefinition, FootnoteReference, Link, List, ListItem, Paragraph, Parent, PhrasingContent, Root, RootContent, Text} from 'mdast';
import type {Data} from 'mdast';
import type {VFile} from 'vfile';
import {visit, SKIP} from '../mdast-util/visit';
import {report} from '../messages';
import {formatNumber, type FootnoteOptions} from './options';

/**
 * Python-Markdown's footnotes on the tree remark-gfm parsed. The syntax is
 * GFM's (a definition `[^label]: text` may interrupt a paragraph, takes lazy
 * lines and 4-column continuation blocks, in any container), but what it means
 * is Python-Markdown's, as its tree processor decides it after parsing:
 * - labels match exactly (case and all): `[^A]` does not call `[^a]`, and stays text;
 * - a label defined twice keeps the first definition's place and the last one's
 *   text (a later `setFootnote` overwrites the entry of an ordered dict);
 *   reported, as the first text silently disappears;
 * - notes are numbered in definition order, and every definition is listed,
 *   called or not;
 * - each call gets its own id (`fnref:1`, `fnref2:1`, …) and its own link back;
 * - the notes go where a paragraph holds only the `PLACE_MARKER` text, else at the end.
 *
 * `'html'`: Python-Markdown's HTML (`sup#fnref:1 > a.footnote-ref`,
 * `div.footnote > hr + ol > li#fn:1`, links back `a.footnote-backref` after a
 * no-break space in the last paragraph). `'docusaurus'`: GFM's shape, as
 * remark-rehype would draw it (`a[data-footnote-ref]`, `section.footnotes`,
 * `a[data-footnote-backref]`), which the site styles.
 *
 * Both are mdast nodes carrying `data.hName`/`hProperties` (links stay `link`
 * nodes), so remark-rehype never sees a footnote node and numbers nothing itself.
 */
export function footnotesTransform(tree: Root, file: VFile, options: FootnoteOptions, docusaurus: boolean): void {
  const notes = collectDefinitions(tree, file);
  const calls = new Map<string, number>();
  // The page first, then the notes in their order: the calls in the order Python-Markdown's inline pass meets them.
  replaceCalls(tree, notes, calls, options, docusaurus);
  for (const note of notes.values()) replaceCalls({type: 'root', children: note.children} as Root, notes, calls, options, docusaurus);
  reportUndefined(tree, file, notes);
  if (notes.size === 0) return;
  const section = footer([...notes.values()], calls, options, docusaurus);
  placeFooter(tree, section, options.placeMarker);
}

function replaceCalls(tree: Root, notes: Map<string, Note>, calls: Map<string, number>, options: FootnoteOptions, docusaurus: boolean): void {
  visit(tree, 'footnoteReference', (node: FootnoteReference, index, parent) => {
    if (!parent || index === undefined) return;
    const label = node.label ?? node.identifier;
    const note = notes.get(label);
    if (!note) {
      // Defined only under another spelling: GFM matched it, Python-Markdown does not.
      const text: Text = {type: 'text', value: `[^${label}]`, position: node.position};
      parent.children.splice(index, 1, text);
      return;
    }
    const count = (calls.get(label) ?? 0) + 1;
    calls.set(label, count);
    parent.children.splice(index, 1, call(note.number, label, count, options, docusaurus));
    return [SKIP, index + 1];
  });
}

/** `[^label]` left as text (no definition of exactly that label): the author meant a note. */
function reportUndefined(tree: Root, file: VFile, notes: Map<string, Note>): void {
  visit(tree, 'text', (node: Text, _index, parent) => {
    for (const match of node.value.matchAll(/\[\^([^\]\s]+)\](?!:)/g)) {
      const label = match[1]!;
      if (notes.has(label)) continue;
      const start = node.position?.start;
      const place = start && !node.value.slice(0, match.index).includes('\n') ? {line: start.line, column: start.column + match.index!} : start;
      report(
        file,
        'mkdocs-footnote-undefined',
        `Unexpected footnote reference \`[^${label}]\` without a definition, expected \`[^${label}]: text\` somewhere in the lesson (labels match exactly, case included); it stays text`,
        place,
        parent ? [parent] : undefined,
      );
    }
  });
}

interface Note {
  number: number;
  label: string;
  children: FootnoteDefinition['children'];
}

/**
 * Every definition, in document order, removed from the tree; one inside a
 * note (an indented `[^b]:` line) is a note of its own, after it.
 */
function collectDefinitions(tree: Root, file: VFile): Map<string, Note> {
  const notes = new Map<string, Note>();
  const walk = (parent: Parent): void => {
    for (let index = 0; index < parent.children.length; index++) {
      const node = parent.children[index]!;
      if (node.type !== 'footnoteDefinition') {
        if ('children' in node) walk(node);
        continue;
      }
      parent.children.splice(index--, 1);
      const label = node.label ?? node.identifier;
      const earlier = notes.get(label);
      if (earlier) {
        report(
          file,
          'mkdocs-footnote-duplicate',
          `Unexpected second definition of footnote \`[^${label}]\`, expected one per label (as in MkDocs, this text replaces the first one's, which is not shown)`,
          node.position?.start,
          [parent],
        );
        earlier.children = node.children;
      } else {
        notes.set(label, {number: notes.size + 1, label, children: node.children});
      }
      walk(node);
    }
  };
  walk(tree);
  return notes;
}

function element<T extends object>(node: T, hName: string, hProperties: Record<string, unknown> = {}): T {
  (node as {data?: Data}).data = {...(node as {data?: Data}).data, hName, hProperties} as Data;
  return node;
}

function ids(label: string, count: number, options: FootnoteOptions, docusaurus: boolean) {
  if (docusaurus) {
    return {note: `user-content-fn-${label}`, call: `user-content-fnref-${label}${count > 1 ? `-${count}` : ''}`};
  }
  return {note: `fn${options.separator}${label}`, call: `fnref${count > 1 ? count : ''}${options.separator}${label}`};
}

function call(number: number, label: string, count: number, options: FootnoteOptions, docusaurus: boolean): PhrasingContent {
  const {note, call: id} = ids(label, count, options, docusaurus);
  const text = formatNumber(options.superscriptText, number);
  const link: Link = {type: 'link', url: `#${note}`, children: [{type: 'text', value: text}]};
  if (docusaurus) {
    element(link, 'a', {id, href: `#${note}`, dataFootnoteRef: true, ariaDescribedBy: ['footnote-label']});
    return element({type: 'mkdocsFootnoteCall', children: [link]} as unknown as PhrasingContent, 'sup');
  }
  // `href` as written: the label is an id, not a URL to percent-encode.
  element(link, 'a', {className: ['footnote-ref'], href: `#${note}`});
  return element({type: 'mkdocsFootnoteCall', children: [link]} as unknown as PhrasingContent, 'sup', {id});
}

function backlinks(note: Note, count: number, options: FootnoteOptions, docusaurus: boolean): PhrasingContent[] {
  const links: PhrasingContent[] = [];
  // Python-Markdown links back to `fnref:label` even when nothing calls the note
  // (a dead link); on the site, where Docusaurus checks anchors, such a note has none.
  const total = docusaurus ? count : Math.max(1, count);
  for (let index = 1; index <= total; index++) {
    const {call: id} = ids(note.label, index, options, docusaurus);
    const link: Link = {type: 'link', url: `#${id}`, children: [{type: 'text', value: options.backlinkText}]};
    if (docusaurus) {
      const label = `Back to reference ${note.number}${index > 1 ? `-${index}` : ''}`;
      if (index > 1) link.children.push(element({type: 'mkdocsFootnoteCall', children: [{type: 'text', value: String(index)}]} as unknown as PhrasingContent, 'sup') as never);
      element(link, 'a', {href: `#${id}`, dataFootnoteBackref: '', ariaLabel: label, className: ['data-footnote-backref']});
    } else {
      element(link, 'a', {href: `#${id}`, className: ['footnote-backref'], title: formatNumber(options.backlinkTitle, note.number)});
    }
    links.push(link);
  }
  return links;
}

function footer(notes: Note[], calls: Map<string, number>, options: FootnoteOptions, docusaurus: boolean): BlockContent {
  const items: ListItem[] = notes.map((note) => {
    const children = [...note.children];
    const links = backlinks(note, calls.get(note.label) ?? 0, options, docusaurus);
    const last = children[children.length - 1];
    const separator: Text = {type: 'text', value: docusaurus ? ' ' : '\u00a0'};
    if (links.length === 0) {
      // Nothing to add.
    } else if (last?.type === 'paragraph') {
      children[children.length - 1] = {...last, children: [...last.children, separator, ...links]};
    } else {
      children.push({type: 'paragraph', children: links} satisfies Paragraph);
    }
    const {note: id} = ids(note.label, 1, options, docusaurus);
    return element({type: 'listItem', spread: true, children} satisfies ListItem, 'li', {id});
  });
  const list: List = {type: 'list', ordered: true, start: 1, spread: true, children: items};
  if (docusaurus) {
    const heading = element({type: 'paragraph', children: [{type: 'text', value: 'Footnotes'}]} satisfies Paragraph, 'h2', {
      id: 'footnote-label',
      className: ['sr-only'],
    });
    return element({type: 'mkdocsFootnotes', children: [heading, list]} as unknown as BlockContent, 'section', {dataFootnotes: true, className: ['footnotes']});
  }
  return element({type: 'mkdocsFootnotes', children: [{type: 'thematicBreak'}, list]} as unknown as BlockContent, 'div', {className: ['footnote']});
}

/** Python-Markdown replaces the paragraph that is exactly the marker (at any depth); else the notes go last. */
function placeFooter(tree: Root, section: BlockContent, marker: string): void {
  let placed = false;
  visit(tree, 'paragraph', (node: Paragraph, index, parent: Parent | undefined) => {
    if (placed || !parent || index === undefined) return;
    const [only] = node.children;
    if (node.children.length !== 1 || only?.type !== 'text' || only.value.trim() !== marker) return;
    (parent.children as RootContent[]).splice(index, 1, section as RootContent);
    placed = true;
    return SKIP;
  });
  if (!placed) tree.children.push(section as RootContent);
}
