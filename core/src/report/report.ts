/** Reports of a check as plain text, Markdown or CSV: for the CLI and the draft checker's export (JSON is streamed by json-stream.ts). */
import Papa from 'papaparse';
import type { TextReport } from '../check/check-text.ts';
import type { TableReport } from '../check/check-table.ts';
import { describeFigure, formatCitation } from './format.ts';
import type { VerdictKind } from '../judge/verdict.ts';
import { mentionNotes, NOTE_LABELS, sourceSays, textNoteLines } from './mention-notes.ts';

const MARKS: Record<VerdictKind, string> = {
  verified: '✔ verified    ',
  approximate: '≈ approximate ',
  contradicted: '✘ contradicted',
  unverified: '? unverified  ',
};

/** 1-based line and column of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  return lineIndex(text)(offset);
}

/**
 * A lookup of line and column for many offsets into one text: the line starts are found once,
 * and each offset is a binary search (a report over a long text stays linear).
 */
export function lineIndex(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  };
}

function summaryLine(summary: TextReport['summary']): string {
  return `${summary.total} ${summary.total === 1 ? 'figure' : 'figures'}: ${summary.verified} verified, ${summary.approximate} approximate, ${summary.contradicted} contradicted, ${summary.unverified} unverified`;
}

export function formatTextReport(report: TextReport, input: string, name = 'input'): string {
  const lines = [`Figure Check — ${name}`, summaryLine(report.summary), ''];
  const at = lineIndex(input);
  for (const m of report.mentions) {
    const { line, column } = at(m.start);
    const notes = mentionNotes(m);
    const mark =
      notes.language === 'zh' ? `${MARKS[m.verdict].charAt(0)} ${notes.verdict}` : MARKS[m.verdict];
    lines.push(`${mark}  "${m.text}"  (line ${line}, col ${column})`);
    lines.push(`    ${m.explanation}`);
    lines.push(...textNoteLines(notes));
    lines.push('');
  }
  if (report.summary.contradicted > 0)
    lines.push(`${report.summary.contradicted} figure(s) contradict the official sources.`);
  return lines.join('\n');
}

function mdEscape(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

export function formatMarkdownReport(report: TextReport, input: string, name = 'input'): string {
  const lines = [
    `# Figure Check: ${mdEscape(name)}`,
    '',
    `**${summaryLine(report.summary)}**`,
    '',
    '| Line | Figure | Verdict | What the source says | Source |',
    '| --- | --- | --- | --- | --- |',
  ];
  const at = lineIndex(input);
  for (const m of report.mentions) {
    const { line } = at(m.start);
    const notes = mentionNotes(m);
    const says = sourceSays(m, notes);
    const cited = notes.citation?.quoted.source;
    const title = cited && notes.language === 'zh' ? (cited.titleZh ?? cited.title) : cited?.title;
    const source = cited ? `[${mdEscape(title ?? '')}](${cited.url ?? ''}) (${cited.datePublished})` : '';
    const verdict = notes.language === 'zh' ? notes.verdict : m.verdict;
    lines.push(`| ${line} | ${mdEscape(m.text)} | ${verdict} | ${mdEscape(says)} | ${source} |`);
  }
  const notes = report.mentions.filter((m) => m.verdict !== 'unverified' || m.alternatives.length > 0);
  if (notes.length > 0) {
    lines.push('', '## Details', '');
    for (const m of notes) {
      lines.push(`- **${mdEscape(m.text)}** — ${m.verdict}: ${mdEscape(m.explanation)}`);
      const { citation, seriesText, language } = mentionNotes(m);
      if (citation) {
        const gloss = citation.gloss ? ` [${citation.gloss}]` : '';
        lines.push(`  > ${mdEscape(citation.quote)}${mdEscape(gloss)}  \n  > — ${mdEscape(citation.source)}`);
      }
      if (seriesText) lines.push(`  ${NOTE_LABELS[language].series}${mdEscape(seriesText)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** One row per figure, for spreadsheets. */
export function formatCsvReport(report: TextReport, input: string): string {
  const at = lineIndex(input);
  return Papa.unparse({
    fields: [
      'line',
      'text',
      'value',
      'unit',
      'qualifier',
      'verdict',
      'official value',
      'period',
      'explanation',
      'quote',
      'citation',
    ],
    data: report.mentions.map((m) => [
      at(m.start).line,
      m.text,
      m.value,
      m.unit,
      m.qualifier,
      m.verdict,
      m.figure ? describeFigure(m.figure) : '',
      m.figure?.period.label ?? '',
      m.explanation,
      m.figure?.quote ?? '',
      m.figure ? formatCitation(m.figure) : '',
    ]),
  });
}

/** A figure as it appears in JSON output: the record with its source. */

export function formatTableText(report: TableReport, name: string): string {
  const lines = [`Figure Check — ${name}`, summaryLine(report.summary), ''];
  for (const c of report.cells) {
    lines.push(`${MARKS[c.verdict]}  row ${c.row + 1}, col ${c.col + 1}: "${c.text}"  [${c.labels}]`);
    lines.push(`    ${c.explanation}`);
    if (c.figure) lines.push(`    Cite: ${formatCitation(c.figure)}`);
    const { seriesText, language } = mentionNotes({ ...c, context: `${c.labels} ${c.text}` });
    if (seriesText) lines.push(`    ${NOTE_LABELS[language].series}${seriesText}`);
    lines.push('');
  }
  return lines.join('\n');
}
