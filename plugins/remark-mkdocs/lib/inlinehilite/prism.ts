import Prism from 'prismjs';
import loadLanguages from 'prismjs/components/index';

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
function grammarFor(language: string): Prism.Grammar | undefined {
  const name = PYGMENTS_NAMES[language.toLowerCase()] ?? language.toLowerCase();
  if (!(name in Prism.languages)) {
    loadLanguages.silent = true;
    try {
      loadLanguages([name]);
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
  const walk = (stream: Prism.TokenStream, types: string[]) => {
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
  walk(Prism.tokenize(code, grammar), []);
  return out;
}

function sameTypes(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((type, index) => type === b[index]);
}
