import React, {type ReactNode} from 'react';
import AdmonitionUntyped from '@theme-original/Admonition';
import type {Props} from '@theme/Admonition';
import {processAdmonitionProps} from '@docusaurus/theme-common';
import BoxAdmonition from '@site/src/components/BoxAdmonition';

// `@theme-original/*` is typed `any`; pin it to the shape the theme documents.
const Admonition: (props: Props) => ReactNode = AdmonitionUntyped;

/**
 * Boxes of a MkDocs type (Material's twelve, this site's custom ones,
 * `neutral`), written `!!!` or `:::`, arrive with a `label` (and their icon)
 * from remark-mkdocs' after-defaults step: those are drawn by BoxAdmonition,
 * so `:::tip` and `!!! tip` look the same. Every other admonition
 * (`:::caution`, `:::secondary`) stays Docusaurus's own. No per-type table
 * here: this wrapper is on every page, the icons are not.
 */
export default function AdmonitionWrapper(props: Props & {label?: string; iconPath?: string}): ReactNode {
  const {label, iconPath, ...rest} = props;
  if (label === undefined) return <Admonition {...rest} />;
  return <BoxAdmonition {...processAdmonitionProps(rest)} label={label} iconPath={iconPath} />;
}
