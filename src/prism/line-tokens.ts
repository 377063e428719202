import type {Token as PrismToken, TokenStream} from 'prismjs';
import type {Token} from 'prism-react-renderer';

/**
 * Prism's token tree → lines of flat tokens, the shape Docusaurus's CodeBlock
 * lines render (prism-react-renderer's `normalizeTokens` contract, which
 * the differential test holds us to). A nested token's types accumulate
 * (`['string', 'interpolation', 'punctuation']`), a type is not repeated when
 * a child has its parent's type, top-level text is `plain`, and a line with
 * no text gets a single empty `plain` token whose content is a newline.
 */
export function lineTokens(stream: TokenStream): Token[][] {
  const lines: Token[][] = [[]];
  visit(stream, [], true, lines);
  for (const line of lines) markEmpty(line);
  return lines;
}

const NEWLINE = /\r\n|\r|\n/;

function visit(stream: TokenStream, types: string[], topLevel: boolean, lines: Token[][]): void {
  const items: ReadonlyArray<string | PrismToken> = typeof stream === 'string' || !Array.isArray(stream) ? [stream as string | PrismToken] : stream;
  for (const item of items) {
    if (typeof item === 'string') {
      push(item, topLevel ? ['plain'] : types, lines);
      continue;
    }
    let own = withType(types, item.type);
    if (item.alias) own = withType(own, item.alias);
    if (typeof item.content === 'string') push(item.content, own, lines);
    else visit(item.content, own, false, lines);
  }
}

/** `types` plus `added` (a string or a list), unless the last type already is `added`. */
function withType(types: string[], added: string | string[]): string[] {
  return types.length > 0 && types[types.length - 1] === added ? types : types.concat(added);
}

/** Text of one token: each line break closes the current line and opens a new one. */
function push(text: string, types: string[], lines: Token[][]): void {
  const parts = text.split(NEWLINE);
  lines[lines.length - 1].push({types, content: parts[0]});
  for (let index = 1; index < parts.length; index++) lines.push([{types, content: parts[index]}]);
}

/** A line with no text still needs a box of one line's height. */
function markEmpty(line: Token[]): void {
  if (line.length === 0) line.push({types: ['plain'], content: '\n', empty: true});
  else if (line.length === 1 && line[0].content === '') {
    line[0].content = '\n';
    line[0].empty = true;
  }
}
