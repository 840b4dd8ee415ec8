/**
 * A measure's series as a small chart: geometry only, no DOM, so the extension's card, the Excel
 * task pane and the docs draw the same picture (each with createElementNS, never innerHTML).
 * People compare a series faster by eye than by reading "448.8万 · 672.8万 · 1123.7万".
 *
 * Counts and money are bars from zero: a bar's length is the value, so 2024's 1123.7万 recalls
 * look 2.5 times 2022's 448.8万. Rates and scores (93.65%, 93.93%) are points on a scale that
 * fits their range, because bars from zero would hide the change a reader is looking for. A
 * series of changes (+49.9%, −39.1%) is bars up and down from a zero line.
 */
import type { Series, SeriesPoint } from './series.ts';
import { formatSeriesIn, pointWords } from './series.ts';
import type { Language } from './language.ts';

export type SparklineKind = 'bars' | 'points';

export interface SparklineOptions {
  /** Width of the drawing in CSS pixels. */
  width: number;
  /** Height of the drawing in CSS pixels. */
  height: number;
  /** Bars or points; by default bars for counts, money and changes, points for rates and scores. */
  kind?: SparklineKind;
  /** Room kept free on every side (for a point's marker), in pixels. Default 2. */
  padding?: number;
  /** Share of each bar's slot left empty between bars, 0–0.9. Default 0.25. */
  gap?: number;
  /** Language of `title` (the series in words, for a screen reader and a tooltip). Default English. */
  language?: Language;
}

/** One date's mark: a bar's rectangle, or a point's centre with a square around it. */
export interface SparkMark {
  /** Left edge (a bar) or left of the marker box (a point). */
  x: number;
  /** Top edge (a bar) or top of the marker box (a point). */
  y: number;
  width: number;
  height: number;
  /** Centre of the value: a point's centre, the middle of a bar's value end. */
  cx: number;
  cy: number;
  /** The date the verdict matched: draw it emphasised. */
  current: boolean;
  /** Sources disagree on this date's value. */
  disputed: boolean;
  value: number;
  /** The point's label and value in the chart's language ("2023", "6,728,000" / "2023年", "672.8万辆"), for a tooltip. */
  label: string;
  text: string;
  date: string;
}

export interface Sparkline {
  kind: SparklineKind;
  width: number;
  height: number;
  marks: SparkMark[];
  /** The y of zero (bars grow up from it, falls hang down from it); undefined for points. */
  baseline?: number;
  /** For points: the line through them, as an SVG `points` attribute ("2,30 50,12 98,20"). */
  line?: string;
  /** The value range drawn. */
  min: number;
  max: number;
  /** The series in words, in the asked language: the chart's accessible name. */
  title: string;
  /** The language of `title` and the marks' labels. */
  language: Language;
}

const round = (n: number) => Math.round(n * 100) / 100;

function defaultKind(points: readonly SeriesPoint[]): SparklineKind {
  const first = points[0]?.figures[0];
  if (!first || first.changeDirection !== undefined) return 'bars';
  return first.unit === 'percent' || first.unit === 'score' ? 'points' : 'bars';
}

/**
 * The geometry of a series' chart, in a `width` × `height` box with y growing downwards (SVG).
 * Dates are evenly spaced in order: the labels say which dates they are.
 */
export function sparkline(series: Series, options: SparklineOptions): Sparkline {
  const { width, height } = options;
  const points = series.points;
  const kind = options.kind ?? defaultKind(points);
  const pad = options.padding ?? 2;
  const gap = Math.min(Math.max(options.gap ?? 0.25, 0), 0.9);
  const language = options.language ?? 'en';
  const title = formatSeriesIn(series, language);
  const words = pointWords(series, language);
  const values = points.map((p) => p.value);
  const innerW = Math.max(width - 2 * pad, 0);
  const innerH = Math.max(height - 2 * pad, 0);
  const slot = points.length > 0 ? innerW / points.length : 0;

  let min = Math.min(...values);
  let max = Math.max(...values);
  if (kind === 'bars') {
    min = Math.min(min, 0);
    max = Math.max(max, 0);
  }
  const span = max - min;
  // A flat series (or a single value) sits in the middle rather than dividing by zero.
  const yOf = (v: number) => (span === 0 ? pad + innerH / 2 : pad + ((max - v) / span) * innerH);

  const base = (p: SeriesPoint, i: number) => ({
    current: p.current,
    disputed: p.disputed,
    value: p.value,
    label: words[i]?.label ?? p.label,
    text: words[i]?.text ?? p.text,
    date: p.date,
  });

  if (kind === 'bars') {
    const zero = span === 0 ? pad + innerH : yOf(0);
    const barW = slot * (1 - gap);
    const marks = points.map((p, i): SparkMark => {
      const x = pad + i * slot + (slot - barW) / 2;
      const top = Math.min(yOf(p.value), zero);
      const bottom = Math.max(yOf(p.value), zero);
      return {
        ...base(p, i),
        x: round(x),
        y: round(top),
        width: round(barW),
        height: round(bottom - top),
        cx: round(x + barW / 2),
        cy: round(p.value >= 0 ? top : bottom),
      };
    });
    return { kind, width, height, marks, baseline: round(zero), min, max, title, language };
  }

  const r = Math.max(Math.min(pad, slot / 2), 1);
  const marks = points.map((p, i): SparkMark => {
    const cx = pad + i * slot + slot / 2;
    const cy = yOf(p.value);
    return {
      ...base(p, i),
      x: round(cx - r),
      y: round(cy - r),
      width: round(2 * r),
      height: round(2 * r),
      cx: round(cx),
      cy: round(cy),
    };
  });
  const line = marks.map((m) => `${m.cx},${m.cy}`).join(' ');
  return { kind, width, height, marks, line, min, max, title, language };
}

/** An SVG element a front end creates with createElementNS(SVG_NS, tag) and setAttribute. */
export interface SvgElementSpec {
  tag: 'rect' | 'circle' | 'polyline' | 'line' | 'title';
  attrs: Record<string, string>;
  /** Text content (only for `title`). */
  text?: string;
}

/**
 * The chart as SVG elements to create, in drawing order, with classes a stylesheet colours:
 * `fc-spark-bar`, `fc-spark-point`, `fc-spark-line`, `fc-spark-zero`, plus `fc-spark-current` on
 * the matched date and `fc-spark-disputed` where sources differ. Each mark carries its own
 * `title` element text in `data-label` ("2023: 6,728,000", "2023年: 672.8万辆") for a tooltip.
 */
export function sparklineElements(chart: Sparkline): SvgElementSpec[] {
  const elements: SvgElementSpec[] = [{ tag: 'title', attrs: {}, text: chart.title }];
  const colon = chart.language === 'zh' ? '：' : ': ';
  const classes = (base: string, m: SparkMark) =>
    [base, m.current ? 'fc-spark-current' : '', m.disputed ? 'fc-spark-disputed' : '']
      .filter(Boolean)
      .join(' ');
  if (chart.kind === 'bars') {
    for (const m of chart.marks) {
      elements.push({
        tag: 'rect',
        attrs: {
          class: classes('fc-spark-bar', m),
          x: String(m.x),
          y: String(m.y),
          width: String(m.width),
          height: String(m.height),
          'data-label': `${m.label}${colon}${m.text}`,
        },
      });
    }
    if (chart.baseline !== undefined && chart.min < 0) {
      elements.push({
        tag: 'line',
        attrs: {
          class: 'fc-spark-zero',
          x1: '0',
          x2: String(chart.width),
          y1: String(chart.baseline),
          y2: String(chart.baseline),
        },
      });
    }
    return elements;
  }
  if (chart.line) elements.push({ tag: 'polyline', attrs: { class: 'fc-spark-line', points: chart.line } });
  for (const m of chart.marks) {
    elements.push({
      tag: 'circle',
      attrs: {
        class: classes('fc-spark-point', m),
        cx: String(m.cx),
        cy: String(m.cy),
        r: String(m.width / 2),
        'data-label': `${m.label}${colon}${m.text}`,
      },
    });
  }
  return elements;
}
