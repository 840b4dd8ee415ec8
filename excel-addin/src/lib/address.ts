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
export function quoteSheetName(name: string): string {
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
