/**
 * Scores the checker on a labeled corpus: claim accuracy, and, counted apart because they are the
 * errors a reader is hurt by, wrong green marks (verified or approximate on a number whose label is
 * contradicted or unverified, or on an unlabeled number) and wrong red marks (contradicted on a
 * number labeled verified, approximate or unverified, or on an unlabeled number).
 */
import { checkText } from '../src/check/check-text.ts';
import type { VerdictKind } from '../src/judge/verdicts.ts';
import type { FigureSet } from '../src/set/figure-set.ts';
import { overlaps, type LabeledArticle } from './corpus-labels.ts';

const GREEN: ReadonlySet<VerdictKind | 'missed'> = new Set(['verified', 'approximate']);

export interface CorpusScore {
  articles: number;
  labels: number;
  correct: number;
  found: number;
  /** Labels whose expected verdict is contradicted or unverified: where a green mark would be wrong. */
  notGreenLabels: number;
  wrongGreen: number;
  wrongRed: number;
  unlabeled: number;
  unlabeledMarked: number;
  confusion: Map<string, number>;
  errors: string[];
}

export function scoreCorpus(corpus: readonly LabeledArticle[], set: FigureSet): CorpusScore {
  const score: CorpusScore = {
    articles: corpus.length,
    labels: 0,
    correct: 0,
    found: 0,
    notGreenLabels: 0,
    wrongGreen: 0,
    wrongRed: 0,
    unlabeled: 0,
    unlabeledMarked: 0,
    confusion: new Map(),
    errors: [],
  };
  for (const article of corpus) {
    const report = checkText(article.text, set);
    for (const label of article.labels) {
      score.labels++;
      const m = report.mentions.find((x) => overlaps(x, label));
      const got: VerdictKind | 'missed' = m ? m.verdict : 'missed';
      if (m) score.found++;
      const key = `${label.verdict} -> ${got}`;
      score.confusion.set(key, (score.confusion.get(key) ?? 0) + 1);
      if (!GREEN.has(label.verdict)) score.notGreenLabels++;
      if (got === label.verdict) {
        score.correct++;
        continue;
      }
      const kind =
        GREEN.has(got) && !GREEN.has(label.verdict)
          ? 'WRONG GREEN'
          : got === 'contradicted'
            ? 'WRONG RED'
            : 'wrong';
      if (kind === 'WRONG GREEN') score.wrongGreen++;
      if (kind === 'WRONG RED') score.wrongRed++;
      score.errors.push(
        `${kind}: ${article.name}: "${label.text}" expected ${label.verdict}, got ${got}${m ? ` (${m.explanation.slice(0, 200)})` : ''}`,
      );
    }
    for (const m of report.mentions) {
      if (article.labels.some((l) => overlaps(l, m))) continue;
      score.unlabeled++;
      if (m.verdict === 'unverified') continue;
      score.unlabeledMarked++;
      if (GREEN.has(m.verdict)) score.wrongGreen++;
      else score.wrongRed++;
      score.errors.push(`UNLABELED ${m.verdict}: ${article.name}: "${m.text}"`);
    }
  }
  return score;
}

/** One line: accuracy, wrong green, wrong red, recall. */
export function summaryLine(name: string, s: CorpusScore): string {
  const pct = (n: number, d: number) => `${((100 * n) / Math.max(d, 1)).toFixed(1)}%`;
  return (
    `${name}: ${s.articles} articles, ${s.labels} labels; accuracy ${pct(s.correct, s.labels)} (${s.correct}/${s.labels}); ` +
    `wrong green ${s.wrongGreen}; wrong red ${s.wrongRed}; found ${pct(s.found, s.labels)}; unlabeled numbers marked ${s.unlabeledMarked}`
  );
}

/** The confusion table and every error, for a reader who asks for detail. */
export function detail(s: CorpusScore): string {
  const table = [...s.confusion.entries()]
    .sort()
    .map(([k, n]) => `  ${k.padEnd(30)} ${n}`)
    .join('\n');
  return `Confusion (expected -> got):\n${table}\n${s.errors.length ? `Errors:\n  ${s.errors.join('\n  ')}` : ''}`;
}
