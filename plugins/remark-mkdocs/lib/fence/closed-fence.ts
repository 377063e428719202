import type {Code as CodeNode, Root} from 'mdast';
import type {CompileContext, Extension as FromMarkdownExtension, Token as MdastToken} from 'mdast-util-from-markdown';
import type {Code, Construct, Extension, State, TokenizeContext, Tokenizer} from 'micromark-util-types';
import type {Plugin} from 'unified';
import type {VFile} from 'vfile';
import {fragmentParser} from '../mdast-util/fragment-parser';
import {tokenizeFencedCode} from './fenced-code';
import {codes} from 'micromark-util-symbol';
import {report} from '../messages';
import {visit} from '../mdast-util/visit';

/**
 * A fenced code block only when its closing fence is there, as in
 * Python-Markdown (fenced_code and pymdownx.superfences both match a fence
 * together with its closing line): an opening ```` ``` ```` whose container
 * (the page, a box body, a list item, a quote) ends before a closing fence is
 * text of a paragraph, and what follows it is Markdown. CommonMark runs such
 * a block to the end of its container, so one missing fence swallowed the
 * rest of the page (headings, lists, boxes) into code.
 *
 * Whether a fence closes is known only at its container's end, and a flow
 * construct cannot look that far ahead without taking the lines from their
 * containers. So the page is parsed as CommonMark reads it; the fenced code
 * blocks that ended without their closing fence (`fenceLines` counts a
 * block's fence lines as it is built) are noted, and the page is parsed again
 * with CommonMark's fence declined at exactly those openers
 * (`declinableFencedCode`, on `` ` `` and `~`). Their lines may hold other
 * fences, now read for the first time: again, until none is left unclosed. A
 * page whose fences all close is parsed once.
 */
export const declinableFencedCode: Construct = {name: 'mkdocsDeclinableFencedCode', concrete: true, tokenize: tokenizeDeclinableFencedCode};

/** The micromark extension: the fence (`fenced-code.ts`: CommonMark's, with superfences' headers), declinable (`syntax.ts` adds it). */
export const declinableFenceSyntax: Extension = {
  flow: {[codes.graveAccent]: declinableFencedCode, [codes.tilde]: declinableFencedCode},
  disable: {null: ['codeFenced']},
};

/**
 * Only this step, for a processor without remark-mkdocs: CommonMark with
 * Python-Markdown's fences (the property tests' plain rendering, so that a
 * word of an unclosed fence's lines counts where Python-Markdown shows it).
 */
export const remarkClosedFences: Plugin<[], Root> = function () {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(declinableFenceSyntax);
  (data.fromMarkdownExtensions ??= []).push(fenceLinesFromMarkdown());
  const parse = fragmentParser(data);
  return (tree, file) => closeFences(tree, file, parse);
};

/** `tree` (the page `file`) made the page read with every unclosed fence declined, in place (`declineUnclosedFences`). */
export function closeFences(tree: Root, file: VFile, parse: (markdown: string) => Root): void {
  const read = declineUnclosedFences(tree, file, String(file), parse);
  if (read !== tree) Object.assign(tree, {children: read.children, position: read.position});
}

/** The page offsets of the fences declined in the parse under way (the parse is synchronous). */
let declined: ReadonlySet<number> | undefined;

function tokenizeDeclinableFencedCode(this: TokenizeContext, effects: Parameters<Tokenizer>[0], ok: State, nok: State): State {
  const self = this;
  // The fence's tokenizer, on this context: it reads `interrupt` there (a fence interrupting a paragraph is a check
  // that ends with the opening line).
  return (code: Code) => (declined?.has(self.now().offset) ? nok(code) : tokenizeFencedCode.call(self, effects, ok, nok)(code));
}

/** How many fence lines (opening, closing) each fenced code block was built from. */
const fenceLines = new WeakMap<object, number>();

/** Counts each fenced code block's fence lines as mdast-util-from-markdown builds it. */
export function fenceLinesFromMarkdown(): FromMarkdownExtension {
  return {
    enter: {
      codeFencedFence(this: CompileContext, _token: MdastToken) {
        // Above the block, once its opening fence is read, is the buffer its value is collected in.
        let index = this.stack.length - 1;
        while (index >= 0 && this.stack[index]!.type !== 'code') index--;
        const node = this.stack[index];
        if (node) fenceLines.set(node, (fenceLines.get(node) ?? 0) + 1);
      },
    },
  };
}

/** The fenced code blocks of `tree` that ended without their closing fence. */
function unclosedFences(tree: Root): CodeNode[] {
  const found: CodeNode[] = [];
  visit(tree, 'code', (node) => {
    if (fenceLines.get(node) === 1) found.push(node);
  });
  return found;
}

/** Reparses give up after this many rounds (each declines at least one more fence). */
const MAX_ROUNDS = 50;

/**
 * The page read with every unclosed fence declined: `tree` itself when all
 * close, else the tree `parse` (the page's own parser) makes of `text` with
 * those fences declined, each reported once at its opening line.
 */
export function declineUnclosedFences(tree: Root, file: VFile, text: string, parse: (markdown: string) => Root): Root {
  let unclosed = unclosedFences(tree);
  if (unclosed.length === 0) return tree;
  const offsets = new Set<number>();
  const openers: CodeNode[] = [];
  let current = tree;
  for (let round = 0; round < MAX_ROUNDS && unclosed.length > 0; round++) {
    for (const node of unclosed) {
      const offset = node.position?.start.offset;
      if (offset === undefined || offsets.has(offset)) continue;
      offsets.add(offset);
      openers.push(node);
    }
    declined = offsets;
    try {
      current = parse(text);
    } finally {
      declined = undefined;
    }
    unclosed = unclosedFences(current).filter((node) => !offsets.has(node.position?.start.offset ?? -1));
  }
  for (const node of openers) {
    const start = node.position!.start;
    const fence = /^[ \t]*(`{3,}|~{3,})/.exec(text.slice(start.offset ?? 0))?.[1] ?? '```';
    report(
      file,
      'mkdocs-fence-unclosed',
      `Unexpected opening fence ${fence} with no closing ${fence} before the end of its block (the page, a box, a list item), expected a closing fence; shown as text, as in MkDocs, and what follows it as Markdown`,
      {start, end: {line: start.line, column: start.column + fence.length, offset: (start.offset ?? 0) + fence.length}},
    );
  }
  return current;
}
