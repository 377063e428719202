import type {Heading, Root} from 'mdast';
import {toString} from 'mdast-util-to-string';
import {visit} from '../mdast-util/visit';

/**
 * A heading that opens with an icon or an emoji (`## :material-check: Prerequisites`) has, for Docusaurus's
 * heading-id step, text starting with a space (the icon has none) or a pictograph, which its slugger turns into
 * a leading `-` (`-prerequisites`). Python-Markdown's toc slugifies the rendered heading's text, stripped
 * (`prerequisites`): links written for MkDocs (`setup.md#prerequisites`) point there. So such a heading gets the
 * stripped text as its id, lower-cased as the slugger would (it slugs a given id again, keeping case, and
 * numbers repeats). Headings with an id of their own (`{ #id }`, `{#id}`) keep it.
 */
export function headingIdsAfterIcons(tree: Root): void {
  visit(tree, 'heading', (heading: Heading) => {
    if (heading.data?.hProperties?.id !== undefined) return;
    const text = toString(heading);
    if (!LEADING_PICTURE.test(text) || /\{#[^}]*\}\s*$/.test(text)) return;
    const stripped = text.replace(LEADING_PICTURE, '');
    if (stripped === '') return;
    const data = (heading.data ??= {});
    data.hProperties = {...data.hProperties, id: stripped.toLowerCase()};
  });
}

/** Spaces and pictographs (emoji, with their variation selectors and joiners) before a heading's first word. */
const LEADING_PICTURE = /^(?:\s|\p{Extended_Pictographic}|\uFE0F|\u200D|\p{Emoji_Modifier})+/u;
