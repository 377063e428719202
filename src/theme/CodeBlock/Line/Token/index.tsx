import React, {type ReactNode} from 'react';
import Token from '@theme-original/CodeBlock/Line/Token';
import type TokenType from '@theme/CodeBlock/Line/Token';
import type {WrapperProps} from '@docusaurus/types';
import {useAnnotations} from '@site/src/components/CodeAnnotations/context';
import AnnotationMarker from '@site/src/components/CodeAnnotations/AnnotationMarker';

type Props = WrapperProps<typeof TokenType>;

const MARKER = /\((\d+)\)(!?)/g;

/**
 * In an annotated block, bound `(N)` markers inside comment tokens become
 * buttons; a `(N)!` marker replaces its whole comment, as in Material.
 */
export default function TokenWrapper(props: Props) {
  const annotations = useAnnotations();
  const text = typeof props.children === 'string' ? props.children : undefined;
  const isComment = props.token.types.includes('comment');
  if (!annotations || text === undefined || !isComment || !MARKER.test(text)) return <Token {...props} />;
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
