import {mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {describe, expect, it} from 'vitest';
import {MATERIAL_MARKDOWN_EXTENSIONS} from '../../remark-mkdocs';
import {customTypes} from '../../../src/admonitions/custom-types';
import {createLessonDescriber, describedFile, descriptionReadings, lessonDescription} from '../index';
import {descriptionInHead, lessonHeads, readableFromHead} from '../lib/head';

describe('lessonDescription', () => {
  it('skips a leading box (Docusaurus would use its raw `!!!` line) for the first paragraph of prose', () => {
    const lesson = '# Storage\n\n!!! reminder "Environment Variables"\n    Set them first.\n\nData in containers is **not** persistent.\nIt is lost.\n';
    expect(lessonDescription(lesson, {reminder: {label: 'Reminder'}})).toBe('Data in containers is not persistent. It is lost.');
  });

  it('falls back to the first paragraph in a box, never its title', () => {
    expect(lessonDescription('# T\n\n??? tip "Hidden title"\n    Only here.\n')).toBe('Only here.');
  });

  it('shows emoji as the page does and drops attribute lists and abbreviation definitions', () => {
    expect(lessonDescription('*[CNI]: Container Network Interface\n\nThe CNI works :tada:\n{ .lead }\n')).toBe('The CNI works 🎉');
  });

  it('is undefined without prose (Docusaurus keeps its own)', () => {
    expect(lessonDescription('# Only a title\n\n```bash\nls\n```\n')).toBeUndefined();
  });
});

/** Prose long enough that only the head of the lesson is parsed at first. */
const filler = (words: number) => `${Array.from({length: words}, (_, i) => `word${i}`).join(' ')}.\n\n`;

describe('lessonDescription on a long lesson (read from its head first)', () => {
  it('finds the first paragraph near the top, as a whole parse does', () => {
    const lesson = `# T\n\n!!! note "Box"\n    In the box.\n\nFirst prose.\n\n${filler(2000)}`;
    expect(lessonDescription(lesson)).toBe('First prose.');
  });

  it('resolves a reference defined after the head (a cut lesson would show the brackets)', () => {
    const lesson = `# T\n\nSee [the guide][g] first.\n\n${filler(2000)}[g]: https://example.com/\n`;
    expect(lessonDescription(lesson)).toBe('See the guide first.');
  });

  it('finds prose that only comes after a long opening box', () => {
    const lesson = `# T\n\n!!! note\n    ${filler(2000).trim()}\n\nLate prose.\n`;
    expect(lessonDescription(lesson)).toBe('Late prose.');
  });

  it('reads a paragraph the head cuts as the whole lesson has it', () => {
    const lesson = `# T\n\n${filler(300).trim()}\nstill the same paragraph.\n\n${filler(2000)}`;
    expect(lessonDescription(lesson)).toMatch(/ still the same paragraph\.$/);
  });

  it('keeps prose annotations bound to their list, wherever the list ends', () => {
    const opening = `# T\n\nUse a Service (1).\n{ .annotate }\n\n1. ${filler(400).trim()}\n\n`;
    expect(lessonDescription(`${opening}${filler(2000)}`)).toBe(lessonDescription(opening));
  });

  it('parses whole only the lessons that ask for annotations, not those that mention the word', () => {
    const rest = `\n\n${filler(3000)}`;
    for (const asks of ['Text.\n{ .annotate }', '!!! note annotate "T"\n    Body.', '    ???+ tip annotate\n        Body.', '<p class="note annotate">x</p>']) {
      expect(lessonHeads(`# T\n\n${asks}${rest}`), asks).toEqual([]);
    }
    expect(lessonHeads(`# T\n\nYou can annotate your Dockerfile with LABEL.${rest}`)).not.toEqual([]);
  });

  it('reads a task box or footnote call as the whole lesson does when its definition comes after the head', () => {
    for (const [opening, definition] of [
      ['- [x] Install the tools first.', '[x]: https://example.com/'],
      ['Install the tools[^1] first.', '[^1]: A note.'],
      ['See ![the logo][logo] first.', '[logo]: logo.png'],
    ]) {
      const lesson = `# T\n\n${opening}\n\n${filler(2000)}${definition}\n`;
      expect(lessonDescription(lesson), opening).toBe(descriptionReadings().fromWhole(lesson));
    }
  });
});

describe('descriptionInHead', () => {
  const inHead = (head: string) => descriptionInHead(unified().use(remarkParse).parse(head), head);

  it('settles a paragraph whose brackets are all inline links and images (no definition can change them)', () => {
    expect(inHead('# T\n\nSee [the guide](https://example.com/) and [![badge](b.svg)](https://example.com/).\n\nNext.\n')).toBe('See the guide and badge.');
  });

  it('leaves to a longer read a paragraph with any other bracket: a later definition may make it a link', () => {
    for (const paragraph of ['See [the guide][g].', 'See [the guide].', 'A note[^1].', 'An \\[escaped] bracket.', 'Code `a[0]` here.', '[Unclosed bracket.']) {
      expect(inHead(`# T\n\n${paragraph}\n\nNext.\n`), paragraph).toBeUndefined();
    }
  });

  it('leaves to a longer read a paragraph the cut may have ended early', () => {
    expect(inHead('# T\n\nFirst line\n')).toBeUndefined();
  });
});

/**
 * Every head must settle on what the whole lesson gives, wherever it is cut:
 * checked on the corpus lessons and the remark plugin's fixture inputs, cut
 * at each line end of their first characters (the fixtures' exotic
 * constructs mostly come first), each also with a definition
 * for every bracketed label appended (defined only after any cut).
 */
const REPOSITORY = path.join(__dirname, '..', '..', '..');

function markdownFiles(folder: string, name: RegExp): string[] {
  return readdirSync(folder, {recursive: true, encoding: 'utf8'})
    .filter((file) => name.test(path.basename(file)))
    .sort()
    .map((file) => path.join(folder, file));
}

function withDefinitions(text: string): string {
  const labels = new Set(Array.from(text.matchAll(/\[([^[\]\n]{1,40})\]/g), (match) => match[1]!));
  const definitions = [...labels].map((label) => (label.startsWith('^') ? `[${label}]: A note.` : `[${label}]: https://example.com/`));
  return `${text}\n\n${definitions.join('\n')}\n`;
}

describe('a head settles only on what the whole lesson gives', () => {
  const {fromHead, fromWhole} = descriptionReadings(customTypes, MATERIAL_MARKDOWN_EXTENSIONS);
  const check = (files: string[], cutsWithin: number) => {
    let settled = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const wholes = [text, withDefinitions(text)].map((whole) => ({whole, description: fromWhole(whole)}));
      for (const {whole, description} of wholes) expect(lessonDescription(whole, customTypes, MATERIAL_MARKDOWN_EXTENSIONS), file).toBe(description);
      if (!readableFromHead(text)) continue;
      for (let lineEnd = text.indexOf('\n'); lineEnd >= 0 && lineEnd < Math.min(text.length - 1, cutsWithin); lineEnd = text.indexOf('\n', lineEnd + 1)) {
        const found = fromHead(text.slice(0, lineEnd + 1));
        if (found === undefined) continue;
        settled++;
        for (const {whole, description} of wholes) expect(found, `${path.relative(REPOSITORY, file)} cut after ${lineEnd + 1} of ${whole.length} characters`).toBe(description);
      }
    }
    return settled;
  };

  it('on the corpus lessons', () => {
    expect(check(markdownFiles(path.join(REPOSITORY, 'test', 'data', 'corpus'), /\.md$/), 1200)).toBeGreaterThan(100);
  });

  it("on the remark plugin's fixture inputs", () => {
    expect(check(markdownFiles(path.join(REPOSITORY, 'plugins', 'remark-mkdocs', 'test', 'fixtures'), /^input\.md$/), 600)).toBeGreaterThan(100);
  });
});

describe('createLessonDescriber', () => {
  it('describes each file, again when its text changes', () => {
    const describe = createLessonDescriber();
    expect(describe('a.md', 'One.\n')).toBe('One.');
    expect(describe('a.md', 'One.\n')).toBe('One.');
    expect(describe('b.md', 'Two.\n')).toBe('Two.');
    expect(describe('a.md', 'Changed.\n')).toBe('Changed.');
  });

  it('names a lesson reached through a symlinked folder by its real path, as the bundler does, so both reads share an entry', () => {
    const dir = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'lesson-description-')));
    try {
      writeFileSync(path.join(dir, 'lesson.md'), 'One.\n');
      symlinkSync(dir, path.join(dir, 'linked'), 'dir');
      expect(describedFile(path.join(dir, 'linked', 'lesson.md'))).toBe(path.join(dir, 'lesson.md'));
      expect(describedFile('not-on-disk.md')).toBe('not-on-disk.md');
    } finally {
      rmSync(dir, {recursive: true, force: true});
    }
  });
});

describe('lessonDescription with the site\'s markdown extensions', () => {
  it('reads marks as the page does (no raw `==`), and leaves them alone when they are off', () => {
    const markdown = 'Keep the ==one file== you edit, ^^new^^ in 1.30.\n';
    expect(lessonDescription(markdown, {}, {'pymdownx.mark': null, 'pymdownx.caret': null})).toBe('Keep the one file you edit, new in 1.30.');
    expect(lessonDescription(markdown)).toBe('Keep the ==one file== you edit, ^^new^^ in 1.30.');
  });

  it('shows keys by their labels, as the page does', () => {
    expect(lessonDescription('Press ++ctrl+alt+del++ to restart.\n', {}, {'pymdownx.keys': null})).toBe('Press Ctrl+Alt+Del to restart.');
  });
});
