import {describe, expect, it} from 'vitest';
import {readMkdocsConfig} from './config';
import {macrosSetting, unrenderedMacros} from './macros';

const config = (source: string) => readMkdocsConfig(source);

describe('mkdocs-macros → workshop/mkdocs-macros.json', () => {
  it('is written only when the config enables the plugin', () => {
    expect(macrosSetting(config('site_name: A\nplugins:\n  - search\n'), 'workshop/docs')).toBeUndefined();
    expect(macrosSetting(config('site_name: A\nplugins:\n  - macros:\n      enabled: false\n'), 'workshop/docs')).toBeUndefined();
  });

  it('gives repo_name MkDocs\' default when only repo_url is set', () => {
    expect(macrosSetting(config('repo_url: https://github.com/o/w\nplugins: [macros]\n'), 'workshop/docs')?.config.repo_name).toBe('GitHub');
  });

  it('holds the config as written, extra, the lessons folder and render_by_default', () => {
    const source = [
      'site_name: Granite',
      'repo_url: https://github.com/ibm/granite',
      'plugins:',
      '  - search',
      '  - macros:',
      '      render_by_default: false',
      'markdown_extensions:',
      '  - pymdownx.emoji:',
      '      emoji_index: !!python/name:material.extensions.emoji.twemoji',
      'extra:',
      '  version: "1.2"',
      '  team: {lead: Ada}',
    ].join('\n');
    const setting = macrosSetting(config(source), 'docs/granite');
    expect(setting).toMatchObject({
      lessons: 'docs/granite',
      renderByDefault: false,
      config: {site_name: 'Granite', repo_url: 'https://github.com/ibm/granite', extra: {version: '1.2', team: {lead: 'Ada'}}},
      extra: {version: '1.2', team: {lead: 'Ada'}},
    });
    // Python tags become their text, as in workshop/markdown-extensions.json: the file is JSON.
    expect(JSON.parse(JSON.stringify(setting)).config.markdown_extensions).toEqual([{'pymdownx.emoji': {emoji_index: '!!python/name:material.extensions.emoji.twemoji'}}]);
  });

  it('carries the j2_* delimiter options (nokia/SReXperts: -{{ }}-), Jinja\'s default for those unset or empty; none when none is set', () => {
    const source = [
      'site_name: Hackathon 2026',
      'plugins:',
      '  - macros:',
      '      j2_block_start_string: "-{{%"',
      '      j2_block_end_string: "%}}-"',
      '      j2_variable_start_string: "-{{"',
      '      j2_variable_end_string: "}}-"',
      '      j2_comment_start_string: ""',
      '      include_yaml:',
      '        - macros/vars.yml',
    ].join('\n');
    expect(macrosSetting(config(source), 'workshop/docs')?.delimiters).toEqual({
      variableStart: '-{{',
      variableEnd: '}}-',
      blockStart: '-{{%',
      blockEnd: '%}}-',
      commentStart: '{#',
      commentEnd: '#}',
    });
    expect(macrosSetting(config('site_name: A\nplugins: [macros]\n'), 'workshop/docs')?.delimiters).toBeUndefined();
  });

  it('lists what a page leaves with the custom delimiters: the default {{ }} is plain text there', () => {
    const source = 'site_name: Hackathon 2026\nplugins:\n  - macros:\n      j2_variable_start_string: "-{{"\n      j2_variable_end_string: "}}-"\n';
    const setting = macrosSetting(config(source), 'workshop/docs')!;
    const text = '# -{{ config.site_name }}-\n\n```yaml\neda_api_url: "{{ eda_api_url }}"\n```\n\n-{{image(url="x.png")}}-\n';
    expect(unrenderedMacros(setting, text, {}).map(({line, column, source}) => [line, column, source])).toEqual([[7, 1, '-{{image(url="x.png")}}-']]);
  });

  it('lists what a page leaves as written, in the page\'s lines (front matter included in the count)', () => {
    const setting = macrosSetting(config('site_name: A\nplugins: [macros]\nextra: {v: 1}\n'), 'workshop/docs')!;
    const text = '---\nlevel: 2\n---\n{{ v }} {{ level }} {{ nope }}\n{% if v %}x{% endif %}\n';
    expect(unrenderedMacros(setting, text, {level: 2}).map(({line, column, source}) => [line, column, source])).toEqual([
      [4, 21, '{{ nope }}'],
      [5, 1, '{% if v %}'],
      [5, 12, '{% endif %}'],
    ]);
    expect(unrenderedMacros(setting, text, {render_macros: false})).toEqual([]);
  });
});
