import type {InlineMath, Math} from 'mdast-util-math';
import type {Options} from 'mdast-util-to-markdown';

/** Math back to the delimiters it was written with (arithmatex's syntax; `$…$` and `$$…$$` when the form is unknown). */
export function arithmatexToMarkdown(): Options {
  return {
    // Text that only looks like math is written so that it reads back as text: `$` escaped, and a backslash before
    // `(` or `[` kept a backslash (escaped) rather than opening `\(` or `\[`.
    unsafe: [
      {character: '$', inConstruct: 'phrasing'},
      {character: '$', atBreak: true},
      {character: '(', before: '\\\\', inConstruct: 'phrasing'},
      {character: '[', before: '\\\\', inConstruct: 'phrasing'},
    ],
    handlers: {
      inlineMath(node: InlineMath) {
        return node.data?.arithmatex?.form === 'round' ? `\\(${node.value}\\)` : `$${node.value}$`;
      },
      math(node: Math) {
        const form = node.data?.arithmatex?.form;
        if (form === 'square') return `\\[${node.value}\\]`;
        if (form === 'begin') return node.value;
        return form === 'dollar' ? `$$${node.value}$$` : `$$\n${node.value}\n$$`;
      },
    },
  };
}
