import { describe, expect, it } from 'vitest';
import { builtinSet } from '../src/set/builtin-set.ts';
import { checkText } from '../src/check/check-text.ts';

const set = builtinSet();
const verdicts = (text: string, date = '2026-04-01') =>
  checkText(text, set, { date }).mentions.map((m) => `${m.text} ${m.verdict}`);

describe('a capital that stands for its government says who, not where', () => {
  it('"from Beijing", "Beijing reports": the national figures', () => {
    expect(
      verdicts(
        'The headline figure from Beijing: carmakers carried out 190 recalls in 2025, covering 6.846 million vehicles.',
      ),
    ).toEqual(['190 verified', '6.846 million verified']);
    expect(
      verdicts('Beijing reports an overall international standard conversion rate of 82% for 2023.'),
    ).toEqual(['82% verified']);
  });

  it('the city itself is still a scope of its own', () => {
    expect(verdicts('In Beijing, carmakers carried out 190 recalls in 2025.')).toEqual(['190 unverified']);
    expect(verdicts('Beijing had 190 recalls in 2025.')).toEqual(['190 unverified']);
  });
});
