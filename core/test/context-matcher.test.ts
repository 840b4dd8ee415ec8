import { describe, expect, it } from 'vitest';
import { verdictsOf } from './verdicts-of.ts';
import { builtinSet } from '../src/set/builtin-set.ts';
import { ContextMatcher, makeWindow } from '../src/resolve/context-matcher.ts';
import { checkText } from '../src/check/check-text.ts';

const set = builtinSet();
const matcher = new ContextMatcher(set.figures);

describe('fuse.js options are deliberate', () => {
  it('resolves a misspelt word to the vocabulary wherever the typo is', () => {
    expect(matcher.resolve('standrad')).toBe('standard'); // typo in the middle
    expect(matcher.resolve('standart')).toBe('standard'); // typo at the end
    // The index is bucketed by first letter (a misspelling rarely gets it wrong), so this is a known miss.
    expect(matcher.resolve('xtandard')).toBeNull();
    expect(matcher.resolve('benchmarck')).toBe('benchmark'); // tokens arrive stemmed: "benchmarcks" -> "benchmarck"
  });

  it('does not stretch a word into a longer or different one', () => {
    expect(matcher.resolve('stand')).toBeNull();
    expect(matcher.resolve('stadium')).toBeNull();
    expect(matcher.resolve('vehicular')).toBeNull();
  });

  it('makes a misspelt measure still name its figure', () => {
    const m = checkText('By the end of 2023 China had 44,499 natonal standrads.', set).mentions[0]!;
    expect(m.verdict).toBe('verified');
  });

  it('matches Chinese keywords exactly, by character pairs, after folding traditional characters', () => {
    expect(makeWindow(matcher, '召回缺陷汽車672.8萬輛').has('缺陷汽车')).toBe(true);
    expect(makeWindow(matcher, '制定养老服务相关标准7项').has('养老服务标准')).toBe(true);
    expect(makeWindow(matcher, '体育场可容纳6.5万名观众').has('社会公用计量标准')).toBe(false);
  });
});

describe('a phrase found with a word missing', () => {
  it("does not name its figure when the words found are another measure's whole keyword", () => {
    // 766 is the count of sub-technical committees; "766 TCs" names technical committees (550).
    const v = checkText(
      'By the end of 2023 there were 1,338 committees, made up of 766 TCs, 550 SCs and 22 working groups.',
      set,
    ).mentions.find((m) => m.text === '766')!;
    expect(v.verdict).not.toBe('verified');
    const right = checkText('By the end of 2023 there were 766 sub-technical committees.', set).mentions[0]!;
    expect(right.verdict).toBe('verified');
  });
});

describe("a keyword's head noun", () => {
  it('is the noun before a postmodifier: "national standards in force" are no standard samples', () => {
    // 4,164 national standard samples "in force"; the survey covered more than 44,000 national standards.
    const sentence =
      'In 2023 China carried out its first survey of how national standards are used in practice, covering more than 44,000 national standards in force.';
    const samples = set.figures.find((f) => f.measureKey === 'national-standard-samples-total')!;
    const window = makeWindow(matcher, 'covering more than national standards in force.');
    expect(matcher.match(samples, window, window).strength).toBeLessThan(2);
    expect(checkText(sentence, set, { date: '2024-06-01' }).mentions[0]!.verdict).toBe('verified');
    // (The samples are still named by their own words.)
    const own = makeWindow(matcher, 'national standard samples in force');
    expect(matcher.match(samples, own, own).strength).toBe(2);
  });
});

describe('the agency that states a figure', () => {
  it('names no measure ("according to the State Administration for Market Regulation")', () => {
    const text =
      'By the end of last year, 93.93% of manufactured products met the standards, according to the State Administration for Market Regulation. That is better than in 2023, when the rate was 93.65%.';
    expect(verdictsOf(text, '2025-03-15')['93.65%']).not.toBe('contradicted');
  });

  it('leaves the words of the measure around it: "about a quarter of the world total"', () => {
    expect(
      verdictsOf(
        'The State Administration for Market Regulation said last month that testing revenue was over RMB470 billion, about a quarter of the world total.',
        '2024-09-20',
      ),
    ).toMatchObject({ 'a quarter': 'verified' });
  });
});

describe('paraphrases in the lexicon', () => {
  it('"the sector took in about RMB 470 billion": a sector is an industry', () => {
    const v = verdictsOf('In 2023 the testing sector took in about RMB 470 billion.', '2024-10-01');
    expect(v['470 billion']).not.toBe('unverified');
  });
  it('"certifiers" are certification bodies, and "certified" is not', () => {
    const v = verdictsOf('China had 1,230 certifiers at the end of 2024.', '2025-02-01');
    expect(v['1,230']).toBe('verified');
  });
});
