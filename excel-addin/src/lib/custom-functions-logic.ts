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
  type FigureSet,
  type SourcedFigure,
} from '@figure-check/core';

/** A function's answer: a value, or why there is none (shown as #N/A with the reason). */
export type Answer<T> = { ok: true; value: T } | { ok: false; reason: string };

/**
 * The verdict on `value` as a figure named by `label`, checked by core exactly as a table row
 * `[label, value]`: "verified", "contradicted: source says 6,728,000 (SAMR, 2024-02-21)".
 */
export function verifyText(
  value: number | string,
  label: string,
  set: FigureSet = builtinSet(),
): Answer<string> {
  if (typeof value === 'string' && value.trim() === '') return { ok: false, reason: 'no value to check' };
  const report = checkTable({ values: [[label, value]] }, set);
  const cell = report.cells.find((c) => c.col === 1) ?? report.cells[0];
  if (!cell) return { ok: false, reason: 'the value is not a number or a stated figure' };
  const says = (f: SourcedFigure) => `source says ${formatOfficialValue(f)} (${shortAttribution(f)})`;
  switch (cell.verdict) {
    case 'verified':
      return { ok: true, value: 'verified' };
    case 'approximate':
    case 'contradicted':
      return { ok: true, value: cell.figure ? `${cell.verdict}: ${says(cell.figure)}` : cell.verdict };
    default: {
      const nearby = cell.alternatives[0];
      return {
        ok: true,
        value: nearby
          ? `unverified: nearest official figure ${formatOfficialValue(nearby)} (${shortAttribution(nearby)})`
          : 'unverified',
      };
    }
  }
}

/**
 * The number as Excel holds it: percentages as fractions (93.7% -> 0.937) so that cells
 * formatted as % show them right; everything else as stated.
 */
export function excelNumber(figure: Pick<SourcedFigure, 'value' | 'unit'>): number {
  return figure.unit === 'percent' ? Number.parseFloat((figure.value / 100).toPrecision(12)) : figure.value;
}

/** The Excel number format that shows a figure as the source wrote it. */
export function excelNumberFormat(figure: Pick<SourcedFigure, 'value' | 'unit'>): string {
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
