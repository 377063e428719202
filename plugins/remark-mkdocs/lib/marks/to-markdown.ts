import type {Handle, Options} from 'mdast-util-to-markdown';
import type {MkdocsFormat} from './from-markdown';

/**
 * Writes `mkdocsFormat` back with its markers (`==…==`). Marker characters in
 * text are escaped where the extension is on (`characters`), so they do not
 * read back as elements.
 */
export function mkdocsFormatToMarkdown(characters: readonly string[]): Options {
  return {
    handlers: {mkdocsFormat: handleFormat},
    unsafe: characters.map((character) => ({character, inConstruct: 'phrasing' as const})),
  };
}

const handleFormat: Handle = function (node: MkdocsFormat, _, state, info) {
  const tracker = state.createTracker(info);
  let value = tracker.move(node.marker);
  value += tracker.move(state.containerPhrasing(node, {before: node.marker.slice(-1), after: node.marker[0]!, ...tracker.current()}));
  return value + tracker.move(node.marker);
};
