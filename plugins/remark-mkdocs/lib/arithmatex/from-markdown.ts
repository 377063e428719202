import type {InlineMath, Math} from 'mdast-util-math';
import type {CompileContext, Extension, Token} from 'mdast-util-from-markdown';
import type {ArithmatexSettings, BlockForm} from './grammar';
import {matchBlockMath} from './grammar';
import './construct';

/**
 * Math as mdast-util-math's nodes (`inlineMath`, `math`, what remark-math
 * makes), so rehype-katex and other math tools read them; `data.arithmatex`
 * keeps the form as written, for the `html` target and for writing it back.
 * `value`: the TeX arithmatex hands on (between the delimiters; for
 * `\begin{env}`, the whole environment), line endings as `\n`.
 */
export interface ArithmatexData {
  form: 'dollar' | 'round' | BlockForm;
}

declare module 'mdast-util-math' {
  interface InlineMathData {
    arithmatex?: ArithmatexData;
  }
  interface MathData {
    arithmatex?: ArithmatexData;
  }
}

export function arithmatexFromMarkdown(settings: ArithmatexSettings): Extension {
  return {
    enter: {arithmatexInline: enterInline, arithmatexBlock: enterBlock},
    exit: {
      arithmatexInline: exitInline,
      arithmatexInlineMarker: exitInlineMarker,
      arithmatexBlockLine: exitBlockLine,
      arithmatexBlock: exitBlock,
    },
  };

  function exitBlock(this: CompileContext, token: Token): undefined {
    const node = this.stack[this.stack.length - 1] as Math & {lines?: string[]};
    const text = (node.lines ?? []).join('\n');
    delete node.lines;
    // The construct matched these very lines; the fallback only guards against a tokenizer/grammar mismatch.
    const match = matchBlockMath(text, settings.block) ?? {form: 'dollar' as const, math: text};
    node.value = match.math;
    node.data = {arithmatex: {form: match.form}};
    this.exit(token);
  }
}

const normalizeLineEndings = (value: string) => value.replace(/\r\n?/g, '\n');

function enterInline(this: CompileContext, token: Token): undefined {
  this.enter({type: 'inlineMath', value: '', data: {arithmatex: {form: 'dollar'}}}, token);
}

function enterBlock(this: CompileContext, token: Token): undefined {
  this.enter({type: 'math', meta: null, value: '', lines: []} as Math, token);
}

/** The math between the delimiters (`$`, or `\(` and `\)`), line endings as `\n`. */
function exitInline(this: CompileContext, token: Token): undefined {
  const node = this.stack[this.stack.length - 1] as InlineMath;
  const raw = this.sliceSerialize(token);
  const delimiter = node.data?.arithmatex?.form === 'round' ? 2 : 1;
  node.value = normalizeLineEndings(raw.slice(delimiter, raw.length - delimiter));
  this.exit(token);
}

function exitInlineMarker(this: CompileContext, token: Token): undefined {
  if (this.sliceSerialize(token) === '\\(') (this.stack[this.stack.length - 1] as InlineMath).data = {arithmatex: {form: 'round'}};
}


function exitBlockLine(this: CompileContext, token: Token): undefined {
  (this.stack[this.stack.length - 1] as Math & {lines: string[]}).lines.push(this.sliceSerialize(token, true));
}
