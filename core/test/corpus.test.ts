/**
 * Claim-level accuracy on the labeled corpora. Prints one summary line per corpus; set
 * CORPUS_DETAIL=<corpus name> for its confusion table and every error (`npm run corpus -w core`
 * shows the first corpus; the blind corpus-news is read for its numbers only, never tuned on).
 */
import { describe, expect, it } from 'vitest';
import { builtinSet } from '../src/set/builtin-set.ts';
import { VERDICTS } from '../src/judge/verdicts.ts';
import { loadCorpus, type CorpusName } from './corpus-labels.ts';
import { detail, scoreCorpus, summaryLine } from './corpus-score.ts';

interface Bars {
  minArticles: number;
  accuracy: number;
  recall: number;
  /** Wrong green marks per label whose expected verdict is not green. */
  wrongGreenRate: number;
  /** Wrong red marks per label. */
  wrongRedRate: number;
}

/** The bars each corpus is held to. Raise them as the matcher improves; never lower them silently. */
const BARS: Partial<Record<CorpusName, Bars>> = {
  corpus: { minArticles: 8, accuracy: 0.85, recall: 0.99, wrongGreenRate: 0.02, wrongRedRate: 0.02 },
  // Written blind before the checker ever ran on it; read for its numbers only, never tuned on.
  // First measured at 38.0% (9 wrong green, 34 wrong red) before the 2022-2025 releases and the
  // reference, list, date and hedge work; now 71.8% (16 wrong green, 19 wrong red). The issue's
  // targets (0.92, no wrong green, at most 1 wrong red in 250) are not met: these bars only stop
  // regressions, and rise as the matcher improves.
  'corpus-news': { minArticles: 12, accuracy: 0.7, recall: 0.97, wrongGreenRate: 0.06, wrongRedRate: 0.03 },
};

for (const name of Object.keys(BARS) as CorpusName[]) {
  describe(`labeled ${name}`, () => {
    const bars = BARS[name]!;
    const corpus = loadCorpus(name);
    const score = scoreCorpus(corpus, builtinSet());
    console.log(summaryLine(name, score));
    if (process.env.CORPUS_DETAIL === name) console.log(detail(score));

    it(`has at least ${bars.minArticles} articles in English and Chinese with every verdict`, () => {
      expect(corpus.length).toBeGreaterThanOrEqual(bars.minArticles);
      expect(new Set(corpus.map((a) => a.language))).toEqual(new Set(['en', 'zh']));
      for (const v of VERDICTS) expect(corpus.some((a) => a.labels.some((l) => l.verdict === v))).toBe(true);
    });

    it(`holds claim-level accuracy at or above ${bars.accuracy * 100}%`, () => {
      expect(score.correct / score.labels).toBeGreaterThanOrEqual(bars.accuracy);
    });

    it('finds the labeled figures', () => {
      expect(score.found / score.labels).toBeGreaterThanOrEqual(bars.recall);
    });

    it('keeps wrong green and wrong red marks under their bars', () => {
      expect(score.wrongGreen / Math.max(score.notGreenLabels, 1)).toBeLessThanOrEqual(bars.wrongGreenRate);
      expect(score.wrongRed / score.labels).toBeLessThanOrEqual(bars.wrongRedRate);
    });
  });
}
