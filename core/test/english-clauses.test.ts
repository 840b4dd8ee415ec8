import { describe, expect, it } from 'vitest';
import { verdictsOf } from './verdicts-of.ts';
import { claimFromMention } from '../src/resolve/claim.ts';
import { extractFigures } from '../src/extract/extract.ts';

describe('how English clauses place a number', () => {
  it('a clause opening with its verb takes its subject from before an aside', () => {
    const v = verdictsOf(
      'Emission-related recalls, run jointly with the Ministry of Ecology and Environment, totalled 37 by the end of 2024.',
      '2025-04-01',
    );
    expect(v['37']).toBe('verified');
  });

  it('the aside itself does not name the number', () => {
    const v = verdictsOf(
      "China's conversion rate of international standards, the share of international standards adopted into Chinese ones, stood at 82.2% in 2023.",
      '2024-04-01',
    );
    expect(v['82.2%']).not.toBe('verified');
  });

  it('"revenue by 9.7% and profit margins by 5.8%": each number keeps its own noun', () => {
    const v = verdictsOf(
      'In 2024, small businesses helped by quality certification lifted annual revenue by an average of 9.7% and profit margins by 5.8%.',
      '2025-02-01',
    );
    expect(v['9.7%']).not.toBe('contradicted');
  });

  it('"design defects accounted for 61.6% … and manufacturing defects for 36.5%": "and … for" opens the next pair', () => {
    const claim = claimFromMention(SHARES, extractFigures(SHARES)[0]!);
    expect(claim.near).not.toContain('manufacturing');
    expect(verdictsOf(SHARES, '2026-03-25')).toEqual({ '61.6%': 'verified', '36.5%': 'verified' });
  });
});

const SHARES =
  'By cause, design defects accounted for 61.6% of the vehicles recalled and manufacturing defects for 36.5%.';

describe('more ways a clause continues the one before', () => {
  it('"numbered 13 and covered nearly 1.8 million vehicles", "compared with two-fifths in 2024"', () => {
    const v = verdictsOf(
      'In 2025, over-the-air recalls numbered 13 and covered nearly 1.8 million vehicles. New-energy vehicles were 38.7 percent of the vehicles recalled, compared with two-fifths in 2024.',
      '2026-04-01',
    );
    expect(v['1.8 million']).toBe('approximate');
    expect(v['two-fifths']).toBe('verified');
  });

  it("a keyword that is a scope is named by the scope's aliases of two words or more", () => {
    const v = verdictsOf('In 2025, manufacturing faults led to 101 recalls.', '2026-04-01');
    expect(v['101']).toBe('verified');
  });
});

describe('a restatement after a continued clause', () => {
  it('"at its urging, covering 5.672 million vehicles, or just over half of the total" reaches the urging', () => {
    const v = verdictsOf(
      'In 2024 some 26 campaigns were launched at its urging, covering 5.672 million vehicles, or just over half of the total.',
      '2025-04-01',
    );
    expect(v['5.672 million']).toBe('verified');
    expect(v['half']).toBe('approximate');
  });
});

describe('comparison years, headlines and causes', () => {
  it('"more than double the number in 2024" does not date the number before it', () => {
    const v = verdictsOf(
      'Emission-related recalls rose to 13 in 2025, covering 578,000 vehicles, more than double the number in 2024.',
      '2026-04-01',
    );
    expect(v['578,000']).toBe('verified');
  });

  it('"as Beijing talks up" is another clause, not a scope', () => {
    expect(
      verdictsOf("China's certifiers shrink to 1,230 as Beijing talks up loans", '2025-01-10')['1,230'],
    ).toBe('verified');
  });

  it('"Design flaws remained the main cause, behind 73 recalls and 4.2 million vehicles" is about design flaws', () => {
    const v = verdictsOf(
      'In 2025, design flaws remained the main cause, behind 73 recalls and 4.2 million vehicles.',
      '2026-04-01',
    );
    expect(v['4.2 million']).toBe('approximate');
  });
});

describe('a series of years after its first item', () => {
  it('reads "74 in 2023" with the noun of "47 recalls in 2022"', () => {
    const v = verdictsOf(
      'The NEV count has risen fast: 47 recalls in 2022, 74 in 2023 and 89 in 2024.',
      '2025-06-01',
    );
    expect(v).toEqual({ '47': 'verified', '74': 'contradicted', '89': 'verified' });
  });
});

describe("a phrase completed from the sentence only by words that may be the clause's", () => {
  it("another number's clause later in the sentence does not complete this number's phrase", () => {
    const v = verdictsOf(
      'It has signed 108 standardization cooperation documents with 65 countries and regions, including 57 with 47 Belt and Road partners.',
      '2024-03-29',
    );
    expect(v['65']).toBe('verified');
    expect(v['57']).toBe('verified');
  });

  it('a scope named before the number still completes it', () => {
    const v = verdictsOf(
      'With Belt and Road partners, China has signed 57 standardization cooperation documents.',
      '2024-03-29',
    );
    expect(v['57']).toBe('verified');
  });
});
