import type {ElementContent} from 'hast';
import {decodeCharacterReferences, stripSpan} from '../python-markdown';
import type {ExtensionOptions} from '../markdown-extensions';
import {KEY_ALIASES, KEYMAP} from './keymap';

/** pymdownx.keys' options (its defaults when the workshop gives none). */
export interface KeysOptions {
  separator: string;
  strict: boolean;
  className: string;
  camelCase: boolean;
  keyMap: Readonly<Record<string, string>>;
}

export function keysOptions(options: ExtensionOptions): KeysOptions {
  const keyMap = options.key_map;
  return {
    separator: typeof options.separator === 'string' ? options.separator : '+',
    strict: options.strict === true,
    className: typeof options.class === 'string' ? options.class : 'keys',
    camelCase: options.camel_case === true,
    keyMap: typeof keyMap === 'object' && keyMap !== null ? (keyMap as Record<string, string>) : {},
  };
}

/** One key: its canonical name (`control`; none for a quoted key) and the label shown. */
export interface Key {
  name: string | undefined;
  label: string;
}

/** `+` not escaped by a backslash (pymdownx's `UNESCAPED_PLUS`, split as Python's `re.split` with its group). */
const UNESCAPED_PLUS = /(?<!\\)(?:\\\\)*(\+)/;
/** A backslash escape inside a quoted key (pymdownx's `ESCAPE_RE`). */
const ESCAPE = /(?<!\\)(?:\\\\)*\\(.)/g;

/**
 * The keys of `++value++` as pymdownx reads them (`KeysPattern.handleMatch`),
 * or the first name that is no key (pymdownx then leaves the whole match as
 * text). Names are looked up after the optional camelCase split
 * (`PgDn` → `pg-dn`), then through the aliases, in the key map merged with the
 * options' `key_map`.
 */
export function readKeys(value: string, options: KeysOptions): {keys: Key[]} | {unknown: string} {
  const keys: Key[] = [];
  for (const part of value.split(UNESCAPED_PLUS)) {
    if (part === '+') continue;
    if (part.startsWith('"') || part.startsWith("'")) {
      const label = decodeCharacterReferences(part.slice(1, -1).replace(ESCAPE, '$1'));
      const {start, end} = stripSpan(label, 0, label.length);
      keys.push({name: undefined, label: label.slice(start, end)});
      continue;
    }
    const normalized = options.camelCase ? camelToKebab(part) : part;
    const name = KEY_ALIASES[normalized] ?? normalized;
    const label = Object.hasOwn(options.keyMap, name) ? options.keyMap[name] : Object.hasOwn(KEYMAP, name) ? KEYMAP[name] : undefined;
    // pymdownx: an empty label counts as no key.
    if (!label) return {unknown: part};
    keys.push({name, label});
  }
  return {keys};
}

/** pymdownx's `normalize`: an upper-case letter starts a new `-` part, lower-cased. */
function camelToKebab(key: string): string {
  let out = '';
  let last = '';
  for (const character of key) {
    const upper = character !== character.toLowerCase() && character === character.toUpperCase();
    if (upper) out += !last || last === '-' ? character.toLowerCase() : `-${character.toLowerCase()}`;
    else out += character;
    last = character;
  }
  return out;
}

/**
 * What pymdownx builds: `<span class="keys"><kbd class="key-control">Ctrl</kbd><span>+</span>…</span>`
 * (the outer element is `kbd` with `strict`; no `<span>+</span>` with an empty separator).
 */
export function keysElement(keys: Key[], options: KeysOptions): {tagName: 'span' | 'kbd'; className: string[] | undefined; children: ElementContent[]} {
  const children: ElementContent[] = [];
  keys.forEach((key, index) => {
    if (index > 0 && options.separator) {
      children.push({type: 'element', tagName: 'span', properties: {}, children: [{type: 'text', value: options.separator}]});
    }
    children.push({
      type: 'element',
      tagName: 'kbd',
      properties: key.name === undefined ? {} : {className: [`key-${key.name}`]},
      children: [{type: 'text', value: key.label}],
    });
  });
  const classes = options.className.split(' ');
  return {tagName: options.strict ? 'kbd' : 'span', className: classes.length > 0 ? classes : undefined, children};
}
