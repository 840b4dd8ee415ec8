/**
 * "Clear marks": puts back the fills and notes recorded in the hidden store, block by block
 * (read records; read the cells' current fills and notes; write), then deletes the store.
 */
import { fullAddress, parseCellAddress } from '../lib/address.ts';
import {
  NOTE_MARK,
  STORE_COLUMNS,
  decodeRecord,
  planRestore,
  type MarkRecord,
  type RestoreStep,
} from '../lib/marks.ts';
import { loadCommentMap } from './comments.ts';
import type { ExcelRun, HostCapabilities } from './host.ts';
import { STORE_SHEET } from './store.ts';

export interface ClearOptions {
  run: ExcelRun;
  caps: HostCapabilities;
  /** Records per block. */
  blockRows?: number;
  onProgress?: (done: number, total: number) => void;
  pause?: () => Promise<void>;
}

export interface ClearResult {
  /** Cells put back. */
  restored: number;
  /** Cells whose fill or note the user changed after marking: left as the user made them. */
  keptUserChanges: number;
  /** Records whose sheet no longer exists. */
  missing: number;
}

function applyStep(
  context: Excel.RequestContext,
  ws: Excel.Worksheet,
  step: RestoreStep,
  note: Excel.Note | null,
  caps: HostCapabilities,
): void {
  const fill = ws.getRange(step.address).format.fill;
  if (step.fill.kind === 'clear') fill.clear();
  else if (step.fill.kind === 'set') {
    if (caps.fillPattern && step.fill.pattern && step.fill.pattern !== 'Solid') {
      fill.pattern = step.fill.pattern as Excel.FillPattern;
      if (step.fill.patternColor) fill.patternColor = step.fill.patternColor;
    }
    fill.color = step.fill.color;
  }
  const a = step.annotation;
  if (step.annotationKind === 'note') {
    if (a.kind === 'delete') note?.delete();
    else if (a.kind === 'set' && note) note.content = a.text;
    else if (a.kind === 'add') ws.notes.add(step.address, a.text);
  } else if (step.annotationKind === 'comment' && a.kind === 'delete') {
    context.workbook.comments
      .getItemByCell(fullAddress(step.sheet, ...parseCellAddress(step.address)))
      .delete();
  }
}

async function clearBlock(
  opts: ClearOptions,
  start: number,
  count: number,
  tally: ClearResult,
): Promise<void> {
  await opts.run(async (context) => {
    const book = context.workbook;
    const rows = book.worksheets.getItem(STORE_SHEET).getRangeByIndexes(start, 0, count, STORE_COLUMNS);
    rows.load('values');
    const sheets = book.worksheets;
    sheets.load('items/name');
    await context.sync();

    const records = (rows.values as unknown[][]).map(decodeRecord).filter((r): r is MarkRecord => r !== null);
    const names = new Set(sheets.items.map((s) => s.name));
    const live = records.filter((r) => names.has(r.sheet));
    tally.missing += records.length - live.length;

    const probes = live.map((record) => {
      const ws = book.worksheets.getItem(record.sheet);
      const fill = ws.getRange(record.address).format.fill;
      fill.load('color');
      const note = record.annotation === 'note' ? ws.notes.getItemOrNullObject(record.address) : null;
      note?.load('content');
      return { record, ws, fill, note };
    });
    await context.sync();

    const commentSheets = [...new Set(live.filter((r) => r.annotation === 'comment').map((r) => r.sheet))];
    const comments = new Map<string, Map<string, boolean>>();
    for (const name of commentSheets)
      comments.set(name, await loadCommentMap(context, book.worksheets.getItem(name)));

    for (const p of probes) {
      const note = p.note && !p.note.isNullObject ? p.note : null;
      let annotationText: string | null = note ? note.content : null;
      if (p.record.annotation === 'comment') {
        const ours = comments.get(p.record.sheet)?.get(p.record.address.toUpperCase());
        annotationText = ours === undefined ? null : ours ? NOTE_MARK : '';
      }
      const step = planRestore(p.record, { fillColor: p.fill.color, annotationText });
      if (step.userChanged) tally.keptUserChanges++;
      else tally.restored++;
      applyStep(context, p.ws, step, note, opts.caps);
    }
    await context.sync();
  });
}

/** Restores every marked cell and removes the store. Nothing to clear gives zeros. */
export async function runClear(opts: ClearOptions): Promise<ClearResult> {
  const tally: ClearResult = { restored: 0, keptUserChanges: 0, missing: 0 };
  const total = await opts.run(async (context) => {
    const store = context.workbook.worksheets.getItemOrNullObject(STORE_SHEET);
    await context.sync();
    if (store.isNullObject) return -1;
    const used = store.getUsedRangeOrNullObject(true);
    used.load('rowCount');
    await context.sync();
    return used.isNullObject ? 0 : used.rowCount;
  });
  if (total < 0) return tally;
  const blockRows = opts.blockRows ?? 5_000;
  for (let start = 1; start < total; start += blockRows) {
    await clearBlock(opts, start, Math.min(blockRows, total - start), tally);
    opts.onProgress?.(Math.min(total, start + blockRows) - 1, total - 1);
    if (opts.pause) await opts.pause();
  }
  await opts.run(async (context) => {
    context.workbook.worksheets.getItem(STORE_SHEET).delete();
    await context.sync();
  });
  return tally;
}
