/**
 * Tables written as text: rows of cells separated by pipes ("| Vehicles recalled | 2023 | 6,728,000 |")
 * or tabs, two rows or more, or aligned with runs of spaces as papers, prospectuses and plain-text
 * mail lay them out (three rows or more, with numbers). Their numbers are checked as a table (row
 * labels, column headers), through the same table check as spreadsheets, instead of as prose.
 */

interface TextTableCell {
  text: string;
  /** Offsets of the cell's trimmed text in the whole text. */
  start: number;
  end: number;
}

export interface TextTable {
  start: number;
  end: number;
  rows: TextTableCell[][];
  /** The caption written on the same line, before the table (a chart's title). */
  caption?: string;
}

/** One point of a chart written as text: "2022: 4.488", "2023年：672.8". */
const CHART_POINT_RE = /((?:19|20)\d{2})\s*年?\s*[:：]\s*([\d.,]+)(?=\s*(?:[;；,，.。]|$))/g;
/** A chart needs this many points on one line to be read as one. */
const MIN_CHART_POINTS = 3;

/**
 * Charts written as text, one line each: "Figure 1: Vehicles recalled in China, 2021–2024 (million
 * units). 2021: 8.73; 2022: 4.488; 2023: 6.278; 2024: 11.237." The words before the first point
 * are the caption; each value is dated by its year, as in a table with a year column.
 */
export function findChartLines(text: string): TextTable[] {
  const out: TextTable[] = [];
  if (!/[:：]/.test(text)) return out;
  let lineStart = 0;
  while (lineStart < text.length) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl === -1 ? text.length : nl;
    const line = text.slice(lineStart, lineEnd);
    const points = [...line.matchAll(CHART_POINT_RE)];
    if (points.length >= MIN_CHART_POINTS) {
      const first = points[0]!;
      const caption = line.slice(0, first.index).trim();
      const cell = (value: string, at: number): TextTableCell => ({
        text: value,
        start: at,
        end: at + value.length,
      });
      // (The caption names the values; its years span the chart and date none of them.)
      const rows: TextTableCell[][] = [[cell('Year', lineStart), cell('Value', lineStart)]];
      for (const p of points) {
        const yearAt = lineStart + p.index;
        const valueAt = yearAt + p[0].lastIndexOf(p[2]!);
        rows.push([cell(p[1]!, yearAt), cell(p[2]!, valueAt)]);
      }
      const last = points[points.length - 1]!;
      out.push({
        start: lineStart + first.index,
        end: lineStart + last.index + last[0].length,
        rows,
        ...(caption ? { caption } : {}),
      });
    }
    if (nl === -1) break;
    lineStart = nl + 1;
  }
  return out;
}

const RULE_LINE_RE = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;

/** A line that may be a row of comma-separated values: two commas or more, none followed by a space. */
const CSV_ROW_RE = /^[^,\s\t][^\t\n]*,[^\t\n]*,[^\t\n]*$/;
/** A CSV field that is a number and nothing else ("204", "448.8", "-2.5", "17%"). */
const CSV_NUMBER_RE = /^[+\-−]?\d+(?:\.\d+)?%?$/;
/** The longest line read as a CSV row: longer lines are prose or data too long to check by eye. */
const MAX_CSV_LINE = 400;

/**
 * Rows of comma-separated values pasted into a text (a dataset's first lines, a notebook cell),
 * their commas turned into tabs, so that "2022,204,448.8" is three numbers, not one misread with
 * thousands separators, and the block is read as a table. Offsets are kept (one character for
 * one). A block is a header of names over one row or more, every line with as many fields and no
 * comma followed by a space (prose has them), each row of short labels and numbers, none a number
 * grouped in thousands (see isCsvRow).
 */
export function csvRowsAsTabs(text: string): string {
  if (!text.includes(',')) return text;
  let out: string[] | undefined;
  const lines = text.split('\n');
  let k = 0;
  while (k < lines.length) {
    const header = csvFields(lines[k]!);
    if (!header || header.some(isCsvNumber)) {
      k++;
      continue;
    }
    let end = k + 1;
    let numeric = 0;
    for (;;) {
      const row = end < lines.length ? csvFields(lines[end]!) : undefined;
      if (!row || row.length !== header.length || !isCsvRow(lines[end]!, row)) break;
      if (row.filter(isCsvNumber).length >= 2) numeric++;
      end++;
    }
    if (numeric > 0) {
      out ??= [...lines];
      for (let r = k; r < end; r++) out[r] = lines[r]!.replaceAll(',', '\t');
    }
    k = end;
  }
  return out ? out.join('\n') : text;
}

/**
 * Whether a line under a CSV header is a row of values, not prose that happens to have as many
 * commas: its fields are short labels or numbers, and it is not one number grouped in thousands
 * ("6,846,000").
 */
function isCsvRow(line: string, fields: readonly string[]): boolean {
  if (THOUSANDS_LINE_RE.test(line)) return false;
  return fields.every((f) => isCsvNumber(f) || (f.length <= MAX_CSV_LABEL && !/\s\S+\s/.test(f)));
}
/** A line that is one number grouped in thousands, perhaps with words after it. */
const THOUSANDS_LINE_RE = /^\s*\d{1,3}(?:,\d{3})+(?!\d)/;
/** The longest text field of a CSV row: longer is a sentence. */
const MAX_CSV_LABEL = 24;

function isCsvNumber(field: string): boolean {
  return CSV_NUMBER_RE.test(field.trim());
}

/** The fields of a line that may be a CSV row, or undefined. */
function csvFields(line: string): string[] | undefined {
  if (line.length > MAX_CSV_LINE || line.includes(', ') || !CSV_ROW_RE.test(line)) return undefined;
  return line.split(',');
}

/** A wiki table's opening line ("{| class=\"wikitable\""), and its closing one ("|}"). */
const WIKI_OPEN_RE = /^\s*\{\|/;
const WIKI_CLOSE_RE = /^\s*\|\}\s*$/;
/** A wiki table's row separator ("|-"), its caption ("|+ …"), a header row ("! a !! b"), a row ("| a || b"). */
const WIKI_ROW_BREAK_RE = /^(\s*)\|-+(.*)$/;
const WIKI_CAPTION_RE = /^(\s*)\|\+/;
const WIKI_CELLS_RE = /^(\s*)([!|])(?![}\-+])/;

/**
 * Tables in wiki markup pasted into a text (a talk page, a wiki draft), written as tab-separated
 * rows so that the table reader reads them: "! Year !! Recalls" and "| 2022 || 204" become rows of
 * cells, "|-" a rule between them, and the opening and closing lines blank. Offsets are kept (one
 * character for one).
 */
export function wikiTablesAsTabs(text: string): string {
  if (!text.includes('{|')) return text;
  const lines = text.split('\n');
  let inside = false;
  let changed = false;
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    if (!inside) {
      if (!WIKI_OPEN_RE.test(line)) continue;
      inside = true;
      lines[k] = ' '.repeat(line.length);
      changed = true;
      continue;
    }
    if (WIKI_CLOSE_RE.test(line)) {
      inside = false;
      lines[k] = ' '.repeat(line.length);
      continue;
    }
    const rule = WIKI_ROW_BREAK_RE.exec(line);
    if (rule) {
      // (A rule line the table reader knows: dashes, as long as the separator and what follows it.)
      lines[k] = rule[1]! + '-'.repeat(line.length - rule[1]!.length);
      continue;
    }
    const caption = WIKI_CAPTION_RE.exec(line);
    if (caption) {
      lines[k] = caption[1]! + '  ' + line.slice(caption[0].length);
      continue;
    }
    const cells = WIKI_CELLS_RE.exec(line);
    if (!cells) continue;
    const mark = cells[2]!;
    const body = line.slice(cells[0].length).replaceAll(mark + mark, '\t ');
    lines[k] = cells[1]! + ' ' + body;
  }
  return changed ? lines.join('\n') : text;
}

/**
 * A text with its tables in markup that hides their cells (comma-separated rows, wiki tables)
 * written as tab-separated rows, one character for one.
 */
export function tablesAsTabs(text: string): string {
  return wikiTablesAsTabs(csvRowsAsTabs(text));
}

/** Every text table in `text`, in order. */
export function findTextTables(input: string): TextTable[] {
  const text = tablesAsTabs(input);
  if (!text.includes('|') && !text.includes('\t')) return [];
  const tables: TextTable[] = [];
  let current: TextTable | undefined;
  let lineStart = 0;
  while (lineStart <= text.length) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl === -1 ? text.length : nl;
    const line = text.slice(lineStart, lineEnd);
    const cells = RULE_LINE_RE.test(line) ? 'rule' : cellsOf(line, lineStart);
    if (cells === 'rule' && current) {
      current.end = lineEnd;
    } else if (cells && cells !== 'rule') {
      current ??= { start: lineStart, end: lineEnd, rows: [] };
      current.rows.push(cells);
      current.end = lineEnd;
    } else if (current) {
      if (current.rows.length >= 2) tables.push(current);
      current = undefined;
    }
    if (nl === -1) break;
    lineStart = nl + 1;
  }
  if (current && current.rows.length >= 2) tables.push(current);
  return tables;
}

/** The cells of one line, or undefined when it is not a table row (fewer than two cells). */
function cellsOf(line: string, offset: number): TextTableCell[] | undefined {
  const sep = line.includes('|') ? '|' : line.includes('\t') ? '\t' : undefined;
  if (!sep) return undefined;
  let body = line;
  let shift = 0;
  if (sep === '|') {
    // Leading and trailing pipes frame the row; they do not open empty cells.
    const lead = /^\s*\|/.exec(body);
    if (lead) {
      shift = lead[0].length;
      body = body.slice(shift);
    }
    body = body.replace(/\|\s*$/, '');
  }
  const cells: TextTableCell[] = [];
  let at = 0;
  for (const part of body.split(sep)) {
    const lead = part.length - part.trimStart().length;
    const trimmed = part.trim();
    const start = offset + shift + at + lead;
    cells.push({ text: trimmed, start, end: start + trimmed.length });
    at += part.length + 1;
  }
  return cells.length >= 2 ? cells : undefined;
}

/**
 * The gap between the columns of a table aligned with spaces: two spaces or more, or ideographic
 * spaces (as Chinese charts do). Rows written as text are split at it elsewhere too.
 */
export const COLUMN_GAP = String.raw` {2,}|\u3000+`;
const ALIGNED_GAP_RE = new RegExp(COLUMN_GAP, 'g');
/** Whether a line may part cells with a gap: two spaces, or an ideographic space (as Chinese charts do). */
const MAY_HAVE_GAP_RE = / {2}|\u3000/;
/** A cell of an aligned table is short: a longer run of words is prose. */
const MAX_ALIGNED_CELL = 60;
/** Rows an aligned table needs (a header and two rows), and rows with a number after the first cell. */
const MIN_ALIGNED_ROWS = 3;
const MIN_ALIGNED_NUMBER_ROWS = 2;
/**
 * A cell that is a number and nothing else ("4,488", "19.8", "53,000+", "17.4*", "<0.001", "-2.5%"):
 * prose typed with two spaces after a full stop has numbers among words, not alone.
 */
const NUMBER_CELL_RE = /^[<>≈~+\-−]?\s?[\d][\d.,]*\s?[%*+]?$/;

/**
 * Tables aligned with spaces ("Year    Vehicles  OTA recalls" over "2022       4,488           17"):
 * blocks of consecutive lines, each of two cells or more parted by runs of two spaces or more.
 * Most rows have the same number of cells; a row with fewer (a header over the value columns
 * only) is aligned to the right, as it is laid out.
 */
export function findAlignedTables(text: string): TextTable[] {
  if (!MAY_HAVE_GAP_RE.test(text)) return [];
  const tables: TextTable[] = [];
  let block: TextTableCell[][] = [];
  let blockStart = 0;
  let blockEnd = 0;
  const close = () => {
    const table = alignedTable(block, blockStart, blockEnd);
    if (table) tables.push(table);
    block = [];
  };
  let lineStart = 0;
  while (lineStart <= text.length) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl === -1 ? text.length : nl;
    const cells = alignedCellsOf(text.slice(lineStart, lineEnd), lineStart);
    if (cells) {
      if (block.length === 0) blockStart = lineStart;
      block.push(cells);
      blockEnd = lineEnd;
    } else if (block.length > 0) close();
    if (nl === -1) break;
    lineStart = nl + 1;
  }
  if (block.length > 0) close();
  return tables;
}

function alignedCellsOf(line: string, offset: number): TextTableCell[] | undefined {
  // (Pipes and tabs are read as tables of their own.)
  if (!MAY_HAVE_GAP_RE.test(line) || line.includes('|') || line.includes('\t')) return undefined;
  const cells: TextTableCell[] = [];
  let at = line.length - line.trimStart().length;
  const body = line.trimEnd();
  ALIGNED_GAP_RE.lastIndex = at;
  for (;;) {
    const gap = ALIGNED_GAP_RE.exec(body);
    const end = gap ? gap.index : body.length;
    const cell = body.slice(at, end);
    if (cell.length > MAX_ALIGNED_CELL) return undefined;
    if (cell) cells.push({ text: cell, start: offset + at, end: offset + end });
    if (!gap) break;
    at = gap.index + gap[0].length;
  }
  return cells.length >= 2 ? cells : undefined;
}

function alignedTable(rows: TextTableCell[][], start: number, end: number): TextTable | undefined {
  if (rows.length < MIN_ALIGNED_ROWS) return undefined;
  const counts = new Map<number, number>();
  for (const r of rows) counts.set(r.length, (counts.get(r.length) ?? 0) + 1);
  let width = 0;
  let most = 0;
  for (const [w, n] of counts) if (n > most || (n === most && w > width)) [width, most] = [w, n];
  // (A block whose rows disagree on their cells is text laid out with spaces, not a table.)
  if (most * 3 < rows.length * 2 || rows.some((r) => r.length > width)) return undefined;
  const withNumbers = rows.filter((r) => r.slice(1).some((c) => NUMBER_CELL_RE.test(c.text))).length;
  if (withNumbers < MIN_ALIGNED_NUMBER_ROWS) return undefined;
  const padded = rows.map((r) =>
    r.length === width
      ? r
      : [
          ...Array.from({ length: width - r.length }, () => ({
            text: '',
            start: r[0]!.start,
            end: r[0]!.start,
          })),
          ...r,
        ],
  );
  return { start, end, rows: padded };
}
