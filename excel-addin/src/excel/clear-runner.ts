/**
 * "Clear marks": puts back the fills and notes recorded in the hidden store, then deletes it.
 * Marks are found where the cells are now, not where they were: each sheet is looked up by its
 * id (so a renamed sheet is found) and each mark by the id in its note or comment (so sorted or
 * shifted cells are found). Only marks with no note of ours fall back to their stored address.
 */
import { fullAddress, parseCellAddress } from '../lib/address.ts';
import {
  STORE_COLUMNS,
  STORE_HEADER,
  VERDICT_FILL,
  batchesBySize,
  decodeRecord,
  markIdOf,
  mergeRecords,
  planRestore,
  verdictOf,
  type MarkRecord,
  type RestoreStep,
} from '../lib/marks.ts';
import { loadCommentMap } from './comments.ts';
import type { ExcelRun, HostCapabilities } from './host.ts';
import { STORE_SHEET, writeRows } from './store.ts';

export interface ClearOptions {
  run: ExcelRun;
  caps: HostCapabilities;
  /** Records per read and marks per write block. */
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
  /**
   * Rows of the store this version cannot read (an earlier version's records): kept in the store,
   * never deleted with it, so that those marks can still be cleared by hand or by that version.
   */
  legacy: number;
}

/** A mark located on its sheet: the record (if any), where it is now, and its note or comment there. */
interface Located {
  record: MarkRecord;
  address: string;
  note: Excel.Note | null;
  annotationText: string | null;
  markColor: string;
}

interface StoreContents {
  records: Map<string, MarkRecord>;
  /** Rows this version cannot read, as they were (an earlier version's header and records). */
  legacyRows: string[][];
}

/**
 * Reads every record of the store, merged by mark id (the first record's originals, the last
 * colour), and keeps aside the rows this version cannot read.
 */
async function readRecords(opts: ClearOptions): Promise<StoreContents | null> {
  const total = await opts.run(async (context) => {
    const store = context.workbook.worksheets.getItemOrNullObject(STORE_SHEET);
    await context.sync();
    if (store.isNullObject) return -1;
    const used = store.getUsedRangeOrNullObject(true);
    used.load('rowCount');
    await context.sync();
    return used.isNullObject ? 0 : used.rowCount;
  });
  if (total < 0) return null;
  const contents: StoreContents = { records: new Map(), legacyRows: [] };
  const blockRows = opts.blockRows ?? 5_000;
  for (let start = 0; start < total; start += blockRows) {
    const count = Math.min(blockRows, total - start);
    await opts.run(async (context) => {
      const rows = context.workbook.worksheets
        .getItem(STORE_SHEET)
        .getRangeByIndexes(start, 0, count, STORE_COLUMNS);
      rows.load('values');
      await context.sync();
      const decoded: MarkRecord[] = [];
      for (const row of rows.values as unknown[][]) {
        const record = decodeRecord(row);
        if (record) decoded.push(record);
        else if (isLegacyRow(row)) contents.legacyRows.push(row.map(cellText));
      }
      mergeRecords(decoded, contents.records);
    });
  }
  return contents;
}

/** A store row that is neither this version's header nor blank nor a record of this version. */
function isLegacyRow(row: readonly unknown[]): boolean {
  if (cellText(row[0]) === STORE_HEADER[0]) return false;
  return row.some((v) => cellText(v).trim() !== '');
}

/** A store cell as text (the store's cells are text; Excel may hand back numbers or booleans). */
function cellText(v: unknown): string {
  return typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';
}

/** Rows of an earlier version's store that are its records (its header row is not a mark). */
function legacyRecordCount(rows: readonly string[][]): number {
  return rows.filter((r) => !/^Figure Check marks v\d+$/.test(r[0] ?? '')).length;
}

function applyStep(
  context: Excel.RequestContext,
  ws: Excel.Worksheet,
  sheetName: string,
  step: RestoreStep,
  note: Excel.Note | null,
  caps: HostCapabilities,
): void {
  const fill = ws.getRange(step.address).format.fill;
  if (step.fill.kind === 'clear') fill.clear();
  else if (step.fill.kind === 'set') {
    fill.color = step.fill.color;
    // The contradicted mark's pattern goes too: the original pattern (or solid) is put back.
    if (caps.fillPattern) {
      fill.pattern = (step.fill.pattern || 'Solid') as Excel.FillPattern;
      if (step.fill.patternColor) fill.patternColor = step.fill.patternColor;
    }
  }
  const a = step.annotation;
  if (step.annotationKind === 'note') {
    if (a.kind === 'delete') note?.delete();
    else if (a.kind === 'set' && note) note.content = a.text;
    else if (a.kind === 'add') ws.notes.add(step.address, a.text);
  } else if (step.annotationKind === 'comment' && a.kind === 'delete') {
    context.workbook.comments
      .getItemByCell(fullAddress(sheetName, ...parseCellAddress(step.address)))
      .delete();
  }
}

/** Clears the marks of one sheet; returns false when the sheet is gone. */
async function clearSheet(
  opts: ClearOptions,
  sheetId: string,
  records: MarkRecord[],
  tally: ClearResult,
): Promise<boolean> {
  const byId = new Map(records.map((r) => [r.id, r]));
  return opts.run(async (context) => {
    const ws = context.workbook.worksheets.getItemOrNullObject(sheetId);
    ws.load('name');
    const notes = records.some((r) => r.annotation === 'note') ? ws.notes : null;
    notes?.load('items/content');
    await context.sync();
    if (ws.isNullObject) return false;

    // Our notes, wherever they are now.
    const ours = (notes?.items ?? [])
      .map((note) => ({ note, id: markIdOf(note.content) }))
      .filter((n): n is { note: Excel.Note; id: string } => n.id !== null);
    const places = ours.map((n) => {
      const location = n.note.getLocation();
      location.load('address');
      return location;
    });
    await context.sync();

    const located: Located[] = [];
    const taken = new Set<string>();
    ours.forEach(({ note, id }, i) => {
      const address = (places[i]?.address ?? '').split('!').pop()?.replace(/\$/g, '').toUpperCase() ?? '';
      if (!address) return;
      const verdict = verdictOf(note.content);
      const record = byId.get(id);
      taken.add(address);
      if (!record) {
        // A note of ours with no record (the store was lost): remove the mark, the original is unknown.
        located.push({
          record: orphan(id, sheetId, ws.name, address, verdict ? VERDICT_FILL[verdict] : ''),
          address,
          note,
          annotationText: note.content,
          markColor: verdict ? VERDICT_FILL[verdict] : '',
        });
        return;
      }
      byId.delete(id);
      located.push({
        record,
        address,
        note,
        annotationText: note.content,
        markColor: verdict ? VERDICT_FILL[verdict] : record.markColor,
      });
    });

    // Comments, where they stood in for notes.
    if (records.some((r) => r.annotation === 'comment')) {
      const comments = await loadCommentMap(context, ws);
      for (const [address, info] of comments) {
        const id = markIdOf(info.content);
        const record = id ? byId.get(id) : undefined;
        if (!id || !record) continue;
        byId.delete(id);
        taken.add(address);
        const verdict = verdictOf(info.content);
        located.push({
          record,
          address,
          note: null,
          annotationText: info.content,
          markColor: verdict ? VERDICT_FILL[verdict] : record.markColor,
        });
      }
    }
    // Marks without a note to find them by (none written, or the user deleted ours): the stored
    // address, unless another mark of ours is there now.
    for (const record of byId.values()) {
      const address = record.address.toUpperCase();
      if (taken.has(address)) continue;
      taken.add(address);
      located.push({ record, address, note: null, annotationText: null, markColor: record.markColor });
    }

    const blockRows = opts.blockRows ?? 5_000;
    for (const batch of batchesBySize(located, () => 1, blockRows)) {
      const probes = batch.map((l) => {
        const fill = ws.getRange(l.address).format.fill;
        fill.load('color');
        // A mark found only by its stored address: what note is there now (the user's edit, or none).
        const note =
          l.note === null && l.record.annotation === 'note' && opts.caps.notes
            ? ws.notes.getItemOrNullObject(l.address)
            : null;
        note?.load('content');
        return { fill, note };
      });
      await context.sync();
      batch.forEach((l, i) => {
        const probe = probes[i];
        let note = l.note;
        let annotationText = l.annotationText;
        if (probe?.note && !probe.note.isNullObject) {
          note = probe.note;
          annotationText = probe.note.content;
        }
        const fillColor = probe?.fill.color ?? null;
        // Found by address only, with neither our fill nor our note there: never marked (a
        // check that stopped part way), or already put back. Nothing to do.
        const ours = fillColor !== null && fillColor.toUpperCase() === l.markColor.toUpperCase();
        if (
          l.note === null &&
          !ours &&
          markIdOf(annotationText) === null &&
          l.record.annotation !== 'comment'
        )
          return;
        const record = { ...l.record, address: l.address, markColor: l.markColor };
        const step = planRestore(record, { fillColor, annotationText });
        if (step.userChanged) tally.keptUserChanges++;
        else tally.restored++;
        applyStep(context, ws, ws.name, step, note, opts.caps);
      });
      await context.sync();
    }
    return true;
  });
}

function orphan(id: string, sheetId: string, sheet: string, address: string, markColor: string): MarkRecord {
  return {
    id,
    sheetId,
    sheet,
    address,
    hadFill: false,
    color: '',
    pattern: '',
    patternColor: '',
    annotation: 'note',
    hadNote: false,
    noteText: '',
    markColor,
  };
}

/** Restores every marked cell and removes the store. Nothing to clear gives zeros. */
export async function runClear(opts: ClearOptions): Promise<ClearResult> {
  const tally: ClearResult = { restored: 0, keptUserChanges: 0, missing: 0, legacy: 0 };
  const contents = await readRecords(opts);
  if (!contents) return tally;
  const { records, legacyRows } = contents;
  const bySheet = new Map<string, MarkRecord[]>();
  for (const r of records.values()) {
    const list = bySheet.get(r.sheetId);
    if (list) list.push(r);
    else bySheet.set(r.sheetId, [r]);
  }
  let done = 0;
  for (const [sheetId, list] of bySheet) {
    if (!(await clearSheet(opts, sheetId, list, tally))) tally.missing += list.length;
    done += list.length;
    opts.onProgress?.(done, records.size);
    if (opts.pause) await opts.pause();
  }
  if (legacyRows.length === 0) {
    await opts.run(async (context) => {
      context.workbook.worksheets.getItem(STORE_SHEET).delete();
      await context.sync();
    });
    return tally;
  }
  // An earlier version's records are in the store: deleting it would leave their marks with no
  // way back. Keep exactly those rows (this version's are done) and blank the rest.
  tally.legacy = legacyRecordCount(legacyRows);
  await opts.run(async (context) => {
    const store = context.workbook.worksheets.getItem(STORE_SHEET);
    const used = store.getUsedRangeOrNullObject(true);
    used.load('rowCount');
    await context.sync();
    const height = used.isNullObject ? 0 : used.rowCount;
    writeRows(store, 0, legacyRows);
    await context.sync();
    // Blanked in blocks, each its own request, so a large store stays under the request limit.
    const blank = Array.from({ length: STORE_COLUMNS }, () => '');
    for (let row = legacyRows.length; row < height; row += 5_000) {
      const n = Math.min(5_000, height - row);
      writeRows(
        store,
        row,
        Array.from({ length: n }, () => blank),
      );
      await context.sync();
    }
  });
  return tally;
}
