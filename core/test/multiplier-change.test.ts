import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/extract/extract.ts';
import { verdictsOf } from './verdicts-of.ts';

describe('a multiplier written as a change', () => {
  it('English: "nearly tripled" is about +200%, checked against the set\'s change', () => {
    const v = verdictsOf(
      'New-energy vehicle recalls covered 4.491 million vehicles in 2024, having nearly tripled from a year earlier.',
      '2025-04-01',
    );
    expect(v['tripled']).toBe('approximate');
  });

  it('Chinese: 增长N倍 is an increase by N×100%, 增长近两倍 approximates +180.1%', () => {
    const v = verdictsOf('2024年，新能源汽车召回涉及车辆449.1万辆，同比增长近两倍。', '2025-04-01');
    expect(v['两']).toBe('approximate');
    const ota = verdictsOf('2024年，OTA召回涉及车辆同比增长约2.5倍。', '2025-04-01');
    expect(ota['2.5']).toBe('approximate');
  });

  it('is never compared with a level or a share, only with changes', () => {
    const v = verdictsOf(
      'In 2022, regulators prompted most consumer product recalls; the number of such recalls doubled.',
      '2023-04-01',
    );
    expect(v['doubled']).not.toBe('contradicted');
  });

  it('a change far from the multiplier is no approximation of it', () => {
    const v = verdictsOf('2024年，新能源汽车召回涉及车辆449.1万辆，同比增长了五倍。', '2025-04-01');
    expect(v['五']).not.toBe('approximate');
    expect(v['五']).not.toBe('verified');
  });
});

describe("a multiplier's own word of change", () => {
  it('makes it a change with no other change word ("the number … nearly tripled")', () => {
    // 2024: new-energy vehicles recalled +180.1%; OTA recalls' vehicles +246.8%.
    const nev = verdictsOf(
      'In 2024 the number of new-energy vehicles recalled nearly tripled.',
      '2025-05-01',
    );
    expect(nev['tripled']).toBe('approximate');
    const ota = verdictsOf('In 2024 vehicles recalled by OTA more than tripled.', '2025-05-01');
    expect(ota['tripled']).toBe('approximate');
  });

  it('admits half a multiple: "nearly doubled" (几乎翻了一番) is no word for a rise of 67%', () => {
    // 2024: vehicles recalled +67%.
    const zh = verdictsOf('2024年召回车辆数几乎翻了一番。', '2025-05-01');
    expect(zh['翻了一番']).not.toBe('approximate');
    const en = verdictsOf('In 2024 the number of vehicles recalled nearly doubled.', '2025-05-01');
    expect(en['doubled']).not.toBe('approximate');
  });

  it('compares with a base it names ("double the previous year\'s", "double the 26 of 2024"), not with the year before\'s change', () => {
    // 2025: 55 SAMR-urged recalls (26 in 2024); the set gives no change for 2025.
    const previous = verdictsOf(
      "SAMR urged 55 recalls in 2025, more than double the previous year's number.",
      '2026-05-01',
    );
    expect(previous['double']).toBe('unverified');
    const stated = verdictsOf(
      'SAMR-urged recalls numbered 55 last year, more than double the 26 of 2024.',
      '2026-05-01',
    );
    expect(stated['double']).toBe('unverified');
  });
});

describe('a multiplier that refers back to a measure named before', () => {
  it('is read as the change of that measure ("That number more than tripled")', () => {
    // 2024: vehicles recalled by OTA 4.068 million, +246.8%.
    const v = verdictsOf(
      'Over-the-air recalls covered 4.068 million vehicles in 2024. That number more than tripled in a year.',
      '2025-05-01',
    );
    expect(v['tripled']).toBe('approximate');
    const wrong = verdictsOf(
      'Over-the-air recalls covered 4.068 million vehicles in 2024. That number more than quadrupled in a year.',
      '2025-05-01',
    );
    expect(wrong['quadrupled']).not.toBe('approximate');
  });
});

describe('"N times": a multiple before a comparison, occasions otherwise', () => {
  it('"a thousand times too many" is a multiple, never a count of certification bodies', () => {
    const v = verdictsOf(
      'One summary gave the number of certified organisations as 1.1 billion, a thousand times too many. China had 1,230 certification bodies.',
      '2025-02-01',
    );
    expect(v['a thousand']).toBe('unverified');
    expect(v['1,230']).toBe('verified');
  });

  it('reads the unit from the words after "times"', () => {
    const units = (text: string) => extractFigures(text).map((m) => [m.text, m.unit]);
    expect(units('Sales were three times as high.')).toEqual([['three', 'times']]);
    expect(units('Output rose 2.5 times more than costs.')).toEqual([['2.5', 'times']]);
    expect(units('Recalls rose 3-fold.')).toEqual([['3', 'times']]);
    expect(units('Recalls were 89 times in all.')).toEqual([['89', 'count']]);
  });

  it('"recalls were 89 times" (for 89次) counts recall campaigns', () => {
    const v = verdictsOf(
      'In 2024 China carried out 233 vehicle recalls; among them, new energy vehicle recalls were 89 times, involving 4.491 million vehicles.',
      '2025-04-01',
    );
    expect(v['89']).toBe('verified');
  });
});
