import {mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import {afterAll, describe, expect, it} from 'vitest';
import {MACROS_FILE, RULE_ONE_LINE, RULE_UNRENDERED, jinjaDelimiters, pageVariables, renderMacros, type MacrosData} from '..';
import {checkLesson, prepareText} from '../../lesson-pipeline';

const data: Pick<MacrosData, 'config' | 'extra'> = {
  config: {site_name: 'Granite Workshop', repo_url: 'https://github.com/o/w', extra: {version: '1.2', team: {lead: 'Ada'}}},
  extra: {version: '1.2', team: {lead: 'Ada'}, count: 3, beta: true, empty: null, list: ['a', 'b'], multi: 'one\ntwo\n'},
};
const vars = (meta: Record<string, unknown> = {}) => pageVariables(data, meta);

describe('renderMacros: variables', () => {
  it('renders config, extra, extra keys at the top level, dotted and bracket access', () => {
    const text = "{{ config.site_name }} {{ extra.version }} {{ version }} {{ team.lead }} {{ extra['team'][\"lead\"] }} {{config.repo_url}}";
    const result = renderMacros(text, vars());
    expect(result.text).toBe('Granite Workshop 1.2 1.2 Ada Ada https://github.com/o/w');
    expect(result.problems).toEqual([]);
    expect(result.replaced).toHaveLength(6);
  });

  it('prints values as Jinja does (Python str) and indexes lists', () => {
    expect(renderMacros('{{ count }} {{ beta }} {{ empty }} {{ list[1] }}', vars()).text).toBe('3 True None b');
  });

  it('renders front matter keys, at the top level (over extra) and as page.meta', () => {
    const result = renderMacros('{{ version }} {{ page.meta.version }} {{ extra.version }}', vars({version: '2.0'}));
    expect(result.text).toBe('2.0 2.0 1.2');
  });

  it('supports upper, lower, default and string literals (Jinja\'s escape)', () => {
    const text = "{{ config.site_name | upper }} {{ team.lead|lower }} {{ nope | default('x') }} {{ version | d(\"y\") }} {{ '{{' }}";
    expect(renderMacros(text, vars()).text).toBe('GRANITE WORKSHOP ada x 1.2 {{');
  });

  it('renders in code blocks too, as mkdocs-macros renders the whole page', () => {
    expect(renderMacros('```bash\ngit clone {{ config.repo_url }}\n```\n', vars()).text).toBe('```bash\ngit clone https://github.com/o/w\n```\n');
  });
});

describe('renderMacros: what stays as written', () => {
  const cases: Array<[string, string]> = [
    ['{{ unknown }}', 'unknown variable'],
    ['{{ config.nope }}', 'unknown variable'],
    ['{{ team.lead.name }}', 'unknown variable'],
    ['{{ macro(1) }}', 'not rendered'],
    ['{{ version | title }}', 'not rendered'],
    ['{{- version }}', 'not rendered'],
    ['{{ team }}', 'list or mapping'],
    ['{% if x %}', 'Jinja statement'],
    ['{# note #}', 'Jinja comment'],
    ['{{ version', 'without its }}'],
    ['{{ constructor }}', 'unknown variable'],
  ];
  it.each(cases)('%s is kept with a warning', (source, reason) => {
    const text = `a\n  x ${source} y\n`;
    const result = renderMacros(text, vars());
    expect(result.text).toBe(text);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({line: 2, column: 5, ruleId: RULE_UNRENDERED});
    expect(result.problems[0].reason).toContain(reason);
  });

  it('does not look into {% raw %} blocks', () => {
    const text = '{% raw %}{{ version }}{% endraw %} {{ version }}';
    const result = renderMacros(text, vars());
    expect(result.text).toBe('{% raw %}{{ version }}{% endraw %} 1.2');
    expect(result.problems.map((problem) => problem.source)).toEqual(['{% raw %}', '{% endraw %}']);
  });

  it('an expression over several lines is not rendered (lines kept)', () => {
    const text = '{{\n version\n}}';
    expect(renderMacros(text, vars()).text).toBe(text);
  });
});

describe('renderMacros: custom delimiters (mkdocs-macros\' j2_* options)', () => {
  // nokia/SReXperts: `-{{ }}-` for variables, `-{{% %}}-` for statements; comments keep `{# #}`.
  const custom = jinjaDelimiters({variableStart: '-{{', variableEnd: '}}-', blockStart: '-{{%', blockEnd: '%}}-'});

  it('renders with the custom delimiters, which go with the value', () => {
    const result = renderMacros('# -{{ config.site_name }}- and -{{version|upper}}-', vars(), custom);
    expect(result.text).toBe('# Granite Workshop and 1.2');
    expect(result.problems).toEqual([]);
  });

  it('leaves the default {{ }} and {% %} as plain text, without a warning (code included)', () => {
    const text = '```yaml\neda_api_url: "{{ eda_api_url }}"\nname: {{ config.site_name }}\n{% if x %}\n```\n';
    const result = renderMacros(text, vars(), custom);
    expect(result.text).toBe(text);
    expect(result.problems).toEqual([]);
  });

  it('reports what it leaves with the construct as written, delimiters included', () => {
    const text = 'a\n-{{image(url="x.png", shadow=true)}}-\n-{{% if x %}}- -{{ nope }}- {# c #} -{{ v';
    const result = renderMacros(text, vars(), custom);
    expect(result.text).toBe(text);
    expect(result.problems.map(({line, column, source}) => [line, column, source])).toEqual([
      [2, 1, '-{{image(url="x.png", shadow=true)}}-'],
      [3, 1, '-{{% if x %}}-'],
      [3, 16, '-{{ nope }}-'],
      [3, 29, '{# c #}'],
      [3, 37, '-{{'],
    ]);
    expect(result.problems[1].reason).toContain('statement');
    expect(result.problems[3].reason).toContain('comment');
    expect(result.problems[4].reason).toContain('without its }}-');
  });

  it('the longest start wins where two begin (-{{% is a statement, not a variable)', () => {
    expect(renderMacros('-{{% set a = 1 %}}-', vars(), custom).problems.map((problem) => problem.reason)).toEqual([expect.stringContaining('statement')]);
  });

  it('whitespace control with custom delimiters is reported, as with {{-', () => {
    expect(renderMacros('-{{- version }}-', vars(), custom).problems).toHaveLength(1);
  });

  it('does not look into a raw block written with the custom block delimiters', () => {
    const text = '-{{% raw %}}- -{{ version }}- -{{% endraw %}}- -{{ version }}-';
    const result = renderMacros(text, vars(), custom);
    expect(result.text).toBe('-{{% raw %}}- -{{ version }}- -{{% endraw %}}- 1.2');
    expect(result.problems.map((problem) => problem.source)).toEqual(['-{{% raw %}}-', '-{{% endraw %}}-']);
  });

  it('custom comment delimiters; an option left empty or unset keeps Jinja\'s default', () => {
    const comments = jinjaDelimiters({commentStart: '<#', commentEnd: '#>', variableStart: ''});
    expect(comments).toMatchObject({variableStart: '{{', variableEnd: '}}', commentStart: '<#'});
    const result = renderMacros('{{ version }} {# plain #} <# note #>', vars(), comments);
    expect(result.text).toBe('1.2 {# plain #} <# note #>');
    expect(result.problems.map((problem) => problem.source)).toEqual(['<# note #>']);
  });
});

describe('renderMacros: line numbers', () => {
  it('puts a value with line breaks on one line, with a warning, so later lines keep their number', () => {
    const text = 'x {{ multi }}\nline 2 {{ nope }}\n';
    const result = renderMacros(text, vars());
    expect(result.text).toBe('x one two\nline 2 {{ nope }}\n');
    expect(result.problems.map(({line, column, ruleId}) => ({line, column, ruleId}))).toEqual([
      {line: 1, column: 3, ruleId: RULE_ONE_LINE},
      {line: 2, column: 8, ruleId: RULE_UNRENDERED},
    ]);
  });
});

describe('renderMacros: properties', () => {
  const pieces = fc.constantFrom('{{', '}}', '{%', '%}', '{#', '#}', ' version ', ' multi ', "'", '"', '|', ' upper', '\n', '\r\n', 'x', '[', ']', '.', 'team', '-', ' ');
  const texts = fc.oneof(fc.string(), fc.array(pieces, {maxLength: 40}).map((parts) => parts.join('')));

  it('never throws, keeps the line count, and changes nothing outside the {{ … }} it rendered', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const result = renderMacros(text, vars());
        expect(result.text.split(/\r\n|\r|\n/).length).toBe(text.split(/\r\n|\r|\n/).length);
        let rebuilt = '';
        let at = 0;
        for (const {start, end, value} of result.replaced) {
          expect(start).toBeGreaterThanOrEqual(at);
          expect(text.slice(start, start + 2)).toBe('{{');
          expect(text.slice(end - 2, end)).toBe('}}');
          rebuilt += text.slice(at, start) + value;
          at = end;
        }
        expect(result.text).toBe(rebuilt + text.slice(at));
      }),
      {numRuns: 500},
    );
  });

  it('the same with custom delimiters (-{{ }}-, -{{% %}}-)', () => {
    const custom = jinjaDelimiters({variableStart: '-{{', variableEnd: '}}-', blockStart: '-{{%', blockEnd: '%}}-'});
    fc.assert(
      fc.property(texts, (text) => {
        const result = renderMacros(text, vars(), custom);
        expect(result.text.split(/\r\n|\r|\n/).length).toBe(text.split(/\r\n|\r|\n/).length);
        let rebuilt = '';
        let at = 0;
        for (const {start, end, value} of result.replaced) {
          expect(start).toBeGreaterThanOrEqual(at);
          expect(text.slice(start, start + 3)).toBe('-{{');
          expect(text.slice(end - 3, end)).toBe('}}-');
          rebuilt += text.slice(at, start) + value;
          at = end;
        }
        expect(result.text).toBe(rebuilt + text.slice(at));
      }),
      {numRuns: 500},
    );
  });
});

describe('the lesson pipeline', () => {
  const site = mkdtempSync(path.join(os.tmpdir(), 'macros-site-'));
  afterAll(() => rmSync(site, {recursive: true, force: true}));
  const write = (file: string, content: string) => {
    mkdirSync(path.dirname(path.join(site, file)), {recursive: true});
    writeFileSync(path.join(site, file), content);
  };
  write('package.json', '{}');
  // The repository's node_modules, so the pipeline loads Docusaurus's parser.
  symlinkSync(path.resolve(__dirname, '../../../node_modules'), path.join(site, 'node_modules'), 'dir');
  write(MACROS_FILE, JSON.stringify({lessons: 'workshop/docs', renderByDefault: true, config: {site_name: 'W'}, extra: {version: '1.2', multi: 'a\nb'}}));
  write('workshop/markdown-extensions.json', '{}');

  it('renders a workshop lesson after its front matter, lines kept; other pages stay as written', () => {
    const lesson = path.join(site, 'workshop/docs/a.md');
    expect(prepareText('---\nlevel: easy\n---\n{{ config.site_name }} {{ level }} {{ version }}\n', lesson, site)).toBe('\n\n\nW easy 1.2\n');
    expect(prepareText('{{ version }}\n', path.join(site, 'docs/own.md'), site)).toBe('{{ version }}\n');
    expect(prepareText('---\nrender_macros: false\n---\n{{ version }}\n', lesson, site)).toBe('\n\n\n{{ version }}\n');
  });

  it('reports what stays as written with file, line, column and rule id; warnings after a multi-line value keep their line', async () => {
    const lesson = path.join(site, 'workshop/docs/b.md');
    const file = await checkLesson(lesson, site, '# B\n\n{{ multi }}\n\nText {% if x %}\n\n!!! nope "x"\n    y\n');
    const ours = file.messages.filter((message) => message.source === 'mkdocs-macros').map((m) => [m.line, m.column, m.ruleId]);
    expect(ours).toEqual([
      [3, 1, RULE_ONE_LINE],
      [5, 6, RULE_UNRENDERED],
    ]);
    const box = file.messages.find((message) => message.ruleId === 'mkdocs-box-type');
    expect(box?.line).toBe(7);
  });

  it('renders with the custom delimiters the data file holds (j2_* options)', () => {
    const custom = mkdtempSync(path.join(os.tmpdir(), 'macros-site-'));
    try {
      mkdirSync(path.join(custom, 'workshop/docs'), {recursive: true});
      writeFileSync(path.join(custom, 'package.json'), '{}');
      writeFileSync(path.join(custom, 'workshop/markdown-extensions.json'), '{}');
      const delimiters = jinjaDelimiters({variableStart: '-{{', variableEnd: '}}-'});
      writeFileSync(path.join(custom, MACROS_FILE), JSON.stringify({lessons: 'workshop/docs', renderByDefault: true, config: {site_name: 'W'}, extra: {}, delimiters}));
      expect(prepareText('-{{ config.site_name }}- {{ config.site_name }}\n', path.join(custom, 'workshop/docs/a.md'), custom)).toBe('W {{ config.site_name }}\n');
    } finally {
      rmSync(custom, {recursive: true, force: true});
    }
  });

  it('the metadata checks still see the page once its variables are rendered', async () => {
    const lesson = path.join(site, 'workshop/docs/c.md');
    const file = await checkLesson(lesson, site, 'Colour: teal\n\nVersion {{ version }}\n');
    expect(file.messages.filter((message) => message.source === 'mkdocs-front-matter').map((message) => message.line)).toEqual([1]);
  });
});
