/** Test helper: the verdict of each figure of a text, by the figure as written. */
import { checkText } from '../src/check/check-text.ts';
import { builtinSet } from '../src/set/builtin-set.ts';
import type { VerdictKind } from '../src/judge/verdicts.ts';

export function verdictsOf(text: string, date?: string): Record<string, VerdictKind> {
  return Object.fromEntries(
    checkText(text, builtinSet(), date ? { date } : {}).mentions.map((m) => [m.text, m.verdict]),
  );
}
