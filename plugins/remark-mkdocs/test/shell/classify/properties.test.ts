import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {parseFenceInfo} from '../../../lib/fence/info';
import {classifyShellBlock} from '../../../lib/shell/classify';

/** Properties that hold for any block, and for generated heredocs and sessions. */

const bash = parseFenceInfo('bash', null);
const consoleInfo = parseFenceInfo('console', null);
const languages = ['bash', 'sh', 'console', 'powershell', 'text', null, 'yaml'];

/** Lines from a small alphabet rich in shell syntax, so quotes, heredocs and prompts collide. */
const line = fc.oneof(
  fc.string({unit: fc.constantFrom('a', 'Z', ' ', '  ', '$', '#', '\\', "'", '"', '`', '(', ')', '{', '}', '<<', 'EOF', '|', '&&', ';', '>', '=', ':', '/', '1', '\t')}),
  fc.constantFrom('kubectl get pods', '$ ls', '# comment', 'NAME   READY   STATUS', 'pod/x created', 'cat <<EOF', 'EOF', 'done', 'for i in 1; do', "echo 'open", ''),
);

describe('classifyShellBlock properties', () => {
  it('keeps every line, never copies a trailing newline, and indexes commands consistently', () => {
    fc.assert(
      fc.property(fc.array(line, {maxLength: 12}), fc.constantFrom(...languages), fc.constantFrom(undefined, 'commands' as const), (lines, lang, previous) => {
        const value = lines.join('\n');
        const result = classifyShellBlock({info: parseFenceInfo(lang, null), value, previous});
        if (!result) return;
        expect(result.lines.map((shown) => shown.text)).toEqual(value.replace(/\n$/, '').split('\n'));
        expect(result.copyAll.endsWith('\n')).toBe(false);
        if (result.kind === 'output') expect(result.commands).toEqual([]);
        for (const [number, command] of result.commands.entries()) {
          expect(command.firstLine).toBeLessThanOrEqual(command.lastLine);
          expect(result.lines[command.firstLine].role).toBe('command');
          for (let index = command.firstLine; index <= command.lastLine; index++) {
            expect(result.lines[index].command).toBe(number);
            expect(['command', 'continuation', 'heredoc']).toContain(result.lines[index].role);
          }
        }
        for (const shown of result.lines) if (shown.role === 'blank') expect(shown.text.trim()).toBe('');
      }),
      {numRuns: 400},
    );
  });

  it('never shows "Command and output" with nothing to copy', () => {
    const shaped = fc.oneof(line, fc.constantFrom('tmp', 'results/', '.', '└── a.gz', '├── b/', '│   └── c', 'mytool --version', 'qiv a.png', '{', '}', '  "a": "b"', 'NAME     VERSION', 'foo      1.2'));
    fc.assert(
      fc.property(
        fc.array(shaped, {maxLength: 8}),
        fc.constantFrom(...languages),
        fc.constantFrom(undefined, 'commands' as const),
        fc.constantFrom(undefined, 'Run:', 'start 3 tasks that write these files:', 'You should see:'),
        (lines, lang, previous, intro) => {
          const result = classifyShellBlock({info: parseFenceInfo(lang, null), value: lines.join('\n'), previous, intro});
          if (result?.kind === 'session') expect(result.commands.length).toBeGreaterThan(0);
        },
      ),
      {numRuns: 2000},
    );
  });

  it('keeps a heredoc body, whatever it looks like, inside its command', () => {
    const bodyLine = fc.string({maxLength: 40}).filter((text) => !text.includes('\n') && text.trimEnd() !== 'EOF');
    fc.assert(
      fc.property(fc.array(bodyLine, {maxLength: 8}), (body) => {
        const value = ['cat <<EOF | kubectl apply -f -', ...body, 'EOF'].join('\n');
        const result = classifyShellBlock({info: bash, value})!;
        expect(result.kind).toBe('commands');
        expect(result.commands.map((command) => command.text)).toEqual([value.trimEnd()]);
        expect(result.lines.slice(1).every((shown) => shown.role === 'heredoc')).toBe(true);
      }),
    );
  });

  it('copies exactly the commands of a console transcript, prompts stripped', () => {
    const command = fc.constantFrom('kubectl get pods', 'docker ps -a', 'ls -la /tmp', 'helm list');
    const outputLine = fc.constantFrom('NAME   READY   STATUS', 'web-0   1/1   Running', 'total 8', 'hello world', '');
    fc.assert(
      fc.property(fc.array(fc.tuple(command, fc.array(outputLine, {maxLength: 3})), {minLength: 1, maxLength: 4}), (steps) => {
        const value = steps.flatMap(([typed, shown]) => [`$ ${typed}`, ...shown]).join('\n');
        const result = classifyShellBlock({info: consoleInfo, value})!;
        expect(result.kind).toBe('session');
        expect(result.commands.map((entry) => entry.text)).toEqual(steps.map(([typed]) => typed));
        expect(result.copyAll).toBe(steps.map(([typed]) => typed).join('\n'));
      }),
    );
  });

  it('never turns a commented-out line of a bash block into a command', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('# kubectl delete ns demo', '#docker rm -f web', 'kubectl get pods', '', '  # rm -rf /'), {maxLength: 8}), (lines) => {
        const result = classifyShellBlock({info: bash, value: lines.join('\n')});
        for (const command of result?.commands ?? []) expect(command.text.trimStart().startsWith('#')).toBe(false);
      }),
    );
  });

  it('answers quickly on long hostile input', () => {
    const value = `${"'".repeat(2000)}\n${'A=a'.repeat(2000)}"\n${'('.repeat(5000)}\n${'NAME   '.repeat(500)}`;
    const started = performance.now();
    for (const lang of languages) classifyShellBlock({info: parseFenceInfo(lang, null), value});
    classifyShellBlock({info: bash, value: `${'x '.repeat(20000)}'`});
    classifyShellBlock({info: parseFenceInfo('powershell', null), value: `${'@'.repeat(20000)}\n${'a|'.repeat(10000)}`});
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
