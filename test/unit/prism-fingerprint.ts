import type {PrismLib} from 'prism-react-renderer';

/**
 * Every grammar of a Prism instance as a string: its token names, patterns
 * (source and flags), flags such as `greedy`, and which parts are shared
 * (a reference to a grammar seen before is written as its visit number), so
 * two instances can be compared grammar by grammar.
 */
export function grammarFingerprints(prism: PrismLib): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, grammar] of Object.entries(prism.languages)) {
    if (typeof grammar !== 'object' || grammar === null) continue;
    const seen = new Map<object, number>();
    const walk = (value: unknown): unknown => {
      if (value instanceof RegExp) return `/${value.source}/${value.flags}`;
      if (typeof value !== 'object' || value === null) return value;
      const visited = seen.get(value);
      if (visited !== undefined) return `#${visited}`;
      seen.set(value, seen.size);
      if (Array.isArray(value)) return value.map(walk);
      return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, walk(inner)]));
    };
    result[name] = JSON.stringify(walk(grammar));
  }
  return result;
}
