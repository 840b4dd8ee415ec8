import { describe, expect, it } from 'vitest';
import { maskEventYears } from '../src/document/context.ts';
import { verdictsOf } from './verdicts-of.ts';
import { checkText } from '../src/check/check-text.ts';
import { builtinSet } from '../src/set/builtin-set.ts';

const lead = 'In 2024 China carried out 233 vehicle recalls covering 11.237 million vehicles. ';
const check = (text: string) => checkText(text, builtinSet(), { date: '2025-06-01' }).mentions;

describe("another date's exact figure", () => {
  it('is no error when only an earlier sentence dates it', () => {
    const m = check(`${lead}The story was different before: there were 204 vehicle recalls.`).find(
      (x) => x.text === '204',
    );
    expect(m?.verdict).toBe('unverified');
    expect(m?.explanation).toMatch(/official figure in 2022/);
    expect(m?.alternatives.map((f) => f.value)).toEqual([233, 204]);
  });

  it('is out of date when its own clause names the year', () => {
    const m = check(`${lead}In 2024 there were 204 vehicle recalls, one paper wrote.`).find(
      (x) => x.text === '204',
    );
    expect(m?.verdict).toBe('contradicted');
    expect(m?.likelyError?.kind).toBe('outdated');
  });

  it('is no error when its clause names a month without its year', () => {
    // 17,870 was given in August 2024; 20,251 is the count at the end of 2024.
    const text =
      'Quick reference\n\n- Accredited bodies, end-2024: 20,251\n- Accredited bodies quoted at the 16 August briefing: 17,870\n';
    const m = checkText(text, builtinSet(), { date: '2025-02-01' }).mentions.find((x) => x.text === '17,870');
    expect(m?.verdict).toBe('unverified');
    expect(m?.explanation).toMatch(/a month without its year/);
    // (With its year the month dates it, and the count is August's.)
    const dated = checkText(text.replace('16 August', '16 August 2024'), builtinSet(), {
      date: '2025-02-01',
    }).mentions.find((x) => x.text === '17,870');
    expect(dated?.verdict).toBe('verified');
  });

  it('says so in Chinese for a Chinese sentence', () => {
    const m = checkText(
      '2024年全国共实施汽车召回233次，涉及车辆1123.7万辆。有报道称，全国汽车召回204次。',
      builtinSet(),
      { date: '2025-06-01' },
    ).mentions.find((x) => x.text === '204');
    expect(m?.verdict).toBe('unverified');
    expect(m?.explanation).toMatch(/另一日期的官方数字/);
  });
});

describe('running totals', () => {
  it('are dated by the date the sentence names, not by the year they run from', () => {
    expect(
      verdictsOf(
        'By the end of 2023, China had carried out 2,842 vehicle recalls since its defective-auto rules took effect in 2004, covering 103 million vehicles.',
        '2024-03-15',
      ),
    ).toEqual({ '2,842': 'verified', '103 million': 'verified' });
    // (A start with no word of a total still dates: "Since 2021 the company has carried out …".)
    expect(maskEventYears('Since 2021 it has carried out four recalls')).toContain('2021');
  });

  it('larger than the latest the set has, undated, may be a later count: no red', () => {
    const text = 'Cumulative vehicle recalls since 2004: 3,265 campaigns.';
    expect(verdictsOf(text, '2026-04-01')['3,265']).toBe('unverified');
    // (A slip of digits or scale is still wrong.)
    expect(verdictsOf('Cumulative vehicle recalls since 2004: 3,705 campaigns.', '2026-04-01')['3,705']).toBe(
      'contradicted',
    );
  });
});
