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

/** Every note or comment the add-in writes starts with this, so it can tell its own from the user's. */
export const NOTE_MARK = 'Figure Check: ';

/** The note attached to a checked cell: verdict, explanation, citation. */
export function noteText(cell: Pick<CheckedCell, 'verdict' | 'explanation' | 'figure'>): string {
  const lines = [`${NOTE_MARK}${cell.verdict}`, cell.explanation];
  if (cell.figure) lines.push(`Source: ${formatCitation(cell.figure)}`);
  return lines.join('\n');
}

/** How the add-in annotates cells: notes (ExcelApi 1.18), else comments (1.10), else not at all. */
export type AnnotationKind = 'note' | 'comment' | 'none';

/** What a cell had before it was first marked, and what was done to it. */
export interface MarkRecord {
  sheet: string;
  /** A1 address within the sheet ("B4"). */
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
}

/** The hidden sheet's header row; records follow it, one row per touched cell. */
export const STORE_HEADER = [
  'Figure Check marks v1',
  'address',
  'hadFill',
  'color',
  'pattern',
  'patternColor',
  'annotation',
  'hadNote',
  'noteText',
  'markColor',
] as const;
export const STORE_COLUMNS = STORE_HEADER.length;

/** One record as a row of text cells (the sheet's columns are formatted as text). */
export function encodeRecord(r: MarkRecord): string[] {
  return [
    r.sheet,
    r.address,
    r.hadFill ? '1' : '0',
    r.color,
    r.pattern,
    r.patternColor,
    r.annotation,
    r.hadNote ? '1' : '0',
    r.noteText,
    r.markColor,
  ];
}

function isAnnotation(v: string): v is AnnotationKind {
  return v === 'note' || v === 'comment' || v === 'none';
}

/** Reads a stored row back; null for the header, blank rows or rows not written by this version. */
export function decodeRecord(row: ReadonlyArray<unknown>): MarkRecord | null {
  const s = (i: number) => {
    const v = row[i];
    return v === null || v === undefined ? '' : String(v);
  };
  const flag = (i: number) => s(i) === '1' || s(i).toUpperCase() === 'TRUE';
  if (s(0) === STORE_HEADER[0] || s(0) === '' || s(1) === '' || !isAnnotation(s(6))) return null;
  return {
    sheet: s(0),
    address: s(1),
    hadFill: flag(2),
    color: s(3),
    pattern: s(4),
    patternColor: s(5),
    annotation: s(6) as AnnotationKind,
    hadNote: flag(7),
    noteText: s(8),
    markColor: s(9),
  };
}

/** Key of a cell across sheets. */
export function recordKey(sheet: string, address: string): string {
  return `${sheet}\u0000${address.toUpperCase()}`;
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
  /** The user's note text, or null for none. */
  note: string | null;
  /** True when the cell has a comment (only looked at where comments are the annotation). */
  hasComment?: boolean;
}

/** One cell's mark: what to write. */
export interface MarkWrite {
  sheet: string;
  address: string;
  color: string;
  /** Note or comment text to write; null writes none (a user's comment was there). */
  annotation: string | null;
}

export interface MarkPlan {
  writes: MarkWrite[];
  /** New records to store (cells marked for the first time since the last clear). */
  records: MarkRecord[];
}

/**
 * Decides the marks for checked cells. A cell already in the store keeps its first record, so
 * checking twice never records the add-in's own fill as the user's.
 */
export function planMarks(
  sheet: string,
  cells: ReadonlyArray<Pick<CheckedCell, 'verdict' | 'explanation' | 'figure'> & { address: string }>,
  originals: ReadonlyMap<string, OriginalState>,
  stored: ReadonlySet<string>,
  kind: AnnotationKind,
): MarkPlan {
  const writes: MarkWrite[] = [];
  const records: MarkRecord[] = [];
  const seen = new Set<string>();
  for (const cell of cells) {
    const key = recordKey(sheet, cell.address);
    // A text cell with two figures is one cell: the first verdict marks it.
    if (seen.has(key)) continue;
    seen.add(key);
    const color = VERDICT_FILL[cell.verdict];
    const original = originals.get(key);
    const userComment = kind === 'comment' && original?.hasComment === true && !stored.has(key);
    const annotation = kind === 'none' || userComment ? null : noteText(cell);
    writes.push({ sheet, address: cell.address, color, annotation });
    if (stored.has(key) || !original) continue;
    const filled = hasFill(original.fill);
    records.push({
      sheet,
      address: cell.address,
      hadFill: filled,
      color: filled ? (original.fill.color ?? '') : '',
      pattern: filled ? (original.fill.pattern ?? '') : '',
      patternColor: filled ? (original.fill.patternColor ?? '') : '',
      annotation: annotation === null ? 'none' : kind,
      hadNote: kind === 'note' && original.note !== null,
      noteText: kind === 'note' ? (original.note ?? '') : '',
      markColor: color,
    });
  }
  return { writes, records };
}

/** What a marked cell looks like now, read at clear time. */
export interface CurrentState {
  /** Null when the sheet or cell is gone. */
  fillColor: string | null;
  /** Current text of the note or comment the add-in wrote (null: none there now). */
  annotationText: string | null;
}

export type FillRestore =
  | { kind: 'keep' }
  | { kind: 'clear' }
  | { kind: 'set'; color: string; pattern: string; patternColor: string };
export type AnnotationRestore =
  { kind: 'keep' } | { kind: 'delete' } | { kind: 'set'; text: string } | { kind: 'add'; text: string };

export interface RestoreStep {
  sheet: string;
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
    sheet: record.sheet,
    address: record.address,
    fill,
    annotation,
    annotationKind: record.annotation,
    userChanged: fill.kind === 'keep' || editedAnnotation,
  };
}
