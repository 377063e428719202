import {load} from 'js-yaml';
import type {BlockDefinition} from './settings';

/** The options a block's indented YAML sets, after pymdownx's checks. */
export interface BlockOptions {
  type?: string;
  open?: boolean;
  new?: boolean;
  select?: boolean;
  markdown?: string;
  /** `attrs`: attributes for the block's element (`class` as a list). */
  attrs: Record<string, string | string[]>;
}

type Check = (value: unknown) => unknown;

const boolean: Check = (value) => (typeof value === 'boolean' ? value : undefined);
/** pymdownx's `type_html_identifier`: a CSS identifier (word characters and `-`). */
const identifier: Check = (value) => (typeof value === 'string' && /^-?[A-Za-z_][\w-]*$/u.test(value) ? value : undefined);
const mode: Check = (value) => (typeof value === 'string' && ['auto', 'inline', 'block', 'raw', 'html'].includes(value) ? value : undefined);

/** Each block's options (`OPTIONS` of pymdownx's block classes); `attrs` is every block's. */
function optionSpec(definition: BlockDefinition): Record<string, Check> {
  switch (definition.kind) {
    case 'admonition':
      return definition.shortcut ? {} : {type: identifier};
    case 'details':
      return definition.shortcut ? {open: boolean} : {open: boolean, type: identifier};
    case 'tab':
      return {new: boolean, select: boolean};
    case 'html':
      return {markdown: mode};
  }
}

/**
 * Reads a block's options as pymdownx does (`yaml.safe_load` of the dedented
 * lines, which must give a mapping; each known key checked by its type).
 * `problems`: what pymdownx would refuse (it then leaves the header as text;
 * the plugin renders the block anyway and reports them).
 */
export function readBlockOptions(text: string | undefined, definition: BlockDefinition): {options: BlockOptions; problems: string[]} {
  const options: BlockOptions = {attrs: {}};
  const problems: string[] = [];
  if (text === undefined) return {options, problems};
  let parsed: unknown;
  try {
    parsed = load(dedent(text));
  } catch (error) {
    problems.push(`the options are not valid YAML (${(error as Error).message.split('\n')[0]})`);
    return {options, problems};
  }
  if (parsed === null || parsed === undefined) return {options, problems};
  if (typeof parsed !== 'object' || Array.isArray(parsed)) {
    problems.push('the options are not a YAML mapping of `key: value` lines');
    return {options, problems};
  }
  const spec = optionSpec(definition);
  for (const [key, value] of Object.entries(parsed as Record<string, unknown>)) {
    if (key === 'attrs') {
      const attrs = readAttrs(value);
      if (attrs) options.attrs = attrs;
      else problems.push('`attrs` must be a mapping of attribute names to values');
      continue;
    }
    const check = spec[key];
    if (!check) {
      const known = [...Object.keys(spec), 'attrs'].map((name) => `\`${name}\``).join(', ');
      problems.push(`unknown option \`${key}\` (this block knows ${known})`);
      continue;
    }
    const checked = check(value);
    if (checked === undefined) problems.push(`option \`${key}\` has an invalid value \`${String(value)}\``);
    else (options as unknown as Record<string, unknown>)[key] = checked;
  }
  return {options, problems};
}

/** `attrs: {class: a b, id: x}`: `class` split into words, other values as strings. */
function readAttrs(value: unknown): Record<string, string | string[]> | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const attrs: Record<string, string | string[]> = {};
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    const text = Array.isArray(item) ? item.map(String).join(' ') : String(item);
    attrs[key] = key === 'class' ? text.split(/\s+/).filter(Boolean) : text;
  }
  return attrs;
}

/** `textwrap.dedent`: the common leading spaces off every line. */
function dedent(text: string): string {
  const lines = text.split('\n');
  const indent = Math.min(...lines.filter((line) => line.trim()).map((line) => /^ */.exec(line)![0].length));
  return lines.map((line) => line.slice(indent)).join('\n');
}
