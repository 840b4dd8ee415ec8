import { describe, expect, it } from 'vitest';
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
