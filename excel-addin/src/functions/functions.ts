/**
 * Excel custom functions, namespace FACTCHECK (set in manifest.xml). The JSDoc tags below are
 * the functions' metadata: the build turns them into functions.json with custom-functions-metadata.
 * Each function is a thin wrapper over lib/custom-functions-logic.ts.
 */
import { hostCapabilities } from '../excel/host.ts';
import {
  explainText,
  figureEntity,
  findFigure,
  figureValue,
  seriesRows,
  sourceText,
  verifyVerdict,
  type Answer,
} from '../lib/custom-functions-logic.ts';

/** The Excel error for a failed answer: #N/A (nothing by that name) or #VALUE! (unreadable input), with its reason. */
function excelError(answer: { reason: string; error?: 'na' | 'value' }): Error {
  const code =
    answer.error === 'value'
      ? CustomFunctions.ErrorCode.invalidValue
      : CustomFunctions.ErrorCode.notAvailable;
  // CustomFunctions.Error is what Excel shows as an error value; it is not typed as an Error subclass.
  return new CustomFunctions.Error(code, answer.reason) as unknown as Error;
}

function unwrap<T>(answer: Answer<T>): T {
  if (answer.ok) return answer.value;
  throw excelError(answer);
}

/**
 * Checks a value against the official figure its label names. Returns exactly one word:
 * verified, approximate, contradicted or unverified (so COUNTIF and IF work on it).
 * @customfunction VERIFY
 * @param {any} value The figure to check: a number (0.937 for 93.7% with a rate label) or text ("93.7%", "6.728 million").
 * @param label What the figure counts, e.g. "defective vehicles recalled".
 * @param [period] The year or period the figure is for, e.g. "2023".
 * @returns verified, approximate, contradicted or unverified.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a number or text, as the cell holds it
export function verify(value: any, label: string, period?: string): string {
  return unwrap(verifyVerdict(value, label, period ?? undefined));
}

/**
 * Explains the verdict on a figure: the official figure, its date and its source.
 * @customfunction EXPLAIN
 * @param {any} value The figure to check, a number or text.
 * @param label What the figure counts, e.g. "defective vehicles recalled".
 * @param [period] The year or period the figure is for, e.g. "2023".
 * @returns The verdict's explanation with its citation.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a number or text, as the cell holds it
export function explain(value: any, label: string, period?: string): string {
  return unwrap(explainText(value, label, period ?? undefined));
}

/**
 * Every statement of the measure a label names, by date: rows of date, value and source (spills).
 * @customfunction SERIES
 * @param label What the figure counts, e.g. "national measurement benchmarks".
 * @returns {any[][]} Rows of date, value, source, oldest first.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- custom-functions-metadata reads a spilled matrix as any[][]
export function series(label: string): any[][] {
  return unwrap(seriesRows(label));
}

/**
 * The official figure a label names, e.g. =FACTCHECK.FIGURE("defective vehicles recalled", "2023").
 * Where Excel supports data types it is an entity whose card shows the quote and the source
 * (use .Value in formulas); elsewhere a plain number. Percentages come back as fractions (0.937).
 * @customfunction FIGURE
 * @param label What the figure counts, e.g. "national standards".
 * @param [period] A year the figure's period must cover, e.g. "2023".
 * @returns {any} The official value.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- an entity or a number, as Excel allows for data types
export function figure(label: string, period?: string): any {
  const found = unwrap(findFigure(label, period ?? undefined));
  if (hostCapabilities().entities) {
    try {
      return figureEntity(found);
    } catch {
      // fall through to the plain number
    }
  }
  return unwrap(figureValue(label, period ?? undefined));
}

/**
 * The citation of the official figure a label names: speaker, title, publisher, dates, address.
 * @customfunction SOURCE
 * @param label What the figure counts, e.g. "defective vehicles recalled".
 * @param [period] A year the figure's period must cover, e.g. "2023".
 * @returns The citation, ready to paste.
 */
export function source(label: string, period?: string): string {
  return unwrap(sourceText(label, period ?? undefined));
}

/** Function id (as in functions.json) -> implementation, for `CustomFunctions.associate`. */
export const FUNCTIONS = {
  VERIFY: verify,
  EXPLAIN: explain,
  SERIES: series,
  FIGURE: figure,
  SOURCE: source,
} as const;
