/**
 * The last check on what readers get: a built page's HTML, after React's
 * server render and the HTML minifier, parsed with parse5 (the HTML standard's
 * parsing algorithm, as the browser runs it). Whatever a lesson could do
 * through a gap in the Markdown plugins, a serializer or the minifier, this is
 * where it would show.
 */
import {parse, type DefaultTreeAdapterMap} from 'parse5';
import {unsafeCss} from '../remark-safe-html/lib/css';

type ParentNode = DefaultTreeAdapterMap['parentNode'];
type Element = DefaultTreeAdapterMap['element'];
type Template = DefaultTreeAdapterMap['template'];

/** What the site itself writes into every page, learned from a page that holds no lesson (404.html). */
export interface SiteOwn {
  /** Exact text of each inline script the theme writes (the colour-mode script, …). */
  inlineScripts: ReadonlySet<string>;
  /** `src` of each script bundle the build emitted (`/assets/js/main.1234.js`). */
  scriptSources: ReadonlySet<string>;
  /** Each `<meta http-equiv>` the site writes, as `http-equiv|content`. */
  metaHttpEquiv: ReadonlySet<string>;
  /** Each event-handler attribute the site writes, as `tag|name|value`. */
  handlers: ReadonlySet<string>;
}

export const NOTHING_OWN: SiteOwn = {inlineScripts: new Set(), scriptSources: new Set(), metaHttpEquiv: new Set(), handlers: new Set()};

/** Elements that load or run content of their own; the site never emits them. */
const FORBIDDEN = new Set(['base', 'object', 'embed', 'applet', 'frame', 'frameset', 'portal', 'fencedframe']);

/** Attributes whose value is a URL the browser loads, navigates to or submits (SVG animation values included). */
const URL_ATTRIBUTES = new Set([
  'href',
  'xlink:href',
  'src',
  'action',
  'formaction',
  'poster',
  'data',
  'background',
  'cite',
  'codebase',
  'lowsrc',
  'dynsrc',
  'ping',
  'srcset',
  'imagesrcset',
  'to',
  'from',
  'by',
  'values',
  'manifest',
  'itemtype',
]);

/** Schemes that run script wherever a URL is used. */
const SCRIPT_SCHEME = /^(?:javascript|vbscript|livescript):/;
/** `data:` URLs that are images, safe where an image is loaded; any other `data:` is a document or script. */
const DATA_IMAGE = /^data:image\/(?:png|jpe?g|gif|webp|avif|bmp|x-icon|vnd\.microsoft\.icon|svg\+xml)[;,]/;

/** Script `type`s the browser does not run. */
const DATA_SCRIPT_TYPES = new Set(['application/ld+json', 'application/json']);

function squeeze(value: string): string {
  // Browsers ignore ASCII whitespace and control characters inside a scheme (`java\tscript:` runs).
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase();
}

function attributeName(attribute: {name: string; prefix?: string}): string {
  return attribute.prefix ? `${attribute.prefix}:${attribute.name}` : attribute.name;
}

function textOf(element: Element): string {
  return element.childNodes.map((child) => ('value' in child && child.nodeName === '#text' ? child.value : '')).join('');
}

/** Why a URL in `attribute` of `tag` is unsafe, or undefined. */
function unsafeUrlValue(tag: string, attribute: string, value: string): string | undefined {
  const candidates = attribute === 'srcset' || attribute === 'imagesrcset' ? value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '') : [value];
  for (const candidate of candidates) {
    const url = squeeze(candidate);
    // SVG animation values are lists: any item may be the URL an `href` is set to.
    const items = attribute === 'values' ? url.split(';') : [url];
    for (const item of items) {
      if (SCRIPT_SCHEME.test(item)) return `a script URL in \`${attribute}\` of \`<${tag}>\``;
      if (item.startsWith('data:') && !DATA_IMAGE.test(item)) return `a \`data:\` URL that is not an image in \`${attribute}\` of \`<${tag}>\``;
    }
  }
  return undefined;
}

/**
 * What in this page could run script and did not come from the site itself:
 * an `on*` attribute, a `javascript:`/`vbscript:`/non-image `data:` URL, a
 * `<script>` that is not one of the site's own, `<base>`, `<meta http-equiv>`
 * the site does not write, `<object>`, `<embed>`, `<iframe srcdoc>`, CSS that
 * loads a script URL. Each finding is a phrase; none means the page is clean.
 */
export function findUnsafeInPage(html: string, own: SiteOwn): string[] {
  const findings: string[] = [];
  walk(parse(html), own, findings);
  return findings;
}

function walk(parent: ParentNode, own: SiteOwn, findings: string[]): void {
  for (const node of parent.childNodes) {
    if (!('tagName' in node)) continue;
    const element = node as Element;
    checkElement(element, own, findings);
    walk(element, own, findings);
    if (element.tagName === 'template') walk((element as Template).content, own, findings);
  }
}

function checkElement(element: Element, own: SiteOwn, findings: string[]): void {
  const tag = element.tagName;
  const attribute = (name: string) => element.attrs.find((a) => attributeName(a) === name)?.value;
  if (FORBIDDEN.has(tag)) findings.push(`\`<${tag}>\``);
  if (tag === 'script') {
    const src = attribute('src');
    const type = (attribute('type') ?? '').trim().toLowerCase();
    if (src !== undefined) {
      if (!own.scriptSources.has(src)) findings.push(`\`<script src="${src.slice(0, 80)}">\` that is not one of the site's bundles`);
    } else if (DATA_SCRIPT_TYPES.has(type)) {
      // Structured data (Docusaurus's breadcrumbs): never run, but it must be data.
      try {
        JSON.parse(textOf(element));
      } catch {
        findings.push(`\`<script type="${type}">\` that does not hold JSON`);
      }
    } else if (!own.inlineScripts.has(textOf(element))) {
      findings.push(`inline \`<script>\` that the site does not write: \`${textOf(element).trim().slice(0, 80)}\``);
    }
  }
  if (tag === 'meta' && attribute('http-equiv') !== undefined) {
    const key = `${(attribute('http-equiv') ?? '').toLowerCase()}|${attribute('content') ?? ''}`;
    if (!own.metaHttpEquiv.has(key)) findings.push(`\`<meta http-equiv="${attribute('http-equiv')}">\` that the site does not write`);
  }
  if (tag === 'iframe' && attribute('srcdoc') !== undefined) findings.push('`<iframe srcdoc>`');
  if (tag === 'style') {
    const reason = unsafeCss(textOf(element));
    if (reason) findings.push(`${reason} in a \`<style>\``);
  }
  for (const attr of element.attrs) {
    const name = attributeName(attr).toLowerCase();
    if (name.startsWith('on')) {
      if (!own.handlers.has(`${tag}|${name}|${attr.value}`)) findings.push(`event-handler attribute \`${name}\` on \`<${tag}>\``);
      continue;
    }
    if (name === 'style') {
      const reason = unsafeCss(attr.value);
      if (reason) findings.push(`${reason} in the \`style\` of \`<${tag}>\``);
    } else if (URL_ATTRIBUTES.has(name) || name.endsWith(':href')) {
      const reason = unsafeUrlValue(tag, name, attr.value);
      if (reason) findings.push(reason);
    } else if (name === 'srcdoc') {
      findings.push(`\`srcdoc\` on \`<${tag}>\``);
    }
  }
  if (tag === 'meta') {
    // `<meta http-equiv=refresh content="0;url=javascript:…">` and kin.
    const content = squeeze(attribute('content') ?? '');
    if (/url=(?:javascript|vbscript|livescript|data):/.test(content)) findings.push('a script or `data:` URL in `<meta content>`');
  }
}

/**
 * What the site writes on a page that holds no lesson: its inline scripts,
 * meta http-equiv and handlers, as found. Script bundles are the build's
 * `.js` files, given as their URLs.
 */
export function learnSiteOwn(referenceHtml: string, scriptSources: Iterable<string>): SiteOwn {
  const inlineScripts = new Set<string>();
  const metaHttpEquiv = new Set<string>();
  const handlers = new Set<string>();
  const visit = (parent: ParentNode): void => {
    for (const node of parent.childNodes) {
      if (!('tagName' in node)) continue;
      const element = node as Element;
      const attribute = (name: string) => element.attrs.find((a) => attributeName(a) === name)?.value;
      if (element.tagName === 'script' && attribute('src') === undefined) inlineScripts.add(textOf(element));
      if (element.tagName === 'meta' && attribute('http-equiv') !== undefined) {
        metaHttpEquiv.add(`${(attribute('http-equiv') ?? '').toLowerCase()}|${attribute('content') ?? ''}`);
      }
      for (const attr of element.attrs) {
        if (attributeName(attr).toLowerCase().startsWith('on')) handlers.add(`${element.tagName}|${attributeName(attr).toLowerCase()}|${attr.value}`);
      }
      visit(element);
    }
  };
  visit(parse(referenceHtml));
  return {inlineScripts, scriptSources: new Set(scriptSources), metaHttpEquiv, handlers};
}
