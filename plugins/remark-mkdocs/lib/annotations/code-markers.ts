/**
 * Material's code annotations, done at build time: markers `(N)` and `(N)!`
 * inside a comment of a code block bind, by position, to the items of the
 * ordered list right after the block (ANN-2..4 of the syntax note).
 */

/**
 * Where a comment starts on a line, by the comment syntaxes of the block's
 * language (Pygments' comment tokens, which Material looks in): a comment
 * opener at the start of the line or after a blank. Languages not listed get
 * every opener below, vim's `"` only at the start of a line (elsewhere it is
 * a string, as `echo "x (1)"` is to Pygments).
 */
const HASH = /(?:^|[ \t])(#)/;
const SLASHES = /(?:^|[ \t])(\/\/|\/\*)/;
const COMMENT_SYNTAX: ReadonlyArray<[RegExp, readonly string[]]> = [
  [HASH, ['bash', 'sh', 'shell', 'zsh', 'ksh', 'console', 'shell-session', 'yaml', 'dockerfile', 'docker', 'make', 'makefile', 'perl', 'nginx', 'cmake', 'elixir', 'nix', 'properties']],
  [/(?:^|[ \t])(#|<#)/, ['powershell', 'ps1', 'pwsh', 'posh', 'pwsh-session', 'ps1con']],
  [SLASHES, ['javascript', 'js', 'typescript', 'ts', 'jsx', 'tsx', 'go', 'golang', 'java', 'c', 'cpp', 'c++', 'csharp', 'c#', 'rust', 'rs', 'kotlin', 'swift', 'scala', 'groovy', 'dart', 'json', 'jsonc', 'json5', 'proto', 'protobuf']],
  [/(?:^|[ \t])(#|\/\/|\/\*)/, ['php', 'hcl', 'terraform', 'tf']],
  [/(?:^|[ \t])(--|\/\*)/, ['sql', 'postgresql', 'postgres', 'mysql', 'plpgsql']],
  [/(?:^|[ \t])(--)/, ['lua', 'haskell', 'hs', 'elm']],
  [/(?:^|[ \t])(<!--)/, ['html', 'xml', 'svg', 'vue', 'markdown', 'md']],
  [/(?:^|[ \t])(;|#)/, ['ini', 'cfg', 'dosini']],
  [/(?:^|[ \t])(;)/, ['clojure', 'clj', 'lisp', 'scheme', 'nasm', 'asm']],
  [/(?:^[ \t]*)(REM\b|::)|(?:[ \t])(REM\b)/, ['bat', 'batch', 'cmd']],
  [/(?:^[ \t]*)(")/, ['vim']],
];
const BY_LANGUAGE = new Map(COMMENT_SYNTAX.flatMap(([pattern, names]) => names.map((name) => [name, pattern] as const)));
const ANY_COMMENT = /(?:^|[ \t])(#|\/\/|--|;|<!--|\/\*|REM\b)|^[ \t]*(")/;

/**
 * Languages where `#` starts a comment anywhere outside a string, a blank before it or not: Pygments reads
 * `session.add(u)#(1)!` and `x = 'a'# (1)!` as code then a comment, and Material binds the marker there.
 */
const HASH_OUTSIDE_STRINGS = new Set(['python', 'py', 'python3', 'toml', 'r', 'ruby', 'rb']);

/** The first `#` of the line outside a `'…'` or `"…"` string (a backslash escapes the next character in one). */
function hashOutsideStrings(text: string): number {
  let quote = '';
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (quote) {
      if (char === '\\') index++;
      else if (char === quote) quote = '';
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '#') return index;
  }
  return -1;
}

/** Where the line's comment starts (its opener's offset and the opener), if it has one. */
export function commentStart(text: string, language: string | undefined): {at: number; opener: string} | undefined {
  if (HASH_OUTSIDE_STRINGS.has(language?.toLowerCase() ?? '')) {
    const at = hashOutsideStrings(text);
    return at === -1 ? undefined : {at, opener: '#'};
  }
  const match = (BY_LANGUAGE.get(language?.toLowerCase() ?? '') ?? ANY_COMMENT).exec(text);
  if (!match) return undefined;
  const opener = match.slice(1).find((group) => group !== undefined)!;
  return {at: match.index + match[0].length - opener.length, opener};
}
const MARKER = /\((\d+)\)(!?)/g;

/**
 * A block's first line `#!/bin/bash  # (1)!`: Pygments reads it whole as a shebang (`Comment.Hashbang`, class `ch`),
 * which Material does not look in for markers, so the marker stays text and the line stays whole (a marker bound
 * there took the shebang out of the page and out of the copied script).
 */
function isShebang(text: string): boolean {
  return text.startsWith('#!');
}

export interface AnnotationMarker {
  /** 1-based list position the marker points at. */
  n: number;
  /** `(N)!`: the whole comment is replaced by the marker. */
  bang: boolean;
  /** 0-based line of the block. */
  line: number;
  /**
   * What the marker's button stands in for, as offsets in the line: the
   * marker itself, or for `(N)!` the whole comment (to the end of the line,
   * or of a `/* … *\/` or `<!-- … -->` comment).
   */
  from: number;
  to: number;
}

/** Every marker in the block's comments (bound or not). */
export function findAnnotationMarkers(code: string, language: string | undefined): AnnotationMarker[] {
  const markers: AnnotationMarker[] = [];
  code.split('\n').forEach((text, line) => {
    const comment = line === 0 && isShebang(text) ? undefined : commentStart(text, language);
    if (!comment) return;
    const at = comment.at;
    for (const match of text.slice(at).matchAll(MARKER)) {
      const start = at + match.index;
      if (match[2] !== '!') {
        markers.push({n: Number(match[1]), bang: false, line, from: start, to: start + match[0].length});
        continue;
      }
      markers.push({n: Number(match[1]), bang: true, line, from: at, to: commentEnd(text, at, comment.opener)});
      // "Only the first marker in that token counts" for `(N)!`.
      break;
    }
  });
  return markers;
}

/** Where the comment starting at `at` ends: its closing delimiter, or the line's end (blanks after it not included). */
function commentEnd(text: string, at: number, opener: string): number {
  const closer = opener === '/*' ? '*/' : opener === '<!--' ? '-->' : undefined;
  const close = closer ? text.indexOf(closer, at + opener.length) : -1;
  return close === -1 ? text.trimEnd().length : close + closer!.length;
}

/**
 * The block's text as copied: a `(N)!` comment goes entirely, a bound `(N)`
 * marker is cut out of its comment, and a comment left empty goes too.
 */
export function stripAnnotationMarkers(code: string, bound: ReadonlySet<number>, language: string | undefined): string {
  return code
    .split('\n')
    .map((text, line) => {
      const comment = line === 0 && isShebang(text) ? undefined : commentStart(text, language);
      if (!comment) return text;
      const {at} = comment;
      const before = text.slice(0, at);
      const inComment = text.slice(at);
      const bang = /\((\d+)\)!/.exec(inComment);
      if (bang && bound.has(Number(bang[1]))) return before.trimEnd();
      const kept = inComment.replace(MARKER, (all, n: string) => (bound.has(Number(n)) ? '' : all)).trimEnd();
      return /^(?:#+|<#\s*#>|\/\/|--|;|::|<!--\s*-->|\/\*\s*\*\/|REM|")?$/.test(kept.trim()) ? before.trimEnd() : before + kept;
    })
    .join('\n');
}
