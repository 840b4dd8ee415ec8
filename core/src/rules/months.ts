/** English month names, written once for every reader of dates (extraction, periods, a text's date). */

/** The month names and their short forms, as a regular-expression alternation (use it with the `i` flag). */
export const MONTH_NAMES =
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec';

/** A year's digits anywhere ("2023年底", "in 2024"), for a quick test: no context is read. */
export const ANY_YEAR_RE = /(?:19|20)\d{2}/;

/**
 * A month named without its year ("in August", "August this year"): a date the period reading
 * cannot place. Capitalized only: "may" and "march" are verbs too.
 */
export const UNPLACED_MONTH_RE = new RegExp(
  String.raw`\b(?:${MONTH_NAMES})\b(?!\.?\s+(?:\d{1,2},?\s+)?(?:19|20)\d{2})`,
);

/** Month number (1-12) by the first three letters of its name, lower case. */
export const MONTH_NUMBERS: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/** The month number of a written month name ("August", "Sept."), or undefined. */
export function monthNumber(name: string): number | undefined {
  return MONTH_NUMBERS[name.slice(0, 3).toLowerCase()];
}

/** Milliseconds in a day, for distances between ISO dates. */
export const DAY_MS = 86_400_000;

/** An ISO date (YYYY-MM-DD) of a year, a month (1-12) and a day. */
export function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The ISO date of a month's last day (month 1-12). */
export function lastDayOf(year: number, month: number): string {
  return isoDate(year, month, new Date(Date.UTC(year, month, 0)).getUTCDate());
}

/** A month index (year * 12 + month - 1) as YYYY-MM. */
export function isoMonth(index: number): string {
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}
