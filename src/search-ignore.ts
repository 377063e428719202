/**
 * The class of what the site's components write around a lesson's text
 * (a command block's "Commands" label, an output block's "Output" badge and
 * "Sample output" caption, its "Show as text" button): the local search
 * leaves it out of its index (`ignoreCssSelectors` in docusaurus.config.ts),
 * or every page with a shell block would be a hit for "command" or "output",
 * words the lesson never wrote. An author's own fence title is indexed.
 */
export const SEARCH_IGNORE = 'lsr-search-ignore';
