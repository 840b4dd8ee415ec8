/**
 * Checking one block of page text with the core, the same way wherever it runs (the background
 * for pages, or the page itself as a fallback): long blocks are cut at sentence ends so that one
 * piece of work stays short, and offsets are mapped back to the block.
 */
import {
  checkMention,
  checkTable,
  extractFigures,
  type CheckedMention,
  type FigureSet,
} from '@figure-check/core';
import type { PageMention } from './messages.ts';

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
 * Checks a block as a sequence of steps (extraction of a chunk, then one step per mention), so
 * the in-page fallback can yield between them; `onError` counts a failed step and the rest go on.
 * Returns the block's checked mentions, offsets relative to the whole block.
 */
export function* checkBlockSteps(
  text: string,
  set: FigureSet,
  onError: () => void,
): Generator<void, CheckedMention[]> {
  const checked: CheckedMention[] = [];
  for (const chunk of chunkText(text)) {
    const piece = text.slice(chunk.start, chunk.end);
    let mentions: ReturnType<typeof extractFigures> = [];
    try {
      mentions = extractFigures(piece);
    } catch {
      onError();
    }
    yield;
    for (const mention of mentions) {
      try {
        const result = checkMention(piece, mention, set);
        checked.push({ ...result, start: result.start + chunk.start, end: result.end + chunk.start });
      } catch {
        onError();
      }
      yield;
    }
  }
  return checked;
}

/** The same check in one go (the background has no page to yield to). */
export function checkBlock(text: string, set: FigureSet, onError: () => void = () => {}): CheckedMention[] {
  const steps = checkBlockSteps(text, set, onError);
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
