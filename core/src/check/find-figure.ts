/**
 * Finding an official figure by its label (and optionally a period): for the Excel functions
 * FIGURE and SOURCE, and anyone who asks "what is the official number for X?".
 *
 * The matcher starts from a number, so this asks it the question the other way round: "would
 * this figure's own value, written next to this label (and period), be verified against this
 * figure?" The words that name a measure, its scope and its period are thus read exactly as
 * every other check reads them.
 */
import { CJK_CHAR } from '../rules/scripts.ts';
import type { FigureSet, SourcedFigure } from '../set/figure-set.ts';
import { matcherFor } from '../judge/verdict.ts';
import type { Claim } from '../resolve/claim.ts';

export type LookupResult = { figure: SourcedFigure } | { figure: null; reason: string };

function decimals(value: number): number {
  return (String(value).split('.')[1] ?? '').length;
}

/** The claim "label: <the figure's own value>", with the period's words as its period. */
function claimFor(figure: SourcedFigure, label: string, period: string | undefined): Claim {
  const text = String(figure.value);
  const sentence = period ? `${label} ${period}` : label;
  return {
    value: figure.value,
    unit: figure.unit === 'score' ? 'count' : figure.unit,
    qualifier: figure.qualifier,
    precision: 10 ** -decimals(figure.value),
    text,
    near: label,
    sentence,
  };
}

const WORDS = new RegExp(`[a-z]+|[${CJK_CHAR}]+`, 'g');

/**
 * How many of the label's words the figure's own description (measure and keywords) uses: among
 * figures core verifies for the label, the one the label describes most fully is meant.
 */
function overlap(label: string, figure: SourcedFigure): number {
  const own = new Set(
    `${figure.measure} ${figure.keywords.en.join(' ')} ${figure.keywords.zh.join(' ')}`
      .toLowerCase()
      .match(WORDS) ?? [],
  );
  return [...new Set(label.toLowerCase().match(WORDS) ?? [])].filter((w) => own.has(w)).length;
}

/** The publisher's own page before a repost, a repost before a mirror: cite the most direct copy. */
const COPY_RANK = { original: 0, repost: 1, mirror: 2 } as const;
function copyRank(figure: SourcedFigure): number {
  return COPY_RANK[figure.source.copy?.kind ?? 'original'];
}

const cache = new WeakMap<FigureSet, Map<string, LookupResult>>();

/**
 * The official figure a label names. Among several, the one whose description shares most
 * words with the label wins, then the latest period, then the latest publication. Results are cached per set and label.
 */
export function findFigure(set: FigureSet, label: string, period?: string): LookupResult {
  const text = label.trim();
  const when = period?.trim() || undefined;
  if (!text) return { figure: null, reason: 'the label is empty' };
  const key = `${text}\u0000${when ?? ''}`;
  let memo = cache.get(set);
  if (!memo) cache.set(set, (memo = new Map<string, LookupResult>()));
  const hit = memo.get(key);
  if (hit) return hit;

  const matcher = matcherFor(set);
  const found = new Map<string, SourcedFigure>();
  let nearMiss: string | null = null;
  for (const figure of set.figures) {
    const verdict = matcher.judge(claimFor(figure, text, when));
    if (verdict.verdict === 'verified' && verdict.figure?.id === figure.id) found.set(figure.id, figure);
    else if (when && verdict.verdict === 'unverified' && verdict.alternatives[0]?.id === figure.id)
      nearMiss ??= verdict.explanation;
  }
  const best = [...found.values()].sort(
    (a, b) =>
      overlap(text, b) - overlap(text, a) ||
      b.period.end.localeCompare(a.period.end) ||
      copyRank(a) - copyRank(b) ||
      b.source.datePublished.localeCompare(a.source.datePublished) ||
      a.id.localeCompare(b.id),
  )[0];
  let result: LookupResult;
  if (best) result = { figure: best };
  else if (nearMiss) result = { figure: null, reason: nearMiss };
  else
    result = {
      figure: null,
      reason: `no official figure in the set is named by "${text}"${when ? ` for ${when}` : ''}`,
    };
  if (memo.size > 1000) memo.clear();
  memo.set(key, result);
  return result;
}
