import { describe, expect, it } from 'vitest';
import { builtinSet } from '../src/set/builtin-set.ts';
import { checkText } from '../src/check/check-text.ts';

const set = builtinSet();
const only = (text: string) => checkText(text, set).mentions[0]!;

describe('a measure stated for several years', () => {
  it("verifies another year's figure against that year's release", () => {
    const m = only('4.488 million cars were recalled in 2022.');
    expect(m.verdict, m.explanation).toBe('verified');
    expect(m.figure?.period.end).toBe('2022-12-31');
    const zh = only('2024年，全国共召回汽车1123.7万辆。');
    expect(zh.verdict, zh.explanation).toBe('verified');
  });

  it("contradicts a year's value written for another year the set has, and names whose it is", () => {
    const m = only('In 2022, 6.728 million vehicles were recalled.');
    expect(m.verdict, m.explanation).toBe('contradicted');
    expect(m.figure?.value).toBe(4_488_000);
    expect(m.likelyError?.kind).toBe('wrong-period');
    expect(m.likelyError?.message).toMatch(/6,728,000, in 2023/);
  });

  it('leaves a year the set has no figure for unverified, naming a nearby figure', () => {
    const m = only('In 2019, 6.728 million vehicles were recalled.');
    expect(m.verdict, m.explanation).toBe('unverified');
    expect(m.alternatives.length).toBeGreaterThan(0);
    expect(m.explanation).toMatch(/another period/);
  });

  it('shows the other dates of the measure with the verdict', () => {
    const m = only('4.488 million cars were recalled in 2022.');
    expect(m.alternatives.map((f) => f.period.end.slice(0, 4)).sort()).toEqual(
      expect.arrayContaining(['2023', '2024', '2025']),
    );
  });
});
