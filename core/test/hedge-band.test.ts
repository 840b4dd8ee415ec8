import fc from 'fast-check';
import { verdictsOf } from './verdicts-of.ts';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/extract/extract.ts';
import { bandOf, relateBands, sourceBand, type Band } from '../src/judge/hedge-band.ts';
import { compareValues, currencyConflict, likelyError } from '../src/judge/value-compare.ts';
import { QUALIFIERS, type Qualifier } from '../src/set/schema.ts';
import { builtinSet } from '../src/set/builtin-set.ts';
import { checkText } from '../src/check/check-text.ts';

const numRuns = Number(process.env.FC_NUM_RUNS ?? 100);

const inBand = (x: number, b: Band): boolean =>
  (b.lowOpen ? x > b.low : x >= b.low) && (b.highOpen ? x < b.high : x <= b.high);

describe('bandOf: what a hedge admits at its number precision', () => {
  it.each<[string, number, number, Qualifier, number, number, boolean, boolean]>([
    ['more than 83%', 83, 1, 'more-than', 83, 84, true, true],
    ['more than 45,000', 45_000, 1000, 'more-than', 45_000, 46_000, true, true],
    ['at least 200', 200, 100, 'at-least', 200, 300, false, true],
    ['nearly 12,000', 12_000, 1000, 'nearly', 11_000, 12_000, true, true],
    ['less than 45,000', 45_000, 1000, 'less-than', 44_000, 45_000, false, true],
    ['up to 500', 500, 100, 'up-to', 400, 500, false, false],
    ['44,500 (a rounding)', 44_500, 100, 'exact', 44_450, 44_550, false, false],
    // Just below a round power of ten the unit is the next digit down.
    ['nearly a million', 1e6, 1e6, 'nearly', 900_000, 1e6, true, true],
    ['nearly 1,000', 1000, 1000, 'nearly', 900, 1000, true, true],
    // "Nearly" reaches at most 15% below its number: "nearly 600" is no hedge of 503.
    ['nearly 600', 600, 100, 'nearly', 510, 600, true, true],
    ['nearly two million', 2e6, 1e6, 'nearly', 1.7e6, 2e6, true, true],
    [
      'less than two million (true of any smaller number at that step)',
      2e6,
      1e6,
      'less-than',
      1e6,
      2e6,
      false,
      true,
    ],
  ])('%s', (_written, value, precision, qualifier, low, high, lowOpen, highOpen) => {
    const b = bandOf(value, precision, qualifier);
    expect(b.low).toBeCloseTo(low, 6);
    expect(b.high).toBeCloseTo(high, 6);
    expect([b.lowOpen, b.highOpen]).toEqual([lowOpen, highOpen]);
  });

  it('"about 44,500" is the rounding 44,450–44,550 widened by the hedge', () => {
    const b = bandOf(44_500, 100, 'about');
    expect(b.low).toBeLessThan(44_450);
    expect(b.high).toBeGreaterThan(44_550);
    // ...but not so far that it admits another figure: 3% either way.
    expect(inBand(42_000, b)).toBe(false);
    expect(inBand(47_000, b)).toBe(false);
  });

  it('mirrors a fall: "more than halved" (−50%) admits a fall of 50–60 points', () => {
    const b = bandOf(-50, 10, 'more-than');
    expect(inBand(-55, b)).toBe(true);
    expect(inBand(-45, b)).toBe(false);
    expect(inBand(-50, b)).toBe(false);
  });
});

describe('hedge bands against the source (the examples of issue 8)', () => {
  const quote = (value: number, precision: number, qualifier: Qualifier) => ({ value, precision, qualifier });

  it.each<[string, ReturnType<typeof quote>, number, Qualifier, 'equal' | 'consistent' | 'different']>([
    ['"about 44,500" for 44,499', quote(44_500, 100, 'about'), 44_499, 'exact', 'consistent'],
    ['"44,500" for 44,499', quote(44_500, 100, 'exact'), 44_499, 'exact', 'consistent'],
    ['"44,600" for 44,499', quote(44_600, 100, 'exact'), 44_499, 'exact', 'different'],
    // A plain number must itself lie in an "about" band, not only its rounding touch it.
    ['"23%" for "about 22%"', quote(23, 1, 'exact'), 22, 'about', 'different'],
    ['"22.4%" for "about 22%"', quote(22.4, 0.1, 'exact'), 22, 'about', 'consistent'],
    ['"RMB470bn" for "about 470bn"', quote(470e9, 1e9, 'exact'), 470e9, 'about', 'equal'],
    // A hedged number must hold the "about" source's value: the hedges' slack alone is no meeting.
    [
      '"nearly a million" for "about 1.02 million"',
      quote(1e6, 1e6, 'nearly'),
      1_020_000,
      'about',
      'different',
    ],
    [
      '"more than 1 million" for "about 1.02 million"',
      quote(1e6, 1e6, 'more-than'),
      1_020_000,
      'about',
      'consistent',
    ],
    [
      '"about 1 million" for "about 1.02 million"',
      quote(1e6, 1e6, 'about'),
      1_020_000,
      'about',
      'consistent',
    ],
    ['"more than 90%" for "more than 83%"', quote(90, 10, 'more-than'), 83, 'more-than', 'different'],
    ['"more than 80%" for "more than 83%"', quote(80, 10, 'more-than'), 83, 'more-than', 'consistent'],
    ['"84%" for "more than 83%"', quote(84, 1, 'exact'), 83, 'more-than', 'consistent'],
    ['"86%" for "more than 83%"', quote(86, 1, 'exact'), 83, 'more-than', 'different'],
    ['"45,300" for "more than 45,000"', quote(45_300, 100, 'exact'), 45_000, 'more-than', 'consistent'],
    ['"48,000" for "more than 45,000"', quote(48_000, 1000, 'exact'), 45_000, 'more-than', 'different'],
    ['"nearly 12,000" for 11,640', quote(12_000, 1000, 'nearly'), 11_640, 'exact', 'consistent'],
    ['"nearly 12,000" for 10,500', quote(12_000, 1000, 'nearly'), 10_500, 'exact', 'different'],
    // The next unit down or up is a number of its own: "nearly 90%" is not 80%, "more than 80%" not 90%.
    ['"nearly 90%" for 80%', quote(90, 10, 'nearly'), 80, 'exact', 'different'],
    ['"more than 80%" for 90%', quote(80, 10, 'more-than'), 90, 'exact', 'different'],
    ['"nearly 90%" for 86%', quote(90, 10, 'nearly'), 86, 'exact', 'consistent'],
    ['"more than 40,000" for 44,499', quote(40_000, 10_000, 'more-than'), 44_499, 'exact', 'consistent'],
    ['"more than 30,000" for 44,499', quote(30_000, 10_000, 'more-than'), 44_499, 'exact', 'different'],
    [
      '"nearly 45,000" for "more than 44,000"',
      quote(45_000, 1000, 'nearly'),
      44_000,
      'more-than',
      'consistent',
    ],
    [
      '"more than 46,000" for "more than 45,000"',
      quote(46_000, 1000, 'more-than'),
      45_000,
      'more-than',
      'different',
    ],
    // A floor one unit below the source's floor only rounds it down; two units below understates.
    [
      '"more than 44,000" for "more than 45,000"',
      quote(44_000, 1000, 'more-than'),
      45_000,
      'more-than',
      'consistent',
    ],
    [
      '"more than 43,000" for "more than 45,000"',
      quote(43_000, 1000, 'more-than'),
      45_000,
      'more-than',
      'different',
    ],
    ['"nearly 13,000" for "nearly 12,000"', quote(13_000, 1000, 'nearly'), 12_000, 'nearly', 'consistent'],
    ['"nearly 14,000" for "nearly 12,000"', quote(14_000, 1000, 'nearly'), 12_000, 'nearly', 'different'],
    ['"seven out of ten" for 68.3%', quote(70, 10, 'exact'), 68.3, 'exact', 'consistent'],
    ['"seven out of ten" for 52%', quote(70, 10, 'exact'), 52, 'exact', 'different'],
    ['"近七成" for 66.2%', quote(70, 10, 'nearly'), 66.2, 'exact', 'consistent'],
    ['"近七成" for 71%', quote(70, 10, 'nearly'), 71, 'exact', 'different'],
    ['"nearly a million" for 962,000', quote(1e6, 1e6, 'nearly'), 962_000, 'exact', 'consistent'],
    ['"nearly a million" for 600,000', quote(1e6, 1e6, 'nearly'), 600_000, 'exact', 'different'],
    [
      '"less than 45,000" for "more than 45,000"',
      quote(45_000, 1000, 'less-than'),
      45_000,
      'more-than',
      'different',
    ],
    ['"45,000" for "more than 45,000"', quote(45_000, 1000, 'exact'), 45_000, 'more-than', 'equal'],
  ])('%s: %s', (_what, q, value, qualifier, expected) => {
    expect(compareValues(q, { value, qualifier })).toBe(expected);
  });

  it('says whether a hedged claim overstates or understates what the source says', () => {
    const over = likelyError(
      { value: 90, precision: 10, qualifier: 'more-than' },
      { value: 83, qualifier: 'more-than' },
      'more than 90%',
      'more than 83%',
    );
    expect(over.kind).toBe('hedge');
    expect(over.message).toBe('overstates: "more than 90%" where the source only says more than 83%');
    const under = likelyError(
      { value: 30_000, precision: 10_000, qualifier: 'more-than' },
      { value: 44_499, qualifier: 'exact' },
      'more than 30,000',
      '44,499',
    );
    expect(under.message).toBe('understates: "more than 30,000" where the source says 44,499');
    const plain = likelyError(
      { value: 86, precision: 1, qualifier: 'exact' },
      { value: 83, qualifier: 'more-than' },
      '86%',
      'more than 83%',
    );
    expect(plain.message).toMatch(/^overstates: .*the source only says more than 83%$/);
  });
});

describe('hedge band properties', () => {
  const qualifier = fc.constantFrom(...QUALIFIERS);
  // Values and precisions as writers use them: 1–6 significant digits at a power-of-ten unit.
  const written = fc
    .record({ digits: fc.integer({ min: 1, max: 999_999 }), power: fc.integer({ min: -2, max: 6 }) })
    .map(({ digits, power }) => ({ value: digits * 10 ** power, precision: 10 ** power }));

  it('a band is never empty and holds its own number unless the hedge excludes it', () => {
    fc.assert(
      fc.property(written, qualifier, ({ value, precision }, q) => {
        const b = bandOf(value, precision, q);
        expect(b.low).toBeLessThan(b.high);
        const excludes = q === 'more-than' || q === 'nearly' || q === 'less-than';
        expect(inBand(value, b)).toBe(!excludes);
      }),
      { numRuns },
    );
  });

  it('"about" admits at least what the plain rounding admits', () => {
    fc.assert(
      fc.property(written, ({ value, precision }) => {
        const plain = bandOf(value, precision, 'exact');
        const about = bandOf(value, precision, 'about');
        expect(about.low).toBeLessThanOrEqual(plain.low);
        expect(about.high).toBeGreaterThanOrEqual(plain.high);
      }),
      { numRuns },
    );
  });

  it('a quote agrees with an exact source exactly when the source value is inside its band', () => {
    fc.assert(
      fc.property(written, qualifier, fc.double({ min: -1.5, max: 2.5, noNaN: true }), (w, q, t) => {
        const b = bandOf(w.value, w.precision, q);
        // A source value spread over the band and a little either side of it.
        const f = b.low + t * (b.high - b.low);
        if (f <= 0 || Math.abs(f - w.value) < 1e-9 * w.value) return;
        const relation = compareValues({ ...w, qualifier: q }, { value: f, qualifier: 'exact' });
        // Beyond the float tolerance of the comparison (a relative 1e-9).
        const margin = 1e-6 * Math.max(b.high - b.low, f);
        if (f > b.low + margin && f < b.high - margin) expect(relation).toBe('consistent');
        if (f < b.low - margin || f > b.high + margin) expect(relation).toBe('different');
      }),
      { numRuns },
    );
  });

  it('overstating and understating are mirror images', () => {
    const band = fc.tuple(written, qualifier).map(([w, q]) => bandOf(w.value, w.precision, q));
    fc.assert(
      fc.property(band, band, (a, b) => {
        const ab = relateBands(a, b);
        const ba = relateBands(b, a);
        if (ab === 'overlaps') expect(ba).toBe('overlaps');
        if (ab === 'overstates') expect(ba).toBe('understates');
        if (ab === 'understates') expect(ba).toBe('overstates');
      }),
      { numRuns },
    );
  });

  it('a larger "more than" claim than the source never understates it', () => {
    fc.assert(
      fc.property(written, fc.integer({ min: 1, max: 50 }), (w, steps) => {
        const source = sourceBand(w.value, 'more-than', w.precision);
        const quoted = bandOf(w.value + steps * w.precision, w.precision, 'more-than');
        expect(relateBands(quoted, source)).toBe('overstates');
      }),
      { numRuns },
    );
  });
});

describe("a source's floor at a round unit", () => {
  it('speaks to the digit below it: "more than 10%" is 10–11%, "more than 45,000" still 45,000–46,000', () => {
    expect(sourceBand(10, 'more-than')).toMatchObject({ low: 10, high: 11 });
    expect(sourceBand(45_000, 'more-than')).toMatchObject({ low: 45_000, high: 46_000 });
    expect(relateBands(bandOf(12, 1, 'exact'), sourceBand(10, 'more-than'))).toBe('overstates');
    expect(relateBands(bandOf(10.5, 0.1, 'exact'), sourceBand(10, 'more-than'))).toBe('overlaps');
  });

  it("while a quote's coarse floor keeps its unit: 逾千 is true of 1,242", () => {
    expect(relateBands(bandOf(1000, 1000, 'more-than'), sourceBand(1242, 'exact'))).toBe('overlaps');
  });
});

describe('currency and scale slips', () => {
  it('a US$ or HK$ amount for a yuan figure is a wrong currency', () => {
    expect(currencyConflict({ currency: 'USD' }, { unit: 'yuan' })).toEqual({
      kind: 'currency',
      message: 'wrong currency: US$ where the source gives yuan',
    });
    expect(currencyConflict({ currency: 'HKD' }, { unit: 'yuan' })?.kind).toBe('currency');
  });

  it('yuan for yuan, no currency named, or a figure that is not money: no conflict', () => {
    expect(currencyConflict({ currency: 'CNY' }, { unit: 'yuan' })).toBeUndefined();
    expect(currencyConflict({}, { unit: 'yuan' })).toBeUndefined();
    expect(currencyConflict({ currency: 'USD' }, { unit: 'count' })).toBeUndefined();
  });

  it('names the currency first when a contradicted amount is also in the wrong currency', () => {
    const e = likelyError(
      { value: 470e9, precision: 1e9, qualifier: 'exact', currency: 'USD' },
      { value: 470.3e9, qualifier: 'exact', unit: 'yuan' },
      'US$470bn',
      '470,300,000,000 yuan',
    );
    expect(e.kind).toBe('currency');
  });

  it('a 万 for 亿 slip is a scale error of 10^4 and says so', () => {
    const e = likelyError(
      { value: 3.3e4, precision: 1e3, qualifier: 'exact' },
      { value: 3.3e8, qualifier: 'exact' },
      '3.3万',
      '330,000,000',
    );
    expect(e.kind).toBe('scale');
    expect(e.message).toMatch(/^wrong scale: 万 where the source says 亿: "3.3万" is 10000 times too small/);
    const back = likelyError(
      { value: 6.728e10, precision: 1e7, qualifier: 'exact' },
      { value: 6.728e6, qualifier: 'exact' },
      '672.8亿',
      '6,728,000',
    );
    expect(back.message).toMatch(/亿 where the source says 万/);
    const en = likelyError(
      { value: 470e6, precision: 1e6, qualifier: 'exact' },
      { value: 470e9, qualifier: 'exact' },
      '470 million',
      '470,000,000,000 yuan',
    );
    expect(en.message).toMatch(/million where the source says billion/);
  });
});

describe('through the checker', () => {
  const set = builtinSet();
  const only = (text: string) => {
    const mentions = checkText(text, set).mentions;
    expect(mentions).toHaveLength(1);
    return mentions[0]!;
  };

  it('a 万 for 亿 slip is contradicted as a scale error that names both words', () => {
    const m = only('2023年，全国检验检测机构实现营业收入4700万元。');
    expect(m.verdict, m.explanation).toBe('contradicted');
    expect(m.likelyError?.kind).toBe('scale');
    expect(m.likelyError?.message).toMatch(/^wrong scale: 万 where the source says 亿/);
  });

  it('"about 44,500" for 44,499 is approximate', () => {
    const m = only('By the end of 2023, China had about 44,500 national standards.');
    expect(m.verdict, m.explanation).toBe('approximate');
    expect(m.figure?.value).toBe(44_499);
  });

  it('a floor set higher than the source\'s overstates it ("passed 90%" for "more than 83%")', () => {
    const m = only(
      'By August 2024 the conversion rate of international standards into Chinese standards had passed 90%.',
    );
    expect(m.verdict, m.explanation).toBe('contradicted');
    expect(m.figure?.value).toBe(83);
    expect(m.likelyError?.message).toMatch(/overstates/);
  });

  it('an exact number above a floor stays unchecked, not red (it may be another measure)', () => {
    const m = only(
      'By August 2024 the conversion rate of international standards into Chinese standards was 86%.',
    );
    expect(m.verdict, m.explanation).not.toBe('contradicted');
  });
});

describe('hedge words, as data', () => {
  const qualifier = (text: string) => extractFigures(text)[0]?.qualifier;
  it.each([
    ['有效認證證書超過415.8萬張', 'more-than'],
    ['香港的實驗室約300間', 'about'],
    ['將近兩千項', 'nearly'],
    ['不少於500項', 'at-least'],
    ['certificates in force passed 4.15 million', 'more-than'],
    ['the pass rate is just shy of 94%', 'nearly'],
  ])('%j is hedged %s', (text, q) => {
    expect(qualifier(text)).toBe(q);
  });

  it('a Chinese numeral is as precise as its last place: 近两千 admits 1,958', () => {
    expect(extractFigures('近两千项')[0]).toMatchObject({
      value: 2000,
      precision: 1000,
      qualifier: 'nearly',
    });
    const m = checkText('截至2024年底，获国际认可的校准测量能力近两千项。', builtinSet()).mentions[0];
    expect(m?.verdict, m?.explanation).toBe('approximate');
  });
});

describe('"past" as a hedge', () => {
  it('reads "climbed past 4.1 million" as more than 4.1 million', () => {
    expect(
      verdictsOf(
        'The number of valid certificates climbed past 4.1 million by the end of 2024.',
        '2025-01-10',
      )['4.1 million'],
    ).toBe('approximate');
  });
});

describe('"about" against "more than"', () => {
  it('meets it at the same round number, not a round number below', () => {
    expect(
      verdictsOf(
        'In August 2024 there were about 53,000 qualified inspection and testing institutions.',
        '2024-10-01',
      )['53,000'],
    ).toBe('contradicted');
    expect(
      verdictsOf(
        'In August 2024 there were about 54,000 qualified inspection and testing institutions.',
        '2024-10-01',
      )['54,000'],
    ).toBe('approximate');
  });
});
