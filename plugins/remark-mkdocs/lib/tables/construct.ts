import type {Code, Construct, Effects, State, TokenizeContext, TokenType} from 'micromark-util-types';
import {codes, constants, types} from 'micromark-util-symbol';
import {markdownLineEnding} from 'micromark-util-character';
import {lineCursor} from '../micromark-util/line-cursor';
import {lineProbe, nextLineProbe} from '../micromark-util/line-probe';
import {linePrefixWidth} from '../micromark-util/line-prefix';
import {readTableStart, splitRow, stripSpaces, type Span, type TableHead} from './grammar';
import {parseBoxHeader} from '../boxes/header';
import {BLOCK_LEVEL_ELEMENTS} from '../python-markdown';
import {parseOpeningTag} from '../md-in-html/tag';
import {inIndentedBody} from '../md-in-html/html-flow';
import {rawHtmlDisabled} from '../micromark-util/raw-html';
import './token-types';

/**
 * A table of Python-Markdown's `tables` extension (which MkDocs always
 * loads) as a micromark flow construct, in place of GFM's (`syntax.ts`
 * disables micromark-extension-gfm-table's `table`, which Docusaurus loads
 * with remark-gfm). Rows are split where Python-Markdown splits them
 * (`grammar.ts`): not at a pipe in a code span, so `` `x | y` `` stays one
 * cell's code.
 *
 * As `TableProcessor`, which tests a whole block: the table starts a block
 * (it does not interrupt a paragraph), its first line is the header and its
 * second the separator, and every further line of the block, up to a blank
 * line, is a body row, whatever it looks like (`# x`, `- x`, `> x` are cells'
 * text), except a line that Python-Markdown takes out of the block before
 * `TableProcessor` sees it (`endsBlock`): a box header, a raw HTML block.
 * `concrete`: a container cannot start inside it. A lazy line (one
 * that does not continue the block quote or list item around the table) is a
 * row too, as Python-Markdown has it; a line that starts a container is not.
 *
 * Each cell's text is a `chunkText`, read as inline Markdown by micromark's
 * text tokenizer; cells past the header's count are one
 * `mkdocsTableExtraCells` token, which no node is made of (Python-Markdown
 * drops them).
 */
export const table: Construct = {name: 'mkdocsTable', tokenize: tokenizeTable, concrete: true};

/** Enter or exit a token when the cursor is at `at` (an offset in the line); `text`: a `chunkText` of inline Markdown. */
type Step = {at: number; enter: TokenType} | {at: number; exit: TokenType};

function tokenizeTable(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const self = this;
  let head: TableHead | undefined;
  /** 0: the header, 1: the separator, then body rows. */
  let rowIndex = 0;
  let steps: Step[] = [];
  let stepIndex = 0;
  let lineLength = 0;
  const cursor = lineCursor(effects);
  const step = cursor.step;
  const html = !rawHtmlDisabled(self.parser) && !inIndentedBody(self);
  const blockLine = nextLineProbe((line) => !isBlank(line) && !endsBlock(line, html), {lazy: true});

  return start;

  function start(code: Code): State | undefined {
    // A table starts a block: Python-Markdown tests a block's first line for the header.
    if (self.interrupt) return nok(code);
    // Indented 4 columns: code (`CodeBlockProcessor` runs before `TableProcessor`).
    if (linePrefixWidth(self.events) >= constants.tabSize) return nok(code);
    if (code === codes.eof || markdownLineEnding(code)) return nok(code);
    return effects.check(tableStart(html, (found) => (head = found)), begin, nok)(code);
  }

  function begin(code: Code): State | undefined {
    effects.enter('mkdocsTable', {_mkdocsTableAlign: head!.align});
    return rowStart(code);
  }

  function rowStart(code: Code): State | undefined {
    cursor.index = 0;
    return effects.check(lineProbe(readRow), rowBegin, rowBegin)(code);
  }

  function readRow(line: string): boolean {
    lineLength = line.length;
    steps = rowIndex === 1 ? separatorSteps(line) : rowSteps(line, head!);
    return true;
  }

  function rowBegin(code: Code): State | undefined {
    stepIndex = 0;
    return emit(code);
  }

  /** Take the line up to the next step, enter or exit its token, and so on; then the rest of the line. */
  function emit(code: Code): State | undefined {
    const next = steps[stepIndex];
    const at = next === undefined ? lineLength : next.at;
    if (cursor.index < at) return step(code, emit);
    if (next === undefined) return rowEnd(code);
    stepIndex++;
    if ('exit' in next) effects.exit(next.exit);
    else if (next.enter === types.chunkText) effects.enter(types.chunkText, {contentType: constants.contentTypeText});
    else effects.enter(next.enter);
    return emit(code);
  }

  function rowEnd(code: Code): State | undefined {
    rowIndex++;
    if (code === codes.eof) return after(code);
    return effects.check(blockLine, lineEnding, after)(code);
  }

  function lineEnding(code: Code): State | undefined {
    effects.enter(types.lineEnding);
    effects.consume(code);
    effects.exit(types.lineEnding);
    return rowStart;
  }

  function after(code: Code): State | undefined {
    effects.exit('mkdocsTable');
    return ok(code);
  }
}

/** Python-Markdown's blank line: nothing but spaces (tabs are spaces by then). */
function isBlank(line: string): boolean {
  return /^ *$/.test(line);
}

/**
 * Whether a line ends the table's block before it, though it is not blank:
 * Python-Markdown splits a block there before `TableProcessor` reads it.
 *
 * - A box header (`!!! note`, `??? note "Title"`, `=== "Tab"`) at the
 *   block's indentation: the admonition, details and tabbed processors run
 *   before the table's and search the whole block for their header
 *   (`(?:^|\n)!!! …`), parsing the lines above it on their own.
 * - With raw HTML (`html`: not MDX, not in a box's or list item's body), a
 *   raw HTML block: a block-level opening tag (`<div>`, `<figure markdown>`,
 *   `<p>x</p>`, `<hr/>`) or a comment at the start of the line, which the
 *   HTML preprocessor takes out of the text before any block is read
 *   (`HTMLExtractor`: a block-level tag at the start of a line starts a raw
 *   block). A closing tag, an inline tag (`<span>`, `<img>`) or an opening
 *   tag not finished on its line stays a row's text, as there.
 *
 * Lines indented 1–3 spaces are rows here; Python-Markdown's HTML parser
 * allows them for a raw block but then puts its placeholder inside a cell.
 * A lazy line counts too: Python-Markdown's block quote takes such a line
 * without its `>`, and its list item as its own text.
 */
function endsBlock(line: string, html: boolean): boolean {
  if (parseBoxHeader(line)?.ok) return true;
  if (!html || line[0] !== '<') return false;
  if (line.startsWith('<!--')) return true;
  const tag = parseOpeningTag(line);
  return tag !== undefined && BLOCK_LEVEL_ELEMENTS.has(tag.name);
}

/**
 * Lookahead from the block's first line: its lines, read one by one while
 * `readTableStart` asks for more, until a blank line, a line that ends the
 * block (`endsBlock`) or the end, or up to a
 * lazy line. That one is read, but not the next: micromark's document
 * tokenizer closes the containers around a lazy line unless a token of the
 * flow spans it, so the table must be decided, and its tokens entered, while
 * the lazy line is read (a one-column table's lines after it are not checked
 * for their pipes).
 * `found` gets the header's facts when the block starts a table.
 */
function tableStart(html: boolean, found: (head: TableHead) => void): Construct {
  return {partial: true, tokenize: tokenizeTableStart};

  function tokenizeTableStart(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
    const self = this;
    const lines: string[] = [];
    let line = '';
    /** Whether the line being read is lazy: the last one read (see `tableStart`). */
    let lazy = false;
    /** Lines `readTableStart` has seen. */
    let checked = 1;
    return lineStart;

    function lineStart(code: Code): State | undefined {
      line = '';
      lazy = lines.length > 0 && Boolean(self.parser.lazy[self.now().line]);
      if (code === codes.eof || markdownLineEnding(code)) return decide(code, true);
      effects.enter('mkdocsLineProbe');
      return inside(code);
    }

    function inside(code: Code): State | undefined {
      if (code === codes.eof || markdownLineEnding(code)) {
        effects.exit('mkdocsLineProbe');
        if (isBlank(line) || (lines.length > 0 && endsBlock(line, html))) return decide(code, true);
        lines.push(line);
        return decide(code, code === codes.eof || lazy);
      }
      line += code < 0 ? ' ' : String.fromCharCode(code);
      effects.consume(code);
      return inside;
    }

    function decide(code: Code, complete: boolean): State | undefined {
      if (lines.length === 0) return nok(code);
      const verdict = readTableStart(lines, complete, checked);
      checked = lines.length;
      if (verdict.kind === 'table') {
        found(verdict.head);
        return ok(code);
      }
      if (verdict.kind === 'no') return nok(code);
      // More is asked only when the line ends with a line ending.
      effects.enter(types.lineEnding);
      effects.consume(code);
      effects.exit(types.lineEnding);
      return lineStart;
    }


  }
}

/** The separator row: one token, without the spaces around it. */
function separatorSteps(line: string): Step[] {
  const row = stripSpaces(line, 0, line.length);
  return [...spaces(0, row.start), {at: row.start, enter: 'mkdocsTableSeparator'}, {at: row.end, exit: 'mkdocsTableSeparator'}, ...spaces(row.end, line.length)];
}

/** A padding token over `[start, end)`, unless that is empty. */
function padding(start: number, end: number): Step[] {
  return start < end ? [{at: start, enter: 'mkdocsTableCellPadding'}, {at: end, exit: 'mkdocsTableCellPadding'}] : [];
}

/** A whitespace token over `[start, end)`, unless that is empty. */
function spaces(start: number, end: number): Step[] {
  return start < end ? [{at: start, enter: 'mkdocsTableWhitespace'}, {at: end, exit: 'mkdocsTableWhitespace'}] : [];
}

/**
 * A header or body row: a cell token from the pipe before the cell (if it has
 * one) to the pipe after it (the last cell: the trailing border, if any), its
 * text stripped of spaces a `chunkText`. A
 * cell with nothing between its pipes takes the pipe after it, when the pipe
 * before it is not its own (no token may be empty); only a last cell can then
 * be left without a token, and rows get their missing last cells anyway.
 */
function rowSteps(line: string, head: TableHead): Step[] {
  const split = splitRow(line, head.border);
  const {row, leftBorder, rightBorder, cells, dividers} = split;
  const columns = head.align.length;
  const steps: Step[] = [...spaces(0, row.start), {at: row.start, enter: 'mkdocsTableRow'}];
  /** Where the next cell's token starts: the pipe before it, or its own start. */
  let from = leftBorder ? leftBorder.start : cells[0]!.start;
  let rightBorderTaken = false;
  for (let index = 0; index < cells.length; index++) {
    const cell = cells[index]!;
    if (index === columns) {
      const end = cells[cells.length - 1]!.end;
      if (from < end) steps.push({at: from, enter: 'mkdocsTableExtraCells'}, {at: end, exit: 'mkdocsTableExtraCells'});
      break;
    }
    const pipe = index < dividers.length ? dividers[index] : undefined;
    let end = cell.end;
    let next = pipe ?? end;
    if (pipe === undefined && rightBorder) {
      // The last cell takes the trailing border, as GFM's does.
      end = rightBorder.end;
      rightBorderTaken = true;
    } else if (from === end) {
      if (pipe === undefined) continue;
      next = end = pipe + 1;
    }
    const text = stripSpaces(line, cell.start, cell.end);
    steps.push({at: from, enter: 'mkdocsTableCell'});
    // Every code is in the token entered last (micromark's rule): around its text, a cell's pipes and spaces are padding.
    if (text.start < text.end) {
      steps.push(...padding(from, text.start), {at: text.start, enter: types.chunkText}, {at: text.end, exit: types.chunkText}, ...padding(text.end, end));
    }
    steps.push({at: end, exit: 'mkdocsTableCell'});
    from = next;
  }
  if (rightBorder && !rightBorderTaken) steps.push({at: rightBorder.start, enter: 'mkdocsTableBorder'}, {at: rightBorder.end, exit: 'mkdocsTableBorder'});
  steps.push({at: row.end, exit: 'mkdocsTableRow'}, ...spaces(row.end, line.length));
  return steps;
}
