import type {Handle, Options} from 'mdast-util-to-markdown';
import type {MkdocsAbbreviation, MkdocsAbbreviationDefinition} from './from-markdown';

/**
 * mdast-util-to-markdown handlers for the abbreviation nodes, so a tree that
 * holds them can be printed (the fixtures print the Docusaurus target's tree
 * as MDX): an occurrence as `<abbr title="…">TERM</abbr>` (HTML in `.md`, JSX
 * in `.mdx`; both decode the character references), a definition as
 * `*[TERM]: Title`.
 */
export function mkdocsAbbreviationToMarkdown(): Options {
  return {
    handlers: {mkdocsAbbreviation: handleAbbreviation, mkdocsAbbreviationDefinition: handleDefinition},
    // Text that starts a line with `*[` would read back as a definition.
    unsafe: [{character: '*', atBreak: true, after: '\\['}],
  };
}

const handleAbbreviation: Handle = function (node: MkdocsAbbreviation, _, state, info) {
  const title = node.data.hProperties.title.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const open = `<abbr title="${title}">`;
  const tracker = state.createTracker(info);
  let value = tracker.move(open);
  value += tracker.move(state.containerPhrasing(node, {before: '>', after: '<', ...tracker.current()}));
  return value + tracker.move('</abbr>');
};

// `&` is written as `&amp;`: the title was decoded, and a bare `&` could form a reference again.
const handleDefinition: Handle = function (node: MkdocsAbbreviationDefinition) {
  return `*[${node.term}]:${node.title === '' ? '' : ` ${node.title.replace(/&/g, '&amp;')}`}`;
};
