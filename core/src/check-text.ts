/** Checking free text: extract every figure and judge each against a figure set. */
import { extractFigures, type Mention } from './extract.ts';
import type { FigureSet, SourcedFigure } from './figure-set.ts';
import type { Qualifier } from './schema.ts';
import { VERDICTS, claimFromMention, matcherFor, type Verdict, type VerdictKind } from './verdict.ts';
import type { MentionUnit } from './extract.ts';
import type { LikelyError } from './value-compare.ts';

export interface CheckedMention {
  text: string;
  start: number;
  end: number;
  value: number;
  unit: MentionUnit;
  qualifier: Qualifier;
  verdict: VerdictKind;
  figure: SourcedFigure | null;
  alternatives: SourcedFigure[];
  explanation: string;
  likelyError?: LikelyError;
  context: string;
}

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
