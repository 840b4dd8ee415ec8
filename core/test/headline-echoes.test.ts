import { describe, expect, it } from 'vitest';
import { checkText } from '../src/check/check-text.ts';
import { builtinSet } from '../src/set/builtin-set.ts';

const check = (text: string, date: string) =>
  checkText(text, builtinSet(), { date }).mentions.find((m) => m.start < text.indexOf('\n'));
const body =
  '\n\nBEIJING, March 19 - Carmakers in China recalled 11.237 million vehicles in 2024, the regulator said.\n';

describe("a headline's number its own words do not tie to a measure", () => {
  it('is the figure the lead paragraphs give, rounded or exact, in both languages', () => {
    const en = check(`Recalls hit 11.24 million${body}`, '2025-03-20');
    expect(en?.verdict).toBe('approximate');
    expect(en?.explanation).toMatch(/headline's number is the one the text gives below/);
    const zh = check(
      '93.93%背后：一张制造业质量成绩单\n\n市场监管总局日前公布，2024年全国制造业产品质量合格率为93.93%，比上年提高0.28个百分点。\n',
      '2025-03-05',
    );
    expect(zh?.verdict).toBe('verified');
    expect(zh?.explanation).toMatch(/标题中的数字/);
  });

  it('is never contradicted this way, and a value the body does not give stays unchecked', () => {
    expect(check(`Recalls hit 12.5 million${body}`, '2025-03-20')?.verdict).toBe('unverified');
  });

  it('is not read from a first line that is a sentence, nor with words that share nothing', () => {
    expect(check(`Recalls hit 11.24 million.${body}`, '2025-03-20')?.verdict).toBe('unverified');
    expect(check(`Stadium seats 11.24 million${body}`, '2025-03-20')?.verdict).toBe('unverified');
  });
});
