/** Checking free text: extract every figure and judge each against a figure set. */
import { extractFigures, type Mention } from '../extract/extract.ts';
import type { FigureSet } from '../set/figure-set.ts';
import { claimFromMention, matcherFor, type Verdict } from '../judge/verdict.ts';
import { summarize, type VerdictCounts } from '../judge/verdicts.ts';
import { textTime, type TextTime } from '../document/text-date.ts';
import { sentenceBounds } from '../document/sentences.ts';
import { antecedentsOf, countsItsOwnNoun, referenceCue } from '../resolve/reference.ts';

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
  const judge = mentionJudge(text, set, options);
  const mentions = extractFigures(text).map(judge);
  return { mentions, summary: summarize(mentions), time: judge.time };
}

/**
 * The judge of each mention of one text, as `checkText` applies it: with the text's date, and
 * reading a number its clause does not place with an earlier sentence's measure. For callers
 * that extract the mentions themselves (the CLI, window by window).
 */
export function mentionJudge(
  text: string,
  set: FigureSet,
  options: CheckOptions = {},
): ((mention: Mention) => CheckedMention) & { time: TextTime } {
  const time = textTime(text, options.date);
  let bounds: number[] | undefined;
  const judge = (m: Mention): CheckedMention => {
    const checked = checkMention(text, m, set, time);
    if (checked.verdict !== 'unverified' || checked.figure !== null) return checked;
    bounds ??= sentenceBounds(text);
    return resolveReference(text, m, set, time, bounds) ?? checked;
  };
  return Object.assign(judge, { time });
}

/**
 * A number its own clause does not place, read with an earlier sentence's measure: the previous
 * sentence with any cue or none, the one before only with a cue, the headline only to confirm.
 */
function resolveReference(
  text: string,
  mention: Mention,
  set: FigureSet,
  time: TextTime,
  bounds: readonly number[],
): CheckedMention | undefined {
  // "1,450 samples a day": a number followed by a noun of its own counts that, not an antecedent.
  if (countsItsOwnNoun(text, mention.end)) return undefined;
  const claim = claimFromMention(text, mention, time);
  const cue = referenceCue(claim.near);
  for (const antecedent of antecedentsOf(text, mention.contextStart, bounds)) {
    if (antecedent.distance !== 1 && !cue) break;
    const strong = cue?.strength === 'strong' && antecedent.distance !== 'headline';
    const verdict = matcherFor(set).judgeReferenced(
      claim,
      antecedent.text,
      strong,
      cue?.words ?? 'no measure named',
    );
    if (verdict) {
      const { text: mentionText, start, end, value, unit, qualifier, context } = mention;
      return { text: mentionText, start, end, value, unit, qualifier, context, ...verdict };
    }
  }
  return undefined;
}
