/** The pane's results list: one item per checked figure, counts per verdict, and its messages. */
import {
  VERDICTS,
  VERDICT_ORDER,
  formatOfficialValue,
  shortAttribution,
  type CheckedCell,
  type FigureSet,
  type VerdictKind,
} from '@figure-check/core';
import { cellAddress } from './address.ts';
import { seriesView, type SeriesView } from './series.ts';

export interface ResultItem {
  /** Unique within a run: "Sheet1!B4#0". */
  id: string;
  sheet: string;
  /** A1 address within the sheet. */
  address: string;
  row: number;
  col: number;
  verdict: VerdictKind;
  /** The figure as it stands in the cell ("93.7%" for 0.937 formatted as a percentage is shown as checked: "93.7%"). */
  shown: string;
  /** The official value it was checked against ("6,728,000"), if any. */
  official?: string;
  /** "SAMR, 2024-02-21". */
  attribution?: string;
  explanation: string;
  labels: string;
  /** The figure's measure on every date the set states it, when more than one. */
  series?: SeriesView;
}

export type VerdictCountMap = Record<VerdictKind, number>;

export interface ResultsModel {
  items: ResultItem[];
  counts: VerdictCountMap;
  /** Cells read (the size of the range). */
  cellsRead: number;
  /** Non-empty cells seen. */
  nonEmpty: number;
  /** A message instead of results: empty selection, nothing numeric. Null when there are results. */
  message: string | null;
}

export const EMPTY_MESSAGE =
  'The selection is empty. Select the cells to check (with their labels), or use “Check sheet”.';
export const NOTHING_TO_CHECK_MESSAGE =
  'Nothing to check here: no numbers or stated figures in these cells. Select cells that hold figures, or use “Check sheet”.';

function shownValue(cell: CheckedCell): string {
  if (cell.unit === 'percent') return `${Number.parseFloat(cell.checkedValue.toPrecision(12))}%`;
  if (typeof cell.value === 'number') return NUMBER_FORMAT.format(cell.value);
  return cell.text;
}

/** One formatter for every item: toLocaleString with options builds a new one per call (most of a large check's time). */
const NUMBER_FORMAT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });

/** One list item per checked figure. */
function resultItem(sheet: string, cell: CheckedCell, n: number, set?: FigureSet): ResultItem {
  const address = cellAddress(cell.row, cell.col);
  const item: ResultItem = {
    id: `${sheet}!${address}#${n}`,
    sheet,
    address,
    row: cell.row,
    col: cell.col,
    verdict: cell.verdict,
    shown: shownValue(cell),
    explanation: cell.explanation,
    labels: cell.labels,
  };
  if (cell.figure) {
    item.official = formatOfficialValue(cell.figure);
    item.attribution = shortAttribution(cell.figure);
    const series = set ? seriesView(cell.figure, set) : undefined;
    if (series) item.series = series;
  }
  return item;
}

function emptyCountMap(): VerdictCountMap {
  return Object.fromEntries(VERDICTS.map((v) => [v, 0])) as VerdictCountMap;
}

/** Accumulates a run's results block by block. */
export class ResultsBuilder {
  private readonly items: ResultItem[] = [];
  private readonly counts = emptyCountMap();
  private cellsRead = 0;
  private nonEmpty = 0;

  /** With the set, items carry their figure's series. */
  constructor(private readonly set?: FigureSet) {}

  add(sheet: string, cells: readonly CheckedCell[], cellsRead: number, nonEmpty: number): void {
    for (const cell of cells) {
      this.items.push(resultItem(sheet, cell, this.items.length, this.set));
      this.counts[cell.verdict]++;
    }
    this.cellsRead += cellsRead;
    this.nonEmpty += nonEmpty;
  }

  build(): ResultsModel {
    const items = [...this.items].sort(
      (a, b) =>
        VERDICT_ORDER.indexOf(a.verdict) - VERDICT_ORDER.indexOf(b.verdict) || a.row - b.row || a.col - b.col,
    );
    let message: string | null = null;
    if (this.nonEmpty === 0) message = EMPTY_MESSAGE;
    else if (items.length === 0) message = NOTHING_TO_CHECK_MESSAGE;
    return { items, counts: { ...this.counts }, cellsRead: this.cellsRead, nonEmpty: this.nonEmpty, message };
  }
}

/** Counts non-empty cells of a grid (for the "empty selection" message). */
export function countNonEmpty(values: ReadonlyArray<ReadonlyArray<unknown>>): number {
  let n = 0;
  for (const row of values)
    for (const v of row)
      if (v !== null && v !== undefined && !(typeof v === 'string' && v.trim() === '')) n++;
  return n;
}

/** Results shown at first and added by each "Show more": every result is reachable. */
export const PAGE_SIZE = 100;

/** The items the list shows: one verdict or all, the first `limit` of them ("Show more" raises it). */
export function visibleItems(
  model: ResultsModel,
  filter: VerdictKind | 'all',
  limit = PAGE_SIZE,
): { items: ResultItem[]; hidden: number } {
  const matching = filter === 'all' ? model.items : model.items.filter((i) => i.verdict === filter);
  return { items: matching.slice(0, limit), hidden: Math.max(0, matching.length - limit) };
}

/** "3 contradicted · 1 unverified · 12 verified" (zero counts left out). */
export function countsLine(counts: VerdictCountMap): string {
  const parts = VERDICT_ORDER.filter((v) => counts[v] > 0).map((v) => `${counts[v]} ${v}`);
  return parts.length > 0 ? parts.join(' · ') : 'no figures checked';
}
