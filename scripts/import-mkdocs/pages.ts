/**
 * One lesson read the way MkDocs reads it for the nav: its front matter, its
 * title, and the lines the site cannot carry over (snippets, Jinja) or whose
 * links may not survive the move. Pure: path and text in, data out.
 */
import path from 'node:path';
import {readMkdocsMeta, type MkdocsMeta} from '../../plugins/mkdocs-front-matter';
import {TaggedValue, isRecord, parseYaml} from './yaml';
import {plainHeading} from '../../plugins/mkdocs-front-matter/lib/plain-heading';
import {titleFromFileName} from '../../plugins/workshop-site/file-name-title';
import {FenceLines} from '../../plugins/remark-mkdocs/lib/fence/lines';
import {LinkScan} from '../../plugins/remark-mkdocs/lib/links/destination-scan';

export {titleFromFileName};

/** Heading text as a nav label (shared with the build's page titles). */
export {plainHeading};

export interface PageLink {
  /** As written (`../assets/x.png#frag`). */
  target: string;
  /** 1-based line in the file. */
  line: number;
  /** 1-based column of the link's `[` (the image's `!`, the tag's `<`): where the build reports it. */
  column: number;
  kind: 'link' | 'image' | 'html';
  /** For raw HTML, the element (`a`, `img`, …), lower case. */
  element?: string;
  /** For a Markdown link or image, its text (alt) as written between the brackets. */
  text?: string;
}

export interface PageScan {
  frontMatter: Record<string, unknown>;
  /** The front matter block could not be parsed (message, 1-based line). */
  frontMatterError?: {message: string; line: number};
  /** Title MkDocs gives the page when nav has none: front matter `title`, a leading `# heading`, or the file name. */
  title: string;
  titleSource: 'front matter' | 'heading' | 'file name';
  links: PageLink[];
  /** pymdownx.snippets lines (`--8<--`), anywhere in the file. */
  snippets: Array<{line: number; text: string}>;
  /** Jinja (`{{ … }}`, `{% … %}`, `{# … #}`), anywhere in the file: mkdocs-macros renders code too. */
  jinja: Array<{line: number; text: string}>;
}

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/**
 * The page's metadata and the text after it, as MkDocs reads them and as the
 * site does (plugins/mkdocs-front-matter): a `---` block whose YAML is not a
 * mapping is content, leading `Key: value` lines are metadata.
 */
function splitFrontMatter(source: string): {meta: MkdocsMeta; bodyStartLine: number; body: string} {
  const meta = readMkdocsMeta(source);
  if (meta.kind !== 'yaml' && meta.kind !== 'multimarkdown') return {meta, bodyStartLine: 1, body: source};
  const bodyStartLine = Math.max(...meta.lines) + 1;
  return {meta, bodyStartLine, body: source.split(/\r\n|\r|\n/).slice(bodyStartLine - 1).join('\n')};
}

/** A leading `# heading` (ATX or setext), after blank lines and HTML comments, as MkDocs and Docusaurus take it. */
function leadingHeading(lines: string[]): string | undefined {
  let index = 0;
  while (index < lines.length) {
    const line = lines[index];
    if (line.trim() === '') {
      index += 1;
      continue;
    }
    if (/^\s*<!--/.test(line)) {
      while (index < lines.length && !lines[index].includes('-->')) index += 1;
      index += 1;
      continue;
    }
    break;
  }
  const first = lines[index];
  if (first === undefined) return undefined;
  const atx = /^ {0,3}#(?:[ \t]+(.*?))?[ \t]*$/.exec(first);
  if (atx) return atx[1] ?? '';
  const next = lines[index + 1];
  if (next !== undefined && /^ {0,3}=+[ \t]*$/.test(next) && !/^ {4}/.test(first)) return first.trim();
  return undefined;
}

/** The line with the parts inside `<!-- … -->` blanked (columns kept), and whether a comment is still open at its end. */
export function withoutComments(line: string, open: boolean): {text: string; open: boolean} {
  let text = '';
  let index = 0;
  let inside = open;
  while (index < line.length) {
    const next = inside ? line.indexOf('-->', index) : line.indexOf('<!--', index);
    if (next === -1) {
      text += inside ? ' '.repeat(line.length - index) : line.slice(index);
      break;
    }
    const end = inside ? next + 3 : next;
    text += inside ? ' '.repeat(end - index) : line.slice(index, end);
    index = end;
    inside = !inside;
  }
  return {text, open: inside};
}

/** The href of the inline link whose `(…)` starts after `from` in `line`, as getLink reads it (stripped), if any. */
function pythonMarkdownDestination(line: string, from: number): string | undefined {
  const scan = new LinkScan();
  let index = from;
  while (index < line.length && !scan.push(line[index]!)) index++;
  const parts = scan.end();
  if (!parts) return undefined;
  const text = scan.text();
  return text.slice(parts.href.start, parts.href.end).trim();
}

/** Link targets in one line of prose, with their 1-based columns. */
function linksInLine(line: string): Array<Omit<PageLink, 'line'>> {
  // Inline code is blanked, not removed, so that columns stay those of the line.
  const prose = line.replace(/(`+)[\s\S]*?\1/g, (code) => ' '.repeat(code.length));
  const found: Array<Omit<PageLink, 'line'>> = [];
  for (const match of prose.matchAll(/(!?)\[([^\]]*)\]\(\s*(<[^>]*>|[^)\s]+)/g)) {
    // The destination as the build reads it (Python-Markdown's getLink: to the `)` that balances the `(`, spaces
    // included), else as CommonMark reads it (the build falls back to CommonMark where getLink finds no link).
    const target = pythonMarkdownDestination(prose, (match.index ?? 0) + match[0].indexOf('](') + 2) ?? match[3].replace(/^<|>$/g, '');
    found.push({target, column: (match.index ?? 0) + 1, kind: match[1] === '!' ? 'image' : 'link', text: match[2]});
  }
  // A link reference definition; not a footnote's (`[^1]: Kurtzer, G. (2017)`), whose text is no URL.
  const definition = /^(\s{0,3})\[(?!\^)[^\]]+\]:\s*(<[^>]*>|\S+)/.exec(prose);
  if (definition) found.push({target: definition[2].replace(/^<|>$/g, ''), column: definition[1].length + 1, kind: 'link'});
  for (const match of prose.matchAll(/<(img|a|source|video|audio|iframe)\b[^>]*?\s(?:src|href)\s*=\s*["']([^"']+)["']/gi)) {
    found.push({target: match[2], column: (match.index ?? 0) + 1, kind: 'html', element: match[1].toLowerCase()});
  }
  return found;
}

export function scanPage(relativePath: string, source: string): PageScan {
  const {meta, bodyStartLine, body} = splitFrontMatter(source);
  let frontMatter: Record<string, unknown> = {};
  let frontMatterError: PageScan['frontMatterError'];
  if (meta.kind === 'yaml') {
    // Parsed again with the import's YAML reader, which keeps tags (`!!python/name`) for the findings.
    const yaml = source.split(/\r\n|\r|\n/).slice(1, Math.max(...meta.lines) - 1).join('\n');
    try {
      const parsed = parseYaml(`${yaml}\n`);
      frontMatter = isRecord(parsed) ? parsed : meta.data;
    } catch {
      frontMatter = meta.data;
    }
  } else if (meta.kind === 'multimarkdown') {
    frontMatter = meta.data;
  } else if (meta.kind === 'yaml-content' && meta.error !== undefined) {
    frontMatterError = {message: meta.error, line: meta.errorLine ?? 1};
  }

  const lines = body.split(/\r?\n/);
  const fmTitle = frontMatter.title;
  const heading = leadingHeading(lines);
  let title: string;
  let titleSource: PageScan['titleSource'];
  if (typeof fmTitle === 'string' || typeof fmTitle === 'number') {
    title = String(fmTitle);
    titleSource = 'front matter';
  } else if (heading !== undefined && plainHeading(heading) !== '') {
    title = plainHeading(heading);
    titleSource = 'heading';
  } else {
    title = titleFromFileName(relativePath);
    titleSource = 'file name';
  }

  const links: PageLink[] = [];
  const snippets: PageScan['snippets'] = [];
  const jinja: PageScan['jinja'] = [];
  const fences = new FenceLines();
  let inComment = false;
  lines.forEach((line, index) => {
    const lineNumber = bodyStartLine + index;
    if (/(^|[^;])--8<--/.test(line)) snippets.push({line: lineNumber, text: line.trim()});
    if (/\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}/.test(line)) jinja.push({line: lineNumber, text: line.trim()});
    if (fences.isCode(line)) return;
    // An HTML comment hides its links from the page (MkDocs does not check them either).
    const shown = withoutComments(line, inComment);
    inComment = shown.open;
    for (const link of linksInLine(shown.text)) links.push({...link, line: lineNumber});
  });

  return {frontMatter, ...(frontMatterError ? {frontMatterError} : {}), title, titleSource, links, snippets, jinja};
}

/**
 * Where a relative link from `fromFile` points inside the docs folder, or
 * undefined for URLs, site-absolute paths, anchors and links without a file
 * extension (MkDocs directory URLs, which the import cannot check).
 * A result starting with `../` points outside the docs folder.
 */
export function resolveLocalLink(fromFile: string, target: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//') || target.startsWith('/') || target.startsWith('#')) return undefined;
  let file = target.replace(/[?#].*$/, '');
  if (file === '') return undefined;
  try {
    file = decodeURI(file);
  } catch {
    // keep it as written
  }
  if (path.posix.extname(file) === '') return undefined;
  return path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), file));
}

/** MkDocs-only front matter keys, and what the site would need instead (`hide`: {@link hideNote}). */
export const MKDOCS_FRONT_MATTER: Readonly<Record<string, string>> = {
  template: 'custom page templates do not exist in Docusaurus',
  search: 'search exclusion per page is not supported by the site\'s search plugin',
  status: 'Material page status badges (new, deprecated) are not shown',
  icon: 'page icons are not shown in the sidebar',
  subtitle: 'navigation subtitles are not shown',
  comments: 'Material comment systems are not set up',
};

/**
 * What each part of the page Material's `hide` front matter names is (the parts its templates look up:
 * base.html, partials/footer.html, path.html, tags.html, feedback.html), and what the site does with it.
 * `same`: the page looks as it did in Material.
 */
const MATERIAL_HIDE: Readonly<Record<string, {part: string; same: boolean; here: string}>> = {
  navigation: {part: 'the sidebar', same: true, here: 'hidden on this page, as in Material (displayed_sidebar: null)'},
  toc: {part: 'the table of contents', same: true, here: 'hidden on this page, as in Material (hide_table_of_contents)'},
  footer: {part: 'the previous/next links', same: true, here: 'hidden on this page, as in Material (pagination_prev and pagination_next: null)'},
  path: {part: 'the breadcrumbs', same: false, here: 'still shown (Docusaurus hides them only for the whole site, the docs option breadcrumbs: false)'},
  tags: {part: "the page's tags", same: false, here: 'still listed (Docusaurus has no per-page switch)'},
  feedback: {part: 'Material\'s "Was this page helpful?" widget, extra.analytics.feedback', same: true, here: 'the site has none, so there is nothing to hide'},
};

/** `hide: [tags]` on a page of a workshop without Material's tags plugin: neither Material nor the site shows its tags. */
const NO_TAGS_PLUGIN: Readonly<Record<string, {part: string; same: boolean; here: string}>> = {
  tags: {part: "the page's tags", same: true, here: 'none shown anyway, as in Material without its tags plugin, which the workshop does not use'},
};

/**
 * The report's line for Material's `hide` front matter: each value written, what it hides in Material and what
 * the site does with it; a warning when the page will look different, a note otherwise; none when it names
 * nothing. Values are read as the front matter reader reads them (plugins/mkdocs-front-matter: a list, or a
 * string split at spaces and commas).
 */
export function hideNote(hide: unknown, {tags = true}: {tags?: boolean} = {}): {severity: 'warning' | 'info'; message: string} | undefined {
  const written = Array.isArray(hide) ? hide.map(String) : typeof hide === 'string' ? hide.split(/[\s,]+/) : hide === null || hide === undefined ? [] : undefined;
  if (written === undefined) {
    return {severity: 'info', message: `front matter hide: ${JSON.stringify(hide)}: not a list of the parts to hide (hide: [toc, navigation]): the site hides nothing`};
  }
  const values = [...new Set(written.filter((value) => value !== ''))];
  if (values.length === 0) return undefined;
  const partOf = (value: string) => (!tags && Object.hasOwn(NO_TAGS_PLUGIN, value) ? NO_TAGS_PLUGIN[value] : Object.hasOwn(MATERIAL_HIDE, value) ? MATERIAL_HIDE[value] : undefined);
  const parts = values.map((value) => {
    const known = partOf(value);
    return known ? `${value} (${known.part}): ${known.here}` : `${value}: not a part Material hides (${Object.keys(MATERIAL_HIDE).join(', ')}), ignored there too`;
  });
  const different = values.some((value) => partOf(value)?.same === false);
  return {severity: different ? 'warning' : 'info', message: `front matter hide: ${parts.join('; ')}`};
}

/**
 * Front matter values Docusaurus's validation rejects (the build leaves them out, and warns). `tags` must be given
 * as the build gives them to Docusaurus (`docusaurusTags`), or not at all when the page shows none.
 */
export function invalidDocusaurusFrontMatter(frontMatter: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const isText = (value: unknown) => typeof value === 'string';
  for (const key of ['title', 'description', 'slug', 'sidebar_label', 'image'] as const) {
    if (key in frontMatter && frontMatter[key] !== null && !isText(frontMatter[key])) problems.push(`${key} must be a string`);
  }
  if ('id' in frontMatter && (!isText(frontMatter.id) || String(frontMatter.id).includes('/'))) problems.push('id must be a string without a slash');
  // The tags as the build hands them to Docusaurus (plugins/mkdocs-front-matter `docusaurusTags`): none without
  // Material's tags plugin, dates and numbers as written; Docusaurus takes strings, or its {label, permalink} objects.
  if ('tags' in frontMatter) {
    const tags = frontMatter.tags;
    const ok = Array.isArray(tags) && tags.every((tag) => typeof tag === 'string' || (isRecord(tag) && typeof tag.label === 'string' && typeof tag.permalink === 'string'));
    if (!ok) problems.push('tags must be a list of strings');
  }
  if ('keywords' in frontMatter && frontMatter.keywords !== null) {
    const keywords = frontMatter.keywords;
    if (!Array.isArray(keywords) || !keywords.every(isText)) problems.push('keywords must be a list of strings');
  }
  for (const value of Object.values(frontMatter)) {
    if (value instanceof TaggedValue) problems.push(`a YAML tag (${value.tag}) Docusaurus's YAML parser rejects`);
  }
  return problems;
}
