/** A1-style addresses for zero-based row/column indexes, as Excel writes them. */

/** "A" for 0, "Z" for 25, "AA" for 26. */
export function columnLetters(col: number): string {
  let n = col + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** "B4" for row 3, column 1 (both zero-based). */
export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** A sheet name quoted as Excel needs it in a formula address: 'My sheet'!A1. */
function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** "'My sheet'!B4". */
export function fullAddress(sheet: string, row: number, col: number): string {
  return `${quoteSheetName(sheet)}!${cellAddress(row, col)}`;
}

/** Zero-based [row, col] of an A1 cell address ("B4" -> [3, 1]); a sheet prefix is ignored. */
export function parseCellAddress(address: string): [number, number] {
  const m = /([A-Z]+)\$?(\d+)$/i.exec(address.replace(/\$/g, ''));
  if (!m) throw new Error(`not a cell address: ${address}`);
  const letters = (m[1] ?? '').toUpperCase();
  let col = 0;
  for (const ch of letters) col = col * 26 + (ch.charCodeAt(0) - 64);
  return [Number(m[2]) - 1, col - 1];
}

/** A rectangle by zero-based indexes. */
export interface Rect {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

/**
 * The rectangles of an address list as Excel gives it for several areas
 * ("Sheet1!A1:B5,Sheet1!D2", "'My data'!C3:C9"); whole rows or columns are not expected here.
 */
export function parseAreas(address: string): Rect[] {
  const out: Rect[] = [];
  for (const part of address.split(/,(?=(?:[^']*'[^']*')*[^']*$)/)) {
    const local = part.slice(part.lastIndexOf('!') + 1).trim();
    if (!local) continue;
    const [a, b] = local.split(':');
    const [r0, c0] = parseCellAddress(a ?? 'A1');
    const [r1, c1] = parseCellAddress(b ?? a ?? 'A1');
    out.push({
      rowIndex: Math.min(r0, r1),
      columnIndex: Math.min(c0, c1),
      rowCount: Math.abs(r1 - r0) + 1,
      columnCount: Math.abs(c1 - c0) + 1,
    });
  }
  return out;
}
