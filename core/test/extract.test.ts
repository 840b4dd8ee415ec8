import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/extract/extract.ts';

const one = (text: string) => {
  const found = extractFigures(text);
  expect(found, `expected one figure in: ${text}`).toHaveLength(1);
  return found[0]!;
};
const texts = (text: string) => extractFigures(text).map((m) => m.text);

describe('extractFigures: English number forms', () => {
  it.each([
    ['There are 44,499 national standards.', '44,499', 44499, 'count'],
    ['There are 44499 national standards.', '44499', 44499, 'count'],
    ['standards exceeded 3.3 million items', '3.3 million', 3_300_000, 'count'],
    ['it recalled 3.3m cars', '3.3m', 3_300_000, 'count'],
    ['revenue of 470bn', '470bn', 470e9, 'count'],
    ['credit of RMB 32 billion to firms', 'RMB 32 billion', 32e9, 'yuan'],
    ['revenue of 470 billion yuan a year', '470 billion', 470e9, 'yuan'],
    ['grew by 45.3% last year', '45.3%', 45.3, 'percent'],
    ['grew by 45.3 per cent last year', '45.3 per cent', 45.3, 'percent'],
    ['reached 93.65 percent', '93.65 percent', 93.65, 'percent'],
    ['Eighteen departments jointly issued a plan', 'Eighteen', 18, 'count'],
    ['Thirty-four bases were built', 'Thirty-four', 34, 'count'],
    ['more than one million certified organizations', 'one million', 1e6, 'count'],
    ['a quarter of the world total', 'a quarter', 25, 'percent'],
    ['two-thirds of the firms', 'two-thirds', 66.6666666667, 'percent'],
    ['A million visitors came', 'A million', 1e6, 'count'],
    ['up 1.5 percentage points', '1.5 percentage points', 1.5, 'percentage-points'],
    ['up 0.28 of a point', '0.28 of a point', 0.28, 'percentage-points'],
    ['1,902 plans were issued', '1,902', 1902, 'count'],
    ['2056 specifications were issued', '2056', 2056, 'count'],
  ])('%s -> %s', (text, written, value, unit) => {
    const m = one(text);
    expect(m.text).toBe(written);
    expect(m.value).toBeCloseTo(value, 6);
    expect(m.unit).toBe(unit);
    expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('reads how precisely a number is written', () => {
    expect(one('about 44,500 standards').precision).toBe(100);
    expect(one('3.17 million standards').precision).toBe(10_000);
    expect(one('45.3% growth').precision).toBeCloseTo(0.1);
    expect(one('44,499 standards').precision).toBe(1);
  });
});

describe('extractFigures: hedges', () => {
  it.each([
    ['more than 45,000 standards', 'more-than'],
    ['over 1,400 platforms', 'more-than'],
    ['nearly 40 million yuan', 'nearly'],
    ['about 25% of the total', 'about'],
    ['roughly 3,000 firms', 'about'],
    ['the number exceeded 3.3 million', 'more-than'],
    ['at least 200 comparisons', 'at-least'],
    ['超过3.4万家机构', 'more-than'],
    ['近4000万元', 'nearly'],
    ['约25%', 'about'],
    ['逾1.2亿元', 'more-than'],
    ['3.4万余家', 'more-than'],
    ['44,499 national standards', 'exact'],
  ])('%s -> %s', (text, qualifier) => {
    expect(one(text).qualifier).toBe(qualifier);
  });
});

describe('extractFigures: Chinese number forms', () => {
  it.each([
    ['国家标准4.4万项', '4.4万', 44_000],
    ['召回缺陷汽车672.8万辆', '672.8万', 6_728_000],
    ['各类标准超过3.3亿', '3.3亿', 330_000_000],
    ['国家标准44499项', '44499', 44499],
    ['标准总数达3.3萬项', '3.3萬', 33_000],
    ['营收1.2億元', '1.2億', 120_000_000],
    ['检验检测机构3.4万余家', '3.4万余', 34_000],
    ['国家标准４４，４９９项', '４４，４９９', 44499],
    ['转化率达８３％', '８３％', 83],
    ['十八个部门联合印发', '十八', 18],
    ['三千万辆', '三千万', 30_000_000],
  ])('%s -> %s', (text, written, value) => {
    const m = one(text);
    expect(m.text).toBe(written);
    expect(m.value).toBeCloseTo(value, 6);
    expect(text.slice(m.start, m.end)).toBe(written);
  });

  it('reads full-width percent as a percentage', () => {
    expect(one('转化率达８３％').unit).toBe('percent');
  });
});

describe('extractFigures: what is not a figure', () => {
  it.each([
    ['years', 'In 2023, by the end of 2022, from 2022 to 2023, the 2024 report'],
    ['Chinese years and dates', '2024年3月27日，2023年底'],
    ['dates', 'on March 27, on 27 March 2024, on August 28, 2024, on 2024-03-27, 27/03/2024'],
    ['times', 'at 10:30, at 9 a.m., at 3 pm, 下午3点'],
    ['ordinals', 'the 20th Central Committee, the 1st batch, 第20届, 3rd place'],
    [
      'phone numbers',
      'call +86 10 6532 1234 or 010-12345678 or 400 810 8888 or the 12315 hotline, 12315热线, 010-8765 4321, 咨询电话12315',
    ],
    [
      'codes and names',
      'ISO 9001, GB 2760, GB/T 19001, COVID-19, 5G, 3D printing, IEC 1906 Awards, A380, H7N9',
    ],
    ['ranges in titles', 'Action Plan (2024-2030)'],
    [
      'compound adjectives and plain "one"',
      'one-stop services, a two-way street, one of the best, three-dimensional',
    ],
    ['vague quantities', 'hundreds of firms and thousands of products'],
  ])('%s', (_kind, text) => {
    expect(texts(text)).toEqual([]);
  });

  it('keeps counts next to non-figures', () => {
    expect(texts('On March 27, 2024, the SAMR said 2,902 national standards were released in 2023.')).toEqual(
      ['2,902'],
    );
  });
});

describe('extractFigures: offsets and context', () => {
  it('gives each mention its sentence and clause', () => {
    const text =
      'Officials spoke. By the end of 2023, there were 44,499 national standards and 4,164 samples. Next.';
    const [a, b] = extractFigures(text);
    expect(a!.context).toBe('By the end of 2023, there were 44,499 national standards and 4,164 samples.');
    expect(text.slice(a!.localStart, a!.localEnd)).toContain('national standards and ');
    expect(text.slice(b!.localStart, b!.localEnd)).not.toContain('there were');
  });

  it('indexes the original string even with full-width and astral characters before the number', () => {
    const text = '😀 国家标准４４，４９９项';
    const m = one(text);
    expect(text.slice(m.start, m.end)).toBe('４４，４９９');
  });

  it('returns nothing for empty input', () => {
    expect(extractFigures('')).toEqual([]);
  });
});
