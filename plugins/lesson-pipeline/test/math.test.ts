/**
 * Math as the site renders it (rehype-katex, then the lesson sanitizer): operators KaTeX writes as elements inside a
 * MathML token (`\bmod`: `<mo><mrow><mi>m</mi>…</mrow></mo>`) keep their MathML, the token holding its text, instead
 * of the sanitizer showing the whole `<math>` as text to screen readers and the search index.
 */
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import type {Element, Root} from 'hast';
import {unified} from 'unified';
import {VFile} from 'vfile';
import {afterAll, describe, expect, it} from 'vitest';
import {checkLesson} from '..';
import {rehypeKatex} from '../math';

const REPO = path.resolve(__dirname, '..', '..', '..');
const dir = mkdtempSync(path.join(tmpdir(), 'math-test-'));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

function elements(node: Root | Element, name: string): Element[] {
  return node.children.flatMap((child) => (child.type === 'element' ? [...(child.tagName === name ? [child] : []), ...elements(child, name)] : []));
}

describe('math through rehype-katex', () => {
  it('an operator KaTeX writes as elements inside a token is that token with its text', async () => {
    const tree: Root = {type: 'root', children: [{type: 'element', tagName: 'span', properties: {className: ['math-inline']}, children: [{type: 'text', value: 'x \\bmod n'}]}]};
    await unified().use(rehypeKatex).run(tree, new VFile());
    const operators = elements(tree, 'mo');
    expect(operators.map((mo) => mo.children.map((child) => (child.type === 'text' ? child.value : `<${(child as Element).tagName}>`)).join(''))).toContain('mod');
    for (const name of ['mi', 'mn', 'mo', 'ms', 'mtext']) {
      for (const token of elements(tree, name)) expect(token.children.every((child) => child.type === 'text'), `<${name}> holds only text`).toBe(true);
    }
  });

  it('a lesson with \\bmod, \\pmod, \\operatorname and \\gcd builds its math without a warning', async () => {
    const lesson = path.join(dir, 'rsa.md');
    writeFileSync(lesson, '# RSA\n\n$$ a \\equiv b \\;(\\bmod\\; n) $$\n\nInline $x \\bmod n$, $a \\pmod{n}$, $\\operatorname{lcm}(p, q)$ and $\\gcd(e, n)$.\n');
    const file = await checkLesson(lesson, REPO);
    expect(file.messages.map(String)).toEqual([]);
  });

  it("math KaTeX cannot render is reported at the math's place, display math in a box included (not at 1:1)", async () => {
    const lesson = path.join(dir, 'bad.md');
    writeFileSync(lesson, '# T\n\n???+ question "Q"\n\n    \\[\n    \\begin{eqnarray*}\n    a&=&b\n    \\end{eqnarray*}\n    \\]\n\nSee \\(\\bad{x}\\) here.\n\n$$\n\\nope\n$$\n');
    const file = await checkLesson(lesson, REPO);
    expect(file.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}`)).toEqual(['5:5 parseerror', '11:5 parseerror', '13:1 parseerror']);
  });

  it('the import report names the same places (scripts/import-mkdocs/lesson-checks.ts runs the same KaTeX)', async () => {
    const {lessonFindings} = await import('../../../scripts/import-mkdocs/lesson-checks');
    const findings = lessonFindings('bad.md', '$$\n\\nope\n$$\n\nSee \\(\\bad{x}\\).\n', {}, {markdownExtensions: {'pymdownx.arithmatex': {generic: true}}});
    expect(findings.map((found) => `${found.line}:${found.column} ${found.ruleId}`)).toEqual(['1:1 parseerror', '5:5 parseerror']);
    // Without arithmatex there is no math to render, and nothing to say.
    expect(lessonFindings('bad.md', '$$\n\\nope\n$$\n', {}, {markdownExtensions: {}})).toEqual([]);
  });
});
