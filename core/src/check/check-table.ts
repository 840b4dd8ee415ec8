/**
 * Checking a table (a CSV export or an Excel range): every numeric cell, and every text cell
 * that states a figure, is judged with the words that label it — the text cells to its left,
 * the header cells above its column, the sheet's name. The Excel add-in and `factcheck sheet`
 * both call this; neither has table logic of its own.
 */
import { roundSignificant } from '../rules/numbers.ts';
import { extractFigures, type MentionUnit } from '../extract/extract.ts';
import type { FigureSet, SourcedFigure } from '../set/figure-set.ts';
import { matcherFor, type Claim, type VerdictKind } from '../judge/verdict.ts';
import type { LikelyError } from '../judge/value-compare.ts';
import { summarize, type VerdictCounts } from '../judge/verdicts.ts';

export type CellValue = string | number | boolean | null | undefined;

export interface TableInput {
  /** Rows of cells, as read (numbers as numbers where the host knows them). */
  values: ReadonlyArray<ReadonlyArray<CellValue>>;
  /** Excel number formats, same shape as values ("0.0%", "#,##0"); optional. */
  numberFormats?: ReadonlyArray<ReadonlyArray<string | null | undefined>>;
  sheetName?: string;
  /** Offsets added to reported row/col (e.g. a range starting at C5). */
  rowOffset?: number;
  colOffset?: number;
  /**
   * Labels from outside the range, e.g. the header row of the sheet above a selection:
   * column index (within values) -> label text.
   */
  columnLabels?: ReadonlyArray<string | undefined>;
  rowLabels?: ReadonlyArray<string | undefined>;
  /**
   * How many leading rows are headers. Detected when omitted (rows of text, at most three);
   * give it when checking a range in blocks, so a later block's text rows are not taken for headers.
   */
  headerRows?: number;
}

export interface CheckedCell {
  row: number;
  col: number;
  /** The cell's content as given. */
  value: CellValue;
  /** The number checked, in the figure set's units (0.937 formatted as % -> 93.7). */
  checkedValue: number;
  unit: MentionUnit;
  /** For a text cell: the figure's text within it. */
  text: string;
  /** The labels the cell was checked with. */
  labels: string;
  verdict: VerdictKind;
  figure: SourcedFigure | null;
  alternatives: SourcedFigure[];
  explanation: string;
  likelyError?: LikelyError;
}

export interface TableReport {
  cells: CheckedCell[];
  summary: VerdictCounts & { total: number };
  /** Numeric or figure-bearing cells found (0 means nothing to check). */
  checkable: number;
}

const RATE_WORDS = /\b(?:rate|ratio|share|proportion|percent(?:age)?|per cent|pct)\b|%|率|比例|比重|占比/i;
const SCALE_WORDS: Array<[RegExp, number]> = [
  [/\btrillion\b|万亿/i, 1e12],
  [/\b(?:billion|bn)\b|亿/i, 1e9],
  [/\b(?:million|mn|mln)\b|百万/i, 1e6],
  [/\b(?:thousand|'000)\b|千/i, 1e3],
  [/万(?!亿)/, 1e4],
];

function isNumeric(v: CellValue): v is number | string {
  if (typeof v === 'number') return Number.isFinite(v);
  if (typeof v !== 'string') return false;
  return /^\s*[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s*%?\s*$/.test(v);
}

function numericValue(v: number | string): { value: number; percentSign: boolean; written: string } {
  if (typeof v === 'number') return { value: v, percentSign: false, written: String(v) };
  const written = v.trim();
  return { value: Number(written.replace(/[,%\s]/g, '')), percentSign: written.endsWith('%'), written };
}

function cellText(v: CellValue): string {
  return v === null || v === undefined || typeof v === 'boolean' ? '' : String(v).trim();
}

/** A text cell that labels others: has letters, and is not itself a figure. */
function isLabel(v: CellValue): boolean {
  const t = cellText(v);
  return t !== '' && !isNumeric(v) && /[\p{L}]/u.test(t);
}

/** Whether a cell states a figure: a number other than a year, or text with one ("44,499 standards"). */
export function isFigureCell(v: CellValue): boolean {
  if (isYearCell(v)) return false;
  if (isNumeric(v)) return true;
  return typeof v === 'string' && extractFigures(v).length > 0;
}

/**
 * How many leading rows read as headers: rows (at most three) with text and no figure in them.
 * Exported so that a front end checking a range in blocks agrees with this function.
 */
export function detectHeaderRows(values: TableInput['values']): number {
  let n = 0;
  for (const row of values.slice(0, 3)) {
    const cells = row.filter((c) => cellText(c) !== '');
    if (cells.length === 0 || cells.some(isFigureCell)) break;
    n++;
  }
  // A table of one header row and nothing else still has its first row as data.
  return n >= values.length ? 0 : n;
}

/** A year on its own ("2023", "2023年"): a period label in a table, never a figure. */
export function isYearCell(v: CellValue): boolean {
  const t = cellText(v);
  return /^(?:19|20)\d{2}(?:年)?$/.test(t);
}

function precisionOf(written: string, value: number): number {
  const clean = written.replace(/[,%\s]/g, '');
  const dot = clean.indexOf('.');
  if (dot >= 0) return 10 ** -(clean.length - dot - 1);
  if (!Number.isInteger(value)) return 10 ** -(String(value).split('.')[1] ?? '').length;
  const zeros = /0+$/.exec(clean);
  return zeros ? 10 ** zeros[0].length : 1;
}

/** Checks every figure-bearing cell of a table against `set`. */
export function checkTable(input: TableInput, set: FigureSet): TableReport {
  const { values } = input;
  const rowOffset = input.rowOffset ?? 0;
  const colOffset = input.colOffset ?? 0;
  const headerRows = input.headerRows ?? detectHeaderRows(values);
  const width = Math.max(0, ...values.map((r) => r.length));

  // Column headers, with merged-looking header cells (blank to the right of a label) carried over.
  const headers: string[] = Array.from({ length: width }, (_, c) => input.columnLabels?.[c] ?? '');
  for (let r = 0; r < headerRows; r++) {
    let carried = '';
    for (let c = 0; c < width; c++) {
      const t = cellText(values[r]?.[c]);
      if (t) carried = t;
      const label = t || (c > 0 ? carried : '');
      if (label) headers[c] = headers[c] ? `${headers[c]} ${label}` : label;
    }
  }

  const matcher = matcherFor(set);
  const cells: CheckedCell[] = [];
  let checkable = 0;
  for (let r = headerRows; r < values.length; r++) {
    const row = values[r] ?? [];
    const rowLabel = input.rowLabels?.[r] ?? '';
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      const text = cellText(v);
      if (text === '') continue;
      // Years in the row (a "Period" column) are labels for the period, not figures.
      const leftLabels = row.slice(0, c).filter(isLabel).map(cellText);
      const rowYears = row.filter((x, i) => i !== c && isYearCell(x)).map(cellText);
      // Unit or note columns to the right ("percent", "yuan") also label the row's numbers.
      const rightLabels = row
        .slice(c + 1)
        .filter((x) => isLabel(x) && cellText(x).length <= 40)
        .map(cellText);
      const header = headers[c] ?? '';
      const labels = [rowLabel, ...leftLabels, header, ...rightLabels, ...rowYears].filter(Boolean).join(' ');
      const sentence = [labels, input.sheetName ?? ''].filter(Boolean).join(' ');
      const format = input.numberFormats?.[r]?.[c] ?? '';

      if (isNumeric(v)) {
        if (isYearCell(v)) continue;
        checkable++;
        const { value: raw, percentSign, written } = numericValue(v);
        let value = raw;
        let unit: MentionUnit = 'count';
        let precision = precisionOf(written, raw);
        const formatIsPercent = /%/.test(format) && !/"[^"]*%[^"]*"/.test(format);
        if (percentSign) unit = 'percent';
        else if (
          formatIsPercent ||
          (RATE_WORDS.test(labels) && Math.abs(raw) <= 1 && raw !== 0 && !Number.isInteger(raw))
        ) {
          // A rate stored as a fraction: 0.937 shown as 93.7%.
          value = roundSignificant(raw * 100);
          precision = roundSignificant(precision * 100);
          unit = 'percent';
        } else if (RATE_WORDS.test(labels)) unit = 'percent';
        else {
          if (/\byuan\b|\bRMB\b|元/i.test(labels)) unit = 'yuan';
          const scale = SCALE_WORDS.find(([re]) => re.test(labels))?.[1];
          if (scale && raw < scale) {
            value = roundSignificant(raw * scale);
            precision = roundSignificant(precision * scale);
          }
        }
        const claim: Claim = {
          value,
          unit,
          qualifier: 'exact',
          precision,
          text: written,
          near: labels,
          sentence,
        };
        cells.push({
          row: r + rowOffset,
          col: c + colOffset,
          value: v,
          checkedValue: value,
          unit,
          text: written,
          labels,
          ...matcher.judge(claim),
        });
        continue;
      }
      // A text cell stating a figure: "44,499 standards", "more than 45,000".
      for (const m of extractFigures(text)) {
        checkable++;
        const near = `${labels} ${text.slice(0, m.start)} ${text.slice(m.end)}`;
        const claim: Claim = {
          value: m.value,
          unit: m.unit,
          qualifier: m.qualifier,
          precision: m.precision,
          text: m.text,
          near,
          sentence: `${sentence} ${text}`,
        };
        cells.push({
          row: r + rowOffset,
          col: c + colOffset,
          value: v,
          checkedValue: m.value,
          unit: m.unit,
          text: m.text,
          labels,
          ...matcher.judge(claim),
        });
      }
    }
  }
  return { cells, summary: summarize(cells), checkable };
}
