import {describe, expect, it} from 'vitest';
import {createLessonDescriber, lessonDescription} from '../index';
import {lessonHeads} from '../lib/head';

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
});

describe('createLessonDescriber', () => {
  it('describes each file, again when its text changes', () => {
    const describe = createLessonDescriber();
    expect(describe('a.md', 'One.\n')).toBe('One.');
    expect(describe('a.md', 'One.\n')).toBe('One.');
    expect(describe('b.md', 'Two.\n')).toBe('Two.');
    expect(describe('a.md', 'Changed.\n')).toBe('Changed.');
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
