/**
 * What a lesson's HTML may contain once parsed: an allow-list, not a list of
 * known attacks. HTML elements and their attributes follow hast-util-sanitize's
 * schema (GitHub's rules), extended with what lessons legitimately write and
 * what our plugins and Docusaurus build (MkDocs' HTML with classes and inline
 * styles, `<figure>`, `<abbr>`, `<mark>`, media, YouTube iframes, the GFM and
 * Docusaurus attributes). Foreign content (`<svg>`, `<math>`) has its own
 * allow-lists below, since there the browser's parser follows other rules.
 */
import {defaultSchema, type Schema} from 'hast-util-sanitize';
import htmlTags from 'html-tags';

type Definitions = NonNullable<Schema['attributes']>[string];

const ARIA = [
  'ariaAtomic',
  'ariaBusy',
  'ariaChecked',
  'ariaColCount',
  'ariaColIndex',
  'ariaColSpan',
  'ariaControls',
  'ariaCurrent',
  'ariaDescribedBy',
  'ariaDescription',
  'ariaDetails',
  'ariaDisabled',
  'ariaExpanded',
  'ariaHasPopup',
  'ariaHidden',
  'ariaLabel',
  'ariaLabelledBy',
  'ariaLevel',
  'ariaLive',
  'ariaModal',
  'ariaMultiLine',
  'ariaOrientation',
  'ariaPosInSet',
  'ariaPressed',
  'ariaReadOnly',
  'ariaRelevant',
  'ariaRequired',
  'ariaRoleDescription',
  'ariaRowCount',
  'ariaRowIndex',
  'ariaRowSpan',
  'ariaSelected',
  'ariaSetSize',
  'ariaSort',
  'ariaValueMax',
  'ariaValueMin',
  'ariaValueNow',
  'ariaValueText',
];

/** Elements beyond GitHub's that render content and run nothing. */
const EXTRA_TAGS = [
  'abbr',
  'address',
  'article',
  'aside',
  'audio',
  'bdi',
  'bdo',
  'big',
  'button',
  'caption',
  'center',
  'cite',
  'col',
  'colgroup',
  'data',
  'datalist',
  'dfn',
  'fieldset',
  'figcaption',
  'figure',
  'font',
  'footer',
  'form',
  'header',
  'hgroup',
  'label',
  'legend',
  'main',
  'map',
  'area',
  'mark',
  'meter',
  'nav',
  'nobr',
  'optgroup',
  'option',
  'output',
  'progress',
  'search',
  'select',
  'small',
  'time',
  'track',
  'u',
  'video',
  'wbr',
  // Kept with their own checks in sanitize-tree.ts: an iframe only with an http(s) page, a style only with safe CSS.
  'iframe',
  'style',
  // Docusaurus's `:::type` boxes reach the tree as this element (rendered by its `admonition` MDX component).
  'admonition',
];

/** Attributes on every element, beyond GitHub's. */
const EXTRA_GLOBAL: Definitions = [
  'className',
  'style',
  'hidden',
  'role',
  'translate',
  'draggable',
  'spellCheck',
  'inert',
  'data*',
  ...ARIA,
];

const EXTRA_BY_TAG: Record<string, Definitions> = {
  a: ['target', 'rel', 'download', 'type', 'referrerPolicy'],
  img: ['loading', 'decoding', 'srcSet', 'sizes', 'referrerPolicy', 'crossOrigin', 'fetchPriority'],
  // Docusaurus's code-block component reads the fence's meta from this prop.
  code: ['metastring'],
  iframe: ['src', 'allow', 'allowFullScreen', 'frameBorder', 'loading', 'referrerPolicy', 'scrolling', 'marginWidth', 'marginHeight', 'sandbox'],
  video: ['src', 'poster', 'controls', 'autoPlay', 'loop', 'muted', 'playsInline', 'preload', 'crossOrigin'],
  audio: ['src', 'controls', 'autoPlay', 'loop', 'muted', 'preload', 'crossOrigin'],
  source: ['src', 'type', 'sizes'],
  track: ['src', 'kind', 'srcLang', 'default'],
  input: ['type', 'placeholder', 'min', 'max', 'step', 'pattern', 'required', 'autoComplete', 'list', 'disabled'],
  button: ['type', 'disabled'],
  select: ['disabled', 'required'],
  option: ['disabled'],
  optgroup: ['disabled'],
  fieldset: ['disabled'],
  ol: ['reversed', 'type'],
  li: ['value'],
  meter: ['min', 'max', 'low', 'high', 'optimum'],
  progress: ['max'],
  area: ['href', 'alt', 'target', 'rel'],
  time: ['dateTime'],
  data: ['value'],
  // `type="text/css"` as old tutorials write it: another type only makes the browser ignore the CSS.
  style: ['media', 'type'],
  td: ['bgColor'],
  th: ['bgColor'],
  table: ['bgColor'],
  tr: ['bgColor'],
  font: ['face'],
  // Docusaurus's directive attributes, and the label and icon remarkMkdocsAfterDefaults adds (text and SVG path data).
  admonition: ['type', 'title', 'label', 'iconPath', 'icon'],
};

function mergeAttributes(): NonNullable<Schema['attributes']> {
  const base = defaultSchema.attributes ?? {};
  const merged: NonNullable<Schema['attributes']> = {};
  // `className` is allowed on every element below; GitHub's per-tag class lists (`language-*` on `code`,
  // `task-list-item` on `li`, …) would otherwise win over that and empty the MkDocs classes (`md-button`).
  for (const [tag, definitions] of Object.entries(base)) {
    merged[tag] = definitions.filter((definition) => !(Array.isArray(definition) && definition[0] === 'className'));
  }
  merged['*'] = [...(merged['*'] ?? []), ...EXTRA_GLOBAL];
  for (const [tag, definitions] of Object.entries(EXTRA_BY_TAG)) merged[tag] = [...(merged[tag] ?? []), ...definitions];
  return merged;
}

/**
 * The schema for HTML-namespace elements. Differences from GitHub's, each on
 * purpose: ids and names are not prefixed with `user-content-` (lessons link
 * to their own anchors, and Docusaurus's heading ids must stay as they are);
 * no `ancestors` rule (the tree comes from a spec parser, so a `<tr>` is in a
 * table already); a task-list checkbox is not forced on every `<input>`;
 * `src` may be a `data:` URL, which sanitize-tree.ts then allows for images
 * only (`data:image/…`, as in Markdown images today); `href` may be
 * Docusaurus's `pathname://`.
 */
export const LESSON_SCHEMA: Schema = {
  ...defaultSchema,
  ancestors: {},
  clobber: [],
  clobberPrefix: '',
  required: {},
  allowComments: false,
  allowDoctypes: false,
  strip: ['script', 'style'],
  tagNames: [...(defaultSchema.tagNames ?? []), ...EXTRA_TAGS],
  attributes: mergeAttributes(),
  protocols: {
    ...defaultSchema.protocols,
    // `pathname://` is Docusaurus's mark for a link its router must leave alone (the MkDocs import's unresolved links).
    href: ['http', 'https', 'irc', 'ircs', 'mailto', 'xmpp', 'tel', 'pathname'],
    src: ['http', 'https', 'data'],
    poster: ['http', 'https', 'data'],
    action: ['http', 'https', 'mailto'],
    formAction: ['http', 'https'],
    cite: ['http', 'https'],
    longDesc: ['http', 'https'],
  },
};

/** Obsolete elements HTML parsers still know (html-tags lists the current ones). */
const OBSOLETE_TAGS = [
  'acronym', 'applet', 'basefont', 'bgsound', 'big', 'blink', 'center', 'dir', 'fencedframe', 'font', 'frame', 'frameset', 'image',
  'isindex', 'keygen', 'listing', 'marquee', 'menuitem', 'multicol', 'nextid', 'nobr', 'noembed', 'noframes', 'plaintext', 'portal',
  'rb', 'rtc', 'spacer', 'strike', 'tt', 'xmp',
];

/**
 * Element names HTML defines (or did). Any other name is an unknown element to
 * the browser (HTMLUnknownElement, or a custom element the site never defines):
 * parsed like a `<span>`, with no behaviour, so it is kept (lessons write
 * `<NodeIP>` and `<pod>` as placeholders in prose, and MkDocs keeps them too)
 * with the attributes every element may have.
 */
export const KNOWN_HTML_ELEMENTS: ReadonlySet<string> = new Set([...htmlTags, ...OBSOLETE_TAGS]);

/**
 * Elements whose content the browser does not parse as HTML (raw text,
 * RCDATA, a separate document or template), or that load or run something
 * of their own. Where one of these is in a lesson's tree it is shown as text:
 * what the reader's browser would make of its content after React writes it
 * out again is exactly where mutation XSS hides.
 */
export const SHOWN_AS_TEXT: ReadonlySet<string> = new Set([
  'script',
  'noscript',
  'template',
  'textarea',
  'title',
  'xmp',
  'plaintext',
  'listing',
  'noembed',
  'noframes',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'param',
  'portal',
  'fencedframe',
  'base',
  'basefont',
  'meta',
  'link',
  'head',
  'html',
  'body',
  'isindex',
  'image',
  'keygen',
]);

/**
 * SVG elements allowed in a lesson: shapes, text, gradients and the like (our
 * icons are made of these). Not allowed, so the whole `<svg>` is shown as
 * text: `<script>`, `<style>`, `<foreignObject>` (HTML inside SVG), the
 * animation elements (`<set>`/`<animate>` can rewrite an `href`), `<feImage>`,
 * and anything unknown.
 */
export const SVG_ELEMENTS: ReadonlySet<string> = new Set([
  'svg',
  'g',
  'defs',
  'symbol',
  'use',
  'path',
  'rect',
  'circle',
  'ellipse',
  'line',
  'polyline',
  'polygon',
  'text',
  'tspan',
  'textPath',
  'title',
  'desc',
  'a',
  'image',
  'linearGradient',
  'radialGradient',
  'stop',
  'clipPath',
  'mask',
  'pattern',
  'marker',
  'filter',
  'feBlend',
  'feColorMatrix',
  'feComponentTransfer',
  'feComposite',
  'feDropShadow',
  'feFlood',
  'feFuncA',
  'feFuncB',
  'feFuncG',
  'feFuncR',
  'feGaussianBlur',
  'feMerge',
  'feMergeNode',
  'feMorphology',
  'feOffset',
]);

/** MathML presentation elements allowed (no `<mglyph>`, `<malignmark>`, `<annotation-xml>`, `<maction>`). */
export const MATHML_ELEMENTS: ReadonlySet<string> = new Set([
  'math',
  'mrow',
  'mi',
  'mn',
  'mo',
  'ms',
  'mtext',
  'mspace',
  'mfrac',
  'msqrt',
  'mroot',
  'mstyle',
  'merror',
  'mpadded',
  'mphantom',
  'menclose',
  'msub',
  'msup',
  'msubsup',
  'munder',
  'mover',
  'munderover',
  'mmultiscripts',
  'mprescripts',
  'none',
  'mtable',
  'mtr',
  'mtd',
  'semantics',
  'annotation',
]);

/**
 * Foreign elements whose children the browser parses as HTML when it reads the
 * page (SVG's HTML integration points, MathML's text integration points):
 * they may hold text only. An element inside one would be HTML after React
 * writes the page out, and the mismatch between the tree checked here and the
 * one the browser builds is how `<math><mtext><mglyph><style>` ran script.
 */
export const TEXT_ONLY_FOREIGN: ReadonlySet<string> = new Set(['title', 'desc', 'mi', 'mn', 'mo', 'ms', 'mtext', 'annotation']);

/** Attributes (as written in HTML, lowercased) allowed on foreign elements. URL-valued ones are checked apart. */
export const FOREIGN_ATTRIBUTES: ReadonlySet<string> = new Set(
  [
    // Both
    'id', 'class', 'style', 'role', 'tabindex', 'lang', 'dir', 'xmlns', 'xmlns:xlink', 'xml:lang', 'xml:space', 'display', 'width', 'height',
    // SVG geometry and presentation
    'version', 'viewbox', 'preserveaspectratio', 'transform', 'd', 'x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'rx', 'ry', 'dx', 'dy',
    'points', 'pathlength', 'fill', 'fill-opacity', 'fill-rule', 'clip-rule', 'clip-path', 'clippathunits', 'stroke', 'stroke-width',
    'stroke-linecap', 'stroke-linejoin', 'stroke-dasharray', 'stroke-dashoffset', 'stroke-opacity', 'stroke-miterlimit', 'opacity', 'color',
    'visibility', 'overflow', 'font-family', 'font-size', 'font-weight', 'font-style', 'font-variant', 'text-anchor', 'text-decoration',
    'dominant-baseline', 'alignment-baseline', 'baseline-shift', 'letter-spacing', 'word-spacing', 'writing-mode', 'rotate', 'textlength',
    'lengthadjust', 'startoffset', 'method', 'spacing', 'side', 'offset', 'stop-color', 'stop-opacity', 'gradientunits', 'gradienttransform',
    'spreadmethod', 'fx', 'fy', 'fr', 'patternunits', 'patterncontentunits', 'patterntransform', 'maskunits', 'maskcontentunits', 'mask',
    'markerwidth', 'markerheight', 'markerunits', 'refx', 'refy', 'orient', 'marker-start', 'marker-mid', 'marker-end', 'filter',
    'filterunits', 'primitiveunits', 'in', 'in2', 'result', 'stddeviation', 'mode', 'operator', 'k1', 'k2', 'k3', 'k4', 'values', 'type',
    'tablevalues', 'slope', 'intercept', 'amplitude', 'exponent', 'flood-color', 'flood-opacity', 'radius', 'vector-effect', 'shape-rendering',
    'text-rendering', 'image-rendering', 'color-interpolation', 'color-interpolation-filters', 'paint-order', 'mix-blend-mode', 'isolation',
    'focusable', 'aria-hidden', 'aria-label', 'aria-labelledby', 'aria-describedby', 'target',
    // MathML
    'mathvariant', 'mathcolor', 'mathbackground', 'mathsize', 'displaystyle', 'scriptlevel', 'columnalign', 'rowalign', 'columnspan',
    'rowspan', 'columnlines', 'rowlines', 'columnspacing', 'rowspacing', 'frame', 'framespacing', 'fence', 'separator', 'stretchy',
    'symmetric', 'largeop', 'movablelimits', 'accent', 'accentunder', 'lspace', 'rspace', 'minsize', 'maxsize', 'form', 'linethickness',
    'numalign', 'denomalign', 'bevelled', 'notation', 'depth', 'voffset', 'encoding', 'alttext', 'open', 'close', 'separators',
  ],
);

/** Foreign attributes holding a URL: allowed only as a same-document reference or an http(s)/relative link. */
export const FOREIGN_URL_ATTRIBUTES: ReadonlySet<string> = new Set(['href', 'xlink:href']);
