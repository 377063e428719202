/**
 * What makes HTML unsafe in a lesson: anything that can run script in the
 * reader's browser or take over the page. A lesson is Markdown written by
 * contributors; the site shows it, it never runs code from it.
 *
 * A blocklist, kept small and strict, rather than an allowlist sanitizer
 * (hast-util-sanitize's GitHub schema): lessons legitimately use `class`,
 * `style`, `<details>`, `<kbd>`, `<img width>` in raw HTML, and an allowlist
 * would silently change how those render.
 */

/** Elements that run or embed script, or change how the whole page loads (`<base>` redirects every relative link). */
export const UNSAFE_ELEMENTS: ReadonlySet<string> = new Set([
  'script',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'portal',
  'base',
  'meta',
  'link',
]);

/**
 * Why an element is unsafe (a sentence fragment naming it), or undefined.
 * `<iframe>` is how workshops embed videos (YouTube), so it is allowed when it
 * loads a web page over http(s): that page runs in its own origin and cannot
 * reach ours. Without such a `src` (none, `data:`, `javascript:`, or `srcdoc`,
 * which is checked with the attributes) it is refused.
 */
export function unsafeElement(tagName: string, attribute: (name: string) => string | undefined): string | undefined {
  const name = tagName.toLowerCase();
  if (UNSAFE_ELEMENTS.has(name)) return `element \`<${name}>\``;
  if (name === 'iframe') {
    const src = squeeze(attribute('src') ?? '').toLowerCase();
    if (!/^(?:https?:)?\/\/[^/]/.test(src)) return 'element `<iframe>` without an http(s) `src`';
  }
  return undefined;
}

/** Attributes whose value is a URL that is navigated to or submitted (where `data:` can carry a page). */
const NAVIGATION_ATTRIBUTES: ReadonlySet<string> = new Set(['href', 'xlink:href', 'xlinkhref', 'action', 'formaction']);

/**
 * Other attributes whose value the browser reads as a URL or CSS that may hold
 * one, and SVG animation values (`<set attributeName="href" to="javascript:…">`).
 * Only these are searched for a script scheme: a tab label or a title that
 * merely mentions "JavaScript: the basics" is text.
 */
const URL_ATTRIBUTES: ReadonlySet<string> = new Set([
  'src',
  'srcset',
  'poster',
  'background',
  'data',
  'cite',
  'codebase',
  'ping',
  'style',
  'to',
  'from',
  'by',
  'values',
]);

/**
 * Schemes that run script (`javascript:`, `vbscript:`) wherever a URL is used.
 * Browsers ignore ASCII whitespace and control characters inside a scheme
 * (`java\tscript:` runs), so those are removed before looking.
 */
const SCRIPT_SCHEME = /(?:java|vb|live)script:/i;

function squeeze(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u0020\u007f]/g, '');
}

/** Why a URL must not reach the page (a sentence fragment), or undefined when it is fine. */
export function unsafeUrl(url: string, kind: 'link' | 'image'): string | undefined {
  const squeezed = squeeze(url).toLowerCase();
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(squeezed)?.[1];
  if (scheme === 'javascript' || scheme === 'vbscript' || scheme === 'livescript') return `\`${scheme}:\` URL`;
  // A `data:` page opened from a link is a page the author wrote script into; images may use `data:image/…`.
  if (scheme === 'data' && (kind === 'link' || !squeezed.startsWith('data:image/'))) return '`data:` URL';
  return undefined;
}

/**
 * Why an attribute is unsafe (a sentence fragment naming it), or undefined.
 * `name` is the attribute's HTML name (`onclick`, `xlink:href`) or its hast/React
 * property name (`onClick`, `xLinkHref`): both are compared lowercased.
 */
export function unsafeAttribute(name: string, value: string): string | undefined {
  const lower = name.toLowerCase();
  if (/^on[a-z]/.test(lower)) return `event-handler attribute \`${lower}\``;
  if (lower === 'srcdoc') return 'attribute `srcdoc` (a page with its own scripts)';
  if (NAVIGATION_ATTRIBUTES.has(lower)) {
    const reason = unsafeUrl(value, 'link');
    return reason && `${reason} in \`${lower}\``;
  }
  if (URL_ATTRIBUTES.has(lower) && SCRIPT_SCHEME.test(squeeze(value))) return `script URL in \`${lower}\``;
  return undefined;
}
