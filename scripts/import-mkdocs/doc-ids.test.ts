import {DefaultNumberPrefixParser} from '@docusaurus/plugin-content-docs/lib/numberPrefix.js';
import {describe, expect, it} from 'vitest';
import {docusaurusDocId, isDocusaurusDoc, parseNumberPrefix} from '../../plugins/workshop-site/doc-ids';

describe('Docusaurus doc ids', () => {
  it('parses number prefixes exactly like Docusaurus 3.10', () => {
    const names = [
      '1_introduction_containers', '01-intro', '003 - my doc', '1.intro', '01__x', '1-', '1_', '12', 'intro',
      '2021-01-notes', '7.0-upgrade', '8.0', '1-2-3', '01 intro', '1 - _x', '0-myDoc', 'v1-intro', '١_arabic', '1 .x',
    ];
    for (const name of names) {
      const ours = parseNumberPrefix(name);
      const theirs = DefaultNumberPrefixParser(name);
      expect({name, ...ours, numberPrefix: ours.numberPrefix}).toEqual({name, filename: theirs.filename, numberPrefix: theirs.numberPrefix});
    }
  });

  it('strips prefixes from the file and every folder, keeps index and README, honours front matter', () => {
    expect(docusaurusDocId('1_introduction_containers.md')).toBe('introduction_containers');
    expect(docusaurusDocId('course_material/4_apptainer.md')).toBe('course_material/apptainer');
    expect(docusaurusDocId('clean/02-basics/01_pods/README.md')).toBe('clean/basics/pods/README');
    expect(docusaurusDocId('02-basics/index.md')).toBe('basics/index');
    expect(docusaurusDocId('02-basics/2021-01-notes.md')).toBe('basics/2021-01-notes');
    expect(docusaurusDocId('02-basics/1_pods.md', {parse_number_prefixes: false})).toBe('02-basics/1_pods');
    expect(docusaurusDocId('guide/1_pods.md', {id: 'custom'})).toBe('guide/custom');
  });

  it('knows which files Docusaurus builds as pages', () => {
    expect(isDocusaurusDoc('a/b.md')).toBe(true);
    expect(isDocusaurusDoc('a/b.mdx')).toBe(true);
    expect(isDocusaurusDoc('a/_partial.md')).toBe(false);
    expect(isDocusaurusDoc('_includes/x.md')).toBe(false);
    expect(isDocusaurusDoc('.hidden/x.md')).toBe(false);
    expect(isDocusaurusDoc('a/b.markdown')).toBe(false);
    expect(isDocusaurusDoc('a/b.png')).toBe(false);
  });
});
