import {describe, expect, it} from 'vitest';
import {findRawMkdocs} from '../e2e/raw-mkdocs';

const page = (body: string, description = 'A lesson.') =>
  `<!doctype html><html><head><title>Lesson</title><meta name="description" content="${description}"></head><body><article>${body}</article></body></html>`;

describe('findRawMkdocs (the e2e check for MkDocs syntax left on a page)', () => {
  it('finds each marker in prose', () => {
    const body = [
      '<p>!!! note "Title"</p>',
      '<p>??? tip</p>',
      '<p>=== "Linux"</p>',
      '<p>*[CNI]: Container Network Interface</p>',
      '<p>[Start](x.md){ .md-button } and {: #id }</p>',
      '<h2>:octicons-rocket-16: Go</h2>',
      '<p>:material-kubernetes: :fontawesome-solid-file-pdf:</p>',
      '<p>&lt;div markdown&gt; and &lt;span markdown="1"&gt;</p>',
      '<p>Done :tada:</p>',
      '<p>$$ x^2 $$</p>',
      '<p>\\begin{align} a \\end{align}</p>',
    ].join('');
    expect(findRawMkdocs(page(body)).map((found) => found.construct.split(' ')[0])).toEqual([
      '!!!',
      '???',
      '===',
      '*[',
      '{',
      '{:',
      ':octicons-…:',
      ':octicons-rocket-16:',
      ':material-…:',
      ':fontawesome-…:',
      ':material-kubernetes:',
      ':fontawesome-solid-file-pdf:',
      'markdown>',
      ':tada:',
      '$$',
      '\\begin{',
    ]);
  });

  it('reads the meta description, where Docusaurus puts the first raw line', () => {
    expect(findRawMkdocs(page('<p>Fine.</p>', '!!! reminder &quot;Env&quot;'))).toMatchObject([{construct: '!!! (admonition)', where: 'meta[description]'}]);
  });

  it('ignores code, and text that only looks like a shortcode', () => {
    const body =
      '<pre><code>!!! note\n=== "Tab"\n$$\nx\n$$</code></pre><p><code>:tada:</code> at 12:30:45, std::vector, host:port:path, $HOME and $5</p>' +
      '<span class="katex"><math><annotation encoding="application/x-tex">\\begin{align}a\\end{align}</annotation></math></span>';
    expect(findRawMkdocs(page(body))).toEqual([]);
  });
});
