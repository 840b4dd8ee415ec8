import { describe, expect, it } from 'vitest';
import { builtinSet } from '../src/set/builtin-set.ts';
import { checkText } from '../src/check/check-text.ts';

const set = builtinSet();
const verdicts = (text: string, date = '2024-10-01') =>
  checkText(text, set, { date }).mentions.map((m) => `${m.text} ${m.verdict}`);

describe('a running total read with the question it answers', () => {
  it('is no red when larger than the set latest and undated: it may be a later count', () => {
    const text =
      'Q: And the overall running total for all vehicle recalls?\nA: The notice does not give it. I have seen 121 million vehicles quoted, which would fit, but I cannot source it.';
    expect(verdicts(text, '2026-04-01')).toEqual(['121 million unverified']);
    // (Smaller than the set's latest total, it is wrong whatever the date.)
    expect(verdicts(text.replace('121 million', '104 million'), '2026-04-01')).toEqual([
      '104 million contradicted',
    ]);
  });
});

describe("the writer's own working-out", () => {
  it('"let me compute" marks the number as the writer\'s', () => {
    const text = 'For 2022, let me compute: the new-energy share of recalled vehicles is 27%.';
    expect(verdicts(text)).toEqual(['27% unverified']);
    expect(verdicts(text.replace('let me compute: ', ''))).toEqual(['27% verified']);
  });
});
