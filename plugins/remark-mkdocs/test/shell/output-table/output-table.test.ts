import {existsSync, readFileSync, readdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import * as api from '../../../lib/shell/output-table';
import {parseOutputTables} from '../../../lib/shell/output-table';
import {renderTabwriter} from './tabwriter';

/**
 * One generic runner over `fixtures/<case>/`: `input.txt` is sample output as
 * an author pastes it, `expected.json` the tables (`null`: stays plain text).
 * `UPDATE=1` rewrites expectations; review every change by eye.
 */
const root = path.join(import.meta.dirname, 'fixtures');
const update = process.env.UPDATE === '1';
const cases = readdirSync(root).filter((name) => existsSync(path.join(root, name, 'input.txt')));

describe('fixtures', () => {
  it('has cases, positive and negative', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
    const expectations = cases.map((name) => readFileSync(path.join(root, name, 'expected.json'), 'utf8').trim());
    expect(expectations.filter((text) => text === 'null').length).toBeGreaterThanOrEqual(5);
  });

  for (const name of cases) {
    it(name, () => {
      const dir = path.join(root, name);
      const tables = parseOutputTables(readFileSync(path.join(dir, 'input.txt'), 'utf8'));
      const actual = JSON.stringify(tables ?? null, null, 2) + '\n';
      const file = path.join(dir, 'expected.json');
      if (update || !existsSync(file)) writeFileSync(file, actual);
      expect(actual).toBe(readFileSync(file, 'utf8'));
    });
  }
});

describe('parseOutputTables', () => {
  it('exports exactly the documented API', () => {
    expect(Object.keys(api).sort()).toEqual(['parseOutputTables']);
  });

  it('gives undefined for a block without text', () => {
    expect(parseOutputTables('')).toBeUndefined();
    expect(parseOutputTables(' \n\t\n')).toBeUndefined();
  });

  it('reads no header in a line of file names (`ls` of long names, two per line), whatever their first letter', () => {
    expect(parseOutputTables('NA12878_chr20-22.R1_fastqc.html NA12878_chr20-22.R2_fastqc.html\nNA12878_chr20-22.R1_fastqc.zip  NA12878_chr20-22.R2_fastqc.zip\n')).toBeUndefined();
    expect(parseOutputTables('Sample_1.bam  Sample_2.bam\nSample_3.bam  Sample_4.bam\n')).toBeUndefined();
    // df's Title-case header still is one.
    expect(parseOutputTables('Filesystem      Size  Used Avail Use% Mounted on\n/dev/vda1        20G  4.1G   16G  21% /\n')).toHaveLength(1);
  });

  it('numbers lines from the input, blank and coloured lines included', () => {
    const text = '\n\u001b[0m\nNAME   READY\nweb    1/1\n\n\nNAME   AGE\nweb    5m\n';
    expect(parseOutputTables(text)?.map((table) => table.line)).toEqual([3, 7]);
  });

  it('keeps an empty cell in a middle column as ""', () => {
    const text = 'NAME   CLASS   ADDRESS   PORTS\nweb    nginx             80\n';
    expect(parseOutputTables(text)?.[0].rows).toEqual([['web', 'nginx', '', '80']]);
  });

  it('counts code points, not UTF-16 units', () => {
    const text = renderTabwriter([
      ['NAME', 'NOTE', 'AGE'],
      ['a', '𝔘𝔫𝔦', '1m'],
      ['b', 'ok', '2m'],
    ]);
    expect(parseOutputTables(text)?.[0].rows).toEqual([
      ['a', '𝔘𝔫𝔦', '1m'],
      ['b', 'ok', '2m'],
    ]);
  });

  it('joins a one-space label over blank cells, keeps a wide gap a column', () => {
    // `NODE` has nothing under it in any row; `ADDRESS` is a real, empty column.
    const text = 'NAME   NOMINATED NODE   ADDRESS   AGE\nweb    <none>                     5m\n';
    expect(parseOutputTables(text)).toEqual([
      {header: ['NAME', 'NOMINATED NODE', 'ADDRESS', 'AGE'], rows: [['web', '<none>', '', '5m']], line: 1},
    ]);
  });

  it('gives up when one group of several is not a table', () => {
    const table = 'NAME   READY\nweb    1/1';
    expect(parseOutputTables(`${table}\n\n${table}`)).toHaveLength(2);
    expect(parseOutputTables(`${table}\n\nserver started\n\n${table}`)).toBeUndefined();
  });

  // How long this takes is measured by `npm run bench` (pathological case "output table in a bash fence (rows)",
  // linear per doubling), not here: a timed unit test fails on a busy machine.
  describe('10,000 rows, read as one table', () => {
    const header = ['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE', 'IP', 'NODE', 'NOMINATED NODE', 'READINESS GATES'];
    const rows = Array.from({length: 10_000}, (_, index) => [
      `web-7c5ddbdf54-${index.toString(36).padStart(5, '0')}`,
      '1/1',
      index % 7 === 0 ? 'CrashLoopBackOff' : 'Running',
      index % 5 === 0 ? `${index % 9} (${index % 60}s ago)` : '0',
      `${index % 90}m`,
      `10.244.${index % 256}.${(index * 7) % 256}`,
      `worker-${index % 3}`,
      '<none>',
      '<none>',
    ]);
    const lines = renderTabwriter([header, ...rows], {minwidth: 6}).split('\n');
    // Nudges that rule out the exact reading (row 1's READY one column right),
    // then every gutter between STATUS and RESTARTS (row 0's widest STATUS two
    // right, row 2's RESTARTS one left), which leaves reading each row alone.
    const nudgedRight = [...lines];
    nudgedRight[2] = nudgedRight[2].replace('   1/1', '    1/1');
    const noGutter = [...nudgedRight];
    noGutter[1] = noGutter[1].replace('   CrashLoopBackOff', '     CrashLoopBackOff');
    noGutter[3] = noGutter[3].replace(/Running( +)0/, (_, spaces: string) => `Running${spaces.slice(1)}0`);

    for (const [name, text] of [
      ['tabwriter output', lines],
      ['a nudged row (gutters)', nudgedRight],
      ['nudges that close a gutter (each row on its own)', noGutter],
    ] as const) {
      it(name, () => {
        expect(parseOutputTables(text.join('\n'))).toEqual([{header, rows, line: 1}]);
      });
    }
  });
});
