import {describe, expect, it} from 'vitest';
import {planImport, type FileTree} from './plan';
import {formatFinding} from './report';

function tree(files: Record<string, string>): FileTree {
  return {files: Object.keys(files).sort(), read: (file) => Buffer.from(files[file] ?? '')};
}

const docs = tree({
  'one/lesson.md': [
    '# One', // 1
    '', // 2
    '[Two](../two/other.md#setup), ![Here](img/a.png) and <img src="img/a.png">.', // 3
    '', // 4
    '!!! note', // 5
    '    [Slides](../pdf/slides.pdf) and ![Gone](img/gone.png)', // 6
  ].join('\n'),
  'one/img/a.png': 'png',
  'two/other.md': '# Two\n\n## Setup\n',
});

describe('links of imported lessons', () => {
  const plan = planImport({docsDir: 'docs', docs, site: tree({}), into: 'w'});
  const lines = plan.findings.map(formatFinding);

  it('lists the Markdown links and images to missing files for the site, by site file, line and column', () => {
    expect(plan.unresolvedLinks).toEqual([
      {file: 'docs/w/one/lesson.md', url: '../pdf/slides.pdf', kind: 'link', line: 6, column: 5},
      {file: 'docs/w/one/lesson.md', url: 'img/gone.png', kind: 'image', line: 6, column: 37},
    ]);
    expect(lines).toContain(
      'docs/one/lesson.md:6:5: link ../pdf/slides.pdf: docs/w/pdf/slides.pdf will not exist: kept as written (its link text too); the build warns instead of failing, as MkDocs does [import-unresolved-link]',
    );
    expect(plan.findings.filter((item) => item.severity === 'error')).toEqual([]);
  });

  it('reports a raw HTML path to a file that is there, since Docusaurus does not publish it', () => {
    expect(lines).toContain(
      'docs/one/lesson.md:3:54: HTML img/a.png: docs/w/one/img/a.png is not published by Docusaurus (raw HTML paths are not bundled): the browser shows it broken; write it as a Markdown image or link, or move the file to static/',
    );
  });

  it('says nothing about Markdown links and images that land', () => {
    expect(lines.filter((line) => line.includes('other.md') || (line.includes(' img/a.png:') && !line.includes('HTML')))).toEqual([]);
  });
});
