import type {ParseContext} from 'micromark-util-types';

/**
 * Whether the page is read without raw HTML: MDX disables CommonMark's
 * `htmlFlow` and `htmlText` (`<` starts JSX there). The plugin itself
 * disables `htmlFlow`, which `md-in-html/html-flow.ts` replaces, so
 * `htmlText` is the one to ask.
 */
export function rawHtmlDisabled(parser: ParseContext): boolean {
  return parser.constructs.disable.null?.includes('htmlText') ?? false;
}
