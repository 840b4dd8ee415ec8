/**
 * What a report entry says about its official figure, in the mention's language: the verdict
 * word, the quoted source sentence, the citation and the measure's series. The text and Markdown
 * reports render these; they are built from the verdict alone (its figure and `alternatives`),
 * so a report needs no figure set.
 */
import type { CheckedMention } from '../check/check-text.ts';
import { verdictLabel } from '../judge/verdicts.ts';
import { citationFor, describeFigureIn, languageOf, type Citation, type Language } from './language.ts';
import { formatSeriesIn, lookupOf, seriesOf, type Series } from './series.ts';

/** The labels of a report entry's lines, per language. */
export const NOTE_LABELS: Record<Language, { source: string; cite: string; series: string; nearby: string }> =
  {
    en: { source: 'Source: ', cite: 'Cite: ', series: 'Series: ', nearby: '(nearby) ' },
    zh: { source: '来源：', cite: '引用：', series: '历年：', nearby: '（相近）' },
  };

/** One report entry's notes. */
export interface MentionNotes {
  /** The mention's language: Chinese when its sentence is. */
  language: Language;
  /** The verdict word in that language ("Verified", "已核实"). */
  verdict: string;
  /** The figure's citation in that language; undefined without a figure. */
  citation?: Citation;
  /** The measure over time; undefined when the set states it for one date only. */
  series?: Series;
  /** The series in one line, the matched date in brackets. */
  seriesText?: string;
}

type ReportedMention = Pick<CheckedMention, 'figure' | 'alternatives' | 'context' | 'verdict'>;

/** The notes of one reported mention (see `MentionNotes`). */
export function mentionNotes(m: ReportedMention): MentionNotes {
  const language = languageOf(m.context);
  const notes: MentionNotes = { language, verdict: verdictLabel(m.verdict, language) };
  if (!m.figure) return notes;
  const lookup = lookupOf([m.figure, ...m.alternatives]);
  notes.citation = citationFor(m.figure, lookup, language);
  const series = seriesOf(m.figure, lookup);
  if (series) {
    notes.series = series;
    notes.seriesText = formatSeriesIn(series, language);
  }
  return notes;
}

/** The indented lines a text report prints under an entry: source sentence, citation, series. */
export function textNoteLines(notes: MentionNotes, indent = '    '): string[] {
  const label = NOTE_LABELS[notes.language];
  const lines: string[] = [];
  const c = notes.citation;
  if (c) {
    const quote = notes.language === 'zh' ? `“${c.quote}”` : `"${c.quote}"`;
    const gloss = c.gloss ? (notes.language === 'zh' ? `（${c.gloss}）` : ` [${c.gloss}]`) : '';
    lines.push(`${indent}${label.source}${quote}${gloss}`);
    lines.push(`${indent}${label.cite}${c.source}`);
  }
  if (notes.seriesText) lines.push(`${indent}${label.series}${notes.seriesText}`);
  return lines;
}

/** "What the source says" for a Markdown row: the figure, or the nearby figure of an unverified number. */
export function sourceSays(m: ReportedMention, notes: MentionNotes): string {
  if (notes.citation) return notes.citation.description;
  const nearby = m.alternatives[0];
  return nearby ? `${NOTE_LABELS[notes.language].nearby}${describeFigureIn(nearby, notes.language)}` : '';
}

/** A series for JSON output: the points without their full figure records (those are in `figure`/`alternatives`). */
export function seriesJson(series: Series | undefined) {
  return series
    ? {
        measureKey: series.measureKey,
        points: series.points.map((p) => ({
          date: p.date,
          label: p.label,
          value: p.value,
          text: p.text,
          current: p.current,
          disputed: p.disputed,
          figureIds: p.figures.map((f) => f.id),
        })),
      }
    : undefined;
}
