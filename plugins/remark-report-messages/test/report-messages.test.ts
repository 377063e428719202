import path from 'node:path';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import type {Root} from 'mdast';
import type {Plugin} from 'unified';
import {VFile} from 'vfile';
import {afterEach, beforeEach, describe, expect, it, vi, type MockInstance} from 'vitest';
import remarkReportMessages, {formatMessageLine, resolveOptions} from '../index';

const cwd = path.resolve('/site');

/** Stands in for remark-mkdocs: one warning per `!!! foo` line. */
const warnOnFoo: Plugin<[], Root> = () => (_tree, file) => {
  String(file.value)
    .split('\n')
    .forEach((line, index) => {
      if (line.startsWith('!!! foo')) {
        file.message('Unexpected box type `foo`, expected a declared type', {
          place: {line: index + 1, column: 5},
          ruleId: 'mkdocs-box-type',
          source: 'remark-mkdocs',
        });
      }
    });
};

function lesson(value: string, name = 'docs/lesson.md'): VFile {
  return new VFile({value, path: path.join(process.cwd(), name)});
}

/** Parse and run the transformers, as Docusaurus's loader does (no compiler needed). */
function pipeline(options?: Parameters<typeof remarkReportMessages>[0]) {
  const processor = unified().use(remarkParse).use(warnOnFoo).use(remarkReportMessages, options);
  return async (file: VFile) => processor.run(processor.parse(file), file);
}

describe('formatMessageLine', () => {
  it('prints path:line:col, reason and rule id, two spaces apart', () => {
    const file = new VFile({value: 'x', path: path.join(cwd, 'docs', 'pod-networking.md')});
    const message = file.message('Unexpected `x`, expected `y`', {
      place: {start: {line: 3, column: 7}, end: {line: 3, column: 9}},
      ruleId: 'some-rule',
    });
    expect(formatMessageLine(file, message, cwd)).toBe(
      'docs/pod-networking.md:3:7  Unexpected `x`, expected `y`  some-rule',
    );
  });

  it('uses 1:1 without a place and omits a missing rule id', () => {
    const file = new VFile({value: 'x', path: path.join(cwd, 'a.md')});
    const message = file.message('No place here');
    expect(formatMessageLine(file, message, cwd)).toBe('a.md:1:1  No place here');
  });

  it('keeps a multi-line reason on one line', () => {
    const file = new VFile({value: 'x', path: path.join(cwd, 'a.md')});
    const message = file.message('first\n  second', {place: {line: 2, column: 1}, ruleId: 'r'});
    expect(formatMessageLine(file, message, cwd)).toBe('a.md:2:1  first second  r');
  });

  it('names a file without a path', () => {
    const file = new VFile({value: 'x'});
    const message = file.message('m', {place: {line: 1, column: 2}});
    expect(formatMessageLine(file, message, cwd)).toBe('<unknown file>:1:2  m');
  });
});

describe('resolveOptions', () => {
  it('defaults to not strict', () => {
    expect(resolveOptions(undefined)).toEqual({strict: false});
    expect(resolveOptions(null)).toEqual({strict: false});
    expect(resolveOptions({strict: true})).toEqual({strict: true});
  });

  it('rejects an unknown key, listing the valid ones', () => {
    expect(() => resolveOptions({strickt: true} as never)).toThrow(
      new TypeError('remark-report-messages: unknown option `strickt`, expected one of `strict`'),
    );
  });

  it('rejects a non-boolean strict and a non-object', () => {
    expect(() => resolveOptions({strict: 'yes'} as never)).toThrow(TypeError);
    expect(() => resolveOptions([] as never)).toThrow(TypeError);
  });
});

describe('remarkReportMessages', () => {
  let stderr: MockInstance<typeof process.stderr.write>;
  beforeEach(() => {
    stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  });
  afterEach(() => {
    stderr.mockRestore();
  });
  const written = () => stderr.mock.calls.map(([chunk]) => String(chunk));

  it('prints each message of a file once, even when the file is compiled twice', async () => {
    const source = '# A\n\n!!! foo\n    body\n\n!!! foo\n';
    const run = pipeline();
    await run(lesson(source, 'docs/twice.md'));
    await run(lesson(source, 'docs/twice.md'));
    expect(written()).toEqual([
      'docs/twice.md:3:5  Unexpected box type `foo`, expected a declared type  mkdocs-box-type\n',
      'docs/twice.md:6:5  Unexpected box type `foo`, expected a declared type  mkdocs-box-type\n',
    ]);
  });

  it('prints again once the file content changes', async () => {
    const run = pipeline();
    await run(lesson('!!! foo\n', 'docs/edited.md'));
    await run(lesson('!!! foo\n\ntext\n', 'docs/edited.md'));
    expect(written()).toHaveLength(2);
  });

  it('prints nothing for a clean file', async () => {
    await pipeline({strict: true})(lesson('# ok\n', 'docs/clean.md'));
    expect(written()).toEqual([]);
  });

  it('in strict mode prints the messages, then fails naming the count and the first', async () => {
    await expect(pipeline({strict: true})(lesson('!!! foo\n\n!!! foo\n', 'docs/strict.md'))).rejects.toThrow(
      '2 warnings in strict mode (LESSONSAURUS_STRICT=1); first: docs/strict.md:1:5  Unexpected box type `foo`, expected a declared type  mkdocs-box-type',
    );
    expect(written()).toHaveLength(2);
  });

  it('throws when attached with an unknown option', () => {
    // unified attaches plugins when the processor freezes.
    expect(() => unified().use(remarkReportMessages, {silent: true} as never).freeze()).toThrow(
      /unknown option `silent`/,
    );
  });
});
