/**
 * "Check selection" and "Check sheet": reads each selected area block by block (values, number
 * formats, and where Excel has them the visible cells, merged areas and format categories), has
 * core check each block with its labels, and marks the checked cells. Each mark's record (what
 * the cell had before) is queued before the mark itself, in the same request, so a failure part
 * way never leaves a mark without its record. Syncs: two to set up (more with comments), then
 * per block one read, one read of the checked cells' fills and notes, and one write per batch
 * (batches bounded by payload size) — never one per cell.
 */
import type { CellValue, FigureSet, NumberCulture, VerdictKind } from '@figure-check/core';
import { cellAddress, fullAddress, parseAreas, parseCellAddress, type Rect } from '../lib/address.ts';
import { cellCount, clipToUsed, planBlocks, type Block, type RangeShape } from '../lib/block-plan.ts';
import { blankHidden, spreadMergedLabels } from '../lib/block-layout.ts';
import { checkBlock, headerLabels, leadRows, rowLabelsFrom, type LeadRows } from '../lib/check-block.ts';
import {
  batchesBySize,
  decodeRecord,
  markIdMaker,
  planMarks,
  recordBytes,
  writeBytes,
  type AnnotationKind,
  type MarkRecord,
  type MarkWrite,
  type OriginalState,
} from '../lib/marks.ts';
import { seriesView } from '../lib/series.ts';
import { ResultsBuilder, countNonEmpty, EMPTY_MESSAGE, type ResultsModel } from '../lib/results-model.ts';
import { loadCommentMap, type CommentInfo } from './comments.ts';
import type { ExcelRun, HostCapabilities } from './host.ts';
import { STORE_SHEET, appendRecords, ensureStoreSheet } from './store.ts';

/** Bytes per write request: well under Office's 5 MB request limit, with room for the calls' own overhead. */
export const WRITE_BATCH_BYTES = 2_000_000;

export interface CheckRunOptions {
  scope: 'selection' | 'sheet';
  set: FigureSet;
  run: ExcelRun;
  caps: HostCapabilities;
  /** Write fills and notes (default true). */
  mark?: boolean;
  /** Which verdicts get a mark (default: all); the results list always has every figure. */
  markVerdicts?: ReadonlySet<VerdictKind>;
  onProgress?: (cellsDone: number, cellsTotal: number) => void;
  /** Awaited between blocks so Excel and the pane stay responsive. */
  pause?: () => Promise<void>;
  /** Checked between blocks: true stops the run, keeping what was checked and marked so far. */
  cancelled?: () => boolean;
  /** Receives the results after every block, so an error or a cancel keeps what was found. */
  onPartial?: (results: ResultsModel) => void;
  /** Largest write request in bytes (tests use a small one to see the batching). */
  batchBytes?: number;
}

export interface CheckRunResult {
  results: ResultsModel;
  sheet: string;
  /** The range checked ("A1:D20", or "A1:B5, D1:D5" for several areas), empty when there was nothing. */
  address: string;
  /** Things the user should know: a protected sheet not marked, conditional formats hiding fills. */
  warnings: string[];
  /** True when the run was cancelled before the end. */
  cancelled: boolean;
}

export const PROTECTED_MESSAGE =
  'This sheet is protected, so no cells were marked: marks change fills and notes. The figures are listed below; unprotect the sheet (Review › Unprotect Sheet) to mark them.';
export const CONDITIONAL_FORMAT_MESSAGE =
  'Conditional formatting in the checked range can hide the marks’ fill colours; the notes and the list below still show every verdict.';

interface Area {
  shape: RangeShape;
  columnLabels?: (string | undefined)[];
  /** Columns left of the range that label its rows. */
  left?: { columnIndex: number; columnCount: number };
}

interface Setup {
  sheet: string;
  sheetId: string;
  areas: Area[];
  address: string;
  protected: boolean;
  culture?: NumberCulture;
  storeExists: boolean;
  storeNextRow: number;
  /** Marks of this sheet without a note or comment to find them by: address -> id. */
  unannotated: Map<string, string>;
  comments: Map<string, CommentInfo>;
  warnings: string[];
}

const shapeOf = (r: Rect): RangeShape => ({
  rowIndex: r.rowIndex,
  columnIndex: r.columnIndex,
  rowCount: r.rowCount,
  columnCount: r.columnCount,
});

function annotationKind(caps: HostCapabilities): AnnotationKind {
  return caps.notes ? 'note' : caps.comments ? 'comment' : 'none';
}

async function setUp(opts: CheckRunOptions): Promise<Setup | null> {
  const mark = opts.mark ?? true;
  const layout = opts.caps.layout === true;
  return opts.run(async (context) => {
    const book = context.workbook;
    const ws = book.worksheets.getActiveWorksheet();
    ws.load('name,id');
    const protection = mark ? ws.protection : null;
    protection?.load('protected');
    // Several selected areas (Ctrl+click) where Excel can say so; otherwise the one range.
    const areas = opts.scope === 'selection' && layout ? book.getSelectedRanges() : null;
    areas?.load('address');
    const single = areas
      ? null
      : opts.scope === 'selection'
        ? book.getSelectedRange()
        : ws.getUsedRangeOrNullObject(true);
    single?.load('address,rowIndex,columnIndex,rowCount,columnCount');
    const used = ws.getUsedRangeOrNullObject(true);
    used.load('rowIndex,columnIndex,rowCount,columnCount');
    const store = book.worksheets.getItemOrNullObject(STORE_SHEET);
    const culture = layout ? book.application.cultureInfo.numberFormat : null;
    culture?.load('numberDecimalSeparator');
    await context.sync();

    if (used.isNullObject || (single && single.isNullObject)) return null;
    const rects = areas ? parseAreas(String(areas.address)) : single ? [shapeOf(single)] : [];
    const shapes = rects.map((r) => clipToUsed(r, shapeOf(used))).filter((s) => cellCount(s) > 0);
    if (shapes.length === 0) return null;

    const setup: Setup = {
      sheet: ws.name,
      sheetId: ws.id,
      areas: shapes.map((shape) => ({ shape })),
      address: areas
        ? String(areas.address)
            .split(',')
            .map((a) => a.split('!').pop() ?? '')
            .join(', ')
        : (String(single?.address ?? '')
            .split('!')
            .pop() ?? ''),
      protected: protection?.protected === true,
      storeExists: !store.isNullObject,
      storeNextRow: 1,
      unannotated: new Map(),
      comments: new Map(),
      warnings: [],
    };
    if (culture && culture.numberDecimalSeparator === ',') setup.culture = { decimalSeparator: ',' };
    if (setup.protected) setup.warnings.push(PROTECTED_MESSAGE);

    // Per area: the sheet's header rows above it (at most three), label columns left of it, and
    // whether conditional formats could hide the marks.
    const headers = setup.areas.map((area) => {
      const { shape } = area;
      const headerRows = Math.min(3, shape.rowIndex - used.rowIndex);
      const header =
        headerRows > 0
          ? ws.getRangeByIndexes(used.rowIndex, shape.columnIndex, headerRows, shape.columnCount)
          : null;
      header?.load('values');
      if (used.columnIndex < shape.columnIndex) {
        const start = Math.max(used.columnIndex, shape.columnIndex - 3);
        area.left = { columnIndex: start, columnCount: shape.columnIndex - start };
      }
      const formats =
        mark && layout
          ? ws
              .getRangeByIndexes(shape.rowIndex, shape.columnIndex, shape.rowCount, shape.columnCount)
              .conditionalFormats.getCount()
          : null;
      return { header, formats };
    });
    const keys = store.isNullObject ? null : store.getRange('A:I').getUsedRangeOrNullObject(true);
    keys?.load('values,rowCount');
    await context.sync();

    headers.forEach(({ header }, i) => {
      const area = setup.areas[i];
      if (!header || !area) return;
      const rows = (header.values as CellValue[][]).map(headerLabels);
      area.columnLabels = Array.from({ length: area.shape.columnCount }, (_, c) => {
        const parts = rows.map((r) => r[c]).filter((t): t is string => t !== undefined);
        return parts.length > 0 ? parts.join(' ') : undefined;
      });
    });
    if (headers.some(({ formats }) => (formats?.value ?? 0) > 0))
      setup.warnings.push(CONDITIONAL_FORMAT_MESSAGE);
    if (keys && !keys.isNullObject) {
      setup.storeNextRow = keys.rowCount;
      for (const row of keys.values as unknown[][]) {
        const record = decodeRecord(row);
        if (record && record.sheetId === setup.sheetId && record.annotation === 'none')
          setup.unannotated.set(record.address.toUpperCase(), record.id);
      }
    }
    if (mark && !setup.protected && annotationKind(opts.caps) === 'comment')
      setup.comments = await loadCommentMap(context, ws);
    return setup;
  });
}

/** Checks one block and, when marking, writes its marks and records. */
async function runBlock(
  opts: CheckRunOptions,
  setup: Setup,
  area: Area,
  block: Block,
  lead: { rows?: LeadRows },
  results: ResultsBuilder,
  newId: () => string,
): Promise<void> {
  const mark = (opts.mark ?? true) && !setup.protected;
  const kind = annotationKind(opts.caps);
  const layout = opts.caps.layout === true;
  await opts.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(setup.sheetId);
    const range = ws.getRangeByIndexes(block.startRow, block.columnIndex, block.rowCount, block.columnCount);
    range.load(layout ? 'values,numberFormat,numberFormatCategories' : 'values,numberFormat');
    const visible = layout ? range.getSpecialCellsOrNullObject('Visible' as Excel.SpecialCellType) : null;
    visible?.load('address');
    const merged = layout ? range.getMergedAreasOrNullObject() : null;
    merged?.load('address');
    const left = area.left
      ? ws.getRangeByIndexes(block.startRow, area.left.columnIndex, block.rowCount, area.left.columnCount)
      : null;
    left?.load('values');
    await context.sync();

    const values = (range.values as CellValue[][]).map((row) => [...row]);
    const origin = { rowIndex: block.startRow, columnIndex: block.columnIndex };
    if (merged && !merged.isNullObject)
      spreadMergedLabels(values, origin, parseAreas(String(merged.address)));
    if (visible) blankHidden(values, origin, visible.isNullObject ? [] : parseAreas(String(visible.address)));
    const numberFormats = range.numberFormat as string[][];
    if (block.index === 0) lead.rows = leadRows(values, numberFormats, setup.culture);
    const read: Parameters<typeof checkBlock>[0] = { block, sheetName: setup.sheet, values, numberFormats };
    if (layout) read.numberFormatCategories = range.numberFormatCategories;
    if (setup.culture) read.numberCulture = setup.culture;
    if (area.columnLabels) read.columnLabels = area.columnLabels;
    if (left) read.rowLabels = rowLabelsFrom(left.values as CellValue[][]);
    if (lead.rows) read.lead = lead.rows;
    const cells = checkBlock(read, opts.set);
    results.add(setup.sheet, cells, block.rowCount * block.columnCount, countNonEmpty(values));
    const toMark = opts.markVerdicts ? cells.filter((c) => opts.markVerdicts?.has(c.verdict)) : cells;
    if (!mark || toMark.length === 0) return;

    // What the cells to mark have now: fill and note (one proxy each, all in one sync).
    const addressed = toMark.map((c) => {
      const series = seriesView(c.figure, opts.set)?.line;
      return { ...c, address: cellAddress(c.row, c.col), ...(series ? { series } : {}) };
    });
    const unique = [...new Set(addressed.map((c) => c.address))];
    const fillProps = opts.caps.fillPattern ? 'color,pattern,patternColor' : 'color';
    const probes = unique.map((address) => {
      const fill = ws.getRange(address).format.fill;
      fill.load(fillProps);
      const note = kind === 'note' ? ws.notes.getItemOrNullObject(address) : null;
      note?.load('content');
      return { address, fill, note };
    });
    await context.sync();

    const originals = new Map<string, OriginalState>();
    for (const p of probes) {
      const state: OriginalState = {
        fill: opts.caps.fillPattern
          ? { color: p.fill.color, pattern: p.fill.pattern, patternColor: p.fill.patternColor }
          : { color: p.fill.color },
        note: p.note && !p.note.isNullObject ? p.note.content : null,
      };
      if (kind === 'comment') {
        const comment = setup.comments.get(p.address.toUpperCase());
        state.hasComment = comment !== undefined;
        state.comment = comment?.content ?? null;
      }
      originals.set(p.address.toUpperCase(), state);
    }
    const plan = planMarks(
      {
        sheetId: setup.sheetId,
        sheet: setup.sheet,
        kind,
        patterns: opts.caps.fillPattern,
        newId,
        unannotated: setup.unannotated,
      },
      addressed,
      originals,
    );
    const notes = new Map(probes.map((p) => [p.address.toUpperCase(), p.note]));
    // A batch carries its writes and their records, records queued first.
    const batches = batchesBySize(
      plan.pairs,
      (p) => writeBytes(p.write) + (p.record ? recordBytes(p.record) : 0),
      opts.batchBytes ?? WRITE_BATCH_BYTES,
    );
    for (const batch of batches) {
      const records = batch.map((p) => p.record).filter((r): r is MarkRecord => r !== undefined);
      if (records.length > 0) {
        const store = ensureStoreSheet(context, setup.storeExists);
        setup.storeExists = true;
        setup.storeNextRow = appendRecords(store, setup.storeNextRow, records);
        for (const r of records)
          if (r.annotation === 'none') setup.unannotated.set(r.address.toUpperCase(), r.id);
      }
      for (const { write } of batch)
        writeMark(context, ws, setup, kind, write, notes.get(write.address) ?? null);
      await context.sync();
    }
  });
}

function writeMark(
  context: Excel.RequestContext,
  ws: Excel.Worksheet,
  setup: Setup,
  kind: AnnotationKind,
  w: MarkWrite,
  note: Excel.Note | null,
): void {
  const fill = ws.getRange(w.address).format.fill;
  fill.color = w.color;
  if (w.pattern) {
    fill.pattern = w.pattern.pattern as Excel.FillPattern;
    fill.patternColor = w.pattern.patternColor;
  }
  if (w.annotation === null) return;
  if (kind === 'note') {
    if (note && !note.isNullObject) note.content = w.annotation;
    else ws.notes.add(w.address, w.annotation);
  } else if (kind === 'comment') {
    const full = fullAddress(setup.sheet, ...parseCellAddress(w.address));
    const had = setup.comments.get(w.address);
    if (had) context.workbook.comments.getItemByCell(full).content = w.annotation;
    else context.workbook.comments.add(full, w.annotation);
    setup.comments.set(w.address, { content: w.annotation, ours: true });
  }
}

/** Runs a check of the selection or the active sheet's used range. */
export async function runCheck(opts: CheckRunOptions): Promise<CheckRunResult> {
  const setup = await setUp(opts);
  const results = new ResultsBuilder(opts.set);
  if (!setup) {
    const model = results.build();
    return {
      results: { ...model, message: EMPTY_MESSAGE },
      sheet: '',
      address: '',
      warnings: [],
      cancelled: false,
    };
  }
  const total = setup.areas.reduce((n, a) => n + cellCount(a.shape), 0);
  const newId = markIdMaker();
  let done = 0;
  let cancelled = false;
  opts.onProgress?.(0, total);
  outer: for (const area of setup.areas) {
    const lead: { rows?: LeadRows } = {};
    for (const block of planBlocks(area.shape)) {
      if (opts.cancelled?.()) {
        cancelled = true;
        break outer;
      }
      await runBlock(opts, setup, area, block, lead, results, newId);
      done += block.rowCount * block.columnCount;
      opts.onProgress?.(done, total);
      opts.onPartial?.(results.build());
      if (opts.pause) await opts.pause();
    }
  }
  return {
    results: results.build(),
    sheet: setup.sheet,
    address: setup.address,
    warnings: setup.warnings,
    cancelled,
  };
}
