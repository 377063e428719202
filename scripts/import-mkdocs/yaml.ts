/**
 * YAML as MkDocs reads it. MkDocs loads its config with PyYAML plus custom
 * tags: `!ENV` (pyyaml_env_tag), `!relative`, and Python object tags such as
 * `!!python/name:material.extensions.emoji.twemoji`. js-yaml rejects unknown
 * tags, so every tag js-yaml does not know is accepted here: `!ENV` is
 * resolved from the given environment, anything else becomes a
 * {@link TaggedValue} that keeps the tag and the node's value.
 */
import {DEFAULT_SCHEMA, Type, load} from 'js-yaml';

/** A node with a tag js-yaml does not know (`!!python/name:…`, `!relative`, `!include`). */
export class TaggedValue {
  constructor(
    /** As written: `!!python/name:material.extensions.emoji.twemoji`, `!relative`. */
    readonly tag: string,
    readonly value: unknown,
  ) {}

  /** The tag, then the value: a scalar as written, a mapping or sequence as JSON (`!!python/object/apply:… {"kwds":…}`). */
  toString(): string {
    if (this.value === null || this.value === undefined || this.value === '') return this.tag;
    return `${this.tag} ${typeof this.value === 'object' ? JSON.stringify(this.value) : String(this.value)}`;
  }
}

export type Env = Readonly<Record<string, string | undefined>>;

const YAML_PREFIX = 'tag:yaml.org,2002:';

function displayTag(tag: string): string {
  return tag.startsWith(YAML_PREFIX) ? `!!${tag.slice(YAML_PREFIX.length)}` : tag;
}

/** pyyaml_env_tag: `!ENV VAR`, or `!ENV [VAR1, VAR2, default]` (the last item is the default). */
function resolveEnv(value: unknown, env: Env): unknown {
  const list = Array.isArray(value) ? value : [value];
  const names = Array.isArray(value) && list.length > 1 ? list.slice(0, -1) : list;
  const fallback = Array.isArray(value) && list.length > 1 ? list[list.length - 1] : null;
  for (const name of names) {
    const found = env[String(name)];
    if (found !== undefined) return found;
  }
  return fallback;
}

function schemaFor(env: Env) {
  // `multi` types match by tag prefix; the empty prefix matches every tag
  // the default schema does not define.
  const anyTag = (kind: 'scalar' | 'sequence' | 'mapping') =>
    new Type('', {
      kind,
      multi: true,
      construct: (data, tag = '') => (tag === '!ENV' ? resolveEnv(data, env) : new TaggedValue(displayTag(tag), data)),
    });
  return DEFAULT_SCHEMA.extend([anyTag('scalar'), anyTag('sequence'), anyTag('mapping')]);
}

/**
 * Parses one YAML document. Throws js-yaml's `YAMLException` (with `mark.line`, 0-based) on a syntax error. A key
 * given twice in a mapping takes its last value, as PyYAML (MkDocs' reader) takes it (`json: true`; js-yaml
 * would refuse the whole file).
 */
export function parseYaml(text: string, options: {filename?: string; env?: Env} = {}): unknown {
  return load(text, {filename: options.filename, schema: schemaFor(options.env ?? {}), json: true});
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof TaggedValue);
}
