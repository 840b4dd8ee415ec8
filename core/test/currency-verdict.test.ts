import { describe, expect, it } from 'vitest';
import { builtinSet } from '../src/set/builtin-set.ts';
import { checkText } from '../src/check/check-text.ts';

const set = builtinSet();
const only = (text: string) => checkText(text, set).mentions[0]!;

describe('currencies and numbers that are no statistic', () => {
  it('contradicts a yuan figure quoted in dollars, and verifies it in yuan', () => {
    const yuan = only(
      'Inspection and testing institutions earn RMB470bn a year in revenue, SAMR said in August 2024.',
    );
    expect(yuan.verdict, yuan.explanation).not.toBe('contradicted');
    const usd = only(
      'Inspection and testing institutions earn US$470bn a year in revenue, SAMR said in August 2024.',
    );
    expect(usd.verdict, usd.explanation).toBe('contradicted');
    expect(usd.likelyError?.kind).toBe('currency');
    expect(usd.explanation).toMatch(/wrong currency/);
  });

  it('never checks a temperature or an index level', () => {
    const m = only('Temperatures reached 35°C as 35 national standards were released.');
    expect(m.verdict).toBe('unverified');
    expect(m.explanation).toMatch(/temperature/i);
  });
});

describe("a figure far more precise than the source's round one", () => {
  it('is neither a rounding of it nor a contradiction', () => {
    const text = "The inspection and testing industry's operating revenue was RMB468.3 billion in 2023.";
    const m = checkText(text, builtinSet(), { date: '2025-06-30' }).mentions[0]!;
    expect(m.verdict).toBe('unverified');
    expect(m.explanation).toContain('more precise');
    // (The round figure itself stays green.)
    const round = "The inspection and testing industry's operating revenue was RMB470 billion in 2023.";
    expect(checkText(round, builtinSet(), { date: '2025-06-30' }).mentions[0]!.verdict).toBe('verified');
  });
});

describe('percent where the source gives percentage points', () => {
  it('is a wrong unit for a change of a rate, never green', () => {
    // 2024: the manufacturing pass rate rose 0.28 percentage points, to 93.93%.
    const percent = only("In 2024 China's manufacturing product quality pass rate rose 0.28% to 93.93%.");
    expect(percent.verdict, percent.explanation).toBe('contradicted');
    expect(percent.likelyError?.kind).toBe('unit');
    const points = only(
      "In 2024 China's manufacturing product quality pass rate rose 0.28 percentage points to 93.93%.",
    );
    expect(points.verdict, points.explanation).toBe('verified');
  });

  it('is no verdict when it rounds the points: it may be the relative change, as true', () => {
    // 93.65% to 93.93% is +0.28 points and +0.30% relative.
    const en = checkText(
      "In 2024 China's manufacturing product quality pass rate rose 0.3% from 93.65% to 93.93%.",
      builtinSet(),
    ).mentions.find((m) => m.text === '0.3%');
    expect(en?.verdict, en?.explanation).toBe('unverified');
    const zh = checkText('2024年制造业产品质量合格率同比增长0.3%，为93.93%。', builtinSet()).mentions[0];
    expect(zh?.verdict, zh?.explanation).toBe('unverified');
  });
});
