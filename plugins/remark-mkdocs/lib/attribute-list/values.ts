import type {Properties} from 'hast';
import type {AttributeToken} from './grammar';

/**
 * Attribute-list tokens → hast properties, the way `assign_attrs` does it
 * (`attr_list.py`): `.x` appends a class, `class="x"` replaces the classes,
 * `#x` and `id="x"` set the id, anything else sets that attribute, its name
 * made safe as an XML name. Unlike MkDocs, attributes that could run script or
 * load a resource an author did not mean (`onclick`, `javascript:` URLs,
 * `style="…url(…)…"`, `srcdoc`) are dropped and returned in `dropped`.
 *
 * Values are kept as strings in hast properties, so every serializer escapes
 * them: a value never becomes markup.
 */

export interface DroppedAttribute {
  name: string;
  value: string;
  /** "Unexpected X, expected Y" */
  reason: string;
}

export interface AppliedAttributes {
  properties: Properties;
  dropped: DroppedAttribute[];
  /**
   * What the list wrote that the page shows otherwise: a value replaced by the
   * same attribute given again (`{ #a #b }`: the last wins, as in MkDocs), a
   * name with characters an HTML attribute name cannot hold (written with `_`).
   */
  replaced: DroppedAttribute[];
}

/** Attributes whose value the browser loads or navigates to. */
const URL_ATTRIBUTES = new Set([
  'action',
  'archive',
  'background',
  'cite',
  'classid',
  'codebase',
  'data',
  'dynsrc',
  'formaction',
  'href',
  'icon',
  'longdesc',
  'lowsrc',
  'manifest',
  'ping',
  'poster',
  'profile',
  'src',
  'xlink:href',
]);
const SRCSET_ATTRIBUTES = new Set(['srcset', 'imagesrcset']);
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'tel', 'ftp']);
/** Props React treats specially; as plain strings they break rendering or do nothing useful. */
const REACT_RESERVED = new Set(['children', 'dangerouslysetinnerhtml', 'key', 'ref']);
const UNSAFE_STYLE = ['url(', 'expression(', 'javascript:', '-moz-binding', 'behavior:', 'behaviour:', '@import'];
const STYLE_DECLARATION = /^\s*-{0,2}[A-Za-z][\w-]*\s*:[^:{}<>]*$/;
/** `NAME_RE` (`attr_list.py`): characters that may not appear in an XML name become `_`. */
const NOT_NAME = /[^A-Z_a-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02ff\u0370-\u037d\u037f-\u1fff\u200c-\u200d\u2070-\u218f\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd:\-.0-9\u00b7\u0300-\u036f\u203f-\u2040]+/g;

/**
 * Apply `tokens` on top of `existing` (the node's current `hProperties`).
 * With `infimaButtons`, Material's `md-button` / `md-button--primary`
 * classes also get Infima's `button button--secondary` / `button--primary`.
 */
export function applyAttributeTokens(
  tokens: AttributeToken[],
  existing: Properties | undefined,
  infimaButtons: boolean,
): AppliedAttributes {
  const properties: Properties = {...existing};
  let classes = classList(properties.className);
  const dropped: DroppedAttribute[] = [];
  const replaced: DroppedAttribute[] = [];
  // Only what this list set itself: replacing a link's own `href` is the author's intent.
  const given = new Map<string, string>();
  const set = (name: string, value: string): void => {
    const before = given.get(name);
    if (before !== undefined && before !== value) {
      replaced.push({
        name,
        value: before,
        reason: `Unexpected second \`${name}\` in one attribute list, expected each attribute once: \`${name}="${before}"\` is replaced by \`${name}="${value}"\`, as in MkDocs`,
      });
    }
    given.set(name, value);
  };
  for (const token of tokens) {
    if (token.kind === 'class') {
      if (token.value !== '') classes.push(token.value);
    } else if (token.kind === 'id') {
      set('id', token.value);
      properties.id = token.value;
    } else {
      const name = token.key.replace(NOT_NAME, '_');
      if (name !== token.key) {
        replaced.push({
          name,
          value: token.value,
          reason: `Unexpected attribute name \`${token.key}\`, expected letters, digits, \`-\`, \`_\`, \`:\` or \`.\`: written as \`${name}\``,
        });
      }
      const lower = name.toLowerCase();
      const unsafe = unsafeReason(lower, token.value);
      if (unsafe) dropped.push({name, value: token.value, reason: unsafe});
      else if (lower === 'class') {
        set('class', token.value);
        classes = token.value.split(/\s+/).filter(Boolean);
      } else if (lower === 'id') {
        set('id', token.value);
        properties.id = token.value;
      } else {
        set(name, token.value);
        properties[name] = token.value;
      }
    }
  }
  if (infimaButtons && classes.includes('md-button')) {
    const variant = classes.includes('md-button--primary') ? 'button--primary' : 'button--secondary';
    classes = [...new Set(['button', variant, ...classes])];
  }
  if (classes.length > 0) properties.className = classes;
  else delete properties.className;
  return {properties, dropped, replaced};
}

/** The attribute as the author wrote it: the warning is the only place a dropped value still shows. */
function written(name: string, value: string): string {
  return `${name}="${value}"`;
}

/** Why an attribute must not reach the page, or undefined when it may. */
export function unsafeReason(name: string, value: string): string | undefined {
  if (name.startsWith('on')) {
    return `Unexpected event-handler attribute \`${written(name, value)}\`, expected presentational attributes such as \`.class\`, \`#id\` or \`width="300"\`; dropped`;
  }
  if (name === 'srcdoc') {
    return `Unexpected \`${written(name, value)}\` attribute (a whole HTML document), expected presentational attributes; dropped`;
  }
  if (REACT_RESERVED.has(name)) {
    return `Unexpected \`${written(name, value)}\` attribute (reserved by React), expected an HTML attribute; dropped`;
  }
  if (name === 'style') {
    const css = value
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\\([0-9a-f]{1,6})\s?/gi, (_, hex: string) => String.fromCodePoint(Math.min(Number.parseInt(hex, 16), 0x10ffff)))
      .replace(/\\(.)/g, '$1')
      .replace(/\s/g, '')
      .toLowerCase();
    const bad = UNSAFE_STYLE.find((needle) => css.includes(needle));
    if (bad) {
      return `Unexpected \`${bad}\` in \`${written(name, value)}\`, expected plain CSS declarations that load nothing; dropped`;
    }
    // The Docusaurus build parses `style` into a React object and fails on anything else.
    const declarations = value.split(';').filter((part) => part.trim() !== '');
    if (!declarations.every((part) => STYLE_DECLARATION.test(part))) {
      return `Unexpected \`style\` value \`${value}\`, expected \`property: value\` declarations separated by \`;\`; dropped`;
    }
  }
  if (URL_ATTRIBUTES.has(name)) {
    const scheme = unsafeScheme(value);
    if (scheme) return `Unexpected \`${scheme}:\` URL in \`${written(name, value)}\`, expected an http(s), mailto or relative URL; dropped`;
  }
  if (SRCSET_ATTRIBUTES.has(name)) {
    for (const candidate of value.split(',')) {
      const scheme = unsafeScheme(candidate.trim().split(/\s+/)[0] ?? '');
      if (scheme) return `Unexpected \`${scheme}:\` URL in \`${written(name, value)}\`, expected http(s) or relative URLs; dropped`;
    }
  }
  return undefined;
}

/** The scheme of `url` when it is not one of the safe ones; browsers ignore blanks and controls in it. */
function unsafeScheme(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const compact = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
  const match = /^([a-z][a-z0-9+.-]*):/.exec(compact);
  if (!match) return undefined;
  return SAFE_SCHEMES.has(match[1]) ? undefined : match[1];
}

function classList(value: Properties[string]): string[] {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value === 'string') return value.split(/\s+/).filter(Boolean);
  return [];
}
