import type {Link, Parent, Root, RootContent, Text} from 'mdast';
import type {VFile} from 'vfile';
import {visit} from '../mdast-util/visit';
import {report} from '../messages';

/**
 * Bare URLs (`https://…`, `www.…`) end where pymdownx.magiclink ends them.
 *
 * remark-gfm links a bare URL up to the next space (GFM's autolink literal),
 * trimming only some trailing punctuation; magiclink's URL is a domain, then
 * path characters from a fixed set, ending on a letter, a digit or one of
 * `-/#@$+=`. So `https://localhost:8000\`` (a stray backtick), or a URL
 * inside an unclosed code span followed by `)"\`\``, made a link whose
 * destination held the backtick and quotes: a broken link for the reader,
 * and a URL Docusaurus cannot parse failed the whole build. The link is cut
 * to magiclink's URL and the rest of the text follows it as text.
 *
 * magiclink's grammar (`RE_LINK` in pymdownx/magiclink.py), where `\w` is a
 * Unicode word character and `[^_\W]` a letter or digit.
 */
const WORD = String.raw`\p{L}\p{N}_`;
const ALNUM = String.raw`\p{L}\p{N}`;
const DOMAIN = String.raw`[${ALNUM}][-${WORD}]*(?:\.[-${WORD}.]+)*`;
const MAGICLINK_URL = new RegExp(
  String.raw`^(?:(?:ht|f)tps?://${DOMAIN}|w{3}\.${DOMAIN})/?[-${WORD}.?,!'(){}\[\]/+&@%$#=:"|~;]*(?:[${ALNUM}]|[-/#@$+=])`,
  'iu',
);

/** A link the author wrote as a bare URL: its source is its text, not `[…](…)` or `<…>`. */
function bareUrlText(link: Link, source: string): string | undefined {
  const start = link.position?.start.offset;
  const end = link.position?.end.offset;
  if (start === undefined || end === undefined || link.children.length !== 1) return undefined;
  const text = link.children[0];
  if (text?.type !== 'text' || source.slice(start, end) !== text.value) return undefined;
  const www = text.value.slice(0, 4).toLowerCase() === 'www.';
  return (www ? `http://${text.value}` === link.url : text.value === link.url) ? text.value : undefined;
}

export function magiclinkUrlEnds(tree: Root, file: VFile): void {
  const source = String(file);
  visit(tree, 'link', (node, index, parent) => {
    const link = node as Link;
    const text = bareUrlText(link, source);
    if (text === undefined || index === undefined || !parent) return undefined;
    const match = MAGICLINK_URL.exec(text);
    // Not a URL to magiclink (`http://_x`), or as long as GFM's: left as remark-gfm made it.
    if (!match || match[0].length >= text.length) return undefined;
    const kept = match[0];
    const start = link.position!.start;
    const cut = {line: start.line, column: start.column + kept.length, offset: start.offset! + kept.length};
    const rest: Text = {type: 'text', value: text.slice(kept.length), position: {start: cut, end: link.position!.end}};
    link.url = link.url.slice(0, link.url.length - text.length) + kept;
    link.children = [{type: 'text', value: kept, position: {start, end: cut}}];
    link.position = {start, end: cut};
    (parent as Parent).children.splice(index + 1, 0, rest as RootContent);
    return index + 2;
  });
}

/**
 * What Docusaurus does with every link, image and definition: its link steps
 * parse the destination (`new URL(url, base)`), and one that does not parse
 * fails the whole build ("Can't parse URL"), with no line. Such a destination
 * (`http://localhost:80a`) is shown as its text instead on the Docusaurus
 * target: a link as its content, an image as its alt text, a definition
 * pointing nowhere; with a warning at its line on both targets. So is an empty
 * one (`[conda environments]()`, an author's placeholder), which MkDocs links
 * to the page itself and Docusaurus reports with no rule (and only when the
 * loader runs).
 */
export function unparseableUrls(tree: Root, file: VFile, docusaurus: boolean): void {
  const parses = (url: string) => {
    try {
      new URL(url, 'unspecified://');
      return true;
    } catch {
      return false;
    }
  };
  visit(tree, (node, index, parent) => {
    if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') return undefined;
    const url = (node as {url: string}).url;
    // `[text]()`: MkDocs links the page to itself, a reader's click reloads it; Docusaurus warns with no rule.
    const empty = url === '' && node.type !== 'definition';
    if (!empty && parses(url)) return undefined;
    const what = node.type === 'definition' ? 'link definition\'s' : node.type === 'image' ? 'image\'s' : 'link\'s';
    report(file, 'mkdocs-link-url', empty ? `This ${what} URL is empty: shown as text` : `This ${what} URL cannot be read as a URL (\`${url}\`): shown as text`, node.position);
    // MkDocs' HTML (the `html` target) keeps it as written: only Docusaurus fails on it.
    if (!docusaurus) return undefined;
    if (node.type === 'definition') {
      node.url = '';
      return undefined;
    }
    if (index === undefined || !parent) return undefined;
    const replacement: RootContent[] =
      node.type === 'link' ? (node as Link).children : [{type: 'text', value: (node as {alt?: string | null}).alt ?? '', position: node.position}];
    (parent as Parent).children.splice(index, 1, ...replacement);
    return index + replacement.length;
  });
}
