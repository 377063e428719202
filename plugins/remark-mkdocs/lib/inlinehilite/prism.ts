import {createRequire} from 'node:module';
import path from 'node:path';
import type PrismType from 'prismjs';

/**
 * prismjs (and every grammar module it loads) sets and reads the global
 * `Prism`: loaded at import time, it would replace the site's own instance
 * there (src/prism/prism-instance.ts), whose grammars then load into this one.
 * So it is loaded on first use, and the global put back after each load.
 */
const load = createRequire(path.join(process.cwd(), 'package.json'));
let prism: typeof PrismType | undefined;

function withOwnGlobal<T>(work: () => T): T {
  const scope = globalThis as {Prism?: unknown};
  const saved = scope.Prism;
  if (prism) scope.Prism = prism;
  try {
    return work();
  } finally {
    if (saved === undefined) delete scope.Prism;
    else scope.Prism = saved;
  }
}

function ownPrism(): typeof PrismType {
  prism ??= withOwnGlobal(() => load('prismjs') as typeof PrismType);
  return prism;
}

/** A run of code and the Prism token types it has (outermost first, aliases included); none for plain text. */
export interface CodeToken {
  content: string;
  types: string[];
}

/** Pygments' names that Prism spells differently (Material workshops write Pygments' names). */
const PYGMENTS_NAMES: Readonly<Record<string, string>> = {
  console: 'shell-session',
  'shell-session': 'shell-session',
  ps1: 'powershell',
  pwsh: 'powershell',
  text: 'plain',
  'python3': 'python',
  py3: 'python',
};

/** A language Prism has, loading its grammar on first use; undefined when Prism has none. */
function grammarFor(language: string): PrismType.Grammar | undefined {
  const name = PYGMENTS_NAMES[language.toLowerCase()] ?? language.toLowerCase();
  const Prism = ownPrism();
  if (!(name in Prism.languages)) {
    const loadLanguages = load('prismjs/components/index') as ((languages: string[]) => void) & {silent?: boolean};
    loadLanguages.silent = true;
    try {
      withOwnGlobal(() => loadLanguages([name]));
    } catch {
      return undefined;
    }
  }
  const grammar = Prism.languages[name];
  return typeof grammar === 'object' && grammar !== null ? grammar : undefined;
}

/**
 * `code` cut into Prism's tokens, at build time, so the page ships no grammar
 * for inline code: the same tokenizer (prismjs) Docusaurus's code blocks use,
 * so the theme's colours mean the same things. An unknown language is one
 * plain run.
 */
export function highlightTokens(code: string, language: string): CodeToken[] {
  const grammar = grammarFor(language);
  if (!grammar) return [{content: code, types: []}];
  const out: CodeToken[] = [];
  const walk = (stream: PrismType.TokenStream, types: string[]) => {
    if (typeof stream === 'string') {
      const last = out.at(-1);
      if (last && sameTypes(last.types, types)) last.content += stream;
      else if (stream !== '') out.push({content: stream, types});
      return;
    }
    if (Array.isArray(stream)) {
      for (const part of stream) walk(part, types);
      return;
    }
    const alias = stream.alias === undefined ? [] : Array.isArray(stream.alias) ? stream.alias : [stream.alias];
    walk(stream.content, [...types, stream.type, ...alias]);
  };
  walk(ownPrism().tokenize(code, grammar), []);
  return out;
}

function sameTypes(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((type, index) => type === b[index]);
}
