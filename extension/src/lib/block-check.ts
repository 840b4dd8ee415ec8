/**
 * Checking one block of page text with the core, the same way wherever it runs (the background
 * for pages, or the page itself as a fallback): long blocks are cut at sentence ends so that one
 * piece of work stays short, and offsets are mapped back to the block.
 */
import { checkTable, checkText, type CheckedMention, type FigureSet } from '@figure-check/core';
import type { PageMention } from './messages.ts';

/** What the core's checkText may be told about a text (its publication date). */
export type CheckOptions = NonNullable<Parameters<typeof checkText>[2]>;

/** Blocks longer than this are checked in sentence-aligned chunks so one step stays short. */
export const CHUNK_CHARS = 4000;

/**
 * Splits long text at sentence ends (or any white space) so extraction runs on pieces of at
 * most about CHUNK_CHARS. Figures and their sentence never straddle a cut at a sentence end.
 */
export function chunkText(text: string, size = CHUNK_CHARS): Array<{ start: number; end: number }> {
  const chunks: Array<{ start: number; end: number }> = [];
  let start = 0;
  while (text.length - start > size) {
    const window = text.slice(start, start + size);
    let cut = Math.max(
      window.lastIndexOf('. '),
      window.lastIndexOf('。'),
      window.lastIndexOf('\n'),
      window.lastIndexOf('! '),
      window.lastIndexOf('? '),
    );
    if (cut < size / 4) cut = window.lastIndexOf(' ');
    if (cut <= 0) cut = size - 1;
    chunks.push({ start, end: start + cut + 1 });
    start += cut + 1;
  }
  chunks.push({ start, end: text.length });
  return chunks;
}

/**
 * Checks a block as a sequence of steps, one per chunk, with the core's `checkText` (so lists,
 * references, swapped figures and tables written as text are read exactly as everywhere else);
 * the in-page checker yields between them. `onError` counts a failed chunk and the rest go on.
 * Returns the block's checked mentions, offsets relative to the whole block.
 */
export function* checkBlockSteps(
  text: string,
  set: FigureSet,
  onError: () => void,
  options: CheckOptions = {},
): Generator<void, CheckedMention[]> {
  const checked: CheckedMention[] = [];
  for (const chunk of chunkText(text)) {
    try {
      const report = checkText(text.slice(chunk.start, chunk.end), set, options);
      for (const m of report.mentions)
        checked.push({ ...m, start: m.start + chunk.start, end: m.end + chunk.start });
    } catch {
      onError();
    }
    yield;
  }
  return checked;
}

/** The same check in one go (the background has no page to yield to). */
export function checkBlock(
  text: string,
  set: FigureSet,
  onError: () => void = () => {},
  options: CheckOptions = {},
): CheckedMention[] {
  const steps = checkBlockSteps(text, set, onError, options);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** A checked table cell: its grid position, and the mention's offsets in the cell's text. */
export interface CheckedGridCell extends PageMention {
  row: number;
  col: number;
}

/**
 * Checks an HTML table (each cell's flat text) with the core's table check, which labels every
 * number with its row's labels and its column's header, exactly as the Excel add-in does.
 * The cell's figure text is located in the cell's text, so the page can mark it.
 */
export function checkGrid(grid: string[][], set: FigureSet): CheckedGridCell[] {
  const report = checkTable({ values: grid }, set);
  const out: CheckedGridCell[] = [];
  for (const cell of report.cells) {
    const source = grid[cell.row]?.[cell.col] ?? '';
    const start = cell.text ? source.indexOf(cell.text) : -1;
    if (start < 0) continue;
    const end = start + cell.text.length;
    const mention: CheckedGridCell = {
      row: cell.row,
      col: cell.col,
      text: cell.text,
      start,
      end,
      verdict: cell.verdict,
      figure: cell.figure,
      alternatives: cell.alternatives,
      explanation: cell.explanation,
    };
    if (cell.likelyError) mention.likelyError = cell.likelyError;
    out.push(mention);
  }
  return out;
}
