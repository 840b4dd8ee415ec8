/**
 * Claim-level accuracy on the labeled corpus: every labeled figure must be found and given
 * its expected verdict. Unlabeled numbers the extractor reports count against precision, and
 * a green or red mark on one of them is an error too.
 */
import { describe, expect, it } from 'vitest';
import { builtinSet } from '../src/set/builtin-set.ts';
import { checkText } from '../src/check/check-text.ts';
import { VERDICTS, type VerdictKind } from '../src/judge/verdict.ts';
import { loadCorpus, overlaps } from './corpus-labels.ts';

/** The bars this corpus is held to. Raise them as the matcher improves; never lower them silently. */
const ACCURACY_BAR = 0.85;
const EXTRACTION_RECALL_BAR = 0.99;
/** Wrong green marks: the worst error a fact-checker can make. */
const MAX_FALSE_VERIFIED_RATE = 0.02;

describe('labeled corpus', () => {
  const corpus = loadCorpus();
  const set = builtinSet();
  const confusion = new Map<string, number>();
  const errors: string[] = [];
  let labels = 0;
  let correct = 0;
  let found = 0;
  let unlabeledMarked = 0;
  let unlabeled = 0;
  let falseVerified = 0;

  for (const article of corpus) {
    const report = checkText(article.text, set);
    for (const label of article.labels) {
      labels++;
      const m = report.mentions.find((x) => overlaps(x, label));
      const got: VerdictKind | 'missed' = m ? m.verdict : 'missed';
      if (m) found++;
      const key = `${label.verdict} -> ${got}`;
      confusion.set(key, (confusion.get(key) ?? 0) + 1);
      if (got === label.verdict) correct++;
      else
        errors.push(
          `${article.name}: "${label.text}" expected ${label.verdict}, got ${got}${m ? ` (${m.explanation.slice(0, 160)})` : ''}`,
        );
      if (got === 'verified' && label.verdict !== 'verified' && label.verdict !== 'approximate')
        falseVerified++;
    }
    for (const m of report.mentions) {
      if (article.labels.some((l) => overlaps(l, m))) continue;
      unlabeled++;
      if (m.verdict !== 'unverified') {
        unlabeledMarked++;
        errors.push(`${article.name}: unlabeled "${m.text}" marked ${m.verdict}`);
      }
    }
  }
  const accuracy = correct / labels;

  it('has at least 8 articles in English and Chinese', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(8);
    expect(new Set(corpus.map((a) => a.language))).toEqual(new Set(['en', 'zh']));
    for (const v of VERDICTS) expect(corpus.some((a) => a.labels.some((l) => l.verdict === v))).toBe(true);
  });

  it(`holds claim-level accuracy at or above ${ACCURACY_BAR * 100}%`, () => {
    const table = [...confusion.entries()]
      .sort()
      .map(([k, n]) => `  ${k.padEnd(30)} ${n}`)
      .join('\n');
    console.log(
      `Corpus: ${corpus.length} articles, ${labels} labeled figures\n` +
        `Claim-level accuracy: ${(accuracy * 100).toFixed(1)}% (${correct}/${labels})\n` +
        `Extraction recall: ${((found / labels) * 100).toFixed(1)}%; unlabeled numbers found: ${unlabeled}, of them marked: ${unlabeledMarked}\n` +
        `Confusion (expected -> got):\n${table}\n` +
        (errors.length ? `Errors:\n  ${errors.join('\n  ')}` : ''),
    );
    expect(accuracy).toBeGreaterThanOrEqual(ACCURACY_BAR);
  });

  it('finds every labeled figure', () => {
    expect(found / labels).toBeGreaterThanOrEqual(EXTRACTION_RECALL_BAR);
  });

  it('almost never marks a wrong or unrelated number as verified, and never marks an unlabeled number', () => {
    expect(falseVerified / labels).toBeLessThanOrEqual(MAX_FALSE_VERIFIED_RATE);
    expect(unlabeledMarked).toBe(0);
  });
});
