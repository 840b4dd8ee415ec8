/**
 * The one definition of Figure Check's data. Every figure file, the built-in set,
 * a user's imported set and the CLI's JSON output are read or written through these
 * schemas; the TypeScript types are inferred from them, never written by hand.
 */
import { z } from 'zod';

/** True for a real calendar date written YYYY-MM-DD ("2025-13-45" is not). */
export function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}
const isoDate = z.string().refine(isIsoDate, 'expected a date as YYYY-MM-DD');
/**
 * A web address a reader may open: http or https only. `javascript:`, `data:` and `file:` links
 * in an imported set would run or open something when a user clicks a citation.
 */
export function isWebUrl(text: string): boolean {
  if (!/^https?:\/\//i.test(text)) return false;
  try {
    return ['http:', 'https:'].includes(new URL(text).protocol);
  } catch {
    return false;
  }
}
const webUrl = z.string().refine(isWebUrl, 'expected an http(s) URL');
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case id (a-z, 0-9, -)');

/** Units a figure can be stated in. `count` is a plain number of things. */
export const UNITS = ['count', 'percent', 'yuan', 'score', 'times', 'percentage-points'] as const;
export const UnitSchema = z.enum(UNITS);
export type Unit = z.infer<typeof UnitSchema>;

/**
 * How the source hedged the number. `exact` when stated plainly.
 * `more-than` covers "more than", "over", "exceeded", "surpassed";
 * `nearly` covers "nearly", "almost", "close to"; `about` covers "about", "around", "roughly".
 */
export const QUALIFIERS = [
  'exact',
  'more-than',
  'at-least',
  'nearly',
  'about',
  'less-than',
  'up-to',
] as const;
export const QualifierSchema = z.enum(QUALIFIERS);
export type Qualifier = z.infer<typeof QualifierSchema>;

/**
 * What kind of period the figure covers: `as-of` a stock at a date ("by the end of 2023"),
 * `during` a flow within a period ("in 2023"), `change` a growth over a span ("from 2022 to 2023"),
 * `annual` a recurring yearly amount ("every year"), `target` a goal set for a date ("by 2025,
 * the pass rate is to reach 94%"), not a value reached.
 */
export const PERIOD_KINDS = ['as-of', 'during', 'change', 'annual', 'target'] as const;
export const PeriodKindSchema = z.enum(PERIOD_KINDS);
export type PeriodKind = z.infer<typeof PeriodKindSchema>;

export const PeriodSchema = z
  .object({
    /** The period as the source words it, e.g. "by the end of 2023". */
    label: z.string().min(1),
    kind: PeriodKindSchema,
    /** First day the period covers (for as-of figures, omit). */
    start: isoDate.optional(),
    /** Last day the period covers, or the as-of date. */
    end: isoDate,
  })
  .strict()
  .refine((p) => p.start === undefined || p.start <= p.end, {
    path: ['end'],
    message: 'the period ends before it starts',
  });
export type Period = z.infer<typeof PeriodSchema>;

/**
 * What the archived text is: the publisher's own page (`original`), another outlet's repost of
 * it (`repost`), or a mirror site's copy of a page (`mirror`); `of` names what it copies.
 */
export const COPY_KINDS = ['original', 'repost', 'mirror'] as const;
export const CopySchema = z
  .object({
    kind: z.enum(COPY_KINDS),
    /** What the text copies: "Xinhua News Agency story (新华社, 记者赵文君)", or the page itself for an original. */
    of: z.string().min(1),
  })
  .strict();

/**
 * How much of the article the archived text holds: all of it (`complete`), only its opening
 * because the stored copy breaks off (`opening-only`), or all of a version the publisher
 * shortened (`shortened`).
 */
export const COMPLETENESS = ['complete', 'opening-only', 'shortened'] as const;

export const SourceSchema = z
  .object({
    id: slug,
    /** The title in English: the headline (translated), or what the text reports where it has none. */
    title: z.string().min(1),
    /** The title in Chinese, as the copy or the reported document has it. */
    titleZh: z.string().min(1).optional(),
    /** False when the archived copy has no headline and the titles name what it reports. */
    titleInCopy: z.boolean().optional(),
    event: z.string().min(1),
    /** Who published the text used here ("State Council Information Office (SCIO)"). */
    publisher: z.string().min(1),
    /** Short name of the body whose officials stated the figures ("SAMR"), for one-line attributions. */
    agency: z.string().min(1),
    /** Date the press conference was held, or the date of the release or event the text reports. */
    dateHeld: isoDate,
    /** Date the text used here was published. */
    datePublished: isoDate,
    /**
     * False when the copy shows no publication date: `datePublished` is then the release date
     * (`note` says where it comes from).
     */
    datePublishedInCopy: z.boolean().optional(),
    /** BCP 47 tag: "en", "zh-Hans" (simplified Chinese), "zh-Hant" (traditional Chinese). */
    language: z.string().min(2),
    url: webUrl.optional(),
    alternateUrls: z.array(webUrl).default([]),
    speakers: z.array(z.string().min(1)).default([]),
    /** File name of the archived text, relative to data/sources/. */
    archive: z
      .string()
      .regex(/^[a-z0-9-]+\.txt$/)
      .optional(),
    /** The credit line as the copy prints it ("据新华社北京3月18日电(记者赵文君)"). */
    byline: z.string().min(1).optional(),
    copy: CopySchema.optional(),
    completeness: z.enum(COMPLETENESS).optional(),
    /** Anything a reader of the citation should know about the text or its dates. */
    note: z.string().min(1).optional(),
  })
  .strict();
export type Source = z.infer<typeof SourceSchema>;

/**
 * What a change is measured against: the previous year ("比上年", "同比" for a year's figures),
 * the same period a year earlier ("比去年同期"), another period named in the text, or unstated.
 */
export const CHANGE_BASES = [
  'previous-year',
  'same-period-previous-year',
  'other-period',
  'unspecified',
] as const;
export const CHANGE_DIRECTIONS = ['increase', 'decrease'] as const;
const CHANGE_UNITS: readonly Unit[] = ['percent', 'percentage-points', 'times'];

export const KeywordsSchema = z
  .object({
    /** English phrases that name the measure in text, most specific first ("national standards"). */
    en: z.array(z.string().min(1)).min(1),
    /** Chinese terms for the measure ("国家标准"). */
    zh: z.array(z.string().min(1)).default([]),
  })
  .strict();

export const FigureSchema = z
  .object({
    /** Stable id, unique in the whole set: `<source-id>/<slug>`. */
    id: z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'expected "<source-id>/<figure-slug>"'),
    /**
     * Names the measure independent of source and date ("national-standards-total").
     * Figures of different sources or dates with the same key are the same measure:
     * the checker shows them side by side when they differ.
     */
    measureKey: slug,
    value: z.number().finite(),
    unit: UnitSchema,
    /** What the number counts, in words: "national standards in force". */
    measure: z.string().min(1),
    qualifier: QualifierSchema.default('exact'),
    period: PeriodSchema,
    /**
     * Words that narrow the measure to a subset ("mandatory", "Hebei"). A mention whose context
     * names a scope word the figure lacks is about something else, not a contradiction.
     */
    scope: z.array(z.string().min(1)).default([]),
    speaker: z.string().min(1),
    /** The sentence the figure stands in, word for word as in the archived source. */
    quote: z.string().min(1),
    /** The number exactly as written in the quote: "44,499", "3.3 million", "Eighteen", "45.3%". */
    numberText: z.string().min(1),
    keywords: KeywordsSchema,
    sourceId: slug,
    note: z.string().optional(),
    /** The measure as the Chinese source words it ("实施汽车召回次数"), for figures from Chinese texts. */
    measureZh: z.string().min(1).optional(),
    /**
     * For a change ("比上年增长4.9%"): the measureKey of the measure that changed, over this
     * figure's own scope. `value` is the size of the change; `changeDirection` gives its sign.
     */
    changeOf: slug.optional(),
    /** What the change is measured against. */
    changeBase: z.enum(CHANGE_BASES).optional(),
    /** Whether the measure rose or fell; `value` is never negative when this is given. */
    changeDirection: z.enum(CHANGE_DIRECTIONS).optional(),
    /**
     * For a share ("占全年召回总数量的23.8%"): the measureKey of the whole, unscoped; this figure's
     * scope names the part. A share is a percentage from 0 to 100.
     */
    shareOf: slug.optional(),
  })
  .strict()
  .superRefine((f, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    for (const message of valueProblems(f)) issue('value', message);
    if (f.changeOf !== undefined) {
      if (f.changeOf === f.measureKey) issue('changeOf', 'a change cannot be a change of its own measure');
      if (f.changeBase === undefined) issue('changeBase', 'a change needs the base it is measured against');
      if (f.changeDirection === undefined) issue('changeDirection', 'a change needs its direction');
      if (f.shareOf !== undefined) issue('shareOf', 'a figure is either a change or a share, not both');
    }
    if (f.changeDirection !== undefined) {
      if (!CHANGE_UNITS.includes(f.unit))
        issue('unit', `a change is stated in ${CHANGE_UNITS.join(', ')}, not ${f.unit}`);
      if (f.value < 0) issue('value', 'give the size of the change; changeDirection gives its sign');
    }
    if (f.shareOf !== undefined) {
      if (f.shareOf === f.measureKey) issue('shareOf', 'a share cannot be a share of its own measure');
      if (f.unit !== 'percent') issue('unit', 'a share is a percentage');
      if (f.value < 0 || f.value > 100) issue('value', 'a share lies between 0 and 100 percent');
    }
  });
export type Figure = z.infer<typeof FigureSchema>;
export type FigureInput = z.input<typeof FigureSchema>;

/**
 * Whether a figure is a change: over a span (`period.kind` "change"), or naming what changed
 * (`changeOf`) or only which way (`changeDirection`, "an average decrease of 5.8%").
 */
export function isChangeFigure(figure: {
  period: { kind: PeriodKind };
  changeOf?: string | undefined;
  changeDirection?: string | undefined;
}): boolean {
  return (
    figure.period.kind === 'change' || figure.changeOf !== undefined || figure.changeDirection !== undefined
  );
}

/**
 * Values no source can state: a negative count, or a percentage above 100 or below 0 that is not
 * a change. A change is a figure over a span (`period.kind` "change") or one that names what
 * changed (`changeOf`, `changeDirection`): "grew 250%" may be anything. (A figure with `shareOf`
 * gets its own message from the share rule.)
 */
export function valueProblems(figure: {
  value: number;
  unit: Unit;
  period: { kind: PeriodKind };
  changeOf?: string | undefined;
  changeDirection?: string | undefined;
  shareOf?: string | undefined;
}): string[] {
  const { value, unit } = figure;
  if (unit === 'count' && value < 0) return [`a count cannot be negative (${value})`];
  if (
    unit === 'percent' &&
    !isChangeFigure(figure) &&
    figure.shareOf === undefined &&
    (value < 0 || value > 100)
  )
    return [
      `a share must be between 0 and 100 percent (${value}); a growth rate needs period kind "change" or changeOf`,
    ];
  return [];
}

/** One data file: the figures of one source, with that source's metadata. */
export const FigureFileSchema = z
  .object({
    source: SourceSchema,
    figures: z.array(FigureSchema),
  })
  .strict()
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.figures.forEach((figure, i) => {
      if (figure.sourceId !== file.source.id) {
        ctx.addIssue({
          code: 'custom',
          path: ['figures', i, 'sourceId'],
          message: `figure's sourceId "${figure.sourceId}" is not the file's source "${file.source.id}"`,
        });
      }
      if (seen.has(figure.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['figures', i, 'id'],
          message: `duplicate figure id "${figure.id}"`,
        });
      }
      seen.add(figure.id);
    });
  });
export type FigureFile = z.infer<typeof FigureFileSchema>;
export type FigureFileInput = z.input<typeof FigureFileSchema>;
