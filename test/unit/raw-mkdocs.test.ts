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
      '<p>Press ++ctrl+alt+del++ now</p>',
      '<p>A ==marked== word</p>',
      '<p>An ^^inserted^^ word</p>',
      '<p>A ~~deleted~~ word</p>',
      '<p>E = mc^2^</p>',
      '<p>H~2~O</p>',
      '<p>$$ x^2 $$</p>',
      '<p>\\begin{align} a \\end{align}</p>',
      '<p>/// tip | Install\nBody\n///</p>',
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
      '++ctrl+…',
      '==x==',
      '^^x^^',
      '~~x~~',
      'x^2^',
      'H~2~',
      '$$',
      '\\begin{',
      '///',
    ]);
  });

  it('finds pymdownx.blocks headers and end lines left as text, not a URL or a path', () => {
    const body = '<p>/// admonition | Title\n    type: warning</p><p>Text\n///</p><p>See file:///etc/hosts and a // b /// c</p>';
    expect(findRawMkdocs(page(body)).map((found) => found.construct)).toEqual(['/// (pymdownx.blocks)', '/// (pymdownx.blocks)']);
  });

  it('does not take prose that merely holds the characters for keys or marks', () => {
    const body = '<p>file:///etc/hosts and a /// b</p><p>C++ and a++ b, x == y, a ^ b, cd ~/src, ~ 5 min, 2^10 bytes, a = b == c</p><p><kbd>Ctrl</kbd>+<kbd>C</kbd></p>';
    expect(findRawMkdocs(page(body))).toEqual([]);
  });

  it('reads the meta description, where Docusaurus puts the first raw line', () => {
    expect(findRawMkdocs(page('<p>Fine.</p>', '!!! reminder &quot;Env&quot;'))).toMatchObject([{construct: '!!! (admonition)', where: 'meta[description]'}]);
  });

  it('finds definitions and footnotes left as text, not a colon after inline code', () => {
    const body = '<p>Pod\n:   The smallest unit.</p><p>Service</p><p>:   A stable address.</p><p>Text[^1] here.</p><p>[^note]: The note.</p><p><code>port</code>: 80, a: b</p>';
    expect(findRawMkdocs(page(body)).map((found) => found.construct)).toEqual([
      '\\n: (definition)',
      ': (definition)',
      '[^ (footnote)',
      '[^ (footnote)',
    ]);
  });

  it('ignores code, and text that only looks like a shortcode', () => {
    const body =
      '<pre><code>!!! note\n=== "Tab"\n$$\nx\n$$</code></pre><p><code>:tada:</code> at 12:30:45, std::vector, host:port:path, $HOME and $5</p>' +
      '<span class="katex"><math><annotation encoding="application/x-tex">\\begin{align}a\\end{align}</annotation></math></span>';
    expect(findRawMkdocs(page(body))).toEqual([]);
  });

  it('finds critic marks, smart symbols, task boxes and inline hilite prefixes left as text', () => {
    const body = [
      '<p>Some {++added++} text</p>',
      '<p>Copyright (c) 2024</p>',
      '<ul><li>[x] done</li></ul>',
      '<p>Run <code>#!python print()</code></p>',
    ].join('');
    // `{++added++}` also reads as a raw `++keys++` combination: raw either way.
    expect(findRawMkdocs(page(body)).map((found) => found.construct.split(' ')[0])).toEqual(['++ctrl+…', '{++', '++}', '(c)', '[', '`#!lang']);
  });

  it('ignores them where they are meant: code blocks, rendered marks and symbols, plain code', () => {
    const body = '<pre><code>{++x++} (c)\n#!python x</code></pre><p><ins class="critic">added</ins> © <code>print()</code></p><ul><li>[link] text</li></ul>';
    expect(findRawMkdocs(page(body))).toEqual([]);
  });
});
