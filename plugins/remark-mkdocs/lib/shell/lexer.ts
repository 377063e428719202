/**
 * Just enough of a shell lexer to know where a command ends: one line at a
 * time, carrying quote and nesting state to the next. It answers four
 * questions a copy button depends on — does the command go on after this line
 * (`\`, an open quote, a trailing `|`/`&&`/`||`, an open `(`/`{`/`do`/`if`/
 * `case`), does a heredoc body start after it, where does a `#` comment start
 * (outside quotes, at a word start, so `a#b` and `${#x}` are not comments),
 * and nothing else. It never executes or expands anything.
 *
 * PowerShell differs where it matters: a trailing backtick continues, `<# #>`
 * comments span lines, `@" … "@` here-strings stand in for heredocs.
 */

import {ASSIGNMENT, type Dialect} from './words';

export interface LexState {
  /** An open quote carried from an earlier line. */
  quote?: "'" | '"' | '`';
  /** Open `(`, `$(`, `{` groups and `if`/`case`/`do` blocks. */
  depth: number;
  /**
   * A loop's header (`for f in *`, `while read line`) waits for its `do`,
   * which lessons in the Software Carpentry style put on the next line: the
   * shell reads on (a `>` prompt), so the lines are one command.
   */
  awaitingDo?: boolean;
  /** PowerShell `<# … #>` still open. */
  blockComment?: boolean;
}

export interface Heredoc {
  /** The terminator word, unquoted (`EOF` for `<<'EOF'`). */
  delimiter: string;
  /** `<<-`: the terminator (and body) may be indented with tabs. */
  stripTabs: boolean;
  /** PowerShell here-string: the body ends at a line that starts with the terminator (`"@`). */
  atLineStart?: boolean;
}

export interface LineScan {
  state: LexState;
  /** Where a comment starts in the line (outside quotes), if anywhere. */
  commentAt?: number;
  /** Heredocs opened on this line, in order: their bodies follow it. */
  heredocs: Heredoc[];
  /** The next line belongs to the same command. */
  continues: boolean;
}

export const INITIAL_STATE: LexState = {depth: 0};

export function scanLine(text: string, state: LexState, dialect: Dialect): LineScan {
  return dialect === 'powershell' ? scanPowershell(text, state) : scanPosix(text, state);
}

/** Words that open (+1) or close (-1) a compound command when in command position. */
const BLOCK_WORDS: Record<string, number> = {if: 1, fi: -1, case: 1, esac: -1, do: 1, done: -1, '{': 1, '}': -1};
/** After these words the next word is again a command (`then echo`, `do kubectl`). */
const KEEP_COMMAND_POSITION = new Set(['if', 'then', 'else', 'elif', 'do', 'while', 'until', '!', '{', 'time']);
/**
 * Loop headers that wait for `do`; `for` and `select` only as lessons write them (`for NAME in …`, `for ((…))`), not
 * the rare bare `for NAME` (every argument), so that a line of prose such as "for example" is not one.
 */
const LOOP_WORDS = new Set(['for', 'select', 'while', 'until']);
const LOOP_HEADER = /^(?:(?:while|until)(?=[\s;]|$)|(?:for|select)\s+(?:[A-Za-z_]\w*\s+in(?=\s|;|$)|\(\())/;

function scanPosix(text: string, state: LexState): LineScan {
  let quote = state.quote;
  let depth = state.depth;
  let awaitingDo = state.awaitingDo ?? false;
  const heredocs: Heredoc[] = [];
  let commentAt: number | undefined;
  let backslash = false;
  let lastOperator: string | undefined;
  // A word at the start of a command is where `if`/`done`/`{` mean something.
  let commandPosition = quote === undefined;
  let index = 0;
  while (index < text.length) {
    const char = text[index];
    if (quote === "'") {
      if (char === "'") quote = undefined;
      index++;
      continue;
    }
    if (quote) {
      if (char === '\\') {
        if (index === text.length - 1) backslash = true;
        index += 2;
        continue;
      }
      if (char === quote) quote = undefined;
      index++;
      continue;
    }
    if (/\s/.test(char)) {
      index++;
      continue;
    }
    if (char === '#' && (index === 0 || /[\s;&|()]/.test(text[index - 1]))) {
      commentAt = index;
      break;
    }
    lastOperator = undefined;
    if (char === '\\') {
      if (index === text.length - 1) backslash = true;
      index += 2;
      commandPosition = false;
      continue;
    }
    if (char === "'" || char === '"' || char === '`') {
      quote = char;
      commandPosition = false;
      index++;
      continue;
    }
    if (text.startsWith('<<', index)) {
      index = readHeredoc(text, index, heredocs);
      commandPosition = false;
      continue;
    }
    const operator = char === '&' || char === '|' || char === ';' ? readOperator(text, index) : undefined;
    if (operator) {
      lastOperator = operator;
      commandPosition = true;
      index += operator.length;
      continue;
    }
    // `greet() {`: a function definition's `()`; its body's `{` comes next, in command position.
    if (char === '(' && /^\(\s*\)/.test(text.slice(index))) {
      index = text.indexOf(')', index) + 1;
      commandPosition = true;
      continue;
    }
    if (char === '(' || (char === '$' && text[index + 1] === '(')) {
      depth++;
      commandPosition = true;
      index += char === '$' ? 2 : 1;
      continue;
    }
    if (char === ')') {
      depth = Math.max(0, depth - 1);
      commandPosition = false;
      index++;
      continue;
    }
    if (char === '$' && text[index + 1] === '{') {
      // `${NAMESPACE}`, `${#x}`: a parameter expansion, never a group.
      const close = text.indexOf('}', index);
      index = close === -1 ? text.length : close + 1;
      commandPosition = false;
      continue;
    }
    if (commandPosition) {
      const word = /^[^\s;&|()<>'"`]+/.exec(text.slice(index))?.[0] ?? '';
      const boundary = index + word.length >= text.length || /[\s;&|)]/.test(text[index + word.length]);
      // `function greet {`: the name, then the body's `{` in command position.
      const definition = word === 'function' && boundary ? /^function\s+[^\s;&|()<>'"`]+(?:\s*\(\s*\))?/.exec(text.slice(index)) : null;
      if (definition) {
        index += definition[0].length;
        continue;
      }
      if (boundary && LOOP_WORDS.has(word) && LOOP_HEADER.test(text.slice(index))) awaitingDo = true;
      if (boundary && word === 'do') awaitingDo = false;
      if (boundary && word in BLOCK_WORDS) depth = Math.max(0, depth + BLOCK_WORDS[word]);
      if (boundary && (word in BLOCK_WORDS || KEEP_COMMAND_POSITION.has(word))) {
        commandPosition = KEEP_COMMAND_POSITION.has(word);
        index += word.length;
        continue;
      }
      // `FOO=1 cmd`: the word after an assignment is still a command.
      const assignment = ASSIGNMENT.exec(text.slice(index));
      if (assignment) {
        const name = assignment[0].indexOf('=') + 1;
        // `url=$(git remote get-url origin)`: a substitution in the value is read as such (its `)` closes its `(`,
        // not the function around it); the word after it is taken as an argument.
        if (/\$\(|`/.test(assignment[0].slice(name))) {
          index += name;
          commandPosition = false;
          continue;
        }
        index += Math.max(1, assignment[0].length);
        continue;
      }
      commandPosition = false;
    }
    index++;
  }
  const operatorContinues = lastOperator === '|' || lastOperator === '||' || lastOperator === '&&';
  return {
    state: {quote, depth, ...(awaitingDo ? {awaitingDo} : {})},
    commentAt,
    heredocs,
    continues: backslash || quote !== undefined || depth > 0 || awaitingDo || operatorContinues,
  };
}

function readOperator(text: string, index: number): string {
  const pair = text.slice(index, index + 2);
  return pair === '&&' || pair === '||' || pair === ';;' ? pair : text[index];
}

/** `<<EOF`, `<<-EOF`, `<< 'EOF'`, `<<"EOF"`, `<<\EOF`; `<<<` is a here-string, `1<<2` arithmetic. */
function readHeredoc(text: string, index: number, heredocs: Heredoc[]): number {
  if (text[index + 2] === '<') return index + 3;
  const match = /^<<(-?)[ \t]*(?:'([^']+)'|"([^"]+)"|\\?([A-Za-z_][\w.-]*))/.exec(text.slice(index));
  if (!match) return index + 2;
  heredocs.push({delimiter: match[2] ?? match[3] ?? match[4], stripTabs: match[1] === '-'});
  return index + match[0].length;
}

function scanPowershell(text: string, state: LexState): LineScan {
  let quote = state.quote;
  let depth = state.depth;
  let blockComment = state.blockComment ?? false;
  const heredocs: Heredoc[] = [];
  let commentAt: number | undefined;
  let backtick = false;
  let lastPipe = false;
  let index = 0;
  while (index < text.length) {
    const char = text[index];
    if (blockComment) {
      const close = text.indexOf('#>', index);
      if (close === -1) {
        index = text.length;
        break;
      }
      blockComment = false;
      index = close + 2;
      continue;
    }
    if (quote === "'") {
      // `''` is an escaped quote inside a single-quoted string.
      if (char === "'" && text[index + 1] === "'") index += 2;
      else {
        if (char === "'") quote = undefined;
        index++;
      }
      continue;
    }
    if (quote) {
      if (char === '`') index += 2;
      else {
        if (char === '"') quote = undefined;
        index++;
      }
      continue;
    }
    if (/\s/.test(char)) {
      index++;
      continue;
    }
    if (text.startsWith('<#', index)) {
      commentAt ??= index;
      blockComment = true;
      index += 2;
      continue;
    }
    if (char === '#' && (index === 0 || /[\s;|({]/.test(text[index - 1]))) {
      commentAt = index;
      break;
    }
    lastPipe = char === '|';
    if (char === '`') {
      if (index === text.length - 1) backtick = true;
      index += 2;
      continue;
    }
    if (char === '@' && /^@["']\s*$/.test(text.slice(index))) {
      heredocs.push({delimiter: `${text[index + 1]}@`, stripTabs: false, atLineStart: true});
      break;
    }
    if (char === "'" || char === '"') quote = char;
    else if (char === '(' || char === '{') depth++;
    else if (char === ')' || char === '}') depth = Math.max(0, depth - 1);
    index++;
  }
  return {
    state: {quote, depth, blockComment: blockComment || undefined},
    commentAt,
    heredocs,
    continues: backtick || quote !== undefined || depth > 0 || blockComment || lastPipe,
  };
}
