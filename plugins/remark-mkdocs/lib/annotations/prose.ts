import type {Code, List, Nodes, Parent, Root, Text} from 'mdast';
import type {MdxJsxTextElement} from 'mdast-util-mdx-jsx';
import type {Node, Position} from 'unist';
import type {VFile} from 'vfile';
import {SKIP, visit, visitParents} from '../mdast-util/visit';
import {isAnnotationHost} from './hosts';
import {report} from '../messages';
import {findProseMarkers} from './prose-markers';
import {textSlicePlace} from '../mdast-util/text-place';
import {boxLabel, isBox} from '../boxes/nodes';
import {isIconNode} from '../emoji/transform';
import {jsxAttribute, jsxFlowElement} from '../mdast-util/jsx';
import {unboundRuns} from './unbound-items';
import {stripAnnotationMarkers, type AnnotationMarker} from './code-markers';
import {parseFenceInfo} from '../fence/info';
import {markerSites} from './sites';
import {codeMarkers, withoutTextMarkers, type TextMarker} from './text-markers';

/**
 * Material annotations outside code (ANN-4/5 of the syntax note): in a block
 * whose classes contain `annotate` (`{ .annotate }`, `!!! note annotate`,
 * `<div class="annotate" markdown>`), a marker `(N)` binds to the N-th item
 * of the ordered list right after the block.
 *
 * Both targets read the same bindings and report the same problems; only
 * `'docusaurus'` converts. There the block and its notes become
 * `<ProseAnnotations>` holding the block, whose bound markers are
 * `<AnnotationMarker n>` buttons, and one `<CodeAnnotation n>` per bound item
 * (the components code annotations use). `'html'` keeps MkDocs' own HTML:
 * markers as text, the list after the block, which Material's script
 * annotates in the browser.
 *
 * Code blocks inside the block count too: Material looks for markers in every
 * text node of an `annotate` element, and a highlighted code block's text
 * nodes are Pygments' tokens (a workshop wraps annotated code in
 * `<div class="annotate" markdown>` and puts the notes after `</div>`). Their
 * markers are read where those tokens keep them whole (`text-markers.ts`: in
 * comments, `(N)!` taking the whole comment, and in plain text, output
 * lines, strings, YAML); the block is wrapped in `<CodeAnnotations shared>`,
 * whose markers open the host's notes. A code block with its own list right
 * after it was bound by the code annotations already and is not looked into
 * again.
 *
 * Where Material hides the whole list once a marker binds, items no marker
 * points at stay visible here (an `<ol>` with their numbers), so nothing the
 * author wrote disappears; they are reported (`mkdocs-annotation-unused`).
 *
 * Run it after the attribute lists (they put `annotate` on paragraphs), after
 * the code annotations (their notes are not this block's text), and before
 * the box and md_in_html conversions (they are found by their mdast shape).
 */
export function proseAnnotations(tree: Root, file: VFile, convert: boolean): void {
  // Planned innermost first; reported in document order.
  const plans = planAnnotations(tree, file);
  for (const plan of [...plans].reverse()) reportProblems(file, plan);
  if (convert) for (const plan of plans) applyPlan(plan, file);
}

interface MarkerSite {
  text: Text;
  parent: Parent;
  n: number;
  start: number;
  end: number;
  /** In the title of a collapsible or a tab: that title is a button already, so the marker cannot be one. */
  inControl: boolean;
}

/** A code block inside the host with markers in its comments or in its other text (`text-markers.ts`). */
interface CodeSite {
  code: Code;
  parent: Parent;
  markers: AnnotationMarker[];
  text: TextMarker[];
  /** `(N)` in code proper: never binds (`text-markers.ts`). */
  split: TextMarker[];
}

interface Plan {
  host: Parent;
  /** The host's parent, where its list follows it (a list item host holds its list itself). */
  parent: Parent;
  list: List | undefined;
  markers: MarkerSite[];
  codes: CodeSite[];
  /** 1-based list positions at least one marker binds to, ascending. */
  bound: number[];
}

/** Innermost hosts first, so an outer block never takes markers or notes that belong to an inner one. */
function planAnnotations(tree: Root, file: VFile): Plan[] {
  const found: Array<{host: Parent; parent: Parent}> = [];
  visit(tree, (node, _index, parent) => {
    if (parent && isAnnotationHost(node)) found.push({host: node as Parent, parent});
  });
  const hosts = new Set<Node>(found.map(({host}) => host));
  const taken = new Set<Node>();
  const plans: Plan[] = [];
  for (const {host, parent} of found.reverse()) {
    const list = annotationList(host, parent);
    const {markers, codes} = collectMarkers(file, host, list, hosts, taken);
    const count = list?.children.length ?? 0;
    const numbers = [
      ...markers.filter((marker) => binds(marker, list)).map(({n}) => n),
      ...codes.flatMap(({markers: inCode, text}) => [...inCode, ...text].map(({n}) => n)).filter((n) => n >= 1 && n <= count),
    ];
    const bound = [...new Set(numbers)].sort((a, b) => a - b);
    if (list && bound.length > 0) taken.add(list);
    plans.push({host, parent, list, markers, codes, bound});
  }
  return plans;
}

/**
 * The ordered list right after the block (Material's `findList`: the next
 * element sibling). A tight list item takes the class itself (MkDocs' tight
 * items have no `<p>`), so its list is the one nested right after its text.
 */
function annotationList(host: Parent, parent: Parent): List | undefined {
  const next = host.type === 'listItem' ? host.children[1] : parent.children[parent.children.indexOf(host as never) + 1];
  return next?.type === 'list' && next.ordered === true ? next : undefined;
}

function binds(marker: MarkerSite, list: List | undefined): boolean {
  return !marker.inControl && marker.n >= 1 && marker.n <= (list?.children.length ?? 0);
}

/**
 * The markers in the host's text nodes and in its code blocks' comments.
 * Skipped: nested hosts and the lists they take (their own markers and
 * notes), links (a button cannot sit in a link), a code block followed by an
 * ordered list and that list (code annotations of their own: the Docusaurus
 * target has already moved bound ones into JSX), and JSX.
 */
function collectMarkers(file: VFile, host: Parent, list: List | undefined, hosts: ReadonlySet<Node>, taken: ReadonlySet<Node>) {
  const sites: MarkerSite[] = [];
  const codes: CodeSite[] = [];
  visitParents(host as Nodes, (node, ancestors) => {
    if (node === host) return;
    const parent = ancestors.at(-1);
    if (node === list || hosts.has(node) || taken.has(node)) return SKIP;
    if (node.type === 'link' || node.type === 'linkReference') return SKIP;
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') return SKIP;
    const siblings = (parent?.children ?? []) as Node[];
    if (node.type === 'list' && siblings[siblings.indexOf(node) - 1]?.type === 'code') return SKIP;
    if (node.type === 'code' && parent) {
      const next = siblings[siblings.indexOf(node) + 1] as Nodes | undefined;
      const ownList = next?.type === 'list' && next.ordered === true;
      if (!ownList) {
        const {comments: markers, text, split} = codeMarkers(node.value, parseFenceInfo(node.lang, node.meta).language);
        if (markers.length > 0 || text.length > 0 || split.length > 0) codes.push({code: node, parent, markers, text, split});
      }
      return SKIP;
    }
    if (node.type !== 'text' || !parent || isIconNode(node)) return;
    const inControl = ancestors.some(isControlTitle);
    for (const marker of findProseMarkers(file, node)) sites.push({text: node, parent, inControl, ...marker});
  });
  return {markers: sites, codes};
}

/**
 * The title of a collapsible (`<summary>`) or of a tab (the tab button): a
 * marker button inside it would be a control inside a control (axe
 * `nested-interactive`), and Docusaurus tab labels are plain strings.
 */
function isControlTitle(node: Node, index: number, ancestors: Node[]): boolean {
  const box = ancestors[index - 1];
  return box !== undefined && isBox(box) && box.data.mkdocs.kind !== 'admonition' && boxLabel(box) === node;
}

function reportProblems(file: VFile, {host, list, markers, codes, bound}: Plan): void {
  reportSplitMarkers(file, codes, list?.children.length ?? 0, bound);
  if (markers.length === 0 && codes.every((site) => site.markers.length === 0 && site.text.length === 0)) {
    // Without a list after it, the class changes nothing, in Material as here: not worth a line of the build's
    // output (a workshop's box template with `annotate` on every box drowned its real warnings).
    if (!list) return;
    report(
      file,
      'mkdocs-annotation-unused',
      'Unexpected block with the class `annotate` but no annotation markers, expected `(1)`, `(2)`… in its text or in a comment of its code; the list after it stays a list',
      host.position,
    );
    return;
  }
  const count = list?.children.length ?? 0;
  const expected = list
    ? `a number from 1 to ${count} (the items of the list after the block)`
    : 'the notes as an ordered list right after the block, after a blank line';
  for (const {code, markers: inCode, text} of codes) {
    for (const marker of inCode) {
      if (marker.n >= 1 && marker.n <= count) continue;
      report(file, 'mkdocs-annotation-unbound', `Unexpected annotation marker \`(${marker.n})\` in a code comment that binds to no note, expected ${expected}; shown as text`, codeMarkerPlace(file, code, marker));
    }
    for (const marker of text) {
      if (marker.n >= 1 && marker.n <= count) continue;
      const written = code.value.split('\n')[marker.line]!.slice(marker.from, marker.to);
      report(file, 'mkdocs-annotation-unbound', `Unexpected annotation marker \`${written}\` in code that binds to no note, expected ${expected}; shown as text`, textMarkerPlace(file, code, marker));
    }
  }
  for (const marker of markers) {
    if (binds(marker, list)) continue;
    const written = marker.text.value.slice(marker.start, marker.end);
    const place = textSlicePlace(file, marker.text)(marker.start, marker.end);
    if (marker.inControl) {
      report(
        file,
        'mkdocs-annotation-unbound',
        `Unexpected annotation marker \`${written}\` in the title of a collapsible block or tab, expected it in the body: the title is a button itself; shown as text`,
        place,
      );
      continue;
    }
    report(file, 'mkdocs-annotation-unbound', `Unexpected annotation marker \`${written}\` that binds to no note, expected ${expected}; shown as text`, place);
  }
  if (!list || bound.length === 0) return;
  list.children.forEach((item, position) => {
    const n = position + 1;
    if (bound.includes(n)) return;
    report(
      file,
      'mkdocs-annotation-unused',
      `Unexpected annotation ${n} that no marker points at, expected \`(${n})\` in the annotated block; shown as a list item (Material hides it)`,
      item.position,
    );
  });
}

/**
 * `(N)` in code proper (`f(1)`, `kubectl get pods (1)`) is code, unless the
 * note `N` is left without any marker: then the author most likely meant it
 * as one, and Material does not bind it there.
 */
function reportSplitMarkers(file: VFile, codes: readonly CodeSite[], count: number, bound: readonly number[]): void {
  for (const {code, split} of codes) {
    for (const marker of split) {
      if (marker.n < 1 || marker.n > count || bound.includes(marker.n)) continue;
      const language = parseFenceInfo(code.lang, code.meta).language;
      report(
        file,
        'mkdocs-annotation-unbound',
        `Unexpected annotation marker \`(${marker.n})\` in \`${language}\` code outside a comment or string, where Material does not bind it (the highlighter cuts it into tokens), expected it in a comment of the line; shown as text`,
        textMarkerPlace(file, code, marker),
      );
    }
  }
}

/**
 * Where a code marker was written: its line in the file (a fenced block's
 * content starts on the line after the fence) and its column on that line.
 */
function codeMarkerPlace(file: VFile, code: Code, marker: AnnotationMarker): Position | undefined {
  const written = `(${marker.n})`;
  return codeLinePlace(file, code, marker.line, (source) => {
    const at = source.indexOf(written);
    return at === -1 ? undefined : [at, at + written.length];
  });
}

/** Where a marker outside comments was written: its line's text is found in the file's line (a box indents it). */
function textMarkerPlace(file: VFile, code: Code, marker: TextMarker): Position | undefined {
  const text = code.value.split('\n')[marker.line] ?? '';
  return codeLinePlace(file, code, marker.line, (source) => {
    const at = source.indexOf(text);
    return at === -1 ? undefined : [at + marker.from, at + marker.to];
  });
}

function codeLinePlace(file: VFile, code: Code, codeLine: number, columns: (source: string) => [number, number] | undefined): Position | undefined {
  const start = code.position?.start;
  if (!start) return code.position;
  const lines = String(file).split('\n');
  const fenced = /^[ \t>]*(?:```|~~~)/.test(lines[start.line - 1] ?? '');
  // Lines Pygments' stripnl dropped from the start (fence/transform.ts) were in the page.
  const line = start.line + codeLine + (fenced ? 1 : 0) + (code.data?.mkdocsLeadingNewlines ?? 0);
  const found = columns(lines[line - 1] ?? '');
  if (!found) return {start: {line, column: 1}, end: {line, column: 1}};
  return {start: {line, column: found[0] + 1}, end: {line, column: found[1] + 1}};
}

/** The Docusaurus conversion of one host whose markers bind. */
function applyPlan(plan: Plan, file: VFile): void {
  const {host, parent, list, markers, codes, bound} = plan;
  if (!list || bound.length === 0) return;
  replaceMarkers(
    file,
    markers.filter(({n}) => bound.includes(n)),
  );
  for (const site of codes) wrapCode(site, new Set(bound));
  const notes = list.children.flatMap((item, position) =>
    bound.includes(position + 1) ? [jsxFlowElement('CodeAnnotation', [jsxAttribute('n', String(position + 1))], item.children, item.position)] : [],
  );
  const rest = unboundRuns(list, (n) => bound.includes(n));
  if (host.type === 'listItem') {
    // The list item stays in its list; what it holds moves into the wrapper.
    const content = host.children.flatMap((child) => (child === list ? rest : [child]));
    host.children = [jsxFlowElement('ProseAnnotations', [], [...content, ...notes], host.position) as never];
    return;
  }
  const wrapper = jsxFlowElement('ProseAnnotations', [], [host, ...notes], span(host.position, list.position));
  parent.children.splice(parent.children.indexOf(host as never), 2, wrapper as never, ...(rest as never[]));
}

/**
 * A code block of the host whose comments hold bound markers →
 * `<CodeAnnotations shared>` around it: its markers become buttons (the code
 * block's token wrapper) that open the host's notes, and its copy button
 * copies the code without them.
 */
function wrapCode({code, parent, markers, text}: CodeSite, bound: ReadonlySet<number>): void {
  const own = markers.filter(({n}) => bound.has(n));
  const ownText = text.filter(({n}) => bound.has(n));
  if (own.length === 0 && ownText.length === 0) return;
  const numbers = JSON.stringify([...new Set([...own, ...ownText].map(({n}) => n))].sort((a, b) => a - b));
  const withoutText = withoutTextMarkers(code.value, ownText);
  // For the fence step: what a shell block copies, and sample output that stays text so its buttons can sit in it.
  code.data = {...code.data, mkdocsAnnotationCopy: withoutText};
  const element = jsxFlowElement(
    'CodeAnnotations',
    [
      jsxAttribute('bound', numbers),
      jsxAttribute('sites', JSON.stringify(markerSites(code.value, [...own, ...ownText]))),
      jsxAttribute('copy', own.length > 0 ? stripAnnotationMarkers(withoutText, new Set(own.map(({n}) => n)), parseFenceInfo(code.lang, code.meta).language) : withoutText),
      jsxAttribute('shared', 'true'),
    ],
    [code],
    code.position,
  );
  parent.children.splice(parent.children.indexOf(code as never), 1, element as never);
}

/** Bound markers → `<AnnotationMarker n>` holding the marker as written (heading ids and the TOC still read "(1)", as in MkDocs). */
function replaceMarkers(file: VFile, sites: MarkerSite[]): void {
  const byText = new Map<Text, MarkerSite[]>();
  for (const site of sites) byText.set(site.text, [...(byText.get(site.text) ?? []), site]);
  for (const [text, own] of byText) {
    const {parent} = own[0]!;
    const place = textSlicePlace(file, text);
    const pieces: Array<Text | MdxJsxTextElement> = [];
    let last = 0;
    for (const {n, start, end} of own) {
      if (start > last) pieces.push({type: 'text', value: text.value.slice(last, start), position: place(last, start)});
      const position = place(start, end);
      pieces.push({
        type: 'mdxJsxTextElement',
        name: 'AnnotationMarker',
        attributes: [jsxAttribute('n', String(n))],
        children: [{type: 'text', value: text.value.slice(start, end), position}],
        position,
      });
      last = end;
    }
    if (last < text.value.length) pieces.push({type: 'text', value: text.value.slice(last), position: place(last, text.value.length)});
    parent.children.splice(parent.children.indexOf(text as never), 1, ...(pieces as never[]));
  }
}

function span(from: Position | undefined, to: Position | undefined): Position | undefined {
  return from && to ? {start: {...from.start}, end: {...to.end}} : from;
}
