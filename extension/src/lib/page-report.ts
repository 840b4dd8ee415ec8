/**
 * The page's report as the popup shows and exports it: figures grouped by verdict in the order a
 * reader meets them (the core's VERDICT_ORDER: contradicted first), filtered by verdict, with
 * numbers that are not about the figure set hidden unless asked for; Markdown and CSV exports
 * carrying the page's address and the time it was checked; and the "Report a problem" text.
 * Pure functions: the popup and the content script only call them.
 */
import { VERDICT_ORDER, verdictHeading, type VerdictKind, type VerdictLanguage } from '@figure-check/core';
import type { ListedFigure, TabReport } from './messages.ts';

/**
 * A number the figure set says nothing about (no figure, no nearby figure of another period or
 * scope): "the stadium seats 65,000". Listed only when the reader asks for them.
 */
export function isUnrelated(figure: Pick<ListedFigure, 'verdict' | 'figureId' | 'nearby'>): boolean {
  return figure.verdict === 'unverified' && figure.figureId === null && !figure.nearby;
}

/** What the popup's list shows. */
export interface ReportView {
  /** Verdicts shown; all when empty. */
  verdicts: ReadonlySet<VerdictKind>;
  /** Show numbers that are not about the set. */
  showUnrelated: boolean;
  /** Language of the verdict headings (the core's words); English by default. */
  language?: VerdictLanguage;
}

/** One group of the list: a verdict's heading and its figures, in page order. */
export interface ReportGroup {
  verdict: VerdictKind;
  heading: string;
  figures: ListedFigure[];
}

/** The figures to list, grouped by verdict in VERDICT_ORDER; dismissed figures are left out. */
export function groupFigures(figures: readonly ListedFigure[], view: ReportView): ReportGroup[] {
  const groups: ReportGroup[] = [];
  for (const verdict of VERDICT_ORDER) {
    if (view.verdicts.size > 0 && !view.verdicts.has(verdict)) continue;
    const list = figures.filter(
      (f) => f.verdict === verdict && !f.dismissed && (view.showUnrelated || !isUnrelated(f)),
    );
    if (list.length > 0)
      groups.push({ verdict, heading: verdictHeading(verdict, view.language), figures: list });
  }
  return groups;
}

/** How many numbers of the page the set says nothing about. */
export function unrelatedCount(figures: readonly ListedFigure[]): number {
  return figures.filter((f) => !f.dismissed && isUnrelated(f)).length;
}

function markdownCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
}

/** The page's check as Markdown: address, time checked, counts, then a table per verdict. */
export function reportMarkdown(report: TabReport, view: ReportView): string {
  const lines = [
    '# Figure Check report',
    '',
    `- Page: ${report.url}`,
    `- Checked: ${report.checkedAt ?? 'not finished'}`,
    `- Figures: ${VERDICT_ORDER.map((v) => `${verdictHeading(v)} ${report.counts[v]}`).join(', ')}`,
  ];
  for (const group of groupFigures(report.figures, view)) {
    lines.push('', `## ${group.heading} (${group.figures.length})`, '');
    lines.push('| Figure | Sentence | Official figure or reason | Citation |', '|---|---|---|---|');
    for (const f of group.figures)
      lines.push(
        `| ${markdownCell(f.text)} | ${markdownCell(f.sentence)} | ${markdownCell(f.summary)} | ${markdownCell(f.citation ?? '')} |`,
      );
  }
  return `${lines.join('\n')}\n`;
}

function csvField(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The page's check as CSV: one row per figure, page address and time checked on every row. */
export function reportCsv(report: TabReport, view: ReportView): string {
  const rows = [
    [
      'page',
      'checked',
      'figure',
      'verdict',
      'sentence',
      'official figure or reason',
      'figure id',
      'citation',
    ],
  ];
  for (const group of groupFigures(report.figures, view))
    for (const f of group.figures)
      rows.push([
        report.url,
        report.checkedAt ?? '',
        f.text,
        f.verdict,
        f.sentence,
        f.summary,
        f.figureId ?? '',
        f.citation ?? '',
      ]);
  return `${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** What a problem report says: everything the team that keeps the figure set needs. */
export interface ProblemDetails {
  url: string;
  sentence: string;
  number: string;
  verdict: VerdictKind;
  figureId: string | null;
  explanation: string;
  version: string;
}

/** The text "Report a problem" copies (nothing is sent anywhere). */
export function problemReport(details: ProblemDetails): string {
  return [
    'Figure Check: problem report',
    `Page: ${details.url}`,
    `Sentence: ${details.sentence}`,
    `Number: ${details.number}`,
    `Verdict: ${details.verdict} (${verdictHeading(details.verdict)})`,
    `Figure id: ${details.figureId ?? 'none'}`,
    `Explanation: ${details.explanation}`,
    `Extension version: ${details.version}`,
    'What is wrong: ',
  ].join('\n');
}

/**
 * The sentence of `text` around [start, end): from after the previous sentence end to the next
 * one (".", "!", "?" followed by a space, or "。！？"). For the report and the dismissal key.
 */
export function sentenceAround(text: string, start: number, end: number): string {
  const ends = /[.!?](?=\s)|[。！？]/g;
  let from = 0;
  let to = text.length;
  for (let m = ends.exec(text); m; m = ends.exec(text)) {
    const at = m.index + 1;
    if (at <= start) from = at;
    else if (m.index >= end) {
      to = at;
      break;
    }
  }
  return text.slice(from, to).replace(/\s+/g, ' ').trim();
}
