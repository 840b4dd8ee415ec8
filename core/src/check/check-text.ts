/** Checking free text: extract every figure and judge each against a figure set. */
import { extractFigures, type Mention } from '../extract/extract.ts';
import type { FigureSet } from '../set/figure-set.ts';
import { claimFromMention, matcherFor, type Verdict } from '../judge/verdict.ts';
import { summarize, type VerdictCounts } from '../judge/verdicts.ts';
import { textTime, type TextTime } from '../document/text-date.ts';

/** A figure found in text, with its verdict. */
export type CheckedMention = Pick<
  Mention,
  'text' | 'start' | 'end' | 'value' | 'unit' | 'qualifier' | 'context'
> &
  Verdict;

export interface TextReport {
  mentions: CheckedMention[];
  summary: VerdictCounts & { total: number };
  /** When the text was written, as far as the check knows (for "last year", 去年). */
  time: TextTime;
}

/** What a caller may know about a text that the text does not say. */
export interface CheckOptions {
  /** The text's publication date (YYYY-MM-DD): a page's published time, the CLI's --date. */
  date?: string;
}

/** Judges one extracted mention; errors stay with the mention, never stop the others. */
export function checkMention(
  text: string,
  mention: Mention,
  set: FigureSet,
  time?: TextTime,
): CheckedMention {
  let verdict: Verdict;
  try {
    verdict = matcherFor(set).judge(claimFromMention(text, mention, time ?? textTime(text)));
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
export function checkText(text: string, set: FigureSet, options: CheckOptions = {}): TextReport {
  const time = textTime(text, options.date);
  const mentions = extractFigures(text).map((m) => checkMention(text, m, set, time));
  return { mentions, summary: summarize(mentions), time };
}
