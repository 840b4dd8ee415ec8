import { describe, expect, it } from 'vitest';
import { cli, file, type TextReportJson } from './cli-harness.ts';
import { writeTextReportJson } from '../src/report/json-stream.ts';
import { checkText } from '../src/check/check-text.ts';
import { builtinSet } from '../src/set/builtin-set.ts';

const ARTICLE =
  'By the end of 2023, China had 44,499 national standards. China had 44,499 national standards. In 2023 regulators recalled 7.28 million defective vehicles.';

describe('check --json', () => {
  it('gives each official figure once, in a map that mentions name by id', async () => {
    const { stdout } = await cli(['check', file('twice.txt', ARTICLE), '--json']);
    const report = JSON.parse(stdout) as TextReportJson;
    const [a, b] = report.mentions;
    expect(a?.figure).toBeTypeOf('string');
    expect(b?.figure).toBe(a?.figure);
    expect(stdout.split(`"id":${JSON.stringify(a?.figure)}`)).toHaveLength(2); // written once
    const named = new Set(report.mentions.flatMap((m) => [m.figure, ...m.alternatives]).filter(Boolean));
    expect(new Set(Object.keys(report.figures))).toEqual(named);
    expect(report.figures[a!.figure!]?.value).toBe(44499);
  });

  it('writes a big report in pieces, never as one string', async () => {
    const text = '1,'.repeat(20_000);
    const { stdout, writes, code } = await cli(['check', file('ones.txt', text), '--json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as TextReportJson;
    expect(report.summary.total).toBe(20_000);
    expect(report.mentions).toHaveLength(20_000);
    expect(writes).toBeGreaterThan(20);
    // (Twenty thousand figures checked in a child process: slow on a busy machine, and not a speed test.)
  }, 30_000);

  it('waits for a slow reader before writing more', async () => {
    const mentions = checkText('1,'.repeat(5_000), builtinSet()).mentions;
    let pending = false;
    let overlapped = false;
    let pieces = 0;
    await writeTextReportJson(mentions, () => {
      if (pending) overlapped = true;
      pending = true;
      pieces++;
      return new Promise<void>((resolve) =>
        setTimeout(() => {
          pending = false;
          resolve();
        }, 1),
      );
    });
    expect(pieces).toBeGreaterThan(2);
    expect(overlapped).toBe(false);
    // (Thousands of pieces, each waiting a timer tick: not a speed test either.)
  }, 30_000);
});
