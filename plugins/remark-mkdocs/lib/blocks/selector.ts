/**
 * The argument of `/// html | tag.class#id[attr=value]`: pymdownx's
 * `parse_selectors` (a tag, then any number of `.class`, one `#id`, and
 * `[name=value]` groups, values bare or quoted).
 */
export type SelectorResult = {ok: true; tag: string; attributes: Record<string, string>} | {ok: false; problem: string};

const IDENT = String.raw`-?(?:[A-Za-z_\u00a0-\uffff]|\\.)(?:[\w\u00a0-\uffff-]|\\.)*|--[\w-]*`;
const TAG = new RegExp(`^(?:${IDENT})`, 'u');
const PART = new RegExp(String.raw`^(?:([.#])(${IDENT})|\[((?:[ \t]*(?:${IDENT})(?:[ \t]*=[ \t]*(?:"(?:\\.|[^\\"])*"|'(?:\\.|[^\\'])*'|(?:${IDENT})))?)+)[ \t]*\])`, 'u');
const ATTR = new RegExp(String.raw`(${IDENT})(?:[ \t]*=[ \t]*("(?:\\.|[^\\"])*"|'(?:\\.|[^\\'])*'|(?:${IDENT})))?`, 'gu');

export function parseSelector(selector: string): SelectorResult {
  const tag = TAG.exec(selector);
  if (!tag) return {ok: false, problem: 'no tag name'};
  const attributes: Record<string, string> = {};
  const classes: string[] = [];
  let rest = selector.slice(tag[0].length);
  while (rest) {
    const part = PART.exec(rest);
    if (!part) return {ok: false, problem: `unreadable selector part \`${rest}\``};
    if (part[1] === '.') classes.push(part[2]!);
    else if (part[1] === '#') {
      if (attributes.id !== undefined) return {ok: false, problem: 'more than one id'};
      attributes.id = part[2]!;
    } else {
      for (const match of part[3]!.matchAll(ATTR)) {
        // A bare name means itself, as pymdownx gives it (`[hidden]` → `hidden="hidden"`).
        const value = match[2] ?? match[1]!;
        const text = /^["']/.test(value) ? value.slice(1, -1) : value;
        // `[class=…]` adds its words to the `.class` ones, as pymdownx gathers every class.
        if (match[1]!.toLowerCase() === 'class') classes.push(...text.split(/\s+/).filter(Boolean));
        else attributes[match[1]!] = text;
      }
    }
    rest = rest.slice(part[0].length);
  }
  if (classes.length > 0) attributes.class = classes.sort().join(' ');
  return {ok: true, tag: tag[0].toLowerCase(), attributes};
}
