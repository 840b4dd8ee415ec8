/**
 * What FACTCHECK.VERIFY, FIGURE and SOURCE compute, free of Office: the custom-function edge
 * (src/functions/functions.ts) only turns these results into cell values or errors.
 */
import {
  builtinSet,
  checkTable,
  findFigure as findOfficialFigure,
  formatCitation,
  formatOfficialValue,
  shortAttribution,
  verdictLabel,
  type CheckedCell,
  type FigureSet,
  type SourcedFigure,
  type VerdictKind,
} from '@figure-check/core';

/**
 * A function's answer: a value, or why there is none. `error` is the Excel error it shows as:
 * `na` (#N/A: nothing official by that name), `value` (#VALUE!: the input cannot be read).
 */
export type Answer<T> = { ok: true; value: T } | { ok: false; reason: string; error?: 'na' | 'value' };

/** The one checked cell for `value` named by `label` (and `period`), or why there is none. */
function checkOne(
  value: unknown,
  label: string,
  period: string | undefined,
  set: FigureSet,
): Answer<CheckedCell> {
  if (typeof value !== 'number' && typeof value !== 'string')
    return { ok: false, reason: 'the value is not a number or a stated figure', error: 'value' };
  if (typeof value === 'string' && value.trim() === '')
    return { ok: false, reason: 'no value to check', error: 'value' };
  if (typeof value === 'number' && !Number.isFinite(value))
    return { ok: false, reason: 'the value is not a number', error: 'value' };
  if (!label.trim()) return { ok: false, reason: 'the label is empty', error: 'value' };
  const named = findOfficialFigure(set, label);
  if (!named.figure) return { ok: false, reason: `no official figure named "${label.trim()}"`, error: 'na' };
  const when = period?.trim();
  // The period is the row's own period cell, as core reads a Period column: "(2023)".
  const input: Parameters<typeof checkTable>[0] = { values: [[label, value]] };
  if (when) input.rowLabels = [/^\d{4}$/.test(when) ? `(${when})` : when];
  const report = checkTable(input, set);
  const cell = report.cells.find((c) => c.col === 1);
  if (!cell) return { ok: false, reason: 'the value is not a number or a stated figure', error: 'value' };
  return { ok: true, value: cell };
}

/**
 * VERIFY: exactly one verdict word, as core's table check gives it for the row `[label, value]`,
 * so that =IF(...="contradicted", ...) and COUNTIF work.
 */
export function verifyVerdict(
  value: unknown,
  label: string,
  period?: string,
  set: FigureSet = builtinSet(),
): Answer<VerdictKind> {
  const cell = checkOne(value, label, period, set);
  return cell.ok ? { ok: true, value: cell.value.verdict } : cell;
}

/** EXPLAIN: the verdict's sentence, with the official figure, its date and its source. */
export function explainText(
  value: unknown,
  label: string,
  period?: string,
  set: FigureSet = builtinSet(),
): Answer<string> {
  const found = checkOne(value, label, period, set);
  if (!found.ok) return found;
  const cell = found.value;
  const cited = cell.figure ?? cell.alternatives[0];
  const source = cited ? ` Source: ${formatCitation(cited)}` : '';
  return { ok: true, value: `${verdictLabel(cell.verdict)}. ${cell.explanation}${source}` };
}

/**
 * SERIES: the measure a label names, as every source and date states it: rows of
 * [date, value, source], oldest first (Excel spills them).
 */
export function seriesRows(
  label: string,
  set: FigureSet = builtinSet(),
): Answer<Array<[string, number, string]>> {
  if (!label.trim()) return { ok: false, reason: 'the label is empty', error: 'value' };
  const found = findOfficialFigure(set, label);
  if (!found.figure) return { ok: false, reason: `no official figure named "${label.trim()}"`, error: 'na' };
  const rows = set
    .byMeasure(found.figure.measureKey)
    .slice()
    .sort(
      (a, b) =>
        a.period.end.localeCompare(b.period.end) ||
        a.source.datePublished.localeCompare(b.source.datePublished),
    )
    .map((f): [string, number, string] => [f.period.end, excelNumber(f), shortAttribution(f)]);
  return { ok: true, value: rows };
}

/**
 * The number as Excel holds it: percentages as fractions (93.7% -> 0.937) so that cells
 * formatted as % show them right; everything else as stated.
 */
function excelNumber(figure: Pick<SourcedFigure, 'value' | 'unit'>): number {
  return figure.unit === 'percent' ? Number.parseFloat((figure.value / 100).toPrecision(12)) : figure.value;
}

/** The Excel number format that shows a figure as the source wrote it. */
function excelNumberFormat(figure: Pick<SourcedFigure, 'value' | 'unit'>): string {
  const decimals = (String(figure.value).split('.')[1] ?? '').length;
  const fraction = decimals > 0 ? `.${'0'.repeat(decimals)}` : '';
  return figure.unit === 'percent' ? `0${fraction}%` : `#,##0${fraction}`;
}

/** The official figure named by `label` (and `period`, e.g. "2023"). */
export function findFigure(
  label: string,
  period?: string,
  set: FigureSet = builtinSet(),
): Answer<SourcedFigure> {
  const found = findOfficialFigure(set, label, period);
  return found.figure ? { ok: true, value: found.figure } : { ok: false, reason: found.reason };
}

/** FIGURE's plain value: the official number (percentages as fractions). */
export function figureValue(label: string, period?: string, set: FigureSet = builtinSet()): Answer<number> {
  const found = findFigure(label, period, set);
  return found.ok ? { ok: true, value: excelNumber(found.value) } : found;
}

/** SOURCE: the ready-to-paste citation of the figure a label names. */
export function sourceText(label: string, period?: string, set: FigureSet = builtinSet()): Answer<string> {
  const found = findFigure(label, period, set);
  return found.ok ? { ok: true, value: formatCitation(found.value) } : found;
}

/** The subset of Excel's EntityCellValue JSON that FIGURE returns (plain JSON, no Office types needed). */
export interface FigureEntity {
  type: 'Entity';
  text: string;
  properties: Record<string, unknown>;
  layouts: {
    card: { title: { property: string }; sections: Array<{ layout: 'List'; properties: string[] }> };
  };
  provider: { description: string; logoTargetAddress?: string };
}

/**
 * FIGURE as an entity value (ExcelApi 1.16+): the number, with a card showing what it counts,
 * its period, the quote and the source, each attributed to the source's page.
 */
export function figureEntity(figure: SourcedFigure): FigureEntity {
  const attribution = [
    {
      sourceText: `${figure.source.publisher}: ${figure.source.title} (${figure.source.datePublished})`,
      ...(figure.source.url ? { sourceAddress: figure.source.url } : {}),
    },
  ];
  const text = (value: string) => ({ type: 'String', basicValue: value });
  return {
    type: 'Entity',
    text: formatOfficialValue(figure),
    properties: {
      Value: {
        type: 'Double',
        basicValue: excelNumber(figure),
        numberFormat: excelNumberFormat(figure),
        propertyMetadata: { attribution, sublabel: figure.period.label },
      },
      Measure: text(figure.measure),
      Period: text(figure.period.label),
      Qualifier: text(figure.qualifier),
      Speaker: text(figure.speaker),
      Quote: { ...text(figure.quote), propertyMetadata: { attribution } },
      Source: { ...text(formatCitation(figure)), propertyMetadata: { attribution } },
    },
    layouts: {
      card: {
        title: { property: 'Measure' },
        sections: [
          { layout: 'List', properties: ['Value', 'Period', 'Qualifier', 'Speaker', 'Quote', 'Source'] },
        ],
      },
    },
    provider: {
      description: `${figure.source.agency}, verified by Figure Check`,
      ...(figure.source.url ? { logoTargetAddress: figure.source.url } : {}),
    },
  };
}
