/**
 * Excel custom functions, namespace FACTCHECK (set in manifest.xml). The JSDoc tags below are
 * the functions' metadata: the build turns them into functions.json with custom-functions-metadata.
 * Each function is a thin wrapper over lib/custom-functions-logic.ts.
 */
import { hostCapabilities } from '../excel/host.ts';
import {
  figureEntity,
  findFigure,
  figureValue,
  sourceText,
  verifyText,
  type Answer,
} from '../lib/custom-functions-logic.ts';

function unwrap<T>(answer: Answer<T>): T {
  if (answer.ok) return answer.value;
  throw new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, answer.reason);
}

/**
 * Checks a value against the official figure its label names: "verified", "approximate: ...",
 * "contradicted: source says 6,728,000 (SAMR, 2024-02-21)" or "unverified".
 * @customfunction VERIFY
 * @param value The number to check, as in the cell (0.937 for 93.7% with a rate label).
 * @param label What the number counts, e.g. "defective vehicles recalled".
 * @returns The verdict, with the official value and its source when they differ.
 */
export function verify(value: number, label: string): string {
  return unwrap(verifyText(value, label));
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
export const FUNCTIONS = { VERIFY: verify, FIGURE: figure, SOURCE: source } as const;
