import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { builtinSet } from '../src/set/builtin-set.ts';
import { importFigureSet } from '../src/set/user-set.ts';
import { parsePlainNumber } from '../src/rules/numbers.ts';
import { jsonFile } from './user-set-file.ts';

const HEADER = 'value,unit,measure,period,source title,date,url,quote';
const csv = (...rows: string[]) => [HEADER, ...rows].join('\n');
const where = (r: ReturnType<typeof importFigureSet>) =>
  r.ok ? [] : r.issues.map((i) => `${i.where}: ${i.path}`);

describe('CSV import: only unambiguous numbers', () => {
  it.each(['3,5', '1,2,3', ',,,5', '12,34,567', '1.2.3'])('rejects %s with its row and field', (value) => {
    const result = importFigureSet(csv(`"${value}",count,widgets,in 2024,Report,2025-01-01,,`), 'nums.csv');
    expect(result.ok).toBe(false);
    expect(where(result)).toEqual(['nums.csv row 2: value']);
    if (!result.ok) expect(result.issues[0]!.message).toContain(`"${value}"`);
  });

  it.each([
    ['12,345', 12345],
    ['0.5', 0.5],
    ['1,234,567.25', 1234567.25],
    ['3.3 million', 3_300_000],
  ])('still reads %s', (text, value) => {
    const result = importFigureSet(csv(`"${text}",,widgets,in 2024,Report,2025-01-01,,`), 'ok.csv');
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.set.figures[0]!.value).toBe(value);
  });

  it('reads decimal commas only when told the separator is a comma', () => {
    expect(parsePlainNumber('3,5')).toBeUndefined();
    expect(parsePlainNumber('3,5', ',')).toBe(3.5);
    expect(parsePlainNumber('1.234,5', ',')).toBe(1234.5);
    expect(parsePlainNumber('1\u202f234,5', ',')).toBe(1234.5);
    expect(parsePlainNumber('1.23', ',')).toBeUndefined();
  });
});

describe('import: values, periods and links no source can state', () => {
  it('rejects a negative count in CSV at its row', () => {
    expect(where(importFigureSet(csv('-5,count,widgets,in 2024,Report,2025-01-01,,'), 'n.csv'))).toEqual([
      'n.csv row 2: value',
    ]);
  });

  it('rejects a share over 100% in CSV, but keeps a growth rate in JSON', () => {
    expect(
      where(importFigureSet(csv('250%,,share of widgets,in 2024,Report,2025-01-01,,'), 'p.csv')),
    ).toEqual(['p.csv row 2: value']);
    const growth = importFigureSet(
      jsonFile({
        value: 250,
        unit: 'percent',
        period: { label: 'from 2020 to 2024', kind: 'change', start: '2020-01-01', end: '2024-12-31' },
        quote: 'Output grew 250%.',
        numberText: '250%',
      }),
      'g.json',
    );
    expect(growth.ok).toBe(true);
  });

  it.each([
    ['a negative count', { value: -3 }, {}, 'figures[0].value'],
    ['a share of 250%', { value: 250, unit: 'percent' }, {}, 'figures[0].value'],
    [
      'a period ending before it starts',
      { period: { label: 'in 2024', kind: 'during', start: '2024-12-31', end: '2024-01-01' } },
      {},
      'figures[0].period.end',
    ],
    ['a javascript: URL', {}, { url: 'javascript:alert(1)' }, 'source.url'],
    [
      'a data: URL among the alternates',
      {},
      { alternateUrls: ['data:text/html,x'] },
      'source.alternateUrls[0]',
    ],
  ])('rejects %s in JSON with its path', (_what, figure, source, path) => {
    const result = importFigureSet(jsonFile(figure, source), 'bad.json');
    expect(result.ok).toBe(false);
    expect(where(result)).toEqual([`bad.json: ${path}`]);
  });

  it('rejects a javascript: URL in CSV', () => {
    expect(
      where(importFigureSet(csv('5,count,widgets,in 2024,Report,2025-01-01,javascript:alert(1),'), 'u.csv')),
    ).toEqual(['u.csv row 2: url']);
  });

  it.each([
    ['an empty file', ''],
    ['an empty JSON array', '[]'],
    ['a source without figures', JSON.stringify({ ...JSON.parse(jsonFile()), figures: [] })],
  ])('rejects %s', (_what, text) => {
    const result = importFigureSet(text, 'empty.json');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]).toMatchObject({ where: 'empty.json', path: '(file)' });
  });
});

describe('import: a quote without its number is a warning, not an error', () => {
  it('in JSON, with the path of the quote', () => {
    const result = importFigureSet(jsonFile({ quote: 'We made many widgets.' }), 'w.json');
    expect(result.ok).toBe(true);
    expect(result.warnings).toEqual([
      { where: 'w.json', path: 'figures[0].quote', message: 'the quote does not contain its number "42"' },
    ]);
  });

  it('in CSV, with the row', () => {
    const result = importFigureSet(
      csv('42,count,widgets,in 2024,Report,2025-01-01,,We made many widgets.'),
      'w.csv',
    );
    expect(result.ok).toBe(true);
    expect(result.warnings.map((w) => `${w.where}: ${w.path}`)).toEqual(['w.csv row 2: quote']);
  });

  it('finds the number in a quote that groups its digits, and does not warn', () => {
    const result = importFigureSet(
      csv('7321,count,tea houses,by 2024,Survey,2025-01-15,,"Hangzhou had 7,321 tea houses."'),
      't.csv',
    );
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.warnings).toEqual([]);
    expect(result.set.figures[0]!.numberText).toBe('7,321');
  });

  it('gives no warning for a quote that states its number', () => {
    expect(importFigureSet(jsonFile(), 'ok.json').warnings).toEqual([]);
  });
});

describe('import: linear in rows sharing a measure', () => {
  it('gives 20,000 rows of one measure distinct ids in order, and never collides with a later suffix-like measure', () => {
    const rows = Array.from(
      { length: 20_000 },
      (_, i) => `${i + 1},count,widgets,in 2024,Report,2025-01-01,,`,
    );
    rows.push('7,count,widgets 2,in 2024,Report,2025-01-01,,');
    const result = importFigureSet(csv(...rows), 'many.csv');
    if (!result.ok) throw new Error(JSON.stringify(result.issues.slice(0, 3)));
    const ids = result.set.figures.map((f) => f.id);
    expect(new Set(ids).size).toBe(20_001);
    expect(ids.slice(0, 3)).toEqual([
      'user-report-2025-01-01/widgets',
      'user-report-2025-01-01/widgets-2',
      'user-report-2025-01-01/widgets-3',
    ]);
  });
});

describe('a user set that clashes with the loaded set', () => {
  it('names the file each clashing id comes from', () => {
    const file = readFileSync(
      new URL('../../data/figures/cqn-2024-03-04-quality-2023.json', import.meta.url),
      'utf8',
    );
    const result = importFigureSet(file, 'copy.json', builtinSet());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.length).toBeGreaterThan(0);
    expect(result.issues.every((i) => i.where.startsWith('copy.json'))).toBe(true);
  });
});
