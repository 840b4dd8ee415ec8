/**
 * A measure's time series: every date the set states it for, oldest first, with the matched
 * figure marked. The card, the CLI report and the add-in's note and pane all show it from here
 * ("2022: 448.8万 · 2023: 672.8万 · 2024: 1,123.7万 · 2025: 684.6万"), and draw it from
 * `points` (a bar or sparkline needs only the values and which one is current).
 */
import type { FigureSet, SourcedFigure } from '../set/figure-set.ts';
import { formatOfficialValue } from './format.ts';
import { formatOfficialValueIn, measureClassifier, type Language } from './language.ts';

export interface SeriesPoint {
  /** The period's end (YYYY-MM-DD): the x position. */
  date: string;
  /** The period as a reader names it: "2023", "end-2023", "Aug 2024". */
  label: string;
  /** The value; a change is signed (−48.6 for a fall of 48.6%). */
  value: number;
  /** The value as written for a reader ("6,728,000", "more than 45,000", "−48.6%"). */
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

/**
 * A change's value with its direction: a series of changes mixes rises and falls (−48.6% in 2022,
 * +49.9% in 2023), and the data keeps the size in `value` and the sign in `changeDirection`.
 */
export function signedValue(figure: Pick<SourcedFigure, 'value' | 'changeDirection'>): number {
  return figure.changeDirection === 'decrease' ? -figure.value : figure.value;
}

function changeSign(figure: Pick<SourcedFigure, 'changeDirection'>): string {
  if (figure.changeDirection === undefined) return '';
  return figure.changeDirection === 'decrease' ? '−' : '+';
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

/** What a series needs of a set: the figures of a measure (a FigureSet, or a verdict's figures). */
export type MeasureLookup = Pick<FigureSet, 'byMeasure'>;

/**
 * The figures a verdict carries (its figure and `alternatives`, the same measure in other sources
 * and dates) as a lookup: enough for the series and citation of a reported mention without the set.
 */
export function lookupOf(figures: Iterable<SourcedFigure>): MeasureLookup {
  const byId = new Map<string, SourcedFigure>();
  for (const f of figures) byId.set(f.id, f);
  const all = [...byId.values()];
  return {
    byMeasure: (key) =>
      all.filter((f) => f.measureKey === key).sort((a, b) => b.period.end.localeCompare(a.period.end)),
  };
}

/**
 * The series of `figure`'s measure over the same scope, or undefined when the set states it for
 * one date only. Targets are not part of a series of outcomes.
 */
export function seriesOf(figure: SourcedFigure, set: MeasureLookup): Series | undefined {
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
        value: signedValue(first),
        text: `${changeSign(first)}${formatOfficialValue(first)}`,
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

/** A point's short label in Chinese: "2023年", "2023年底", "2024年8月底", "2025年目标". */
export function seriesLabelZh(figure: Pick<SourcedFigure, 'period'>): string {
  const { end, kind } = figure.period;
  const year = Number(end.slice(0, 4));
  const month = Number(end.slice(5, 7));
  if (kind === 'target') return `${year}年目标`;
  if (end.endsWith('-12-31')) return kind === 'as-of' ? `${year}年底` : `${year}年`;
  return `${year}年${month}月${kind === 'as-of' ? '底' : ''}`;
}

/**
 * The series in one line in a language, the matched date in brackets:
 * "2022: 4,488,000 · [2023: 6,728,000] · …" / "2022年：448.8万辆 · [2023年：672.8万辆] · …".
 */
export function formatSeriesIn(series: Series, language: Language): string {
  if (language === 'en') return formatSeries(series);
  return pointWords(series, 'zh')
    .map((w, i) => {
      const p = series.points[i];
      const text = `${w.label}：${w.text}${p?.disputed ? '（来源不一）' : ''}`;
      return p?.current ? `[${text}]` : text;
    })
    .join(' · ');
}

/**
 * Each point's label and value as a reader of the language says them, in the series' order:
 * ("2023", "6,728,000") / ("2023年", "672.8万辆"), one classifier for the whole series.
 */
export function pointWords(series: Series, language: Language): Array<{ label: string; text: string }> {
  if (language === 'en') return series.points.map((p) => ({ label: p.label, text: p.text }));
  const classifier = measureClassifier(series.points.flatMap((p) => p.figures));
  return series.points.map((p) => {
    const first = p.figures[0];
    return first
      ? {
          label: seriesLabelZh(first),
          text: `${changeSign(first)}${formatOfficialValueIn(first, 'zh', classifier)}`,
        }
      : { label: p.label, text: p.text };
  });
}
