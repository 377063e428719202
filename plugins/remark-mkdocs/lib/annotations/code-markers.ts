/**
 * Material's code annotations, done at build time: markers `(N)` and `(N)!`
 * inside a comment of a code block bind, by position, to the items of the
 * ordered list right after the block (ANN-2..4 of the syntax note).
 */

/** Where a comment starts on a line, for the comment syntaxes Material's highlighter knows. */
const COMMENT_START = /(?:^|[ \t])(#|\/\/|--|;|<!--|\/\*|REM\b|")/;
const MARKER = /\((\d+)\)(!?)/g;

export interface AnnotationMarker {
  /** 1-based list position the marker points at. */
  n: number;
  /** `(N)!`: the whole comment is replaced by the marker. */
  bang: boolean;
  /** 0-based line of the block. */
  line: number;
}

/** Every marker in the block's comments (bound or not). */
export function findAnnotationMarkers(code: string): AnnotationMarker[] {
  const markers: AnnotationMarker[] = [];
  code.split('\n').forEach((text, line) => {
    const comment = COMMENT_START.exec(text);
    if (!comment) return;
    const inComment = text.slice(comment.index);
    for (const match of inComment.matchAll(MARKER)) {
      markers.push({n: Number(match[1]), bang: match[2] === '!', line});
      // "Only the first marker in that token counts" for `(N)!`.
      if (match[2] === '!') break;
    }
  });
  return markers;
}

/**
 * The block's text as copied: a `(N)!` comment goes entirely, a bound `(N)`
 * marker is cut out of its comment, and a comment left empty goes too.
 */
export function stripAnnotationMarkers(code: string, bound: ReadonlySet<number>): string {
  return code
    .split('\n')
    .map((text) => {
      const comment = COMMENT_START.exec(text);
      if (!comment) return text;
      const at = comment.index + comment[0].length - comment[1]!.length;
      const before = text.slice(0, at);
      const inComment = text.slice(at);
      const bang = /\((\d+)\)!/.exec(inComment);
      if (bang && bound.has(Number(bang[1]))) return before.trimEnd();
      const kept = inComment.replace(MARKER, (all, n: string) => (bound.has(Number(n)) ? '' : all)).trimEnd();
      return /^(?:#+|\/\/|--|;|<!--\s*-->|\/\*\s*\*\/|REM|")?$/.test(kept.trim()) ? before.trimEnd() : before + kept;
    })
    .join('\n');
}
