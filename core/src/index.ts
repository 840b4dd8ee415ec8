/** Figure Check's core: pure logic shared by the CLI, the browser extension and the Excel add-in. */
export * from './set/schema.ts';
export { extractFigures, type Mention, type MentionUnit } from './extract/extract.ts';
export { FigureSet, FigureSetError, type SourcedFigure } from './set/figure-set.ts';
export { builtinSet, BUILTIN_FILES } from './set/builtin-set.ts';
export {
  checkText,
  checkMention,
  type CheckedMention,
  type CheckOptions,
  type TextReport,
} from './check/check-text.ts';
export {
  VERDICTS,
  VERDICT_ORDER,
  VERDICT_WORDS,
  verdictLabel,
  verdictHeading,
  emptyCounts,
  summarize,
  type VerdictKind,
  type VerdictCounts,
  type VerdictLanguage,
  type VerdictWords,
} from './judge/verdicts.ts';
export { roundSignificant, SIGNIFICANT_DIGITS } from './rules/numbers.ts';
export { hasChinese } from './rules/scripts.ts';
export { Matcher, matcherFor, type Verdict } from './judge/verdict.ts';
export type { Claim } from './resolve/claim.ts';
export {
  formatValue,
  formatOfficialValue,
  describeFigure,
  formatCitation,
  nestQuotes,
  formatFigureCitation,
  shortAttribution,
} from './report/format.ts';
export type { DataIssue } from './set/issues.ts';
export type { LikelyError } from './judge/value-compare.ts';
export {
  checkTable,
  type TableInput,
  type TableReport,
  type CheckedCell,
  type CellValue,
} from './check/check-table.ts';
export { importFigureSet, CSV_COLUMNS, type ImportResult } from './set/user-set.ts';
export { parseCsv, CsvError } from './set/csv.ts';
export { describeIssue } from './set/issues.ts';
export {
  formatTextReport,
  formatMarkdownReport,
  formatCsvReport,
  formatTableText,
  lineColumn,
} from './report/report.ts';
export { findFigure, type LookupResult } from './check/find-figure.ts';
export { detectHeaderRows, isFigureCell, isYearCell, type NumberCulture } from './check/check-table.ts';
export { seriesOf, formatSeries, periodLabel, type Series, type SeriesPoint } from './report/series.ts';
export {
  languageOf,
  formatNumberZh,
  formatValueIn,
  formatOfficialValueIn,
  classifierOf,
  measureClassifier,
  periodLabelZh,
  periodLabelIn,
  measureIn,
  describeFigureIn,
  bodyNameIn,
  formatCitationIn,
  shortAttributionIn,
  quotedFigureFor,
  citationFor,
  type Language,
  type Citation,
} from './report/language.ts';
export { formatSeriesIn, seriesLabelZh } from './report/series.ts';
export {
  computedChange,
  changeNote,
  claimFitsComputed,
  publishedPrecision,
  publishedInterval,
  statedChangeInterval,
  type ComputedChange,
  type ClaimedChange,
  type Interval,
} from './judge/change-check.ts';
export { lookupOf, signedValue, type MeasureLookup } from './report/series.ts';
export {
  mentionNotes,
  textNoteLines,
  seriesJson,
  NOTE_LABELS,
  type MentionNotes,
} from './report/mention-notes.ts';
export {
  sparkline,
  sparklineElements,
  type Sparkline,
  type SparklineKind,
  type SparklineOptions,
  type SparkMark,
  type SvgElementSpec,
} from './report/sparkline.ts';
export { pointWords } from './report/series.ts';
