/** A figure found in text with its verdict: what every path of the check reports. */
import type { Mention } from '../extract/extract.ts';
import type { Verdict } from '../judge/verdict.ts';

/** A figure found in text, with its verdict. */
export type CheckedMention = Pick<
  Mention,
  'text' | 'start' | 'end' | 'value' | 'unit' | 'qualifier' | 'context'
> &
  Verdict;

/** A mention's own fields with a verdict: how every path of the check reports a figure. */
export function withVerdict(
  mention: Pick<CheckedMention, 'text' | 'start' | 'end' | 'value' | 'unit' | 'qualifier' | 'context'>,
  verdict: Verdict,
): CheckedMention {
  const { text, start, end, value, unit, qualifier, context } = mention;
  return { text, start, end, value, unit, qualifier, context, ...verdict };
}
