import { describe, expect, it } from 'vitest';
import { builtinSet } from '../src/set/builtin-set.ts';
import { importFigureSet } from '../src/set/user-set.ts';
import { checkText } from '../src/check/check-text.ts';
import { periodOfLabel } from '../src/set/period-label.ts';

describe("a CSV row's period column", () => {
  it('reads years, year ends, days, months and targets; anything else is dated by the source', () => {
    expect(periodOfLabel('2023', '', '2024-02-01')).toEqual({
      label: 'in 2023',
      kind: 'during',
      start: '2023-01-01',
      end: '2023-12-31',
    });
    expect(periodOfLabel('end of 2023', '', '2024-02-01')).toMatchObject({
      kind: 'as-of',
      end: '2023-12-31',
    });
    expect(periodOfLabel('2023年底', '', '2024-02-01')).toMatchObject({ kind: 'as-of', end: '2023-12-31' });
    expect(periodOfLabel('2024-08-31', '', '2024-09-10')).toMatchObject({ kind: 'as-of', end: '2024-08-31' });
    expect(periodOfLabel('2024-02', '', '2024-09-10')).toMatchObject({ kind: 'during', end: '2024-02-29' });
    expect(periodOfLabel('target 2025', '', '2024-03-01')).toMatchObject({
      kind: 'target',
      end: '2025-12-31',
    });
    expect(periodOfLabel('latest quarter', '', '2024-03-01')).toEqual({
      label: 'latest quarter',
      kind: 'as-of',
      end: '2024-03-01',
    });
    expect(periodOfLabel('2023', '2023-06-30', '2024-02-01')).toMatchObject({
      kind: 'as-of',
      end: '2023-06-30',
    });
  });

  it('makes a series whose other year is contradicted, not verified', () => {
    const csv = `value,measure,period,source title,date,quote
1100,electric buses in service in Shenzhen,2023,Shenzhen Transport Annual Report 2023,2024-02-01,"Shenzhen had 1,100 electric buses in service."
1234,electric buses in service in Shenzhen,2024,Shenzhen Transport Annual Report 2024,2025-02-01,"Shenzhen had 1,234 electric buses in service."
`;
    const result = importFigureSet(csv, 'series.csv', builtinSet());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const set = builtinSet().merge(result.set);
    const verdict = (text: string) => checkText(text, set).mentions[0]?.verdict;
    expect(verdict('In 2024, Shenzhen had 1,100 electric buses in service.')).toBe('contradicted');
    expect(verdict('In 2023, Shenzhen had 1,100 electric buses in service.')).toBe('verified');
  });
});
