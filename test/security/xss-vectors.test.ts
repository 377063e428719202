/**
 * The public XSS vector collections (`test/fixtures/xss-vectors/vectors.json`:
 * the HTML5 Security Cheatsheet, DOMPurify's test vectors, and mutation-XSS
 * shapes such as issue 14's) each as a lesson, through the site's own Markdown
 * pipeline and React's server render (`site-render.ts`, in a plain Node process
 * as the build runs it: `renderer.ts`). The HTML React writes
 * is parsed again with parse5, as the reader's browser parses it, and checked
 * by the same scan the build runs on every page (`plugins/built-html-guard`):
 * no handler, no script URL, no script, base, meta refresh, object, embed or
 * iframe srcdoc, whatever the vector.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {afterAll, describe, expect, test} from 'vitest';
import {NOTHING_OWN, findUnsafeInPage} from '../../plugins/built-html-guard';
import {asPage, startRenderer} from './renderer';

const renderer = startRenderer();
afterAll(() => renderer.close());

interface Vector {
  id: string;
  source: string;
  title: string;
  payload: string;
}

const {vectors} = JSON.parse(readFileSync(path.join(import.meta.dirname, '../fixtures/xss-vectors/vectors.json'), 'utf8')) as {vectors: Vector[]};

describe('XSS vectors through the site pipeline and React', () => {
  test('the data holds the three sources', () => {
    const sources = new Set(vectors.map((vector) => vector.source));
    expect([...sources].sort()).toEqual(['DOMPurify', 'H5SC', 'Lessonsaurus']);
    expect(vectors.length).toBeGreaterThan(400);
  });

  test.each(vectors.map((vector) => [vector.id, vector] as const))('%s: nothing in the rendered page can run script', async (_, vector) => {
    // As a block, and inline in a paragraph: CommonMark splits raw HTML differently in each.
    for (const markdown of [`# Vector\n\n${vector.payload}\n`, `# Vector\n\nText before ${vector.payload} text after.\n`]) {
      const html = await renderer.render(markdown);
      expect(findUnsafeInPage(asPage(html), NOTHING_OWN), `${vector.title}\n${vector.payload}\n→ ${html}`).toEqual([]);
    }
  });
});
