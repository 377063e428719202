import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {listFiles, main} from './cli';
import {projectIconFolder, siteIconFolder} from './custom-icons';

let root: string;
let project: string;
let site: string;

function write(base: string, files: Record<string, string>) {
  for (const [file, text] of Object.entries(files)) {
    const full = path.join(base, file);
    mkdirSync(path.dirname(full), {recursive: true});
    writeFileSync(full, text);
  }
}

const read = (file: string) => readFileSync(path.join(site, file), 'utf8');
const run = (...argv: string[]) => main([project, '--out', site, ...argv], {});
/** The report's lines, without the summary and the changes. */
const reportLines = () => read('import-report.txt').split('\n');

const ANTA = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><g fill="#e00"><circle cx="12" cy="12" r="10"/></g></svg>\n';
const LOGO = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 24"><rect width="48" height="24"/></svg>\n';
const EVIL = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>\n';

/** The avd-workshops shape: custom_icons in theme.custom_dir's .icons, a grid of cards with icons. */
const WORKSHOP = {
  'mkdocs.yml': [
    'site_name: Icons', // 1
    'theme:', // 2
    '  name: material', // 3
    '  custom_dir: overrides', // 4
    'markdown_extensions:', // 5
    '  - attr_list', // 6
    '  - md_in_html', // 7
    '  - pymdownx.emoji:', // 8
    '      emoji_index: !!python/name:material.extensions.emoji.twemoji', // 9
    '      emoji_generator: !!python/name:material.extensions.emoji.to_svg', // 10
    '      options:', // 11
    '        custom_icons:', // 12
    '          - overrides/.icons', // 13
    '          - ../shared-icons', // 14
    '          - icons/none', // 15
    'nav:', // 16
    '  - index.md', // 17
  ].join('\n'),
  'docs/index.md': '# Tools\n\n- :anta:{ .lg .middle } **ANTA**\n- :arista-logo: :arista-gone: :evil:\n',
  'overrides/.icons/anta.svg': ANTA,
  'overrides/.icons/arista/logo.svg': LOGO,
  'overrides/.icons/arista-logo.svg': ANTA,
  'overrides/.icons/evil.svg': EVIL,
  'overrides/.icons/tada.svg': LOGO,
  'overrides/.icons/.hidden/x.svg': LOGO,
  'overrides/.icons/notes.txt': 'not an icon',
  'overrides/main.html': '{% extends "base.html" %}\n',
};

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'import-icons-'));
  project = path.join(root, 'project');
  site = path.join(root, 'site');
  write(site, {'docusaurus.config.ts': ''});
  write(project, WORKSHOP);
});

afterEach(() => rmSync(root, {recursive: true, force: true}));

describe("Material's custom_icons imported", () => {
  it('folders: inside the project, at the same path under workshop/icons/', () => {
    expect(projectIconFolder('overrides/.icons/')).toBe('overrides/.icons');
    expect(projectIconFolder('./icons')).toBe('icons');
    expect(projectIconFolder('.')).toBe('.');
    for (const outside of ['../icons', '/usr/share/icons', 'a/../../b', 'C:/icons']) expect(projectIconFolder(outside), outside).toBeUndefined();
    expect(siteIconFolder('overrides/.icons')).toBe('workshop/icons/overrides/.icons');
    expect(siteIconFolder('.')).toBe('workshop/icons/_root');
  });

  it('copies the icons the SVG allow-list keeps whole, lists their folder in the site\'s custom_icons, and reports the rest by file', () => {
    const {code, output} = run();
    expect(code).toBe(0);
    expect(listFiles(path.join(site, 'workshop/icons'))).toEqual([
      'overrides/.icons/anta.svg',
      'overrides/.icons/arista-logo.svg',
      'overrides/.icons/arista/logo.svg',
      'overrides/.icons/tada.svg',
    ]);
    expect(read('workshop/icons/overrides/.icons/anta.svg')).toBe(ANTA);
    expect(JSON.parse(read('workshop/markdown-extensions.json'))['pymdownx.emoji']).toEqual({
      emoji_index: '!!python/name:material.extensions.emoji.twemoji',
      emoji_generator: '!!python/name:material.extensions.emoji.to_svg',
      options: {custom_icons: ['workshop/icons/overrides/.icons']},
    });
    // In the manifest, like every file the import writes.
    const manifest = JSON.parse(read('workshop/manifest.json')) as {files: Record<string, string>};
    expect(Object.keys(manifest.files)).toEqual(expect.arrayContaining(['workshop/icons/overrides/.icons/anta.svg', 'workshop/icons/overrides/.icons/arista/logo.svg']));
    const lines = reportLines();
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^overrides\/\.icons\/evil\.svg: custom icon :evil: \(markdown_extensions pymdownx\.emoji custom_icons overrides\/\.icons\): the file holds what the site does not serve \(Unexpected element `<script>`.*\): not imported, the shortcode stays text$/,
        ),
        'mkdocs.yml:13: markdown_extensions pymdownx.emoji custom_icons overrides/.icons: carried over: 4 icons copied to workshop/icons/overrides/.icons/, drawn inline as Material draws them (`:name:`, `:folder-name:`)',
        'mkdocs.yml:14: markdown_extensions pymdownx.emoji custom_icons ../shared-icons: outside the project folder: its icons are not imported (their shortcodes stay text); move them into the project',
        'mkdocs.yml:15: markdown_extensions pymdownx.emoji custom_icons icons/none: no such folder in the project: no icons from it (Material finds none there either)',
        'overrides/.icons/arista/logo.svg: custom icon :arista-logo: is overrides/.icons/arista-logo.svg, found first (as in Material): this file is not drawn',
        'overrides/.icons/tada.svg: custom icon :tada: is the name of an emoji, which wins (as in Material): this file is not drawn',
        // What the build will say about the lessons, at the same place, with the same rule.
        'docs/index.md:4:17: Unexpected icon `:arista-gone:`, expected the name of an SVG file in a folder of custom_icons (`arista/…`, `/` written as `-`); shown as text [mkdocs-icon]',
      ]),
    );
    // The icon is drawn: its attribute list attaches, no warning about it.
    expect(lines.filter((line) => line.startsWith('docs/index.md:3'))).toEqual([]);
    expect(output).not.toContain('workshop/icons/overrides/.icons/evil.svg');
    expect(output).toContain('+ workshop/icons/overrides/.icons/anta.svg: added');
  });

  it('a second import changes nothing; an icon changed or gone in the workshop is updated or removed', () => {
    run();
    expect(run().output.trimEnd().split('\n').at(-1)).toBe('Nothing changed: the site already holds this import');
    writeFileSync(path.join(project, 'overrides/.icons/anta.svg'), LOGO);
    unlinkSync(path.join(project, 'overrides/.icons/arista/logo.svg'));
    const dry = run('--dry-run').output;
    expect(dry).toContain('~ workshop/icons/overrides/.icons/anta.svg: would update');
    expect(dry).toContain('- workshop/icons/overrides/.icons/arista/logo.svg: would remove (no longer in the workshop)');
    run();
    expect(read('workshop/icons/overrides/.icons/anta.svg')).toBe(LOGO);
    expect(existsSync(path.join(site, 'workshop/icons/overrides/.icons/arista/logo.svg'))).toBe(false);
  });

  it('an icon folder that is a link out of the project is not read; custom_icons that is no list draws nothing, and says so', () => {
    const outside = path.join(root, 'outside');
    write(outside, {'x.svg': LOGO});
    symlinkSync(outside, path.join(project, 'linked'), 'dir');
    writeFileSync(
      path.join(project, 'mkdocs.yml'),
      WORKSHOP['mkdocs.yml'].replace('          - overrides/.icons\n          - ../shared-icons\n          - icons/none', '          - linked'),
    );
    run();
    expect(existsSync(path.join(site, 'workshop/icons'))).toBe(false);
    expect(reportLines()).toContain('mkdocs.yml:13: markdown_extensions pymdownx.emoji custom_icons linked: no such folder in the project: no icons from it (Material finds none there either)');

    writeFileSync(path.join(project, 'mkdocs.yml'), WORKSHOP['mkdocs.yml'].replace(/ {8}custom_icons:\n[^]*?(?=nav:)/, '        custom_icons: overrides/.icons\n'));
    run();
    expect(reportLines()).toContain(
      'mkdocs.yml:12: markdown_extensions pymdownx.emoji custom_icons: not a list of folders (Material reads each character of a text as a folder): no custom icons; write each folder as a list item (- overrides/.icons)',
    );
  });
});
