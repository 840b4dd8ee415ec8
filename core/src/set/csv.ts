/** CSV reading for spreadsheet exports and imported figure sets, with errors that say where. */
import Papa from 'papaparse';

export class CsvError extends Error {
  constructor(
    message: string,
    /** 1-based line of the file where the problem is. */
    readonly line: number,
  ) {
    super(message);
    this.name = 'CsvError';
  }
}

/**
 * Parses CSV text into rows of strings. Throws a CsvError naming the line for unbalanced
 * quotes and for rows whose field count differs from the first row's.
 */
export function parseCsv(text: string): string[][] {
  return parseCsvTable(text).rows;
}

/**
 * Parses CSV text and says which delimiter it uses (`,`, `;`, tab or `|`, detected). A file with
 * one column has no delimiter to detect and is read as comma-separated. Throws like parseCsv.
 */
export function parseCsvTable(text: string): { rows: string[][]; delimiter: string } {
  const body = text.replace(/^\uFEFF/, '');
  let result = Papa.parse<string[]>(body, { skipEmptyLines: 'greedy', delimiter: '' });
  // No delimiter found: one column (or a ragged file, which the width check below reports).
  if (result.errors.some((e) => e.type === 'Delimiter'))
    result = Papa.parse<string[]>(body, { skipEmptyLines: 'greedy', delimiter: ',' });
  const fatal = result.errors.find((e) => e.type === 'Quotes');
  if (fatal) {
    const line = lineOfRow(body, fatal.row ?? 0);
    throw new CsvError(`line ${line}: ${fatal.message.replace(/\.$/, '')}`, line);
  }
  const rows = result.data;
  if (rows.length === 0) throw new CsvError('line 1: no rows', 1);
  const width = rows[0]!.length;
  rows.forEach((row, i) => {
    if (row.length !== width) {
      const line = lineOfRow(body, i);
      throw new CsvError(`line ${line}: ${row.length} fields where the first row has ${width}`, line);
    }
  });
  return { rows, delimiter: result.meta.delimiter };
}

/** Approximate 1-based line of a parsed row (exact unless quoted fields span lines). */
function lineOfRow(text: string, row: number): number {
  let line = 1;
  let seen = 0;
  let inQuotes = false;
  const contentEnd = text.trimEnd().length; // once, not per line: a late error in a big file stays linear
  for (let i = 0; i < text.length && seen < row; i++) {
    const ch = text[i];
    if (ch === '"') inQuotes = !inQuotes;
    if (ch === '\n') {
      line++;
      if (!inQuotes && i + 1 < contentEnd && !/^\s*\r?\n/.test(text.slice(i + 1, i + 3))) seen++;
    }
  }
  return line;
}
