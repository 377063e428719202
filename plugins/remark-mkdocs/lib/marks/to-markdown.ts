import type {Handle, Options} from 'mdast-util-to-markdown';
import type {MkdocsFormat} from './from-markdown';

declare module 'mdast-util-to-markdown' {
  interface ConstructNameMap {
    /** The content of `^sup^` or `~sub~`, where a space must be escaped. */
    mkdocsFormatScript: 'mkdocsFormatScript';
  }
}

/**
 * Writes `mkdocsFormat` back with its markers (`==…==`). Marker characters in
 * text are escaped where the extension is on (`characters`), so they do not
 * read back as elements; a space inside `^sup^`/`~sub~` is written as a
 * character reference (pymdownx's superscript holds no unescaped space).
 */
export function mkdocsFormatToMarkdown(characters: readonly string[]): Options {
  return {
    handlers: {mkdocsFormat: handleFormat},
    unsafe: [
      ...characters.map((character) => ({character, inConstruct: 'phrasing' as const})),
      {character: ' ', inConstruct: 'mkdocsFormatScript'},
    ],
  };
}

const handleFormat: Handle = function (node: MkdocsFormat, _, state, info) {
  const script = node.tag === 'sup' || node.tag === 'sub';
  const exit = script ? state.enter('mkdocsFormatScript') : undefined;
  const tracker = state.createTracker(info);
  let value = tracker.move(node.marker);
  value += tracker.move(state.containerPhrasing(node, {before: node.marker.slice(-1), after: node.marker[0]!, ...tracker.current()}));
  exit?.();
  return value + tracker.move(node.marker);
};
