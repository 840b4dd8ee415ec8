/** Checking free text: extract every figure and judge each against a figure set. */
import { extractFigures, type Mention } from '../extract/extract.ts';
import type { FigureSet } from '../set/figure-set.ts';
import { claimFromMention, matcherFor, type Verdict } from '../judge/verdict.ts';
import { summarize, type VerdictCounts } from '../judge/verdicts.ts';

/** A figure found in text, with its verdict. */
export type CheckedMention = Pick<
  Mention,
  'text' | 'start' | 'end' | 'value' | 'unit' | 'qualifier' | 'context'
> &
  Verdict;

export interface TextReport {
  mentions: CheckedMention[];
  summary: VerdictCounts & { total: number };
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
