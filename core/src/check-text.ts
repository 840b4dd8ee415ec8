/** Checking free text: extract every figure and judge each against a figure set. */
import { extractFigures, type Mention } from './extract.ts';
import type { FigureSet } from './figure-set.ts';
import { VERDICTS, claimFromMention, matcherFor, type Verdict, type VerdictKind } from './verdict.ts';

/** A figure found in text, with its verdict. */
export type CheckedMention = Pick<
  Mention,
  'text' | 'start' | 'end' | 'value' | 'unit' | 'qualifier' | 'context'
> &
  Verdict;

export type VerdictCounts = Record<VerdictKind, number>;

export interface TextReport {
  mentions: CheckedMention[];
  summary: VerdictCounts & { total: number };
}

export function emptyCounts(): VerdictCounts {
  return Object.fromEntries(VERDICTS.map((v) => [v, 0])) as VerdictCounts;
}

/** Judges one extracted mention; errors stay with the mention, never stop the others. */
export function checkMention(text: string, mention: Mention, set: FigureSet): CheckedMention {
  let verdict: Verdict;
  try {
    verdict = matcherFor(set).judge(claimFromMention(text, mention));
  } catch (error) {
    verdict = {
      verdict: 'unverified',
      figure: null,
      alternatives: [],
      explanation: `Could not be checked: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  const { text: mentionText, start, end, value, unit, qualifier, context } = mention;
  return { text: mentionText, start, end, value, unit, qualifier, context, ...verdict };
}

/** Finds and checks every figure in `text`. */
export function checkText(text: string, set: FigureSet): TextReport {
  const mentions = extractFigures(text).map((m) => checkMention(text, m, set));
  return { mentions, summary: summarize(mentions) };
}

export function summarize(items: ReadonlyArray<{ verdict: VerdictKind }>): VerdictCounts & { total: number } {
  const counts = emptyCounts();
  for (const item of items) counts[item.verdict]++;
  return { ...counts, total: items.length };
}
