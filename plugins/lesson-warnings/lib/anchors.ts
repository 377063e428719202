/**
 * Links to a heading (or any element) that is not there: `[see](setup.md#instal)`, `[above](#step-3)` after the
 * heading was renamed. MkDocs tells them (`validation.anchors`); Docusaurus names only the page the link is on
 * ("broken anchors", by URL). Here each lesson's HTML tree, as the loader emits it, gives the ids its page has and
 * the links with a fragment it makes (`lessonAnchors`, kept in the lesson's record); after each compilation the
 * links are checked against the ids of the lesson they point to, and each broken one is a warning at the link's
 * place (rule `mkdocs-link-anchor`), on every build like the lesson's other warnings.
 */
import path from 'node:path';
import type {Element, Root as HastRoot} from 'hast';
import type {Node} from 'unist';
import type {Plugin} from 'unified';
import type {VFile} from 'vfile';
import {authorPlace, relativePath, type LessonWarning} from './format';

/** A link with a fragment, at the place the author wrote it. */
export interface AnchorLink {
  /** As emitted: a resolved page URL (`/setup#install`), a `.md` path (the checks outside the loader), or `#x`. */
  href: string;
  line: number;
  column: number;
  /** Written in an included file (site-relative), and the lesson's line it came through. */
  file?: string;
  includedAt?: string;
}

/** What a page offers to links (its ids) and the links with a fragment it makes. */
export interface LessonAnchors {
  ids: string[];
  links: AnchorLink[];
}

declare module 'vfile' {
  interface DataMap {
    lessonAnchors: LessonAnchors;
  }
}

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

/** The ids and fragment links of a lesson's HTML tree (hast, with the MDX nodes the loader passes through). */
export function collectAnchors(tree: HastRoot, file: VFile, siteDir: string): LessonAnchors {
  const ids = new Set<string>();
  const links: AnchorLink[] = [];
  const addLink = (href: unknown, node: Node) => {
    if (typeof href !== 'string' || !href.includes('#') || /^[a-z][a-z\d+.-]*:|^\/\//i.test(href)) return;
    const start = node.position?.start;
    if (!start) return;
    links.push({href, ...authorPlace(file, {line: start.line, column: start.column}, siteDir)});
  };
  const walk = (node: Node) => {
    if (node.type === 'element') {
      const {properties, tagName} = node as Element;
      if (typeof properties.id === 'string') ids.add(properties.id);
      if (tagName === 'a') {
        if (typeof properties.name === 'string') ids.add(properties.name);
        addLink(properties.href, node);
      }
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const {name, attributes} = node as Node & {name?: string | null; attributes?: JsxAttribute[]};
      for (const attribute of attributes ?? []) {
        if (attribute.type !== 'mdxJsxAttribute') continue;
        if (attribute.name === 'id' && typeof attribute.value === 'string') ids.add(attribute.value);
        if (name === 'a' && attribute.name === 'name' && typeof attribute.value === 'string') ids.add(attribute.value);
        if (name === 'a' && attribute.name === 'href') addLink(attribute.value, node);
      }
    }
    for (const child of (node as Node & {children?: Node[]}).children ?? []) walk(child);
  };
  walk(tree);
  return {ids: [...ids], links};
}

/** The rehype plugin: the lesson's anchors in `file.data.lessonAnchors` (read by the recorder and by the checks). */
export const rehypeLessonAnchors: Plugin<[{siteDir: string}], HastRoot> = function ({siteDir}) {
  return (tree, file) => {
    file.data.lessonAnchors = collectAnchors(tree, file, siteDir);
  };
};

/** A lesson for the check: its site-relative path, its anchors, the page URL it is served at (if known). */
export interface AnchoredLesson {
  file: string;
  anchors: LessonAnchors;
  permalink?: string;
}

/**
 * Fragments no lesson has to define: `#top` (the page's top, by HTML's rules), text fragments (`#:~:text=`), and
 * the ids Material gives its own widgets (`#__tabbed_1_2`, `#__code_0`), which a lesson may link to in MkDocs.
 */
function isBuiltInFragment(fragment: string): boolean {
  return fragment === '' || fragment.toLowerCase() === 'top' || fragment.startsWith(':~:') || fragment.startsWith('__');
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** A page URL without its query, final slash or `.html`/`index.html`, for matching permalinks. */
function pageKey(url: string): string {
  const withoutQuery = url.split('?')[0]!;
  return decoded(withoutQuery.replace(/(?:\/index)?\.html$/, '').replace(/\/+$/, '')) || '/';
}

/**
 * The warnings for links to an id their target lesson does not have, by the linking lesson (site-relative path).
 * Targets: the page itself (`#x`), a lesson by its `.md` path (relative to the linking file), or a lesson by its
 * URL (`permalink`: the loader's links are resolved). A link to anything else (another site's page, a file, a page
 * that is no lesson) is not checked here.
 */
export function brokenAnchorWarnings(lessons: readonly AnchoredLesson[], siteDir: string): Map<string, LessonWarning[]> {
  const byFile = new Map(lessons.map((lesson) => [lesson.file, lesson]));
  const byUrl = new Map(lessons.filter((lesson) => lesson.permalink !== undefined).map((lesson) => [pageKey(lesson.permalink!), lesson]));
  const idsOf = new Map<AnchoredLesson, Set<string>>();
  const ids = (lesson: AnchoredLesson) => {
    let set = idsOf.get(lesson);
    if (!set) idsOf.set(lesson, (set = new Set(lesson.anchors.ids)));
    return set;
  };
  const result = new Map<string, LessonWarning[]>();
  for (const lesson of lessons) {
    for (const link of lesson.anchors.links) {
      const hash = link.href.indexOf('#');
      const target = link.href.slice(0, hash);
      const fragment = decoded(link.href.slice(hash + 1));
      if (isBuiltInFragment(fragment)) continue;
      const written = link.file ?? lesson.file;
      let page: AnchoredLesson | undefined;
      if (target === '') page = lesson;
      else if (/\.mdx?$/i.test(target.split('?')[0]!)) {
        const resolved = path.resolve(siteDir, path.dirname(written), decoded(target.split('?')[0]!));
        page = byFile.get(relativePath(resolved, siteDir));
      } else if (target.startsWith('/')) page = byUrl.get(pageKey(target));
      else if (lesson.permalink !== undefined) page = byUrl.get(pageKey(new URL(target, `https://site.invalid${lesson.permalink}`).pathname));
      if (!page || ids(page).has(fragment)) continue;
      const where = page === lesson ? 'this page' : `\`${page.file}\``;
      const headings = page.anchors.ids.filter((id) => !id.startsWith('__')).slice(0, 5);
      const warning: LessonWarning = {
        line: link.line,
        column: link.column,
        reason: `Unexpected link to \`#${fragment}\`, which no heading or element of ${where} has, expected one of its ids${headings.length > 0 ? ` (${headings.map((id) => `\`#${id}\``).join(', ')}${page.anchors.ids.length > headings.length ? ', …' : ''})` : ''}: the link opens the page at its top`,
        ruleId: 'mkdocs-link-anchor',
        ...(link.file ? {file: link.file} : {}),
        ...(link.includedAt ? {includedAt: link.includedAt} : {}),
      };
      const list = result.get(lesson.file) ?? [];
      list.push(warning);
      result.set(lesson.file, list);
    }
  }
  return result;
}
