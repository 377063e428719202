import {describe, expect, it} from 'vitest';
import {renderLesson} from '../../../../test/security/site-render';

/**
 * keys, mark, caret and tilde through the site's own pipeline: Docusaurus's
 * `.md` processor with every remark and rehype plugin of
 * `docusaurus.config.ts` (remark-gfm, which Docusaurus always loads, and the
 * sanitizer among them), rendered by React's server render. The site enables
 * Material's recommended extensions, these four among them.
 */
describe('inline marks and keys on the site', () => {
  it('renders each element, and the sanitizer keeps them and their classes', async () => {
    const {html, messages} = await renderLesson(
      'Press ++ctrl+alt+del++ to ==highlight==, ^^insert^^ and ~~delete~~; H~2~O and x^2^, `==code==`.\n',
    );
    expect(html).toContain(
      '<span class="keys"><kbd class="key-control">Ctrl</kbd><span>+</span><kbd class="key-alt">Alt</kbd><span>+</span><kbd class="key-delete">Del</kbd></span>',
    );
    expect(html).toContain('<mark>highlight</mark>');
    expect(html).toContain('<ins>insert</ins>');
    expect(html).toContain('<del>delete</del>');
    expect(html).toContain('H<sub>2</sub>O');
    expect(html).toContain('x<sup>2</sup>');
    expect(html).toContain('<code>==code==</code>');
    expect(messages.filter((message) => message.source === 'remark-mkdocs')).toEqual([]);
  });

  it('reads a single `~` as subscript and `~~` as delete, not as GFM strikethrough', async () => {
    const {html} = await renderLesson('CH~3~CH~2~OH and ~~gone~~ and ~~~both~~~\n');
    expect(html).toContain('CH<sub>3</sub>CH<sub>2</sub>OH');
    expect(html).toContain('<del>gone</del>');
    expect(html).toContain('<del><sub>both</sub></del>');
    expect(html).not.toMatch(/<del>3|<del>2/);
  });

  it('nests marks with emphasis and links', async () => {
    const {html} = await renderLesson('==**bold** mark==, ^^==both==^^ and [==link==](https://example.com)\n');
    expect(html).toContain('<mark><strong>bold</strong> mark</mark>');
    expect(html).toContain('<ins><mark>both</mark></ins>');
    expect(html).toContain('<a href="https://example.com"><mark>link</mark></a>');
  });
});
