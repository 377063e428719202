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

const MARKER = /\((\d+)\)(!?)/g;

/**
 * In an annotated block, bound `(N)` markers become buttons: those the build
 * placed outside comments (`sites`, by line and offset, whatever tokens the
 * highlighter cut the line into), then those inside comment tokens, where a
 * `(N)!` marker replaces its whole comment, as in Material.
 */
export default function TokenWrapper({lineOffset, ...props}: Props) {
  const annotations = useAnnotations();
  const text = typeof props.children === 'string' ? props.children : undefined;
  if (!annotations || text === undefined) return <Token {...props} />;
  const atSites = withSiteMarkers(annotations, props.line, props.token, text, lineOffset);
  if (atSites) return <Token {...props}>{atSites}</Token>;
  const isComment = props.token.types.includes('comment');
  if (!isComment || !MARKER.test(text)) return <Token {...props} />;
  MARKER.lastIndex = 0;
  const bang = [...text.matchAll(MARKER)].find((match) => match[2] === '!' && annotations.bound.has(Number(match[1])));
  if (bang) {
    return (
      <span className={props.className}>
        <AnnotationMarker n={Number(bang[1])} />
      </span>
    );
  }
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(MARKER)) {
    const n = Number(match[1]);
    if (!annotations.bound.has(n)) continue;
    parts.push(text.slice(last, match.index), <AnnotationMarker key={match.index} n={n} />);
    last = match.index! + match[0].length;
  }
  parts.push(text.slice(last));
  return <Token {...props}>{parts}</Token>;
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
