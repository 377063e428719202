import type {Element, ElementContent} from 'hast';
import type {Link, Parent, PhrasingContent, Root, RootContent, Text} from 'mdast';
import type {} from 'mdast-util-to-hast';
import type {Position} from 'unist';
import type {VFile} from 'vfile';
import {gemoji} from 'gemoji';
import twemojiNames from './twemoji-names.json';
import {visit} from '../mdast-util/visit';
import {isIconShortcode, resolveIcon, type Icon, type IconLookup} from './icons';
import type {CustomIcons} from './custom-icons';
import {report} from '../messages';
import {textSlicePlace, verbatimIn} from '../mdast-util/text-place';
import {adjacent, directiveToText} from '../mdast-util/directive-text';
import {isAutolinkText} from '../mdast-util/autolink';

/**
 * pymdownx.emoji with Material's index: `:shortcode:` in prose becomes the
 * Unicode emoji (the names of Material's Twemoji index, `twemoji-names.json`,
 * and GitHub's gemoji names, from the `gemoji` package), and
 * `:material-…:`, `:octicons-…-16:`, `:fontawesome-solid-…:`, `:simple-…:`
 * become an inline SVG icon (`<span class="twemoji"><svg …><path/></svg></span>`,
 * as Material renders them). Only `text` nodes are read, so code, inline code,
 * raw HTML and URLs are never touched; autolinks (`<https://…>`) neither, as
 * their text is atomic in Python-Markdown too.
 *
 * With Material's `custom_icons` (`customIcons`, `custom-icons.ts`), the
 * workshop's own SVG icons are drawn the same way, the file's `<svg>` in the
 * span, before Material's sets (a custom `material/check.svg` is
 * `:material-check:`, as in Material); an emoji name stays the emoji.
 *
 * A `:word:` that is neither an emoji nor an icon stays as written, silently:
 * `15:04:05` and `:8080:` are prose. An icon shortcode that cannot be drawn
 * (a set's name or a custom icon folder's, `:arista-nothere:`, that has no
 * such icon; a custom icon whose SVG the host will not draw) stays as written
 * and is reported (`mkdocs-icon`).
 *
 * With remark-directive active (Docusaurus), `:tada:done` parses as the text
 * `:tada` then a directive `:done`; such a directive is turned back into text
 * when a shortcode closes on its colon.
 */

export interface EmojiOptions {
  /** Icon lookup; the default reads the icon packages (see `icons.ts`). */
  resolveIcon?: (name: string) => IconLookup | undefined;
  /** The workshop's own icons (Material's `custom_icons`), looked up before the sets; none by default. */
  customIcons?: CustomIcons;
}

declare module 'mdast' {
  interface TextData {
    /** Set on the empty text node that renders an icon: the shortcode's name, without colons. */
    mkdocsIcon?: string;
  }
}

/** pymdownx.emoji's `RE_EMOJI` (`:[+\-\w]+:`), with Python's Unicode `\w`. */
const SHORTCODE = /:([\p{L}\p{N}_+-]+):/gu;

let emojiByName: Map<string, string> | undefined;

/**
 * The Unicode emoji for a name (`tada` → 🎉, `pray_tone3` → 🙏🏽), or
 * undefined: a name of Material's Twemoji index (`emoji_index:
 * material.extensions.emoji.twemoji`, the EmojiOne names pymdown-extensions
 * reads: skin tones as `_tone1`…`_tone5`, `face_vomiting`, `clown`), the
 * emoji MkDocs shows; else a gemoji name (GitHub's, which MkDocs authors also
 * write). Where both name the same emoji, gemoji's sequence is kept (its
 * variation selectors are Unicode's recommended ones).
 */
export function emojiFor(name: string): string | undefined {
  if (!emojiByName) {
    emojiByName = new Map();
    for (const entry of gemoji) for (const alias of entry.names) emojiByName.set(alias, entry.emoji);
    for (const [twemojiName, emoji] of Object.entries((twemojiNames as {names: Record<string, string>}).names)) {
      const gemojiEmoji = emojiByName.get(twemojiName);
      if (gemojiEmoji === undefined || withoutSelectors(gemojiEmoji) !== withoutSelectors(emoji)) emojiByName.set(twemojiName, emoji);
    }
  }
  return emojiByName.get(name);
}

function withoutSelectors(emoji: string): string {
  return emoji.replace(/\uFE0F/g, '');
}

/** Whether `node` is an icon this transform made (an empty text node rendered as `<span class="twemoji">`). */
export function isIconNode(node: RootContent | undefined): boolean {
  return node?.type === 'text' && node.data?.mkdocsIcon !== undefined;
}

export function emojiShortcodes(tree: Root, file: VFile, options: EmojiOptions = {}): void {
  const lookUp = options.resolveIcon ?? resolveIcon;
  const custom = options.customIcons;
  const known = (name: string) => emojiFor(name) !== undefined || isIconShortcode(name) || custom?.lookUp(name) !== undefined;

  visit(tree, (node) => {
    if ('children' in node) restoreShortcodeDirectives(node as Parent, file, known);
  });

  visit(tree, 'text', (node, index, parent) => {
    if (index === undefined || !parent || !node.value.includes(':') || isIconNode(node) || isAutolinkText(node, parent)) return;
    const replacement = replaceShortcodes(node, file, lookUp, custom);
    if (!replacement) return;
    parent.children.splice(index, 1, ...(replacement as typeof parent.children));
    return index + replacement.length;
  });

  // An icon that is all a link shows must name the link for screen readers.
  visit(tree, (node) => {
    if (node.type !== 'link' && node.type !== 'linkReference') return;
    const icons = node.children.filter((child): child is Text => isIconNode(child));
    const onlyIcons = node.children.every((child) => isIconNode(child) || (child.type === 'text' && child.value.trim() === ''));
    if (icons.length === 0 || !onlyIcons) return;
    const properties = (icons[0].data!.hProperties ??= {});
    properties.role = 'img';
    properties.ariaLabel = iconLabel(icons[0], custom);
  });
}

/** The nodes that replace `node`, or undefined when it holds no shortcode to replace. */
function replaceShortcodes(
  node: Text,
  file: VFile,
  lookUp: (name: string) => IconLookup | undefined,
  custom: CustomIcons | undefined,
): PhrasingContent[] | undefined {
  const value = node.value;
  const place = textSlicePlace(file, node);
  const written = verbatimIn(file, node);
  const result: PhrasingContent[] = [];
  let pending = ''; // text not yet emitted
  let pendingFrom = 0; // where `pending` starts in `value`
  let changed = false;

  const flush = (to: number) => {
    if (pending !== '') result.push({type: 'text', value: pending, position: place(pendingFrom, to)});
    pending = '';
  };

  let last = 0;
  for (const match of value.matchAll(SHORTCODE)) {
    const start = match.index;
    const end = start + match[0].length;
    const name = match[1];
    pending += value.slice(last, start);
    last = end;
    if (!written(start, end)) {
      pending += match[0];
      continue;
    }
    const emoji = emojiFor(name);
    if (emoji !== undefined) {
      pending += emoji;
      changed = true;
      continue;
    }
    // The workshop's own icons first, as Material indexes custom_icons before its own sets.
    const own = custom?.lookUp(name);
    if (own && 'found' in own) {
      flush(start);
      result.push(customIconNode(name, own.found, place(start, end)));
      pendingFrom = end;
      changed = true;
      continue;
    }
    if (own) {
      pending += match[0];
      report(
        file,
        'mkdocs-icon',
        `Unexpected icon \`:${name}:\` whose file \`${own.file}\` (custom_icons) cannot be drawn: ${own.problem}, expected an SVG the site's allow-list keeps whole; shown as text`,
        place(start, end),
      );
      continue;
    }
    const lookup = lookUp(name);
    if (lookup && 'found' in lookup) {
      flush(start);
      result.push(iconNode(name, lookup.found, place(start, end)));
      pendingFrom = end;
      changed = true;
      continue;
    }
    pending += match[0];
    const folder = lookup ? undefined : custom?.inFolder(name);
    if (folder !== undefined) {
      report(
        file,
        'mkdocs-icon',
        `Unexpected icon \`:${name}:\`, expected the name of an SVG file in a folder of custom_icons (\`${folder}/…\`, \`/\` written as \`-\`); shown as text`,
        place(start, end),
      );
    }
    if (lookup) {
      report(
        file,
        'mkdocs-icon',
        lookup.missing === 'package'
          ? `Unexpected icon \`:${name}:\` from a set whose package \`${lookup.packageName}\` is not installed, expected an installed icon set (npm install ${lookup.packageName}); shown as text`
          : `Unexpected icon \`:${name}:\`, expected an icon name from Material's icon sets (for example \`:material-check:\`, \`:octicons-tasklist-16:\`, \`:fontawesome-solid-file-pdf:\`); shown as text`,
        place(start, end),
      );
    }
  }
  if (!changed) return undefined;
  pending += value.slice(last);
  flush(value.length);
  return result;
}

/** How every icon's `<svg>` is drawn: one line high (Material's 18px at its 16px), in the text's colour, hidden from screen readers. */
const ICON_SVG_PROPERTIES = {
  width: '1.125em',
  height: '1.125em',
  fill: 'currentColor',
  ariaHidden: 'true',
  focusable: 'false',
} as const;
const ICON_SVG_STYLE = 'vertical-align:-0.2em';

function iconNode(name: string, icon: Icon, position: Position | undefined): Text {
  const svg: Element = {
    type: 'element',
    tagName: 'svg',
    properties: {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: icon.viewBox,
      ...ICON_SVG_PROPERTIES,
      style: ICON_SVG_STYLE,
    },
    children: icon.paths.map(
      (path): ElementContent => ({
        type: 'element',
        tagName: 'path',
        properties: {d: path.d, ...(path.fillRule && {fillRule: path.fillRule}), ...(path.clipRule && {clipRule: path.clipRule})},
        children: [],
      }),
    ),
  };
  return iconSpan(name, svg, position);
}

function iconSpan(name: string, svg: Element, position: Position | undefined): Text {
  return {
    type: 'text',
    value: '',
    position,
    data: {mkdocsIcon: name, hName: 'span', hProperties: {className: ['twemoji']}, hChildren: [svg]},
  };
}

/**
 * A custom icon: its file's `<svg>` (a copy; the lookup keeps the original), drawn as the sets' icons are. Material
 * inlines the file as it is and sizes and paints it in CSS (`.twemoji svg {width: 18px; fill: currentcolor}`, which
 * wins over the root's own `fill`); shapes with a fill of their own keep it. An SVG sized only by `width` and
 * `height` gets the viewBox they span, so that it scales instead of being cut.
 */
function customIconNode(name: string, svg: Element, position: Position | undefined): Text {
  const properties = svg.properties;
  const viewBox = properties.viewBox ?? sizeViewBox(properties.width, properties.height);
  const style = typeof properties.style === 'string' && properties.style.trim() !== '' ? `${ICON_SVG_STYLE};${properties.style}` : ICON_SVG_STYLE;
  const copy: Element = {
    ...structuredClone(svg),
    tagName: 'svg',
    properties: {
      ...structuredClone(properties),
      xmlns: 'http://www.w3.org/2000/svg',
      ...(viewBox === undefined ? {} : {viewBox}),
      ...ICON_SVG_PROPERTIES,
      style,
    },
  };
  return iconSpan(name, copy, position);
}

/** `0 0 w h` for an SVG with a numeric (or px) width and height, else undefined. */
function sizeViewBox(width: unknown, height: unknown): string | undefined {
  const number = (value: unknown) => {
    const match = /^\s*(\d+(?:\.\d+)?)\s*(?:px)?\s*$/.exec(String(value ?? ''));
    return match ? Number(match[1]) : undefined;
  };
  const w = number(width);
  const h = number(height);
  return w && h ? `0 0 ${w} ${h}` : undefined;
}

function iconLabel(node: Text, custom: CustomIcons | undefined): string {
  const name = node.data?.mkdocsIcon ?? '';
  // A custom icon is named by its whole path: `arista-logo` → `arista logo`.
  const own = custom?.lookUp(name);
  if (own && 'found' in own) return name.split(/[-_]/).filter(Boolean).join(' ');
  // `fontawesome-solid-file-pdf` → `file pdf`; `octicons-tasklist-16` → `tasklist`.
  const words = name.split('-').slice(1);
  if (name.startsWith('fontawesome-')) words.shift();
  if (name.startsWith('octicons-')) words.pop();
  return words.join(' ');
}

/**
 * remark-directive reads `:name` as a text directive wherever the colon is not
 * itself after a colon, so a shortcode can lose its closing colon to the next
 * word (`:tada:done` → text `:tada`, directive `done`), or, in other parsers'
 * versions, its opening colon (`:tada:` → directive `tada`, text `:`). When a
 * known shortcode is split that way, the directive goes back to being text.
 */
function restoreShortcodeDirectives(parent: Parent, file: VFile, known: (name: string) => boolean): void {
  const source = String(file);
  for (let index = 0; index < parent.children.length; index++) {
    const node = parent.children[index];
    if (node.type !== 'textDirective') continue;
    const before = parent.children[index - 1];
    const after = parent.children[index + 1];
    const closesShortcode =
      before?.type === 'text' && !isIconNode(before) && adjacent(before, node) && shortcodeEndsAt(`${before.value}:`, known);
    const isShortcode =
      after?.type === 'text' &&
      after.value.startsWith(':') &&
      adjacent(node, after) &&
      node.children.length === 0 &&
      Object.keys(node.attributes ?? {}).length === 0 &&
      known(node.name);
    if (!closesShortcode && !isShortcode) continue;
    directiveToText(parent, index, source);
    index = -1; // merged: the indexes moved, look again from the start
  }
}

/** Whether scanning `value` left to right, the way pymdownx does, ends on a known shortcode. */
function shortcodeEndsAt(value: string, known: (name: string) => boolean): boolean {
  let lastMatch: RegExpExecArray | undefined;
  for (const match of value.matchAll(SHORTCODE)) lastMatch = match;
  return lastMatch !== undefined && lastMatch.index + lastMatch[0].length === value.length && known(lastMatch[1]);
}
