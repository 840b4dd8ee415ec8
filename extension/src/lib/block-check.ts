/**
 * Checking one block of page text with the core, the same way wherever it runs (the background
 * for pages, or the page itself as a fallback): long blocks are cut at sentence ends so that one
 * piece of work stays short, and offsets are mapped back to the block.
 */
import { checkMention, extractFigures, type CheckedMention, type FigureSet } from '@figure-check/core';

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
