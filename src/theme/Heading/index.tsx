import React, {type ReactNode} from 'react';
import HeadingUntyped from '@theme-original/Heading';
import type {Props} from '@theme/Heading';
import useBrokenLinks from '@docusaurus/useBrokenLinks';

// `@theme-original/*` is typed `any`; pin it to the shape the theme documents.
const Heading: (props: Props) => ReactNode = HeadingUntyped;

/**
 * MkDocs gives a page's title its id like any other heading, so lessons link
 * to it (`../lesson.md#lesson-one`); the theme's Heading drops the id of an
 * `h1`, which made such links broken anchors. The title keeps its id here (no
 * `#` link: it is the top of the page) and the broken-link check learns of it.
 */
export default function HeadingWrapper(props: Props): ReactNode {
  const brokenLinks = useBrokenLinks();
  if (props.as !== 'h1' || !props.id) return <Heading {...props} />;
  brokenLinks.collectAnchor(props.id);
  const {as: _title, ...rest} = props;
  return <h1 {...rest} />;
}
