/**
 * The verdict vocabulary every front end speaks: the four verdicts, the order a reader meets them
 * in, their words in English and Chinese, and counts. Written once here; the CLI, the extension
 * and the add-in import it instead of spelling verdicts themselves.
 */

/** The four verdicts, in the order of the data (stable: message formats index into it). */
export const VERDICTS = ['verified', 'approximate', 'contradicted', 'unverified'] as const;
export type VerdictKind = (typeof VERDICTS)[number];

/** The order a reader meets verdicts in a list: what contradicts the sources, then what could not be checked. */
export const VERDICT_ORDER: readonly VerdictKind[] = [
  'contradicted',
  'unverified',
  'approximate',
  'verified',
];

/** Languages the verdict words are written in. */
export type VerdictLanguage = 'en' | 'zh';

/** A verdict as a short label (a count, a column) and as a heading (a card, a note). */
export interface VerdictWords {
  label: string;
  heading: string;
}

export const VERDICT_WORDS: Record<VerdictLanguage, Record<VerdictKind, VerdictWords>> = {
  en: {
    verified: { label: 'Verified', heading: 'Verified' },
    approximate: { label: 'Approximate', heading: 'Approximately right' },
    contradicted: { label: 'Contradicted', heading: 'Contradicted by the source' },
    unverified: { label: 'Not verified', heading: 'Not verified' },
  },
  zh: {
    verified: { label: '已核实', heading: '与官方数据一致' },
    approximate: { label: '大致相符', heading: '与官方数据大致相符' },
    contradicted: { label: '与来源不符', heading: '与官方来源不符' },
    unverified: { label: '未核实', heading: '未能核实' },
  },
};

/** The label of a verdict in a language (English unless told otherwise). */
export function verdictLabel(verdict: VerdictKind, language: VerdictLanguage = 'en'): string {
  return VERDICT_WORDS[language][verdict].label;
}

/** The heading of a verdict in a language (English unless told otherwise). */
export function verdictHeading(verdict: VerdictKind, language: VerdictLanguage = 'en'): string {
  return VERDICT_WORDS[language][verdict].heading;
}

export type VerdictCounts = Record<VerdictKind, number>;

/** A count of zero for every verdict (a fresh object each call). */
export function emptyCounts(): VerdictCounts {
  return { verified: 0, approximate: 0, contradicted: 0, unverified: 0 };
}

/** Counts per verdict, plus the total. */
export function summarize(items: Iterable<{ verdict: VerdictKind }>): VerdictCounts & { total: number } {
  const counts = emptyCounts();
  let total = 0;
  for (const item of items) {
    counts[item.verdict]++;
    total++;
  }
  return { ...counts, total };
}
