import { describe, expect, it } from 'vitest';
import { verdictsOf } from './verdicts-of.ts';

describe('a number no clause names, of a measure the text has just confirmed', () => {
  it('is read with the sentence that confirmed it, across paragraphs and speakers', () => {
    const v = verdictsOf(
      '旁白：去年，全国共实施汽车召回190次，涉及车辆684.6万辆。\n\n老王：前年呢？\n召回君：前年召回了1123.7万辆。',
      '2026-04-08',
    );
    expect(v['1123.7万']).toBe('verified');
    expect(
      verdictsOf(
        'New-energy vehicles made up 40% of the vehicles recalled in 2024, SAMR said.\n\n> That chart is a year old. 23.8% was 2023.',
        '2025-06-01',
      )['23.8%'],
    ).toBe('verified');
  });

  it('only confirms: a value the measure does not have stays unchecked', () => {
    const v = verdictsOf(
      'New-energy vehicles made up 40% of the vehicles recalled in 2024, SAMR said.\n\n> That chart is a year old. 24.8% was 2023.',
      '2025-06-01',
    );
    expect(v['24.8%']).toBe('unverified');
  });

  it('is not another measure the sentence happens to name, nor a sum, nor bare numbers, nor far away', () => {
    const v = verdictsOf(
      'China recalled 6,846,000 vehicles in 2025.\n\nA5. 3,075 - 2,842 = 233, the same as the table.\n\n(214, 233)',
      '2026-04-08',
    );
    expect(v).toMatchObject({ '3,075': 'unverified', '233': 'unverified', '214': 'unverified' });
    const far = verdictsOf(
      `China recalled 6,846,000 vehicles in 2025.\n\n${'Weather: rain and wind later. '.repeat(40)}\n\nThe refurbished stadium seats 11.237 million.`,
      '2026-04-08',
    );
    expect(far['11.237 million']).toBe('unverified');
  });

  it("is not the result of the writer's own sum, even of the same release's figures", () => {
    const v = verdictsOf(
      'Carmakers recalled 11.237 million vehicles in 2024.\n\nA5. 3,075 - 2,842 = 233, the same as the table.',
      '2025-06-01',
    );
    expect(v['233']).toBe('unverified');
  });

  it('is not a number that counts a noun of its own, with its own date', () => {
    const v = verdictsOf(
      // (A first line too long for a headline: no heading completes the clause either.)
      'China had 202 national measurement benchmarks in August 2024, the regulator said at a briefing on quality infrastructure that also covered calibration capabilities and service stations.\n\nOur draft gives 192 benchmarks for August.',
      '2024-10-01',
    );
    expect(v['192']).not.toBe('verified');
  });
});
