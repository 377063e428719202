/**
 * The local search indexes what a lesson says, not the words the site's
 * components write around it: a command block's "Commands" / "Terminal
 * session" label, an output block's "Output" badge, "Sample output" caption
 * and "Show as text" button (`src/search-ignore.ts`). Otherwise every page
 * with a shell block is a hit for "command" or "output".
 *
 * Read from the built site: the seed lesson's page shows those words, its
 * source never writes them, and its entries in `search-index.json` must not
 * hold them, while its prose and commands are there.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, inject, test} from 'vitest';
import {docUrl, sourceText} from './pages';
import {BUILD_DIR} from './site';

const SEED = 'docs/pod-networking.md';
/** What the components write on the seed page (checked below), none of it in its source. */
const CHROME = ['Command', 'Output', 'Sample output', 'Show as text'];

interface IndexedDocument {
  /** The page's URL path. */
  u: string;
  /** Title or text, by index. */
  t: string;
}

/** Every text the search index holds for the page at `pathname`. */
function indexedTexts(pathname: string): string[] {
  const index = JSON.parse(readFileSync(path.join(BUILD_DIR, 'search-index.json'), 'utf8')) as Array<{documents: IndexedDocument[]}>;
  return index.flatMap((part) => part.documents.filter((document) => document.u === pathname).map((document) => document.t));
}

/** The built HTML of the page at `pathname` (the site has `trailingSlash: false`). */
function builtHtml(pathname: string): string {
  const baseUrl = new URL(inject('baseUrl')).pathname;
  const sitePath = pathname.slice(baseUrl.length);
  return readFileSync(path.join(BUILD_DIR, sitePath === '' ? 'index.html' : `${sitePath}.html`), 'utf8');
}

describe('the search index', () => {
  const pathname = new URL(docUrl(SEED)).pathname;

  test('the seed page shows the components’ words, and its source has none of them', () => {
    const html = builtHtml(pathname);
    const source = sourceText(SEED);
    for (const words of CHROME) {
      expect(html, words).toContain(`>${words}<`);
      expect(source, words).not.toContain(words);
    }
  });

  test('holds the lesson’s prose and commands, not the components’ words', () => {
    const texts = indexedTexts(pathname);
    expect(texts.length).toBeGreaterThan(1);
    const all = texts.join('\n');
    expect(all).toContain('kubectl exec -it nginx1 -- sh');
    expect(all).toContain('we need to find out the IP addresses of the pods');
    for (const words of CHROME) expect(all, words).not.toContain(words);
  });
});
