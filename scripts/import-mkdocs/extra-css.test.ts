import {describe, expect, it} from 'vitest';
import {LESSON_SCOPE, WORKSHOP_CSS, portExtraCss, workshopStylesheet} from './extra-css';
import {readMkdocsConfig} from './config';
import {planImport, type FileTree} from './plan';
import {formatFinding} from './report';

const FILE = 'docs/stylesheets/extra.css';
/** The scope of a carried selector, which counts for nothing, and of one that began with `.md-typeset`, which counts as that class. */
const WHERE = ':where(.plugin-id-default .theme-doc-markdown)';
const TYPESET = ':where(.plugin-id-default) .theme-doc-markdown';
const port = (css: string) => portExtraCss(FILE, css);
const lines = (css: string) => port(css).findings.map(formatFinding);

describe("extra_css rules for the workshop's own classes and elements", () => {
  it('UPPMAX/LLM-workshop: `.no-mkdocs { display: none }` is carried over, scoped to the lessons', () => {
    const result = port('.no-mkdocs {\n    display: none;\n}');
    expect(result.css).toBe(`${WHERE} .no-mkdocs {\n    display: none;\n}`);
    expect(result.findings.map(formatFinding)).toEqual([`${FILE}:1: extra_css: carried over into ${WORKSHOP_CSS}, scoped to the lessons (${LESSON_SCOPE}): .no-mkdocs (line 1)`]);
  });

  it('element and compound selectors, selector lists, combinators, @media and @supports, keyframes', () => {
    const css = ['p.center, img { margin: auto }', 'table > tr:nth-child(2n) td ~ td { color: #333 }', '@media (max-width: 600px) { .wide { display: none } }', '@supports (display: grid) { .cards { display: grid } }', '@keyframes spin { to { transform: rotate(360deg) } }'].join('\n');
    const result = port(css);
    expect(result.css).toBe(
      [
        `${WHERE} p.center,\n${WHERE} img { margin: auto }`,
        `${WHERE} table > tr:nth-child(2n) td ~ td { color: #333 }`,
        `@media (max-width: 600px) { ${WHERE} .wide { display: none } }`,
        `@supports (display: grid) { ${WHERE} .cards { display: grid } }`,
        '@keyframes spin { to { transform: rotate(360deg) } }',
      ].join('\n'),
    );
    expect(result.findings.filter((item) => item.severity !== 'info')).toEqual([]);
  });

  it("a leading `.md-typeset` (Material's content container) is the lessons' container", () => {
    expect(port('.md-typeset .center { text-align: center }').css).toBe(`${TYPESET} .center { text-align: center }`);
    expect(port('.md-typeset > p { margin: 0 }').css).toBe(`${TYPESET} > p { margin: 0 }`);
    expect(port('.md-typeset { font-size: 0.9rem }').css).toBe(`${TYPESET} { font-size: 1.125rem }`);
    // Not alone in its compound, or not first: Material's markup.
    expect(port('.md-typeset.x { color: red }').css).toBe('');
    expect(port('.x .md-typeset { color: red }').css).toBe('');
  });

  it("leaves out Material's markup (its collapsible boxes too), the whole page and Material's variables, each at its line", () => {
    expect(port('.md-typeset details.reminder, .reminder > summary { border-width: 0 }').css).toBe('');
    const css = [
      ':root { --md-primary-fg-color: #123456; }', // 1
      '.md-header { color: red }', // 2
      '.md-typeset .admonition.coffee { border-color: brown }', // 3
      '[data-md-color-scheme="slate"] .y { color: white }', // 4
      'body, html { font-size: 20px }', // 5
      '.ok, .md-nav .x { color: var(--md-accent-fg-color); font-weight: bold }', // 6
    ].join('\n');
    const result = port(css);
    expect(result.css).toBe(`${WHERE} .ok { font-weight: bold }`);
    expect(result.findings.map(formatFinding)).toEqual([
      `${FILE}:1: extra_css rule :root: Material's variables, not carried over as CSS (its palette colours and box icons are read into the site's settings; the rest is Material's own layout)`,
      `${FILE}:2: extra_css rule .md-header: not carried over, Material's own markup (the site draws it its own way): port it by hand if it matters`,
      `${FILE}:3: extra_css rule .md-typeset .admonition.coffee: not carried over, Material's box markup (the site draws boxes its own way; custom box types are carried over on their own)`,
      `${FILE}:4: extra_css rule [data-md-color-scheme="slate"] .y: not carried over, Material's own markup (the site draws it its own way): port it by hand if it matters`,
      `${FILE}:5: extra_css rule body, html: not carried over, it styles the whole page, the site's navigation included`,
      `${FILE}:6: extra_css rule .ok, .md-nav .x: selectors .md-nav .x (.md-nav) not carried over (Material's markup or the whole page)`,
      `${FILE}:6: extra_css declaration color in .ok, .md-nav .x: not carried over, uses Material's variables, which the site does not set`,
      `${FILE}:1: extra_css: carried over into ${WORKSHOP_CSS}, scoped to the lessons (${LESSON_SCOPE}): .ok (line 6)`,
    ]);
  });

  it('leaves out what loads or runs something: @import, url() other than a data: image, behavior, -moz-binding, expression()', () => {
    const css = [
      '@import url("https://fonts.example/css?family=Roboto");', // 1
      '.a { background: url(https://evil.example/x.png); color: red }', // 2
      '.b { background-image: url("../img/bg.png") }', // 3
      '.c { behavior: url(x.htc); -moz-binding: url(x.xml#b); width: expression(alert(1)) }', // 4
      '.d { background: url("data:image/png;base64,iVBORw0KGgo=") }', // 5
      '@font-face { font-family: X; src: url(https://fonts.example/x.woff2) }', // 6
      '@layer base { .e { color: red } }', // 7
      '@namespace svg url(http://www.w3.org/2000/svg);', // 8
    ].join('\n');
    const result = port(css);
    expect(result.css).toBe([`${WHERE} .a { color: red }`, `${WHERE} .d { background: url("data:image/png;base64,iVBORw0KGgo=") }`].join('\n'));
    expect(result.css).not.toMatch(/evil|@import|behavior|binding|expression|fonts\.example|bg\.png/);
    const found = result.findings.map(formatFinding);
    expect(found.filter((line) => line.includes('not carried over')).map((line) => line.split(': extra_css')[0])).toEqual([1, 2, 3, 4, 4, 4, 6, 7, 8].map((line) => `${FILE}:${line}`));
    expect(found).toContain(`${FILE}:1: extra_css @import url("https://fonts.example/css?family=Roboto"): not carried over, the site loads no other stylesheet`);
    expect(found).toContain(`${FILE}:4: extra_css declaration behavior in .c: not carried over, loads or runs code`);
    expect(found).toContain(`${FILE}:4: extra_css declaration width in .c: not carried over, runs script`);
  });

  it('nested CSS, and a stylesheet postcss cannot parse', () => {
    expect(port('.a { color: red; .b { color: blue } }').css).toBe(`${WHERE} .a { color: red }`);
    expect(lines('.a { color: red; .b { color: blue } }')[0]).toBe(`${FILE}:1: extra_css nested rule .b in .a: not carried over, nested CSS is not carried over`);
    const broken = port('.a { color: red');
    expect(broken.css).toBe('');
    expect(broken.findings.map(formatFinding)).toEqual([expect.stringMatching(/^docs\/stylesheets\/extra\.css:1: extra_css: not carried over, postcss cannot parse it/)]);
  });

  it("the workshop's own custom properties (:root, the slate scheme as dark mode) are declared on the lessons; one declared nowhere is reported at its line", () => {
    const css = [
      ':root { --md-primary-fg-color: #123456; --accent: #23477e; --rule-ink: #ccc; --gap: 1rem }', // 1
      '[data-md-color-scheme="slate"] { --accent: #9bb8e8 }', // 2
      '.md-typeset a { color: var(--accent) }', // 3
      'h2 { border-bottom: 1px solid var(--rule-ink); color: var(--missing); margin: var(--other, 0) }', // 4
      ':root { --ifm-color-primary: red }', // 5
      '[data-md-color-scheme="youtube"] { --accent: red }', // 6
    ].join('\n');
    const result = port(css);
    expect(result.variables).toEqual({light: ['--accent: #23477e', '--rule-ink: #ccc', '--gap: 1.25rem'], dark: ['--accent: #9bb8e8']});
    expect(result.css).toBe(
      [`${TYPESET} a { color: var(--accent) }`, `${WHERE} h2 { border-bottom: 1px solid var(--rule-ink); color: var(--missing); margin: var(--other, 0) }`].join('\n'),
    );
    const found = result.findings.map(formatFinding);
    expect(found).toContain(`${FILE}:4: extra_css declaration color in h2: var(--missing) is declared in no extra_css file, so it computes to nothing (the property's inherited or initial value)`);
    expect(found.filter((line) => line.includes('declared in no extra_css file'))).toHaveLength(1);
    expect(found).toContain(
      `${FILE}:5: extra_css declaration --ifm-color-primary in :root: not carried over, a name of the site's own variables (Infima's, Docusaurus's or the site's), which it would override in the lessons`,
    );
    expect(found.some((line) => line.startsWith(`${FILE}:6: extra_css rule [data-md-color-scheme="youtube"]: not carried over`))).toBe(true);
    expect(found.at(-1)).toContain(":root's custom properties --accent, --rule-ink, --gap (line 1), [data-md-color-scheme=\"slate\"]'s custom properties --accent (dark mode) (line 2)");
    // Declared by another extra_css file: not reported.
    expect(portExtraCss(FILE, 'h2 { color: var(--missing) }', new Set(['--missing'])).findings.map(formatFinding).filter((line) => line.includes('declared in no'))).toEqual([]);
    const sheet = workshopStylesheet([{file: 'docs/a.css', css: '', variables: {light: ['--a: 1px'], dark: ['--a: 2px']}}, {file: 'docs/b.css', css: '.x { color: red }', variables: {light: ['--b: red'], dark: []}}])!;
    expect(sheet).toContain(
      `${WHERE} {\n  --a: 1px;\n  --b: red;\n}\n:where([data-theme='dark'].plugin-id-default .theme-doc-markdown) {\n  --a: 2px;\n}\n\n/* docs/b.css */\n.x { color: red }\n`,
    );
  });

  it("rem lengths are scaled by 1.25 (Material's root font size is 20px, the site's 16px), in calc() and keyframes too", () => {
    expect(port('.md-typeset { font-size: .82rem; margin: 0 1REM 2px calc(100% - 0.5rem); background: url("data:image/png;base64,1rem") }').css).toBe(
      `${TYPESET} { font-size: 1.025rem; margin: 0 1.25REM 2px calc(100% - 0.625rem); background: url("data:image/png;base64,1rem") }`,
    );
    expect(port('@keyframes up { from { top: 2rem } }').css).toBe('@keyframes up { from { top: 2.5rem } }');
    // A media query's rem is the browser's default font size, in Material as here.
    expect(port('@media (min-width: 40rem) { .x { width: 4rem } }').css).toBe(`@media (min-width: 40rem) { ${WHERE} .x { width: 5rem } }`);
  });

  it("carried rules keep the specificity they had in Material relative to the content: the site's components outrank them as Material's own styles did", () => {
    // `.md-typeset code` was 0,1,1 (Material's `.md-typeset pre > code` 0,1,2 won): the scope adds nothing but that one
    // class, and as Material's code blocks won over it, it is kept to inline code (Docusaurus's code blocks are one class).
    expect(port('.md-typeset code { padding: .1em .3em }').css).toBe(`${TYPESET} code:not(pre > code) { padding: .1em .3em }`);
    expect(port('.md-typeset p code::before, .x > code { content: "" }').css).toBe(`${TYPESET} p code:not(pre > code)::before,\n${WHERE} .x > code:not(pre > code) { content: "" }`);
    // A rule that names the code block's `pre` means it.
    expect(port('.md-typeset pre > code { padding: 1em }').css).toBe(`${TYPESET} pre > code { padding: 1em }`);
    expect(port('.md-typeset code span { color: red }').css).toBe(`${TYPESET} code span { color: red }`);
    expect(port('.hero .kicker { color: red }').css).toBe(`${WHERE} .hero .kicker { color: red }`);
  });

  it("a workshop class that is also Infima's component class (`.hero`): Infima's style of it is reverted in the lessons, before the workshop's rules; the site's own (`.alert`, `.tabs`) are reported", () => {
    const result = port('.hero { margin: 0 }\n.md-typeset .alert { color: red }\n.heroic { color: blue }');
    expect(result.infimaClasses).toEqual(['hero', 'alert']);
    const found = result.findings.map(formatFinding);
    expect(found[0]).toMatch(/^docs\/stylesheets\/extra\.css:1: extra_css rule \.hero: \.hero is also one of Infima's component classes; Infima's style of it \(align-items, background-color, color, display, padding.*\) is reverted on the lessons' \.hero elements/);
    expect(found[1]).toMatch(/^docs\/stylesheets\/extra\.css:2: extra_css rule \.md-typeset \.alert: \.alert is also a class of the site's own components in the lessons/);
    const sheet = workshopStylesheet([{file: FILE, css: result.css, infimaClasses: result.infimaClasses}])!;
    expect(sheet).toContain(`${WHERE} .hero {\n  align-items: revert;\n  background-color: revert;\n  color: revert;\n  display: revert;`);
    expect(sheet).not.toMatch(/\.alert \{\n {2}\S+: revert/);
    expect(sheet.indexOf('display: revert')).toBeLessThan(sheet.indexOf(`${WHERE} .hero { margin: 0 }`));
  });

  it('the stylesheet: a header, each file under its name; none without rules', () => {
    expect(workshopStylesheet([{file: 'docs/a.css', css: ''}])).toBeUndefined();
    const sheet = workshopStylesheet([
      {file: 'docs/a.css', css: '.x { color: red }'},
      {file: 'docs/b.css', css: ''},
      {file: 'docs/c.css', css: '.y { color: blue }'},
    ])!;
    expect(sheet).toMatch(/^\/\* Written by npm run import:mkdocs/);
    expect(sheet).toContain('\n/* docs/a.css */\n.x { color: red }\n\n/* docs/c.css */\n.y { color: blue }\n');
    expect(sheet).not.toContain('docs/b.css');
  });
});

function tree(files: Record<string, string>): FileTree {
  return {files: Object.keys(files).sort(), read: (file) => Buffer.from(files[file] ?? '')};
}

describe('extra_css in the import plan', () => {
  const text = ['site_name: W', 'extra_css:', '  - stylesheets/mkdocs.css', '  - stylesheets/material.css'].join('\n');
  const parsed = readMkdocsConfig(text, {file: 'mkdocs.yml'});
  const docs = tree({'index.md': '# W', 'stylesheets/mkdocs.css': '.no-mkdocs {\n    display: none;\n}\n', 'stylesheets/material.css': ':root { --md-primary-fg-color: #E64626; }\n'});

  it('the workshop as the site: the rules go into the stylesheet, the report says what went and what did not', () => {
    const plan = planImport({config: {parsed, text}, docsDir: 'docs', docs, site: tree({}), into: ''});
    expect(plan.stylesheet).toContain(`/* docs/stylesheets/mkdocs.css */\n${WHERE} .no-mkdocs {\n    display: none;\n}\n`);
    const found = plan.findings.map(formatFinding).filter((line) => line.includes('extra_css'));
    expect(found).toEqual([
      `docs/stylesheets/mkdocs.css:1: extra_css: carried over into ${WORKSHOP_CSS}, scoped to the lessons (${LESSON_SCOPE}): .no-mkdocs (line 1)`,
      "docs/stylesheets/material.css:1: extra_css rule :root: Material's variables, not carried over as CSS (its palette colours and box icons are read into the site's settings; the rest is Material's own layout)",
      "mkdocs.yml:4: extra_css stylesheets/material.css: no rule for the lessons' own classes or elements to carry over (see the lines of docs/stylesheets/material.css above)",
    ]);
  });

  it('imported into a folder of the demo site: nothing carried over, "not loaded" as before', () => {
    const plan = planImport({config: {parsed, text}, docsDir: 'docs', docs, site: tree({}), into: 'w'});
    expect(plan.stylesheet).toBeUndefined();
    expect(plan.findings.map(formatFinding).filter((line) => line.includes('extra_css'))).toEqual([
      expect.stringMatching(/^mkdocs\.yml:3: extra_css stylesheets\/mkdocs\.css: not loaded;/),
      expect.stringMatching(/^mkdocs\.yml:4: extra_css stylesheets\/material\.css: not loaded;/),
    ]);
  });
});
