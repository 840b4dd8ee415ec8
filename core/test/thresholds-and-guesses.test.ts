import { describe, expect, it } from 'vitest';
import { builtinSet } from '../src/set/builtin-set.ts';
import { checkText } from '../src/check/check-text.ts';
import { verdictsOf } from './verdicts-of.ts';

const set = builtinSet();
const only = (text: string, date = '2024-10-01') => checkText(text, set, { date }).mentions[0]!;

describe('a threshold a question asks about', () => {
  it('is no claim, in English and in Chinese', () => {
    // End-2023: 1,242 certification bodies; end-August 2024: 19,510 CNAS-accredited bodies.
    const en = only('Were there more or less than 1,200 certification bodies at the end of 2023?');
    expect(en.verdict).toBe('unverified');
    expect(en.explanation).toMatch(/threshold/);
    const cantonese = only('截至今年8月底，CNAS認可嘅各類機構，總數大過定細過兩萬間？');
    expect(cantonese.verdict).toBe('unverified');
    expect(cantonese.explanation).toMatch(/门槛/);
    expect(only('Above or below 1,200 certification bodies at the end of 2023?').verdict).toBe('unverified');
  });

  it('needs its question: a statement and "more or less" as a hedge are claims', () => {
    const stated = only('There were more or less than 1,200 certification bodies at the end of 2023. Why?');
    expect(stated.verdict).toBe('contradicted');
    const hedged = only('Were there more or less 1,242 certification bodies at the end of 2023?');
    expect(hedged.verdict).toBe('verified');
  });
});

describe('a guess', () => {
  it('is no statement of the figure', () => {
    // 2023: inspection and testing revenue about 470 billion yuan.
    const guess = only('Ben：2023年，全國檢驗檢測行業全年營業收入大約係幾多？\nKelly：我估五千億！');
    expect(guess.verdict).toBe('unverified');
    const en = only('My guess: inspection and testing revenue was 500 billion yuan in 2023.');
    expect(en.verdict).toBe('unverified');
  });
});

describe('words of guessing that make no guess', () => {
  it.each([
    "Don't guess: China recalled 11.237 million vehicles in 2024.",
    'Guess what: China recalled 11.237 million vehicles in 2024.',
    '我猜不到，2024年全国共实施汽车召回233次。',
    '我估唔到，2024年全国共实施汽车召回233次。',
  ])('leave the figure checked: %s', (text) => {
    expect(checkText(text, set, { date: '2026-05-01' }).mentions[0]?.verdict).toBe('verified');
  });
});

describe('a modal verb', () => {
  it("makes a forecast of the number it stands right before, not of the clause's other numbers", () => {
    const forecast = checkText('Analysts say recalls could reach 12 million vehicles in 2025.', set, {
      date: '2025-05-01',
    }).mentions[0];
    expect(forecast?.reason).toBe('forecast');
    const fact = checkText(
      'The defects, which may affect safety, led to 11.237 million vehicles being recalled in 2024.',
      set,
      { date: '2026-05-01' },
    ).mentions[0];
    expect(fact?.verdict).toBe('verified');
  });

  it('makes a forecast of a change: "could fall another 10%"', () => {
    // Recall campaigns rose 8.9% in 2024: the guess for 2025 is no quote of it.
    const change = checkText(
      'We think industry recalls could fall another 10% to 15% this year as OTA fixes replace workshop visits.',
      set,
      { date: '2025-04-01' },
    ).mentions[0];
    expect(change?.reason).toBe('forecast');
  });
});

describe('"expected X to grow": a forecast with its subject between', () => {
  it('"they expected testing revenue to grow 6% to 8% in 2025" is no quote of 2023\'s growth', () => {
    const v = verdictsOf(
      'Analysts said they expected testing revenue to grow 6% to 8% in 2025, slower than the more than 9% recorded in 2023.',
      '2025-01-08',
    );
    expect(v['6%']).toBe('unverified');
    expect(v['8%']).toBe('unverified');
  });
});

describe("an outlet's own calculation", () => {
  it('"by Bloomberg\'s calculation" is the writer\'s working-out, never red', () => {
    const v = verdictsOf(
      "Over-the-air updates were used in six campaigns covering 1.73 million cars in 2022. That would make over-the-air fixes about 17% of all recalled vehicles by Bloomberg's calculation.",
      '2023-04-01',
    );
    expect(v['17%']).toBe('unverified');
  });
  it('"by the regulator\'s own estimate" is the source\'s, and checked', () => {
    const v = verdictsOf(
      "The testing industry, by the regulator's own estimate, accounts for about a quarter of the world's testing market.",
      '2024-09-20',
    );
    expect(v['a quarter']).not.toBe('unverified');
  });
});

describe("the writer's own survey", () => {
  it('"In our own survey, 41% of exporting firms said …" is no official share', () => {
    const v = verdictsOf(
      'In our own survey, 41% of exporting firms said they had never consulted the standard; new enterprise standards related to strategic emerging industries made up 38.5% in 2023.',
      '2024-05-01',
    );
    expect(v['41%']).toBe('unverified');
  });
});
