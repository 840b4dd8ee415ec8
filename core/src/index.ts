/** Figure Check's core: pure logic shared by the CLI, the browser extension and the Excel add-in. */
export * from './schema.ts';
export { extractFigures, type Mention, type MentionUnit } from './extract.ts';
export { FigureSet, FigureSetError, type SourcedFigure } from './figure-set.ts';
export { builtinSet, BUILTIN_FILES } from './builtin-set.ts';
export {
  checkText,
  checkMention,
  summarize,
  emptyCounts,
  type CheckedMention,
  type TextReport,
  type VerdictCounts,
} from './check-text.ts';
export { Matcher, matcherFor, VERDICTS, type Verdict, type VerdictKind, type Claim } from './verdict.ts';
export {
  formatValue,
  formatOfficialValue,
  describeFigure,
  formatCitation,
  formatFigureCitation,
  shortAttribution,
} from './format.ts';
export type { DataIssue } from './issues.ts';
export type { LikelyError } from './value-compare.ts';
export {
  checkTable,
  type TableInput,
  type TableReport,
  type CheckedCell,
  type CellValue,
} from './check-table.ts';
export { importFigureSet, CSV_COLUMNS, type ImportResult } from './user-set.ts';
export { parseCsv, CsvError } from './csv.ts';
export { describeIssue } from './issues.ts';
export {
  formatTextReport,
  formatMarkdownReport,
  formatCsvReport,
  formatTableText,
  textReportJson,
  tableReportJson,
  lineColumn,
} from './report.ts';
export { findFigure, type LookupResult } from './find-figure.ts';
export { detectHeaderRows, isFigureCell, isYearCell } from './check-table.ts';
