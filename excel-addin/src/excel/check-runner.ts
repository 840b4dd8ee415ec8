/**
 * "Check selection" and "Check sheet": reads the range block by block (values and number
 * formats only), has core check each block with its labels, marks the checked cells and
 * records what they had before. Syncs: two to set up (three more with comments), then at most
 * three per block — read, read the checked cells' fills and notes, write — never one per cell.
 */
import type { CellValue, FigureSet } from '@figure-check/core';
import { cellAddress, fullAddress, parseCellAddress } from '../lib/address.ts';
import { cellCount, clipToUsed, planBlocks, type Block, type RangeShape } from '../lib/block-plan.ts';
import { checkBlock, headerLabels, leadRows, rowLabelsFrom, type LeadRows } from '../lib/check-block.ts';
import { decodeRecord, planMarks, recordKey, type AnnotationKind, type OriginalState } from '../lib/marks.ts';
import { ResultsBuilder, countNonEmpty, EMPTY_MESSAGE, type ResultsModel } from '../lib/results-model.ts';
import { loadCommentMap } from './comments.ts';
import type { ExcelRun, HostCapabilities } from './host.ts';
import { STORE_SHEET, appendRecords, ensureStoreSheet } from './store.ts';

export interface CheckRunOptions {
  scope: 'selection' | 'sheet';
  set: FigureSet;
  run: ExcelRun;
  caps: HostCapabilities;
  /** Write fills and notes (default true). */
  mark?: boolean;
  onProgress?: (cellsDone: number, cellsTotal: number) => void;
  /** Awaited between blocks so Excel and the pane stay responsive. */
  pause?: () => Promise<void>;
}

export interface CheckRunResult {
  results: ResultsModel;
  sheet: string;
  /** The range checked ("A1:D20"), empty when there was nothing. */
  address: string;
}

interface Setup {
  sheet: string;
  shape: RangeShape;
  address: string;
  columnLabels?: (string | undefined)[];
  /** Columns left of the range that label its rows. */
  left?: { columnIndex: number; columnCount: number };
  storeExists: boolean;
  storeNextRow: number;
  stored: Set<string>;
  comments: Map<string, boolean>;
}

const shapeOf = (r: {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}): RangeShape => ({
  rowIndex: r.rowIndex,
  columnIndex: r.columnIndex,
  rowCount: r.rowCount,
  columnCount: r.columnCount,
});

function annotationKind(caps: HostCapabilities): AnnotationKind {
  return caps.notes ? 'note' : caps.comments ? 'comment' : 'none';
}

async function setUp(opts: CheckRunOptions): Promise<Setup | null> {
  return opts.run(async (context) => {
    const book = context.workbook;
    const ws = book.worksheets.getActiveWorksheet();
    ws.load('name');
    const target = opts.scope === 'selection' ? book.getSelectedRange() : ws.getUsedRangeOrNullObject(true);
    target.load('address,rowIndex,columnIndex,rowCount,columnCount');
    const used = ws.getUsedRangeOrNullObject(true);
    used.load('rowIndex,columnIndex,rowCount,columnCount');
    const store = book.worksheets.getItemOrNullObject(STORE_SHEET);
    await context.sync();

    if (target.isNullObject || used.isNullObject) return null;
    const shape = clipToUsed(shapeOf(target), shapeOf(used));
    if (cellCount(shape) === 0) return null;

    // The sheet's header rows above the range (at most three), and label columns left of it.
    const headerRows = Math.min(3, shape.rowIndex - used.rowIndex);
    const header =
      headerRows > 0
        ? ws.getRangeByIndexes(used.rowIndex, shape.columnIndex, headerRows, shape.columnCount)
        : null;
    header?.load('values');
    const keys = store.isNullObject ? null : store.getRange('A:B').getUsedRangeOrNullObject(true);
    keys?.load('values,rowCount');
    await context.sync();

    const setup: Setup = {
      sheet: ws.name,
      shape,
      address: String(target.address).split('!').pop() ?? '',
      storeExists: !store.isNullObject,
      storeNextRow: 1,
      stored: new Set(),
      comments: new Map(),
    };
    if (header) {
      const rows = (header.values as CellValue[][]).map(headerLabels);
      setup.columnLabels = Array.from({ length: shape.columnCount }, (_, c) => {
        const parts = rows.map((r) => r[c]).filter((t): t is string => t !== undefined);
        return parts.length > 0 ? parts.join(' ') : undefined;
      });
    }
    if (used.columnIndex < shape.columnIndex) {
      const start = Math.max(used.columnIndex, shape.columnIndex - 3);
      setup.left = { columnIndex: start, columnCount: shape.columnIndex - start };
    }
    if (keys && !keys.isNullObject) {
      setup.storeNextRow = keys.rowCount;
      for (const row of keys.values as unknown[][]) {
        const record = decodeRecord([row[0], row[1], '', '', '', '', 'none']);
        if (record) setup.stored.add(recordKey(record.sheet, record.address));
      }
    }
    if ((opts.mark ?? true) && annotationKind(opts.caps) === 'comment')
      setup.comments = await loadCommentMap(context, ws);
    return setup;
  });
}

/** Checks one block and, when marking, writes its marks and records. */
async function runBlock(
  opts: CheckRunOptions,
  setup: Setup,
  block: Block,
  lead: { rows?: LeadRows },
  results: ResultsBuilder,
): Promise<void> {
  const mark = opts.mark ?? true;
  const kind = annotationKind(opts.caps);
  await opts.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(setup.sheet);
    const range = ws.getRangeByIndexes(block.startRow, block.columnIndex, block.rowCount, block.columnCount);
    range.load('values,numberFormat');
    const left = setup.left
      ? ws.getRangeByIndexes(block.startRow, setup.left.columnIndex, block.rowCount, setup.left.columnCount)
      : null;
    left?.load('values');
    await context.sync();

    const values = range.values as CellValue[][];
    const numberFormats = range.numberFormat as string[][];
    if (block.index === 0) lead.rows = leadRows(values, numberFormats);
    const read: Parameters<typeof checkBlock>[0] = { block, sheetName: setup.sheet, values, numberFormats };
    if (setup.columnLabels) read.columnLabels = setup.columnLabels;
    if (left) read.rowLabels = rowLabelsFrom(left.values as CellValue[][]);
    if (lead.rows) read.lead = lead.rows;
    const cells = checkBlock(read, opts.set);
    results.add(setup.sheet, cells, block.rowCount * block.columnCount, countNonEmpty(values));
    if (!mark || cells.length === 0) return;

    // What the checked cells have now: fill and note (one proxy each, all in one sync).
    const addressed = cells.map((c) => ({ ...c, address: cellAddress(c.row, c.col) }));
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
      if (kind === 'comment') state.hasComment = setup.comments.has(p.address.toUpperCase());
      originals.set(recordKey(setup.sheet, p.address), state);
    }
    const plan = planMarks(setup.sheet, addressed, originals, setup.stored, kind);
    const notes = new Map(probes.map((p) => [p.address, p.note]));
    for (const w of plan.writes) {
      ws.getRange(w.address).format.fill.color = w.color;
      if (w.annotation === null) continue;
      if (kind === 'note') {
        const note = notes.get(w.address);
        if (note && !note.isNullObject) note.content = w.annotation;
        else ws.notes.add(w.address, w.annotation);
      } else if (kind === 'comment') {
        const full = fullAddress(setup.sheet, ...parseCellAddress(w.address));
        if (setup.comments.get(w.address.toUpperCase()))
          context.workbook.comments.getItemByCell(full).content = w.annotation;
        else context.workbook.comments.add(full, w.annotation);
        setup.comments.set(w.address.toUpperCase(), true);
      }
    }
    if (plan.records.length > 0) {
      const store = ensureStoreSheet(context, setup.storeExists);
      setup.storeExists = true;
      setup.storeNextRow = appendRecords(store, setup.storeNextRow, plan.records);
      for (const r of plan.records) setup.stored.add(recordKey(r.sheet, r.address));
    }
    await context.sync();
  });
}

/** Runs a check of the selection or the active sheet's used range. */
export async function runCheck(opts: CheckRunOptions): Promise<CheckRunResult> {
  const setup = await setUp(opts);
  const results = new ResultsBuilder();
  if (!setup) {
    const model = results.build();
    return { results: { ...model, message: EMPTY_MESSAGE }, sheet: '', address: '' };
  }
  const blocks = planBlocks(setup.shape);
  const total = cellCount(setup.shape);
  const lead: { rows?: LeadRows } = {};
  let done = 0;
  opts.onProgress?.(0, total);
  for (const block of blocks) {
    await runBlock(opts, setup, block, lead, results);
    done += block.rowCount * block.columnCount;
    opts.onProgress?.(done, total);
    if (opts.pause) await opts.pause();
  }
  return { results: results.build(), sheet: setup.sheet, address: setup.address };
}
