import React, {type ReactNode} from 'react';
import type {Token as PrismToken} from 'prism-react-renderer';
import AnnotationMarker from './AnnotationMarker';
import type {AnnotationState} from './context';

/** Where the build placed marker buttons in one line (`[from, to, n]` offsets), by the line's text. */
export type LineSites = ReadonlyArray<readonly [number, number, number]>;

/** The marker sites of the line of `text` in an annotated block; undefined when none (or no annotations). */
export function sitesOfLine(annotations: AnnotationState | undefined, text: string): LineSites | undefined {
  if (!annotations || annotations.sites.size === 0) return undefined;
  return annotations.sites.get(text);
}

/**
 * A token's text with the build's marker sites in it replaced: the button
 * where a site starts, nothing where a site that started in an earlier token
 * (`(`, `1`, `)` are three tokens to Prism in most languages) goes on.
 * undefined when no site touches the token. `offset`: where the token starts
 * in its line.
 */
export function withSiteMarkers(sites: LineSites, text: string, offset: number): ReactNode[] | undefined {
  const end = offset + text.length;
  const touching = sites.filter(([start, stop]) => start < end && stop > offset);
  if (touching.length === 0) return undefined;
  const parts: ReactNode[] = [];
  let at = offset;
  for (const [start, stop, n] of [...touching].sort((a, b) => a[0] - b[0])) {
    if (start > at) parts.push(text.slice(at - offset, start - offset));
    if (start >= offset) parts.push(<AnnotationMarker key={start} n={n} />);
    at = Math.max(at, Math.min(stop, end));
  }
  if (at < end) parts.push(text.slice(at - offset));
  return parts;
}

/** The text of a line of Prism tokens, without its final newline: what the build keyed lines by. */
export function lineText(line: readonly PrismToken[]): string {
  return line.map((token) => token.content).join('').replace(/\n$/, '');
}
