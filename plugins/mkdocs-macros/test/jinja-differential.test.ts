/**
 * The renderer against Jinja2 itself (Debian's python3-jinja2), set up as
 * mkdocs-macros sets it up (its default `on_undefined: keep`, DebugUndefined):
 * what the site renders, Jinja renders the same, and an unknown plain variable
 * Jinja keeps as written too.
 */
import {spawnSync} from 'node:child_process';
import {describe, expect, it} from 'vitest';
import {jinjaDelimiters, pageVariables, renderMacros, type JinjaDelimiters} from '..';

const PYTHON = '/usr/bin/python3';
const SCRIPT = `
import json, sys
from jinja2 import Environment, DebugUndefined
data = json.load(sys.stdin)
d = data['delimiters']
env = Environment(undefined=DebugUndefined, variable_start_string=d['variableStart'], variable_end_string=d['variableEnd'],
                  block_start_string=d['blockStart'], block_end_string=d['blockEnd'],
                  comment_start_string=d['commentStart'], comment_end_string=d['commentEnd'])
print(json.dumps([env.from_string(text).render(**data['variables']) for text in data['texts']]))
`;

const variables = pageVariables(
  {config: {site_name: 'Granite Workshop', repo_url: 'https://github.com/o/w'}, extra: {version: '1.2', team: {lead: 'Ada'}, count: 3, beta: false, none: null, list: ['a', 'b']}},
  {level: 'easy', version: '2.0'},
);

const TEXTS = [
  '# {{ config.site_name }}\n\nVersion {{ version }} (site {{ extra.version }}), level {{ page.meta.level }}.',
  "```bash\ngit clone {{ config.repo_url }}\ncd {{ config['site_name'] | lower }}\n```",
  "{{ team.lead | upper }} {{ extra['team'].lead }} {{ list[0] }} {{ count }} {{ beta }} {{ none }}",
  "{{ missing | default('n/a') }} {{ version | d('x') }} {{ '{{' }} literal {{ \"}}\" }}",
  // Jinja prints an unknown variable back with one space inside the braces; the site keeps it byte for byte.
  'Unknown: {{ unknown_variable }} and {{ unknown }} stay.',
  'Text {a} } { {{ level}} {b}',
];

function jinja(texts: string[], delimiters: JinjaDelimiters = jinjaDelimiters({})): string[] {
  const result = spawnSync(PYTHON, ['-c', SCRIPT], {input: JSON.stringify({texts, variables, delimiters}), encoding: 'utf8'});
  if (result.status !== 0) throw new Error(`Jinja2 oracle failed (install python3-jinja2 for ${PYTHON}): ${result.error?.message ?? result.stderr}`);
  return JSON.parse(result.stdout) as string[];
}

describe('renderMacros against Jinja2 (mkdocs-macros defaults)', () => {
  const expected = jinja(TEXTS);
  it.each(TEXTS.map((text, index) => [text, index] as const))('%s', (text, index) => {
    const result = renderMacros(text, variables);
    expect(result.text).toBe(expected[index]);
  });
});

// mkdocs-macros' j2_* options as nokia/SReXperts sets them: `{{ }}` is plain text there.
const CUSTOM = jinjaDelimiters({variableStart: '-{{', variableEnd: '}}-', blockStart: '-{{%', blockEnd: '%}}-'});
const CUSTOM_TEXTS = [
  '# -{{ config.site_name }}-\n\nVersion -{{ version }}- (site -{{extra.version}}-), level -{{ page.meta.level | upper }}-.',
  '```yaml\neda_api_url: "{{ eda_api_url }}"\nname: {{ config.site_name }} {% if x %}\n```',
  "-{{ missing | default('n/a') }}- -{{ '{{' }}- {{ version }}-",
  '-{{ count }}- {{ count }} -{{ beta }}-{{ none }}',
];

describe('renderMacros against Jinja2 with custom delimiters (j2_* options)', () => {
  const expected = jinja(CUSTOM_TEXTS, CUSTOM);
  it.each(CUSTOM_TEXTS.map((text, index) => [text, index] as const))('%s', (text, index) => {
    expect(renderMacros(text, variables, CUSTOM).text).toBe(expected[index]);
  });
});
