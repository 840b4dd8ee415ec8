/**
 * Marks and their undo: the fill colour and note text the add-in writes for each verdict, the
 * record of what each touched cell had before (kept in the workbook), and the plan that puts
 * it back. Pure: the Excel edge reads and writes, this decides what.
 */
import { formatCitation, type CheckedCell, type VerdictKind } from '@figure-check/core';

/** Fill per verdict: Excel's own Good / Neutral / Bad cell-style colours, grey for unverified. */
export const VERDICT_FILL: Record<VerdictKind, string> = {
  verified: '#C6EFCE',
  approximate: '#FFEB9C',
  contradicted: '#FFC7CE',
  unverified: '#E7E6E6',
};

/** The pattern that tells a contradicted mark from the others without colour (ExcelApi 1.15). */
export const CONTRADICTED_PATTERN = { pattern: 'LightUp', patternColor: '#9C0006' } as const;

/** Every note or comment the add-in writes starts with this, so it can tell its own from the user's. */
export const NOTE_MARK = 'Figure Check: ';

/** Longest explanation kept in a note: notes are read in a tooltip, and every byte is in the write payload. */
const NOTE_EXPLANATION_MAX = 240;

/** The mark's id, as the last line of its note: "[fc:k3x9a-17]". */
const MARK_ID_RE = /\[fc:([a-z0-9-]+)\]\s*$/;

/** What a note is written from: the checked cell and, where the set has several dates, its series line. */
export type NotedCell = Pick<CheckedCell, 'verdict' | 'explanation' | 'figure'> & {
  /** core's `formatSeries` line for the cell's figure. */
  series?: string;
};

/**
 * The note attached to a checked cell: verdict, explanation, citation, and the mark's id, so
 * that "Clear marks" finds the mark wherever the cell went (sorted, rows inserted, sheet renamed).
 */
export function noteText(cell: NotedCell, id: string): string {
  const explanation =
    cell.explanation.length > NOTE_EXPLANATION_MAX
      ? `${cell.explanation.slice(0, NOTE_EXPLANATION_MAX - 1).trimEnd()}…`
      : cell.explanation;
  const lines = [`${NOTE_MARK}${cell.verdict}`, explanation];
  // The measure's other dates, so a reader of the note sees at once which year a value belongs to.
  if (cell.series) lines.push(`Series: ${cell.series}`);
  if (cell.figure) lines.push(`Source: ${formatCitation(cell.figure)}`);
  lines.push(`[fc:${id}]`);
  return lines.join('\n');
}

/** The mark id in a note or comment the add-in wrote, or null for anyone else's text. */
export function markIdOf(text: string | null | undefined): string | null {
  if (!text || !text.startsWith(NOTE_MARK)) return null;
  return MARK_ID_RE.exec(text)?.[1] ?? null;
}

/** The verdict an add-in note names on its first line. */
export function verdictOf(text: string): VerdictKind | null {
  const first = text.slice(NOTE_MARK.length).split('\n', 1)[0]?.trim() ?? '';
  return first in VERDICT_FILL ? (first as VerdictKind) : null;
}

/** Mark ids unique within a workbook: one prefix per check, a counter within it. */
export function markIdMaker(now: number = Date.now(), random: () => number = Math.random): () => string {
  const prefix = `${now.toString(36)}${Math.floor(random() * 36 ** 3)
    .toString(36)
    .padStart(3, '0')}`;
  let n = 0;
  return () => `${prefix}-${(n++).toString(36)}`;
}

/** How the add-in annotates cells: notes (ExcelApi 1.18), else comments (1.10), else not at all. */
export type AnnotationKind = 'note' | 'comment' | 'none';

/** What a cell had before it was first marked, and what was done to it. */
export interface MarkRecord {
  /** The mark's id, also written in its note. */
  id: string;
  /** The worksheet's id (`Worksheet.id`): stays the same when the sheet is renamed. */
  sheetId: string;
  /** The sheet's name when marked (for messages only). */
  sheet: string;
  /** A1 address when marked ("B4"); used only for marks without a note to find them by. */
  address: string;
  /** False for "no fill". */
  hadFill: boolean;
  /** The original fill colour ("#FFFF00"); empty without a fill. */
  color: string;
  /** The original fill pattern ("Solid", "Gray50") and its colour; empty where the API cannot read them. */
  pattern: string;
  patternColor: string;
  /** How the add-in annotated the cell: a note, a comment, or nothing (a user's comment was there). */
  annotation: AnnotationKind;
  /** Whether the cell had a note of the user's, and its text. */
  hadNote: boolean;
  noteText: string;
  /** The fill the add-in set; on clear, a cell no longer of this colour was recoloured by the user and is left alone. */
  markColor: string;
  /**
   * A later check of a marked cell: only `markColor` counts (the originals stay the first
   * record's), so a value fixed and checked again is still cleared.
   */
  update?: boolean;
}

/** The hidden sheet's header row; records follow it, one row per touched cell. */
export const STORE_HEADER = [
  'Figure Check marks v2',
  'sheet',
  'address',
  'id',
  'hadFill',
  'color',
  'pattern',
  'patternColor',
  'annotation',
  'hadNote',
  'noteText',
  'markColor',
  'update',
] as const;
export const STORE_COLUMNS = STORE_HEADER.length;

/** One record as a row of text cells (the sheet's columns are formatted as text). */
export function encodeRecord(r: MarkRecord): string[] {
  return [
    r.sheetId,
    r.sheet,
    r.address,
    r.id,
    r.hadFill ? '1' : '0',
    r.color,
    r.pattern,
    r.patternColor,
    r.annotation,
    r.hadNote ? '1' : '0',
    r.noteText,
    r.markColor,
    r.update ? '1' : '0',
  ];
}

function isAnnotation(v: string): v is AnnotationKind {
  return v === 'note' || v === 'comment' || v === 'none';
}

/** Reads a stored row back; null for the header, blank rows or rows not written by this version. */
export function decodeRecord(row: ReadonlyArray<unknown>): MarkRecord | null {
  const s = (i: number) => {
    const v = row[i];
    return typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';
  };
  const flag = (i: number) => s(i) === '1' || s(i).toUpperCase() === 'TRUE';
  if (s(0) === STORE_HEADER[0] || s(0) === '' || s(3) === '' || !isAnnotation(s(8))) return null;
  const record: MarkRecord = {
    sheetId: s(0),
    sheet: s(1),
    address: s(2),
    id: s(3),
    hadFill: flag(4),
    color: s(5),
    pattern: s(6),
    patternColor: s(7),
    annotation: s(8) as AnnotationKind,
    hadNote: flag(9),
    noteText: s(10),
    markColor: s(11),
  };
  if (flag(12)) record.update = true;
  return record;
}

/**
 * All records by mark id: the first record of an id holds the originals, a later one only
 * the newer mark colour.
 */
export function mergeRecords(
  records: Iterable<MarkRecord>,
  into = new Map<string, MarkRecord>(),
): Map<string, MarkRecord> {
  for (const r of records) {
    const had = into.get(r.id);
    if (!had) into.set(r.id, r.update ? { ...r, update: false } : r);
    else into.set(r.id, { ...had, markColor: r.markColor });
  }
  return into;
}

/** A cell's fill as read: colour, and pattern where the API gives it (ExcelApi 1.15). */
export interface FillState {
  color: string | null;
  pattern?: string | null;
  patternColor?: string | null;
}

/**
 * Whether a cell has a fill. With the pattern known, "None" is no fill; without it, white is
 * taken as no fill (Excel reports an unfilled cell as #FFFFFF).
 */
export function hasFill(fill: FillState): boolean {
  if (fill.pattern !== undefined && fill.pattern !== null) return fill.pattern !== 'None';
  return fill.color !== null && fill.color.toUpperCase() !== '#FFFFFF';
}

/** What a cell looked like before marking, as read by the edge. */
export interface OriginalState {
  fill: FillState;
  /** The note's text (the user's, or the add-in's from an earlier check), or null for none. */
  note: string | null;
  /** True when the cell has a comment (only looked at where comments are the annotation). */
  hasComment?: boolean;
  /** The add-in's comment text on the cell, where comments are the annotation. */
  comment?: string | null;
}

/** One cell's mark: what to write. */
export interface MarkWrite {
  address: string;
  color: string;
  /** A pattern over the fill (contradicted marks), where the host can set one. */
  pattern?: { pattern: string; patternColor: string };
  /** Note or comment text to write; null writes none (a user's comment was there). */
  annotation: string | null;
}

export interface MarkPlan {
  writes: MarkWrite[];
  /** Records to store before the writes: new marks, and newer colours of earlier ones. */
  records: MarkRecord[];
  /** Each write with the record that must be stored before it (none for an unchanged re-mark). */
  pairs: Array<{ write: MarkWrite; record?: MarkRecord }>;
}

export interface MarkTarget {
  sheetId: string;
  sheet: string;
  kind: AnnotationKind;
  /** Whether fills can carry a pattern (ExcelApi 1.15). */
  patterns: boolean;
  newId: () => string;
  /** Marks without a note or comment of ours, by address (their only way to be found again). */
  unannotated?: ReadonlyMap<string, string>;
}

/**
 * Decides the marks for checked cells. A cell that already carries a mark (its note names the
 * mark's id) keeps its first record, so checking twice never records the add-in's own fill as
 * the user's; its new colour is recorded as an update.
 */
export function planMarks(
  target: MarkTarget,
  cells: ReadonlyArray<NotedCell & { address: string }>,
  originals: ReadonlyMap<string, OriginalState>,
): MarkPlan {
  const pairs: MarkPlan['pairs'] = [];
  const seen = new Set<string>();
  const { kind } = target;
  for (const cell of cells) {
    const address = cell.address.toUpperCase();
    // A text cell with two figures is one cell: the first verdict marks it.
    if (seen.has(address)) continue;
    seen.add(address);
    const original = originals.get(address);
    if (!original) continue;
    const ownText = kind === 'note' ? original.note : kind === 'comment' ? original.comment : null;
    const existing = markIdOf(ownText) ?? target.unannotated?.get(address) ?? null;
    // The colour the existing mark has now, as its note says; unknown without one.
    const previous = ownText && markIdOf(ownText) ? verdictOf(ownText) : null;
    const userComment = kind === 'comment' && original.hasComment === true && existing === null;
    const id = existing ?? target.newId();
    const color = VERDICT_FILL[cell.verdict];
    const annotation = kind === 'none' || userComment ? null : noteText(cell, id);
    const write: MarkWrite = { address, color, annotation };
    if (target.patterns && cell.verdict === 'contradicted') write.pattern = { ...CONTRADICTED_PATTERN };
    const base = { id, sheetId: target.sheetId, sheet: target.sheet, address, markColor: color };
    if (existing) {
      if (previous !== null && VERDICT_FILL[previous] === color) {
        pairs.push({ write });
        continue;
      }
      pairs.push({
        write,
        record: {
          ...base,
          hadFill: false,
          color: '',
          pattern: '',
          patternColor: '',
          annotation: annotation === null ? 'none' : kind,
          hadNote: false,
          noteText: '',
          update: true,
        },
      });
      continue;
    }
    const filled = hasFill(original.fill);
    pairs.push({
      write,
      record: {
        ...base,
        hadFill: filled,
        color: filled ? (original.fill.color ?? '') : '',
        pattern: filled ? (original.fill.pattern ?? '') : '',
        patternColor: filled ? (original.fill.patternColor ?? '') : '',
        annotation: annotation === null ? 'none' : kind,
        hadNote: kind === 'note' && original.note !== null,
        noteText: kind === 'note' ? (original.note ?? '') : '',
      },
    });
  }
  return {
    writes: pairs.map((p) => p.write),
    records: pairs.flatMap((p) => (p.record ? [p.record] : [])),
    pairs,
  };
}

/** Rough bytes a write puts in Excel's request (the text plus the calls around it). */
export function writeBytes(w: MarkWrite): number {
  return 160 + (w.annotation?.length ?? 0) * 2;
}

/** Rough bytes a record puts in the request (its text, written as values and as text formats). */
export function recordBytes(r: MarkRecord): number {
  // Written twice: the text format ("@") of each cell, then its value.
  return 100 + 2 * encodeRecord(r).reduce((n, t) => n + t.length * 2 + 8, 0);
}

/**
 * Splits items into batches of at most `limit` bytes each (an item larger than the limit is a
 * batch of its own): Office rejects a request over 5 MB, whatever the row count.
 */
export function batchesBySize<T>(items: readonly T[], size: (item: T) => number, limit: number): T[][] {
  const out: T[][] = [];
  let batch: T[] = [];
  let bytes = 0;
  for (const item of items) {
    const n = size(item);
    if (batch.length > 0 && bytes + n > limit) {
      out.push(batch);
      batch = [];
      bytes = 0;
    }
    batch.push(item);
    bytes += n;
  }
  if (batch.length > 0) out.push(batch);
  return out;
}

/** What a marked cell looks like now, read at clear time. */
export interface CurrentState {
  /** Null when the sheet or cell is gone. */
  fillColor: string | null;
  /** Current text of the note or comment the add-in wrote (null: none there now). */
  annotationText: string | null;
}

type FillRestore =
  | { kind: 'keep' }
  | { kind: 'clear' }
  | { kind: 'set'; color: string; pattern: string; patternColor: string };
type AnnotationRestore =
  { kind: 'keep' } | { kind: 'delete' } | { kind: 'set'; text: string } | { kind: 'add'; text: string };

export interface RestoreStep {
  /** Where the mark is now (found by its note), or where it was put. */
  address: string;
  fill: FillRestore;
  annotation: AnnotationRestore;
  annotationKind: AnnotationKind;
  /** The user changed the fill or the note after marking; that change is kept. */
  userChanged: boolean;
}

function sameColor(a: string | null, b: string): boolean {
  return a !== null && a.toUpperCase() === b.toUpperCase();
}

/**
 * How to put one cell back. What the user changed after marking (another fill, an edited
 * note) is theirs and is kept; everything else returns to exactly what it was.
 */
export function planRestore(record: MarkRecord, now: CurrentState): RestoreStep {
  let fill: FillRestore = { kind: 'keep' };
  if (sameColor(now.fillColor, record.markColor)) {
    fill = record.hadFill
      ? { kind: 'set', color: record.color, pattern: record.pattern, patternColor: record.patternColor }
      : { kind: 'clear' };
  }
  let annotation: AnnotationRestore = { kind: 'keep' };
  const ours = now.annotationText !== null && now.annotationText.startsWith(NOTE_MARK);
  if (record.annotation === 'note') {
    if (ours) annotation = record.hadNote ? { kind: 'set', text: record.noteText } : { kind: 'delete' };
    else if (now.annotationText === null && record.hadNote)
      annotation = { kind: 'add', text: record.noteText };
  } else if (record.annotation === 'comment' && ours) {
    annotation = { kind: 'delete' };
  }
  const editedAnnotation = record.annotation !== 'none' && now.annotationText !== null && !ours;
  return {
    address: record.address,
    fill,
    annotation,
    annotationKind: record.annotation,
    userChanged: fill.kind === 'keep' || editedAnnotation,
  };
}
