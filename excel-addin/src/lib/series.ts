/**
 * A checked figure's series (every date the set states its measure for), as the pane and the
 * cell notes show it. Core builds and formats the series; this only shapes it for the add-in.
 */
import { formatSeries, seriesOf, type FigureSet, type SourcedFigure } from '@figure-check/core';

/** One bar of the pane's chart. */
interface SeriesBar {
  /** "2023", "end-2023", "Aug 2024". */
  label: string;
  value: number;
  /** The value as written for a reader ("6,728,000"). */
  text: string;
  /** The date of the figure the cell was checked against. */
  current: boolean;
  /** Sources disagree on this date. */
  disputed: boolean;
}

/** A figure's series for display: its one-line form and its bars, oldest first. */
export interface SeriesView {
  /** "2022: 4,488,000 · [2023: 6,728,000] · 2024: 11,237,000" (the matched date in brackets). */
  line: string;
  bars: SeriesBar[];
}

// A large check asks for the same few figures' series thousands of times: one answer per figure.
const cache = new WeakMap<FigureSet, Map<string, SeriesView | undefined>>();

/** The series of `figure`'s measure, or undefined when the set states it for one date only. */
export function seriesView(figure: SourcedFigure | null | undefined, set: FigureSet): SeriesView | undefined {
  if (!figure) return undefined;
  let known = cache.get(set);
  if (!known) cache.set(set, (known = new Map<string, SeriesView | undefined>()));
  if (known.has(figure.id)) return known.get(figure.id);
  const view = build(figure, set);
  known.set(figure.id, view);
  return view;
}

function build(figure: SourcedFigure, set: FigureSet): SeriesView | undefined {
  const series = seriesOf(figure, set);
  if (!series) return undefined;
  return {
    line: formatSeries(series),
    bars: series.points.map((p) => ({
      label: p.label,
      value: p.value,
      text: p.text,
      current: p.current,
      disputed: p.disputed,
    })),
  };
}
