/**
 * Math (KaTeX, rendered at build time) and mermaid diagrams through the site's
 * own pipeline (Docusaurus's `.md` processor with the site's plugins: the
 * demo site's extension set enables arithmatex and the mermaid fence): KaTeX's
 * HTML and MathML pass the allow-list sanitizer and the guard untouched, a
 * hostile `\href` stays inert, a KaTeX error is a warning at the math's place
 * with the TeX shown as written, and a diagram reaches theme-mermaid's
 * `mermaid` element with its source.
 */
import {describe, expect, it} from 'vitest';
import {parse} from 'parse5';
import {renderLesson} from './site-render';

const messagesOf = (messages: Array<{ruleId?: string | null; source?: string | null; line?: number | null; column?: number | null}>) =>
  messages.map((message) => `${message.line}:${message.column} ${message.source}/${message.ruleId}`);

/** Every attribute value and element name of the serialized page, as the browser parses it. */
function parsed(html: string): {names: string[]; values: string[]} {
  const names: string[] = [];
  const values: string[] = [];
  const walk = (node: {nodeName: string; attrs?: Array<{name: string; value: string}>; childNodes?: unknown[]}) => {
    names.push(node.nodeName);
    for (const attribute of node.attrs ?? []) values.push(`${attribute.name}=${attribute.value}`);
    for (const child of (node.childNodes ?? []) as (typeof node)[]) walk(child);
  };
  walk(parse(html) as never);
  return {names, values};
}

describe('math and diagrams on the site', () => {
  it('renders inline and display math with KaTeX, MathML included, and the sanitizer removes nothing', async () => {
    const {html, messages} = await renderLesson('Energy $E = mc^2$ and \\(\\sqrt{x}\\).\n\n$$\n\\frac{a}{b} = \\sum_{i=0}^n i\n$$\n');
    expect(messagesOf(messages)).toEqual([]);
    expect(html).toContain('class="katex"');
    expect(html).toContain('class="katex-display"');
    expect(html).toContain('<math');
    expect(html).toContain('<annotation encoding="application/x-tex">E = mc^2</annotation>');
    expect(html).not.toContain('$$');
    expect(html).not.toContain('language-math');
  });

  it('leaves shell prose alone: `$HOME` and `$PATH` are text', async () => {
    const {html} = await renderLesson('Set $HOME and $PATH, then pay $5 and $10.\n');
    expect(html.trim()).toBe('<p>Set $HOME and $PATH, then pay $5 and $10.</p>');
  });

  it('keeps a hostile \\href inert (KaTeX trust: false): no link, no javascript: URL anywhere', async () => {
    const {html, messages} = await renderLesson('Click $\\href{javascript:alert(1)}{here}$ or $\\url{javascript:alert(2)}$.\n');
    const {names, values} = parsed(html);
    expect(names).not.toContain('a');
    expect(values.filter((value) => /javascript:/i.test(value.split('=').slice(1).join('=')))).toEqual([]);
    // KaTeX draws an untrusted command as its name in the error colour (no error is thrown, so no warning).
    expect(html).toContain('<span class="mord" style="color:#cc0000">\\href</span>');
    expect(html).toContain('<span class="mord" style="color:#cc0000">\\url</span>');
    expect(messagesOf(messages)).toEqual([]);
  });

  it('reports a KaTeX error at the math, with a rule id, and shows the TeX as written', async () => {
    const {html, messages} = await renderLesson('Intro.\n\nBroken: $\\frac{1}{$ here.\n');
    expect(messagesOf(messages)).toEqual(['3:9 rehype-katex/parseerror']);
    expect(messages[0]!.reason).toMatch(/^Could not render math with KaTeX: KaTeX parse error: /);
    expect(html).toContain('katex-error');
    expect(html).toContain('\\frac{1}{');
  });

  it('turns a mermaid fence into theme-mermaid’s element, in a box too, untouched by the fence and shell steps', async () => {
    const {hast, messages} = await renderLesson('```mermaid\ngraph TD\n  A --> B\n```\n\n!!! note\n    ```mermaid\n    sequenceDiagram\n      A->>B: hi\n    ```\n');
    expect(messagesOf(messages)).toEqual([]);
    const found: string[] = [];
    const walk = (node: {type: string; tagName?: string; properties?: Record<string, unknown>; children?: unknown[]}) => {
      if (node.type === 'element' && node.tagName === 'mermaid') found.push(String(node.properties?.value));
      for (const child of (node.children ?? []) as (typeof node)[]) walk(child);
    };
    walk(hast as never);
    expect(found).toEqual(['graph TD\n  A --> B', 'sequenceDiagram\n  A->>B: hi']);
  });
});
