import { describe, expect, it } from 'vitest';
import { cli, file, type TextReportJson } from './cli-harness.ts';

const SET = `value,unit,measure,period,source title,publisher,date,url,quote,keywords
"12,345",count,electric buses in service,by the end of 2024,City transport report,City Transport Bureau,2025-01-15,https://example.org/report,"The city had 12,345 electric buses in service.",electric buses
`;
const BAD = `value,unit,measure,period,source title,date,url
"3,5",count,widgets,in 2024,Report,2025-01-01,
-7,count,gadgets,in 2024,Report,2025-01-01,javascript:alert(1)
`;
const WARN = `value,measure,source title,date,quote
42,widgets made,Report,2025-01-01,We made many widgets.
`;
const DRAFT =
  'The city now runs 12,345 electric buses. China had 44,499 national standards at the end of 2023.';

describe('factcheck check/sheet --figures', () => {
  it('checks against the user set added to the built-in one', async () => {
    const sets = file('buses.csv', SET);
    const { stdout, code, stderr } = await cli([
      'check',
      file('draft.txt', DRAFT),
      '--figures',
      sets,
      '--json',
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as TextReportJson;
    expect(report.mentions.map((m) => m.verdict)).toEqual(['verified', 'verified']);
    expect(report.figures[report.mentions[0]!.figure!]?.source.title).toBe('City transport report');
  });

  it('checks a sheet against it too', async () => {
    const sheet = file('buses-sheet.csv', 'Indicator,2024\nElectric buses in service (end of year),12345\n');
    const without = await cli(['sheet', sheet, '--json']);
    const withSet = await cli(['sheet', sheet, '--json', '--figures', file('buses2.csv', SET)]);
    const verdict = (out: string) =>
      (JSON.parse(out) as { cells: Array<{ verdict: string }> }).cells[0]?.verdict;
    expect(verdict(without.stdout)).toBe('unverified');
    expect(verdict(withSet.stdout)).toBe('verified');
  });

  it('refuses a bad set with every error, before checking anything', async () => {
    const { code, stdout, stderr } = await cli([
      'check',
      file('d.txt', DRAFT),
      '--figures',
      file('bad.csv', BAD),
    ]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/bad\.csv row 2: value: "3,5" is not an unambiguous number/);
    expect(stderr).toMatch(/bad\.csv row 3: url/);
  });
});

describe('factcheck validate', () => {
  it('prints every error with row and field and exits 2', async () => {
    const { code, stdout } = await cli(['validate', file('bad2.csv', BAD)]);
    expect(code).toBe(2);
    expect(stdout.trim().split('\n')).toEqual([
      expect.stringMatching(/^error: .*bad2\.csv row 2: value: "3,5" is not an unambiguous number/),
      expect.stringMatching(
        /^error: .*bad2\.csv row 3: url: "javascript:alert\(1\)" is not an http\(s\) URL/,
      ),
    ]);
  });

  it('exits 0 for a valid set, printing its warnings', async () => {
    const { code, stdout } = await cli(['validate', file('warn.csv', WARN)]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^warning: .*warn\.csv row 2: quote: the quote does not contain its number "42"/m);
    expect(stdout).toMatch(/warn\.csv: 1 figure\(s\), valid, 1 warning\(s\) to confirm/);
    expect((await cli(['validate', file('good.csv', SET)])).code).toBe(0);
  });

  it('validates JSON with paths', async () => {
    const { code, stdout } = await cli([
      'validate',
      file('bad.json', '{"source": {"id": "Bad Id"}, "figures": []}'),
    ]);
    expect(code).toBe(2);
    expect(stdout).toMatch(/^error: \S*bad\.json: source\.id:/m);
  });
});

describe('options a command does not use', () => {
  it('are refused with exit 2, not silently ignored', async () => {
    const sheet = await cli([
      'sheet',
      file('s.csv', 'Indicator,2023\nNational standards,44499\n'),
      '--format',
      'markdown',
    ]);
    expect(sheet.code).toBe(2);
    expect(sheet.stderr).toMatch(/"sheet" writes text or json, not markdown/);
    const figures = await cli(['figures', '--date', '2024-01-01']);
    expect(figures.code).toBe(2);
    expect(figures.stderr).toMatch(/--date does not apply to "figures"/);
    const validate = await cli(['validate', file('v.csv', 'value,measure\n1,x\n'), '--json']);
    expect(validate.code).toBe(2);
    expect(validate.stderr).toMatch(/--json does not apply to "validate"/);
  });
});
