/**
 * Checking a long text window by window, yielding each checked figure as soon as it is judged,
 * so that a caller can write it out and forget it: memory stays bounded by the window, not by
 * the number of figures (1.4 MB of "1,1,1,…" holds 700,000 of them).
 *
 * Each window is extracted with a margin on both sides and keeps only the figures that start in
 * its own part. The margin is wider than anything extraction looks at around a figure (its
 * context is clipped to 300 characters each side, its prefix and suffix to 40), so every figure
 * is found, bounded and judged exactly as `checkText` on the whole text would (a test holds this).
 */
import { extractFigures, type Mention } from '../extract/extract.ts';
import type { FigureSet } from '../set/figure-set.ts';
import { textChecker, type CheckOptions, type CheckedMention } from './check-text.ts';

/** Characters of each window's own part. */
const WINDOW_CHARS = 64 * 1024;
/** Characters read on each side of a window's own part (see the file comment). */
const MARGIN_CHARS = 2048;

/**
 * Every figure in `text` with its verdict as `checkText` gives it, in order of position; offsets
 * are into `text`.
 * @param windowChars size of each window's own part (tests use small ones)
 */
export function* checkTextStream(
  text: string,
  set: FigureSet,
  options: CheckOptions = {},
  windowChars: number = WINDOW_CHARS,
): Generator<CheckedMention> {
  const checker = textChecker(text, set, options);
  for (const run of extractFiguresInWindows(text, windowChars)) yield* checker.check(run);
}

/** `extractFigures(text)`, one window at a time (see the file comment). */
export function* extractFiguresStream(text: string, windowChars: number = WINDOW_CHARS): Generator<Mention> {
  for (const run of extractFiguresInWindows(text, windowChars)) yield* run;
}

/**
 * The figures of each window, in order: together exactly `extractFigures(text)`. A window ends at
 * a paragraph break where there is one in its second half, else at a line break, else after a
 * sentence's full stop, so that the lists and pairs `checkText` finds within a sentence stay in
 * one window.
 */
function* extractFiguresInWindows(text: string, windowChars: number): Generator<Mention[]> {
  let segStart = 0;
  while (segStart < text.length) {
    let segEnd = Math.min(text.length, segStart + windowChars);
    if (segEnd < text.length) segEnd = cutNear(text, segStart, segEnd);
    const from = Math.max(0, segStart - MARGIN_CHARS);
    const to = Math.min(text.length, segEnd + MARGIN_CHARS);
    const window = from === 0 && to === text.length ? text : text.slice(from, to);
    const run: Mention[] = [];
    for (const m of extractFigures(window)) {
      const start = m.start + from;
      if (start < segStart || start >= segEnd) continue;
      if (from === 0) run.push(m);
      else
        run.push({
          ...m,
          start,
          end: m.end + from,
          contextStart: m.contextStart + from,
          contextEnd: m.contextEnd + from,
          localStart: m.localStart + from,
          localEnd: m.localEnd + from,
        });
    }
    yield run;
    segStart = segEnd;
  }
}

/** Where to end a window that would end at `end`: see extractFiguresInWindows. */
function cutNear(text: string, start: number, end: number): number {
  const half = start + Math.floor((end - start) / 2);
  // Searched in the second half only: on a 20 MB line, a search back to the start would make
  // the windows quadratic.
  const tail = text.slice(half, end);
  for (const mark of ['\n\n', '\n', '. ', '。']) {
    const at = tail.lastIndexOf(mark);
    if (at > 0) return half + at + mark.length;
  }
  // Never between the halves of a surrogate pair.
  return isLowSurrogate(text.charCodeAt(end)) ? end + 1 : end;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
