/**
 * The citation the card copies. The core's `formatCitation` puts the source title in double
 * quotes; titles that quote a document themselves ("Annual Report …" Released) would then read
 * `""Annual Report…" Released"`. Nested quotes become single curly quotes first, as style
 * guides nest them.
 */
import { formatCitation, type SourcedFigure } from '@figure-check/core';

/** A title's own double quotes as single curly quotes: `"A" B` -> `‘A’ B`. */
export function nestQuotes(title: string): string {
  return title
    .replace(/["“]([^"“”]*)["”]/g, '‘$1’')
    .replace(/["“]/g, '‘')
    .replace(/”/g, '’');
}

/** The ready-to-paste citation of a figure (the core's format, quotes nested properly). */
export function citationLine(figure: SourcedFigure): string {
  const title = nestQuotes(figure.source.title);
  if (title === figure.source.title) return formatCitation(figure);
  return formatCitation({ ...figure, source: { ...figure.source, title } });
}
