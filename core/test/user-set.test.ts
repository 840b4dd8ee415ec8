import { describe, expect, it } from 'vitest';
import { jsonFile } from './user-set-file.ts';
import { builtinSet } from '../src/set/builtin-set.ts';
import { importFigureSet } from '../src/set/user-set.ts';
import { checkText } from '../src/check/check-text.ts';

const CSV = `value,unit,measure,qualifier,period,source title,publisher,date,url,quote,keywords
"12,345",count,electric buses in service,exact,by the end of 2024,City transport report,City Transport Bureau,2025-01-15,https://example.org/report,"The city had 12,345 electric buses in service.",electric buses;e-buses
87.5%,percent,on-time rate of buses,about,in 2024,City transport report,City Transport Bureau,2025-01-15,https://example.org/report,"The on-time rate was about 87.5%.",on-time rate
`;

describe('importing a user figure set', () => {
  it('imports a CSV and its figures take effect, merged with the built-in set', () => {
    const result = importFigureSet(CSV, 'buses.csv', builtinSet());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.figureCount).toBe(2);
    const merged = builtinSet().merge(result.set);
    const report = checkText(
      'The city now runs 12,345 electric buses. China had 44,499 national standards at the end of 2023.',
      merged,
    );
    expect(report.mentions.map((m) => m.verdict)).toEqual(['verified', 'verified']);
    expect(report.mentions[0]!.figure!.source.publisher).toBe('City Transport Bureau');
  });

  it('never alters the built-in set', () => {
    const before = builtinSet().size;
    const result = importFigureSet(CSV, 'buses.csv');
    if (result.ok) builtinSet().merge(result.set);
    expect(builtinSet().size).toBe(before);
    expect(builtinSet().figures.some((f) => f.measure.includes('buses'))).toBe(false);
  });

  it('imports JSON in the data schema', () => {
    const json = jsonFile();
    const result = importFigureSet(json, 'mine.json');
    expect(result.ok).toBe(true);
  });

  it('lists every error with its row and field, and imports nothing from a file with errors', () => {
    const bad = `${CSV}lots,count,things,exact,,Report,Pub,2025-13-45,ftp://x,quote,\n1,parsecs,,maybe,,,,2025-01-01,,,\n`;
    const result = importFigureSet(bad, 'bad.csv');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const lines = result.issues.map((i) => `${i.where}: ${i.path}`);
    expect(lines).toEqual(
      expect.arrayContaining([
        'bad.csv row 4: value',
        'bad.csv row 4: date',
        'bad.csv row 4: url',
        'bad.csv row 5: unit',
        'bad.csv row 5: qualifier',
        'bad.csv row 5: measure',
        'bad.csv row 5: source title',
      ]),
    );
    expect(result.issues.every((i) => !i.where.includes('row 2') && !i.where.includes('row 3'))).toBe(true);
  });

  it('names missing columns', () => {
    const result = importFigureSet('number,what\n1,things\n', 'cols.csv');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.path)).toEqual(['sourceTitle', 'date']);
  });

  it('reports JSON errors with the path of the field', () => {
    const result = importFigureSet('{"source": {"id": "Bad Id"}, "figures": []}', 'x.json');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.path)).toContain('source.id');
    const broken = importFigureSet('{"source": ', 'broken.json');
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.issues[0]!.message).toMatch(/not valid JSON/);
  });

  it('refuses ids that clash with the figures already loaded', () => {
    const result = importFigureSet(CSV, 'buses.csv');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const again = importFigureSet(CSV, 'buses-again.csv', builtinSet().merge(result.set));
    expect(again.ok).toBe(false);
  });

  it('rejects an empty file', () => {
    expect(importFigureSet('  ', 'empty.csv').ok).toBe(false);
  });
});
