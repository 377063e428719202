import type {ComponentType} from 'react';
import DefaultAdmonitionTypesUntyped from '@theme-original/Admonition/Types';
import type {Props} from '@theme/Admonition';
import {BOX_THEMES} from '@site/src/admonitions/box-types';
import {createBoxAdmonition} from '@site/src/components/BoxAdmonition';

// `@theme-original/*` is typed `any`; pin it to the shape the theme documents.
const DefaultAdmonitionTypes: Record<string, ComponentType<Props>> = DefaultAdmonitionTypesUntyped;

/**
 * Docusaurus's types plus one per MkDocs box type (Material's twelve, this
 * site's custom ones and `neutral`). Ours win where names clash (note, tip,
 * info, warning, danger, success) so `:::tip` and `!!! tip` look the same;
 * `secondary`, `caution` and `important` stay Docusaurus's own.
 */
const AdmonitionTypes: Record<string, ComponentType<Props>> = {
  ...DefaultAdmonitionTypes,
  ...Object.fromEntries(
    Object.entries(BOX_THEMES).map(([type, theme]) => [type, createBoxAdmonition(type, theme)]),
  ),
};

export default AdmonitionTypes;
