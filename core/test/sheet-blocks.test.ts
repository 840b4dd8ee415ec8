import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/cli.ts';
import { checkTable } from '../src/check/check-table.ts';
import { builtinSet } from '../src/set/builtin-set.ts';

describe('factcheck sheet --json on a big sheet', () => {
  it('checks it block by block with the same verdicts as one check of the whole grid', async () => {
    const rows: string[][] = [['Measure', 'Period', 'Value']];
    const measures: Array<[string, string, string]> = [
      ['Defective vehicles recalled', '2023', '6728000'],
      ['Defective vehicles recalled', '2022', '6728000'],
      ['National standards in force', 'end of 2023', '44499'],
      ['Stadium seats', '2023', '65000'],
    ];
    for (let i = 0; i < 12_003; i++) rows.push([...measures[i % measures.length]!]);
    const file = join(mkdtempSync(join(tmpdir(), 'fc-sheet-')), 'big.csv');
    writeFileSync(file, rows.map((r) => r.join(',')).join('\n'));
    let out = '';
    const code = await runCli(['sheet', file, '--json'], {
      stdout: (t: string) => {
        out += t;
      },
      stderr: () => undefined,
      readStdin: () => Promise.resolve(Buffer.alloc(0)),
      stdinIsTTY: false,
    });
    expect(code).toBe(1); // 2023's value written for 2022 is contradicted
    const streamed = JSON.parse(out).cells.map((c: { row: number; col: number; verdict: string }) =>
      [c.row, c.col, c.verdict].join(':'),
    );
    const whole = checkTable({ values: rows, sheetName: 'big' }, builtinSet()).cells.map((c) =>
      [c.row, c.col, c.verdict].join(':'),
    );
    expect(streamed.length).toBe(12_003);
    expect(streamed).toEqual(whole);
  });
});
