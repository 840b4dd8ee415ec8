/**
 * A measure's time series: every date the set states it for, oldest first, with the matched
 * figure marked. The card, the CLI report and the add-in's note and pane all show it from here
 * ("2022: 448.8万 · 2023: 672.8万 · 2024: 1,123.7万 · 2025: 684.6万"), and draw it from
 * `points` (a bar or sparkline needs only the values and which one is current).
 */
import type { FigureSet, SourcedFigure } from '../set/figure-set.ts';
import { formatOfficialValue } from './format.ts';

export interface SeriesPoint {
  /** The period's end (YYYY-MM-DD): the x position. */
  date: string;
  /** The period as a reader names it: "2023", "end-2023", "Aug 2024". */
  label: string;
  value: number;
  /** The value as written for a reader ("6,728,000", "more than 45,000"). */
  text: string;
  /** The figures stating this date's value (two sources can state the same date). */
  figures: SourcedFigure[];
  /** Sources disagree on this date (37 vs 40 emission recalls). */
  disputed: boolean;
  /** The date of the figure the series was asked for. */
  current: boolean;
}

export interface Series {
  measureKey: string;
  points: SeriesPoint[];
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A short label for a period: a whole year "2023", a year-end stock "end-2023", else "Aug 2024". */
export function periodLabel(figure: SourcedFigure): string {
  const { end, start, kind } = figure.period;
  const year = end.slice(0, 4);
  const monthDay = end.slice(5);
  if (kind === 'change' && start) return `${start.slice(0, 4)}–${year}`;
  if (kind === 'target') return `target ${year}`;
  if (monthDay === '12-31') return kind === 'as-of' ? `end-${year}` : year;
  return `${MONTHS[Number(end.slice(5, 7)) - 1] ?? ''} ${year}`.trim();
}

/**
 * The series of `figure`'s measure over the same scope, or undefined when the set states it for
 * one date only. Targets are not part of a series of outcomes.
 */
export function seriesOf(figure: SourcedFigure, set: FigureSet): Series | undefined {
  const scope = figure.scope.join('|');
  const members = set
    .byMeasure(figure.measureKey)
    .filter(
      (f) =>
        f.scope.join('|') === scope && (f.period.kind === 'target') === (figure.period.kind === 'target'),
    );
  const byDate = new Map<string, SourcedFigure[]>();
  for (const f of members) {
    const key = `${f.period.end}|${f.period.kind}`;
    byDate.set(key, [...(byDate.get(key) ?? []), f]);
  }
  if (byDate.size < 2) return undefined;
  const points = [...byDate.values()]
    .map((figures): SeriesPoint => {
      const first = figures[0]!;
      const values = new Set(figures.map((f) => `${f.value}|${f.qualifier}`));
      return {
        date: first.period.end,
        label: periodLabel(first),
        value: first.value,
        text: formatOfficialValue(first),
        figures,
        disputed: values.size > 1,
        current: figures.some((f) => f.id === figure.id),
      };
    })
    .sort((a, b) => a.date.localeCompare(b.date));
  return { measureKey: figure.measureKey, points };
}

/** The series in one line: "2022: 4,488,000 · [2023: 6,728,000] · 2024: 11,237,000". */
export function formatSeries(series: Series): string {
  return series.points
    .map((p) => {
      const text = `${p.label}: ${p.text}${p.disputed ? ' (sources differ)' : ''}`;
      return p.current ? `[${text}]` : text;
    })
    .join(' · ');
}
