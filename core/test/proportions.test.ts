import { describe, expect, it } from 'vitest';
import { verdictsOf } from './verdicts-of.ts';
import { checkText } from '../src/check/check-text.ts';
import { builtinSet } from '../src/set/builtin-set.ts';
import { extractFigures } from '../src/extract/extract.ts';
import { compareValues } from '../src/judge/value-compare.ts';
import { NUMBER_LEXICON, NumberLexiconSchema } from '../src/extract/lexicon.ts';

const only = (text: string) => {
  const found = extractFigures(text);
  expect(found, `expected one figure in: ${text}`).toHaveLength(1);
  const m = found[0]!;
  expect(text.slice(m.start, m.end)).toBe(m.text);
  return m;
};
const texts = (text: string) => extractFigures(text).map((m) => m.text);

describe('proportions in English words', () => {
  it.each([
    ['A fifth of the firms failed the check.', 'A fifth', 20, 'exact'],
    ['Half of the plants were inspected.', 'Half', 50, 'exact'],
    ['More than half of the samples passed.', 'half', 50, 'more-than'],
    ['Nearly half of all recalls were voluntary.', 'half', 50, 'nearly'],
    ['A third of the standards were revised.', 'A third', 33.3333333333, 'exact'],
    ['Two-thirds of the labs are private.', 'Two-thirds', 66.6666666667, 'exact'],
    ['three quarters of the recalls', 'three quarters', 75, 'exact'],
    ['Two in three consumers had heard of it.', 'Two in three', 66.6666666667, 'exact'],
    ['Seven out of ten firms reported growth.', 'Seven out of ten', 70, 'exact'],
    ['three in five products met the standard', 'three in five', 60, 'exact'],
    ['about one in four enterprises', 'one in four', 25, 'about'],
    ['1 in 5 samples failed', '1 in 5', 20, 'exact'],
  ])('%s -> %s', (text, written, value, qualifier) => {
    const m = only(text);
    expect(m.text).toBe(written);
    expect(m.unit).toBe('percent');
    expect(m.value).toBeCloseTo(value, 6);
    expect(m.qualifier).toBe(qualifier);
  });

  it('gives a proportion the precision of its words: ten points, or one part in its denominator', () => {
    expect(only('Seven out of ten firms reported growth.').precision).toBe(10);
    expect(only('A third of the standards were revised.').precision).toBe(10);
    expect(only('one in twenty samples').precision).toBe(5);
  });

  it('"seven out of ten" is a rounding of 68.3% but not of 52%', () => {
    const m = only('Seven out of ten firms reported growth.');
    expect(compareValues(m, { value: 68.3, qualifier: 'exact' })).toBe('consistent');
    expect(compareValues(m, { value: 52, qualifier: 'exact' })).toBe('different');
    // "three in five" admits 55–65%: 63.47% fits.
    expect(compareValues(only('three in five products'), { value: 63.47, qualifier: 'exact' })).toBe(
      'consistent',
    );
  });

  it('"nearly a million" is 900,000 up to a million', () => {
    const m = only('Nearly a million vehicles were recalled.');
    expect(m.value).toBe(1e6);
    expect(m.qualifier).toBe('nearly');
    expect(compareValues(m, { value: 962_000, qualifier: 'exact' })).toBe('consistent');
    expect(compareValues(m, { value: 700_000, qualifier: 'exact' })).toBe('different');
  });

  it.each([
    ['the first half of the year', 'a period'],
    ['output was cut by half', 'a change read elsewhere'],
    ['the other half of the team', 'a part'],
    ['a third round of talks', 'an ordinal'],
    ['a half-day session', 'a compound'],
    ['in 2023 three in 2024', 'no share: years'],
  ])('not a proportion: %s (%s)', (text) => {
    expect(extractFigures(text).filter((m) => m.unit === 'percent')).toEqual([]);
  });
});

describe('multiplicative changes', () => {
  it.each([
    ['Exports tripled in five years.', 'tripled', 3, 'times', 'exact'],
    ['Output more than doubled.', 'doubled', 2, 'times', 'more-than'],
    ['The backlog quadrupled.', 'quadrupled', 4, 'times', 'exact'],
    ['Complaints halved last year.', 'halved', -50, 'percent', 'exact'],
    ['产值翻两番', '翻两番', 4, 'times', 'exact'],
    ['收入翻了一番', '翻了一番', 2, 'times', 'exact'],
    ['產值翻兩番', '翻兩番', 4, 'times', 'exact'],
    ['投诉量减半', '减半', -50, 'percent', 'exact'],
    ['A doubling of recalls since 2020.', 'doubling', 2, 'times', 'exact'],
    ['NEV recalls were tripling.', 'tripling', 3, 'times', 'exact'],
    ['Group standards saw a sevenfold rise.', 'sevenfold', 7, 'times', 'exact'],
    ['There are twice as many labs.', 'twice', 2, 'times', 'exact'],
  ])('%s -> %s', (text, written, value, unit, qualifier) => {
    const m = extractFigures(text).find((x) => x.text === written);
    expect(m, texts(text).join(' | ')).toBeDefined();
    expect(m!.value).toBe(value);
    expect(m!.unit).toBe(unit);
    expect(m!.qualifier).toBe(qualifier);
  });
});

it('"twice" is a multiple only before what it multiplies, never a frequency', () => {
  expect(extractFigures('Meetings are held twice a year.')).toEqual([]);
});

describe('proportions and coarse counts in Chinese', () => {
  it.each([
    ['七成企业实现增长', '七成', 70, 'percent', 'exact'],
    ['近七成企业实现增长', '七成', 70, 'percent', 'nearly'],
    ['近七成企業實現增長', '七成', 70, 'percent', 'nearly'],
    ['其中两成多来自民营企业', '两成多', 20, 'percent', 'more-than'],
    ['其中兩成多來自民營企業', '兩成多', 20, 'percent', 'more-than'],
    ['九成以上的样品合格', '九成', 90, 'percent', 'at-least'],
    ['三分之一的标准已修订', '三分之一', 33.3333333333, 'percent', 'exact'],
    ['合格率为百分之九十', '百分之九十', 90, 'percent', 'exact'],
    ['逾千家企业参加', '千', 1000, 'count', 'more-than'],
    ['召回近百万辆', '百万', 1e6, 'count', 'nearly'],
    ['召回近百萬輛', '百萬', 1e6, 'count', 'nearly'],
    ['营收超百亿元', '百亿', 1e10, 'yuan', 'more-than'],
  ])('%s -> %s', (text, written, value, unit, qualifier) => {
    const m = only(text);
    expect(m.text).toBe(written);
    expect(m.value).toBeCloseTo(value, 6);
    expect(m.unit).toBe(unit);
    expect(m.qualifier).toBe(qualifier);
  });

  it('近七成 for 66% is a fair hedge; for 72% it is not', () => {
    const m = only('近七成企业实现增长');
    expect(compareValues(m, { value: 66, qualifier: 'exact' })).toBe('consistent');
    expect(compareValues(m, { value: 72, qualifier: 'exact' })).toBe('different');
  });

  it('逾千 is a coarse figure: more than 1,000 at a precision of a thousand', () => {
    const m = only('逾千家企业参加');
    expect(m.precision).toBe(1000);
    expect(compareValues(m, { value: 1350, qualifier: 'exact' })).toBe('consistent');
    expect(compareValues(m, { value: 980, qualifier: 'exact' })).toBe('different');
  });

  it.each([
    ['数十家企业参加', 'several tens'],
    ['數十家企業參加', 'several tens, traditional'],
    ['几十个项目', 'a few tens'],
    ['上千家企业参加', 'upwards of a thousand'],
    ['成千上万的消费者', 'thousands upon thousands'],
    ['公司成立于当年', '成立: founded'],
    ['一成不变的做法', 'an idiom'],
    ['附近千米范围内', '附近: nearby, not nearly'],
    ['最近百年来', '最近: recently'],
  ])('vague or not a number: %s (%s)', (text) => {
    expect(texts(text)).toEqual([]);
  });
});

describe('the number-word lexicon', () => {
  it('is valid and lists simplified and traditional forms', () => {
    expect(() => NumberLexiconSchema.parse(NUMBER_LEXICON)).not.toThrow();
    expect(Object.keys(NUMBER_LEXICON.multiples.times)).toEqual(expect.arrayContaining(['翻两番', '翻兩番']));
  });

  it('rejects a malformed lexicon', () => {
    const broken = { ...NUMBER_LEXICON, fractions: { README: 'x', words: { half: 1 } } };
    expect(NumberLexiconSchema.safeParse(broken).success).toBe(false);
  });
});

describe('fractions and multipliers in context', () => {
  const texts = (t: string) => extractFigures(t).map((m) => m.text);
  it('reads "a third" as a share when a hedge precedes it or the clause ends after it', () => {
    expect(texts('Steering alone accounted for a third.')).toEqual(['a third']);
    expect(texts('Revenue rose about a fifth in 2023.')).toEqual(['a fifth']);
    expect(texts('He won a third term, and a third round of talks began.')).toEqual([]);
  });

  it('reads "double the …" as a multiplier, never "a double standard"', () => {
    expect(texts("more than double the previous year's number")).toEqual(['double']);
    expect(texts('a double standard and double-digit growth')).toEqual([]);
  });
});

describe('a share of a count that is no official figure', () => {
  it('is not checked, whatever official share its value is near', () => {
    const text = 'A Guangzhou dealer said it had recalled 38,600 cars in 2025, a fifth of them over the air.';
    const m = checkText(text, builtinSet(), { date: '2026-03-20' }).mentions.find(
      (x) => x.text === 'a fifth',
    )!;
    expect(m.verdict, m.explanation).toBe('unverified');
    expect(m.explanation).toContain('38,600');
  });

  it('is checked when the count is the official one', () => {
    const text = 'China recalled 6.846 million vehicles in 2025, about a quarter of them over the air.';
    const m = checkText(text, builtinSet(), { date: '2026-03-20' }).mentions.find(
      (x) => x.text === 'a quarter',
    )!;
    expect(m.verdict, m.explanation).toBe('approximate');
  });
});

describe('Chinese halves, increases by one times and numerals with 多', () => {
  it('reads 一半, 增长逾一倍 and 两百多家', () => {
    const read = (t: string) => extractFigures(t).map((m) => [m.value, m.unit, m.qualifier]);
    expect(read('占比超过一半')).toEqual([[50, 'percent', 'more-than']]);
    expect(read('涉及車輛按年增加逾一倍')).toEqual([[1, 'times', 'more-than']]);
    expect(read('一年增加两百多家')).toEqual([[200, 'count', 'more-than']]);
    // (One alone, or one times not said of an increase, is no figure.)
    expect(read('一倍的差距，一家企业')).toEqual([]);
  });

  it('checks an increase by one times as +100%', () => {
    const m = checkText(
      '2025年，实施机动车排放召回涉及车辆57.8万辆，同比增长超过一倍。',
      builtinSet(),
    ).mentions.find((x) => x.unit === 'times');
    expect(m?.verdict, m?.explanation).not.toBe('unverified');
  });
});

describe('tenths with a hundredths digit (四成五, 七成三)', () => {
  it('reads the digit after 成 as hundredths, but not a digit that counts something', () => {
    const read = (text: string) => extractFigures(text).map((m) => [m.text, m.value, m.precision]);
    expect(read('新能源車占了四成五，')).toEqual([['四成五', 45, 1]]);
    expect(read('七成三的人')).toEqual([['七成三', 73, 1]]);
    expect(read('三成五年内')).toEqual([['三成', 30, 10]]);
  });

  it('contradicts 四成五 for the 40% share of new-energy vehicles in 2024', () => {
    expect(verdictsOf('2024年，新能源汽车召回占全年召回总数量的四成五。', '2025-04-01')['四成五']).toBe(
      'contradicted',
    );
  });
});

describe('a digit after 成 that is no hundredths', () => {
  it('is left alone before a classifier or a word', () => {
    const read = (text: string) => extractFigures(text).map((m) => [m.text, m.value]);
    expect(read('新能源占四成五辆中')[0]).toEqual(['四成', 40]);
    expect(read('三成二手车，三成一般')).toEqual([
      ['三成', 30],
      ['三成', 30],
    ]);
  });
});
