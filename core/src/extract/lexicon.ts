/**
 * The extractor's reviewed word lists (`data/lexicon/number-words.json`): fraction and proportion
 * words, multiplicative changes, currency markers and non-figure cues. The file is imported
 * statically so that bundlers embed it, and validated here once, on first import: a malformed
 * lexicon fails loudly at start-up rather than silently matching nothing.
 */
import { z } from 'zod';
import raw from '../../../data/lexicon/number-words.json' with { type: 'json' };
import hedges from '../../../data/lexicon/hedges.json' with { type: 'json' };
import { QUALIFIERS, type Qualifier } from '../set/schema.ts';

/** ISO 4217 codes of the currencies a mention can be written in. */
export const CURRENCIES = ['CNY', 'USD', 'HKD', 'TWD', 'SGD', 'EUR', 'GBP', 'JPY'] as const;
const CurrencySchema = z.enum(CURRENCIES);
export type Currency = z.infer<typeof CurrencySchema>;

const words = z.array(z.string().min(1)).min(1);
const note = z.string().min(1);
const byCurrency = z.record(CurrencySchema, words);

/** The schema of `data/lexicon/number-words.json`. */
export const NumberLexiconSchema = z
  .object({
    README: note,
    fractions: z
      .object({ README: note, words: z.record(z.string().min(1), z.number().int().min(2)) })
      .strict(),
    proportions: z
      .object({
        README: note,
        connectors: words,
        denominators: z.array(z.number().int().min(2)).min(1),
      })
      .strict(),
    multiples: z
      .object({
        README: note,
        times: z.record(z.string().min(1), z.number().positive()),
        change: z.record(z.string().min(1), z.number()),
        comparisonAfterTimes: words,
      })
      .strict(),
    chinese: z
      .object({
        README: note,
        chengStopAfter: words,
        vagueBefore: words,
        coarseHedges: words,
        halfWords: words,
      })
      .strict(),
    currencies: z.object({ README: note, before: byCurrency, after: byCurrency }).strict(),
    nonFigures: z
      .object({
        README: note,
        names: words,
        streetWords: words,
        pageWords: words,
        serviceHours: words,
        hotlines: z.array(z.string().regex(/^\d+$/)).min(1),
        dialWords: words,
        marketIndexes: words,
        indexLevelBefore: words,
        temperatureCues: words,
        temperatureUnits: words,
        scaleTops: z.array(z.number().int().positive()).min(1),
        scaleTopBefore: words,
        scaleTopAfter: words,
        scaleUnits: words,
      })
      .strict(),
  })
  .strict();
export type NumberLexicon = z.infer<typeof NumberLexiconSchema>;

/** The validated built-in lexicon. */
export const NUMBER_LEXICON: NumberLexicon = NumberLexiconSchema.parse(raw);

const HedgeLexiconSchema = z
  .object({
    $comment: note,
    ...Object.fromEntries(QUALIFIERS.map((q) => [q, words])),
  } as Record<'$comment', typeof note> & Record<Qualifier, typeof words>)
  .extend({ after: z.partialRecord(z.enum(QUALIFIERS), words) })
  .strict();

let hedgeLexicon: z.infer<typeof HedgeLexiconSchema> | undefined;
function hedgeLexiconOnce(): z.infer<typeof HedgeLexiconSchema> {
  hedgeLexicon ??= HedgeLexiconSchema.parse(hedges);
  return hedgeLexicon;
}

/** Each hedge word written before a number (`data/lexicon/hedges.json`), lower case, with what it admits. */
export function hedgeWords(): ReadonlyMap<string, Qualifier> {
  const lexicon = hedgeLexiconOnce();
  return new Map(QUALIFIERS.flatMap((q) => lexicon[q].map((w) => [w.toLowerCase(), q] as const)));
}

/** Each Chinese hedge written right after a number (余, 出头, 左右), with what it admits. */
export function hedgesAfter(): ReadonlyMap<string, Qualifier> {
  const after = hedgeLexiconOnce().after;
  return new Map(QUALIFIERS.flatMap((q) => (after[q] ?? []).map((w) => [w, q] as const)));
}

/** `text` with regular-expression metacharacters escaped. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The bare alternation of `list`, longest first, without word boundaries: for expressions that put
 * one `\\b` around the whole group, which the regular expression engine scans much faster than a
 * boundary on every alternative.
 */
export function bareAlternation(list: readonly string[]): string {
  return [...list]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
}

/**
 * One alternation of `list`, longest first so that "HK$" wins over "$" and "翻了两番" over "翻番".
 * Latin words get word boundaries where they begin or end with a letter.
 */
export function alternation(list: readonly string[]): string {
  return [...list]
    .sort((a, b) => b.length - a.length)
    .map((w) => {
      const body = escapeRegExp(w);
      const head = /^[A-Za-z]/.test(w) ? '\\b' : '';
      const tail = /[A-Za-z]$/.test(w) ? '\\b' : '';
      return head + body + tail;
    })
    .join('|');
}
