/**
 * The popup's "Look up an official figure": finds figures by what they count, for a writer who
 * needs the official number. fuse.js over each figure's measure, English keywords and Chinese
 * keywords. Not the matcher: this answers a person's query, it never judges a page's numbers.
 */
import Fuse, { type IFuseOptions } from 'fuse.js';
import type { SourcedFigure } from '@figure-check/core';

/** One figure as searched: the fields a writer would type, flattened for fuse.js. */
interface Entry {
  figure: SourcedFigure;
  measure: string;
  en: string[];
  zh: string[];
}

/**
 * Chosen deliberately (and held by tests):
 * - `threshold: 0.3`: a typo or two in a word still matches ("natonal standrds"), an unrelated
 *   word ("football") does not;
 * - `ignoreLocation: true`: the words may stand anywhere in a long measure ("... national
 *   standard samples"), not only near its start;
 * - `includeScore: true`: results are ranked and the popup can drop weak ones;
 * - the measure weighs most, keywords next; `minMatchCharLength: 2` keeps one stray letter or
 *   character from matching everything.
 */
export const SEARCH_OPTIONS: IFuseOptions<Entry> = {
  threshold: 0.3,
  ignoreLocation: true,
  includeScore: true,
  minMatchCharLength: 2,
  keys: [
    { name: 'measure', weight: 2 },
    { name: 'en', weight: 1.5 },
    { name: 'zh', weight: 1.5 },
  ],
};

/** A found figure and its fuse.js score (0 is a perfect match). */
export interface SearchHit {
  figure: SourcedFigure;
  score: number;
}

export class FigureSearch {
  private readonly fuse: Fuse<Entry>;

  constructor(figures: readonly SourcedFigure[]) {
    const entries = figures.map((figure) => ({
      figure,
      measure: figure.measure,
      en: figure.keywords.en,
      zh: figure.keywords.zh,
    }));
    this.fuse = new Fuse(entries, SEARCH_OPTIONS);
  }

  /** The best figures for a query, best first; nothing for an empty query. */
  search(query: string, limit = 12): SearchHit[] {
    const text = query.trim();
    if (text.length === 0) return [];
    return this.fuse
      .search(text, { limit })
      .map((result) => ({ figure: result.item.figure, score: result.score ?? 1 }));
  }
}
