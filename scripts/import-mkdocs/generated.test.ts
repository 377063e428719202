import {describe, expect, it} from 'vitest';
import {mergeImportedTypes, mergeUnresolvedLinks} from './generated';
import {mdiTestTube} from '@mdi/js';
import {cssFindings, docsFileOfUrl, opaque} from './css';
import {lessonFindings} from './lesson-checks';
import {formatFinding} from './report';
import {MATERIAL_BOX_THEMES} from '../../src/admonitions/box-types';

describe('import-unresolved-links.json', () => {
  const a = {file: 'docs/a/x.md', url: '../gone.pdf', kind: 'link' as const, line: 3, column: 1};
  const b = {file: 'docs/b/y.md', url: 'img/gone.png', kind: 'image' as const, line: 7, column: 5};

  it('keeps other imports\' entries and replaces those of the lessons this import wrote', () => {
    const first = mergeUnresolvedLinks(undefined, new Set(['docs/a/x.md']), [a]);
    const second = mergeUnresolvedLinks(first, new Set(['docs/b/y.md']), [b]);
    expect(JSON.parse(second)).toMatchObject({links: [a, b]});
    // Re-importing a/ after its link was fixed drops the entry.
    expect(JSON.parse(mergeUnresolvedLinks(second, new Set(['docs/a/x.md']), []))).toMatchObject({links: [b]});
    expect(JSON.parse(mergeUnresolvedLinks('not json', new Set(), [a])).links).toEqual([a]);
  });
});

describe('custom box types from extra_css', () => {
  const css = [
    ':root {',
    "  --md-admonition-icon--reminder: url('data:image/svg+xml;charset=utf-8,<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 24 24\"><path d=\"M1 1h22v22H1z\"/></svg>');",
    "  --md-admonition-icon--pin: url('data:image/svg+xml,%3Csvg viewBox=%220 0 16 16%22%3E%3Cpath d=%22M0 0h16v16z%22/%3E%3C/svg%3E');",
    '}',
    '.md-typeset .admonition.reminder { border-color: rgb(9, 177, 49); }',
  ].join('\n');

  it('carries over label, colour and icon; says what it could not', () => {
    const {findings, types} = cssFindings('extra.css', css, {});
    // The 16×16 icon scaled into 24×24.
    expect(types).toEqual({reminder: {label: 'Reminder', color: 'rgb(9, 177, 49)', icon: 'M1 1h22v22H1z'}, pin: {label: 'Pin', icon: 'M0 0h24v24z'}});
    expect(findings.map(formatFinding)).toEqual([
      "extra.css:2: custom admonition type reminder: carried over into src/admonitions/imported-types.json (label 'Reminder', colour rgb(9, 177, 49), its icon); `!!! reminder` boxes get that style, other rules of this file are not applied",
      "extra.css:3: custom admonition type pin: carried over into src/admonitions/imported-types.json (label 'Pin', no colour found (neutral grey), its icon); `!!! pin` boxes get that style, other rules of this file are not applied",
    ]);
    expect(cssFindings('extra.css', css, {reminder: {label: 'R'}, pin: {label: 'P'}}).types).toEqual({});
  });

  it("an icon given as another type's (`var(--md-admonition-icon--note)`) is Material's icon of that type, or the file's own type's", () => {
    const reusing = [
      ':root {',
      '  --md-admonition-icon--lab: var(--md-admonition-icon--example);',
      "  --md-admonition-icon--reminder: url('data:image/svg+xml,<svg viewBox=\"0 0 24 24\"><path d=\"M1 1h22v22H1z\"/></svg>');",
      '  --md-admonition-icon--memo: var(--md-admonition-icon--reminder);',
      '  --md-admonition-icon--loop: var(--md-admonition-icon--loop);',
      '}',
    ].join('\n');
    const {findings, types} = cssFindings('extra.css', reusing, {});
    expect(types.lab?.icon).toBe(mdiTestTube);
    expect(types.memo?.icon).toBe('M1 1h22v22H1z');
    expect(types.loop?.icon).toBeUndefined();
    expect(findings.map(formatFinding)[0]).toContain("custom admonition type lab: carried over into src/admonitions/imported-types.json (label 'Lab', no colour found (neutral grey), its icon (Material's example icon))");
    expect(findings.map(formatFinding)[3]).toContain('its icon var(--md-admonition-icon--loop): a cycle: the neutral icon');
  });

  it("a colour from border-left-color, or the workshop's own custom property; an icon from the title's mask-image", () => {
    const css = [
      ':root {', // 1
      '  --c-origins: #8a6d2b;', // 2
      '  --accent: var(--ink);', // 3
      '  --ink: #23477e;', // 4
      '  --md-admonition-icon--origins: var(--md-admonition-icon--quote);', // 5
      '}', // 6
      '.md-typeset .admonition.origins, .md-typeset details.origins { border-left-color: var(--c-origins); }', // 7
      '.md-typeset .admonition.case, .md-typeset details.case { border-left-color: #7a4a86; }', // 8
      '.md-typeset .case > .admonition-title::before { -webkit-mask-image: var(--md-admonition-icon--note); mask-image: var(--md-admonition-icon--note) }', // 9
      '.md-typeset details.exercise { border-left-color: var(--accent); }', // 10
      '.md-typeset .exercise > summary::before { mask-image: var(--md-admonition-icon--question) }', // 11
      '.md-typeset details.lost { border-left-color: var(--nowhere); }', // 12
      `.md-typeset .lost > summary::before { mask-image: url('data:image/svg+xml,<svg viewBox="0 0 24 24"><path d="M2 2h20v20H2z"/></svg>') }`, // 13
    ].join('\n');
    const {types, findings} = cssFindings('extra.css', css, {});
    expect(types.origins).toEqual({label: 'Origins', color: '#8a6d2b', icon: MATERIAL_BOX_THEMES.quote.icon});
    expect(types.case).toEqual({label: 'Case', color: '#7a4a86', icon: MATERIAL_BOX_THEMES.note.icon});
    expect(types.exercise).toEqual({label: 'Exercise', color: '#23477e', icon: MATERIAL_BOX_THEMES.question.icon});
    expect(types.lost).toEqual({label: 'Lost', icon: 'M2 2h20v20H2z'});
    const found = findings.map(formatFinding);
    expect(found).toContain(
      "extra.css:5: custom admonition type origins: carried over into src/admonitions/imported-types.json (label 'Origins', colour #8a6d2b (its border's var(--c-origins)), its icon (Material's quote icon)); `!!! origins` boxes get that style, other rules of this file are not applied",
    );
    expect(found).toContain(
      "extra.css:12: custom admonition type lost: carried over into src/admonitions/imported-types.json (label 'Lost', its border's var(--nowhere) declared nowhere for the whole page: no colour (neutral grey), its icon); `!!! lost` boxes get that style, other rules of this file are not applied",
    );
  });

  it("an icon in another viewBox (Font Awesome's, as in Material's recipe) is scaled into 24×24; a border nearly transparent gives its colour opaque", () => {
    const fontAwesome = [
      ':root {',
      // A 576×512 icon of two paths, percent-encoded as some stylesheets write it.
      `  --md-admonition-icon--pied: url('data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 576 512"><path d="M0 32h576v448H0z"/><path d="m288 96 96 96H192z"/></svg>')}');`,
      '  --md-admonition-icon--ring: url(\'data:image/svg+xml,<svg viewBox="0 0 24 24"><circle cx="12" cy="12" r="9"/></svg>\');',
      '}',
      '.md-typeset .admonition.pied { border-color: rgb(255,215,0,0.1); }',
    ].join('\n');
    const {types, findings} = cssFindings('extra.css', fontAwesome, {});
    // 576 wide: scaled by 24/576, centred vertically (512 × 24/576 = 21.333 tall, 1.333 above and below); the second
    // path's leading relative move made absolute, its implicit relative line kept relative.
    expect(types.pied).toEqual({label: 'Pied', color: 'rgb(255, 215, 0)', icon: 'M0 2.667h24v18.666H0zM12 5.333l4 4H8z'});
    expect(types.ring).toEqual({label: 'Ring'});
    expect(findings.map(formatFinding)[0]).toContain("colour rgb(255, 215, 0) (its border's rgb(255,215,0,0.1), opaque), its icon");
    expect(opaque('rgba(0, 100, 0, 0.1)')).toBe('rgb(0, 100, 0)');
    expect(opaque('rgb(9,177,49)')).toBe('rgb(9,177,49)');
    expect(opaque('#ffd70019')).toBe('#ffd700');
  });

  describe('an icon given as a file', () => {
    // As in Sydney-Informatics-Hub/nextflow-hpc-workshop: an SVG Repo download, 32×32, with a declaration, a comment and a title.
    const cup = [
      '<?xml version="1.0" encoding="utf-8"?>',
      '<!-- Uploaded to: SVG Repo; not drawn: <circle cx="1" cy="1" r="1"/> -->',
      '<svg fill="#000000" width="800px" height="800px" viewBox="0 0 32 32" version="1.1" xmlns="http://www.w3.org/2000/svg">',
      '<title>coffee</title>',
      '<path d="M0 0h32v32H0z"></path>',
      '</svg>',
    ].join('\n');
    const docs: Record<string, string> = {
      'assets/coffee.svg': cup,
      'assets/coffee.png': 'PNG',
      'assets/ring.svg': '<svg viewBox="0 0 24 24"><circle cx="12" cy="12" r="9"/></svg>',
      'assets/feather.svg': '<svg viewBox="0 0 24 24" fill="none" stroke="currentColor"><path d="M3 3l18 18"/></svg>',
      'assets/moved.svg': '<svg viewBox="0 0 24 24"><g transform="scale(2)"><path d="M0 0h12v12H0z"/></g></svg>',
    };
    const files = (cssPath: string, sitePath?: string) => ({
      cssPath,
      ...(sitePath ? {sitePath} : {}),
      read: (file: string) => (file in docs ? Buffer.from(docs[file]!) : undefined),
      shown: (file: string) => `docs/${file}`,
    });
    const icon = (url: string) => `:root { --md-admonition-icon--coffee: ${url} }\n.md-typeset .admonition.coffee { border-color: rgb(43, 155, 70); }`;

    it('is read as a browser resolves its URL against the stylesheet, and drawn as a data: URL is (a 32×32 icon scaled into 24×24)', () => {
      const {types, findings} = cssFindings('docs/stylesheets/extra.css', icon("url('../assets/coffee.svg')"), {}, files('stylesheets/extra.css'));
      expect(types.coffee).toEqual({label: 'Coffee', color: 'rgb(43, 155, 70)', icon: 'M0 0h24v24H0z'});
      expect(findings.map(formatFinding)).toEqual([
        "docs/stylesheets/extra.css:1: custom admonition type coffee: carried over into src/admonitions/imported-types.json (label 'Coffee', colour rgb(43, 155, 70), its icon (docs/assets/coffee.svg)); `!!! coffee` boxes get that style, other rules of this file are not applied",
      ]);
      // Beside the stylesheet, as the workshop has it; unquoted; from the site's root; from site_url's path.
      expect(cssFindings('docs/extra.css', icon("url('assets/coffee.svg')"), {}, files('extra.css')).types.coffee?.icon).toBe('M0 0h24v24H0z');
      expect(cssFindings('docs/a/b/extra.css', icon('url( /assets/coffee.svg )'), {}, files('a/b/extra.css')).types.coffee?.icon).toBe('M0 0h24v24H0z');
      expect(cssFindings('docs/a/extra.css', icon('url("/repo/assets/coffee.svg")'), {}, files('a/extra.css', '/repo/')).types.coffee?.icon).toBe('M0 0h24v24H0z');
    });

    it('says why it is not drawn: a file that is not there, not SVG, of another site, or not paths alone', () => {
      const problem = (url: string) => {
        const {types, findings} = cssFindings('docs/extra.css', icon(url), {}, files('extra.css'));
        expect(types.coffee).toEqual({label: 'Coffee', color: 'rgb(43, 155, 70)'});
        expect(findings[0]?.severity).toBe('warning');
        return /colour rgb\(43, 155, 70\), (.*)\); `!!! coffee`/.exec(findings[0]!.message)?.[1];
      };
      expect(problem("url('assets/tea.svg')")).toBe('its icon assets/tea.svg: docs/assets/tea.svg is not in the docs folder: the neutral icon');
      expect(problem("url('assets/coffee.png')")).toBe('its icon assets/coffee.png: docs/assets/coffee.png is not an SVG image: the neutral icon');
      expect(problem("url('https://example.org/coffee.svg')")).toBe("its icon https://example.org/coffee.svg: not a file of the site (MkDocs' pages load it from elsewhere), not read: the neutral icon");
      expect(problem("url('assets/ring.svg')")).toBe('its icon docs/assets/ring.svg, an SVG with <circle>: the theme draws only <path> shapes: the neutral icon');
      expect(problem("url('assets/feather.svg')")).toBe('its icon docs/assets/feather.svg, an SVG drawn with strokes (fill="none"): the theme fills its icons\' paths: the neutral icon');
      expect(problem("url('assets/moved.svg')")).toBe('its icon docs/assets/moved.svg, an SVG with a transform: the theme draws only untransformed <path> shapes: the neutral icon');
      expect(problem("url('data:image/png;base64,iVBORw0KGgo=')")).toBe('its icon, a data: URL of image/png, not an SVG image: the neutral icon');
      expect(problem('var(--md-admonition-icon--coffee)')).toBe('its icon var(--md-admonition-icon--coffee): a cycle: the neutral icon');
      expect(problem('var(--md-admonition-icon--tea)')).toBe("no icon (--md-admonition-icon--tea: url(…), or a mask-image of its title's ::before): the neutral icon");
    });

    it('a base64 data: URL is read too', () => {
      const base64 = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M1 1h22v22H1z"/></svg>').toString('base64');
      expect(cssFindings('extra.css', icon(`url("data:image/svg+xml;base64,${base64}")`), {}).types.coffee?.icon).toBe('M1 1h22v22H1z');
    });

    it('URLs resolve as in a browser: dot segments, `..` stopping at the root, escapes, no query or fragment; other sites are none', () => {
      expect(docsFileOfUrl('../img/a%20b.svg?v=2#icon', 'css/extra.css')).toBe('img/a b.svg');
      expect(docsFileOfUrl('../../../a.svg', 'css/extra.css')).toBe('a.svg');
      expect(docsFileOfUrl('./a.svg', 'extra.css')).toBe('a.svg');
      expect(docsFileOfUrl('/a.svg', 'css/extra.css', '/repo/')).toBe('a.svg');
      expect(docsFileOfUrl('/repo/css/a.svg', 'css/extra.css', '/repo/')).toBe('css/a.svg');
      expect(docsFileOfUrl('a.svg', 'my css/extra.css')).toBe('my css/a.svg');
      expect(docsFileOfUrl('//cdn.example.org/a.svg', 'extra.css')).toBeUndefined();
      expect(docsFileOfUrl('https://example.org/a.svg', 'extra.css')).toBeUndefined();
    });
  });

  it('merges into src/admonitions/imported-types.json, a new import winning', () => {
    const first = mergeImportedTypes(undefined, {reminder: {label: 'Reminder'}});
    expect(JSON.parse(mergeImportedTypes(first, {pin: {label: 'Pin'}, reminder: {label: 'Reminder', color: 'red'}}))).toEqual({
      pin: {label: 'Pin'},
      reminder: {label: 'Reminder', color: 'red'},
    });
  });
});

describe('the plugin\'s checks in the report', () => {
  it('reports what the build will warn about, at its line and column, with its rule id', () => {
    const lesson = '# T\n\n!!! reminder "Env"\n    Set it.\n\nSee :material-nope-nope:.\n';
    expect(lessonFindings('docs/t.md', lesson, {}).map(formatFinding)).toEqual([
      expect.stringMatching(/^docs\/t\.md:3:5: Unexpected box type `reminder`.* \[mkdocs-box-type\]$/),
      expect.stringMatching(/^docs\/t\.md:6:5: .*material-nope-nope.* \[mkdocs-icon\]$/),
    ]);
    // A type carried over from extra_css is declared: no warning.
    expect(lessonFindings('docs/t.md', lesson, {reminder: {label: 'Reminder'}}).map((item) => item.ruleId)).toEqual(['mkdocs-icon']);
  });
});
