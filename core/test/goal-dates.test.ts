import { describe, expect, it } from 'vitest';
import { builtinSet } from '../src/set/builtin-set.ts';
import { checkText } from '../src/check/check-text.ts';

const set = builtinSet();
const verdicts = (text: string, date: string) =>
  checkText(text, set, { date }).mentions.map((m) => `${m.text} ${m.verdict}`);

describe("a plan's goal is older than the statements that repeat it", () => {
  const text =
    'The quality outline set targets for 2025 including a manufacturing pass rate of 94% and a competitiveness index of 86.';

  it('is checked in a text written before the set source for it', () => {
    expect(verdicts(text, '2024-01-31')).toEqual(['94% verified', '86 verified']);
  });

  it('while a count the source gave after the text was written is not confirmed by it', () => {
    const stations = 'There are 2,372 one-stop quality infrastructure service stations nationwide.';
    expect(verdicts(stations, '2025-06-01')).toEqual(['2,372 verified']);
    expect(verdicts(stations, '2024-06-01')).not.toEqual(['2,372 verified']);
  });
});
