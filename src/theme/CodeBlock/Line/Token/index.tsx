import React, {type ReactNode} from 'react';
import Token from '@theme-original/CodeBlock/Line/Token';
import type TokenType from '@theme/CodeBlock/Line/Token';
import type {WrapperProps} from '@docusaurus/types';
import type {Token as PrismToken} from 'prism-react-renderer';
import {useAnnotations, type AnnotationState} from '@site/src/components/CodeAnnotations/context';
import AnnotationMarker from '@site/src/components/CodeAnnotations/AnnotationMarker';

type Props = WrapperProps<typeof TokenType> & {
  /** Where the token starts in its line, when the line was drawn from a copy of its tokens (a shell prompt cut off). */
  lineOffset?: number;
};

/**
 * In an annotated block, the bound markers become buttons where the build
 * placed them (`sites`: a marker, or the whole comment of a `(N)!` marker,
 * as in Material), whatever tokens Prism cut the line into.
 */
export default function TokenWrapper({lineOffset, ...props}: Props) {
  const annotations = useAnnotations();
  const text = typeof props.children === 'string' ? props.children : undefined;
  const withMarkers = annotations && text !== undefined ? withSiteMarkers(annotations, props.line, props.token, text, lineOffset) : undefined;
  return withMarkers ? <Token {...props}>{withMarkers}</Token> : <Token {...props} />;
}

/**
 * The token's text with the build's marker sites in it replaced: the button
 * where a site starts, nothing where a site that started in an earlier token
 * (`(`, `1`, `)` are three tokens to Prism in most languages) goes on.
 * undefined when no site touches the token.
 */
function withSiteMarkers(
  annotations: AnnotationState,
  line: PrismToken[],
  token: PrismToken,
  text: string,
  lineOffset: number | undefined,
): ReactNode[] | undefined {
  if (annotations.sites.size === 0) return undefined;
  const sites = annotations.sites.get(line.map(({content}) => content).join('').replace(/\n$/, ''));
  if (!sites) return undefined;
  const offset = lineOffset ?? offsetIn(line, token);
  if (offset === undefined) return undefined;
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

function offsetIn(line: PrismToken[], token: PrismToken): number | undefined {
  const index = line.indexOf(token);
  if (index === -1) return undefined;
  return line.slice(0, index).reduce((sum, {content}) => sum + content.length, 0);
}
