/**
 * The period a user writes in a CSV cell, read as the schema's period: "2023" (the year 2023),
 * "end of 2023" / 2023年底 (the last day of 2023), "2023-12-31" (that day), "2024-08" (that month),
 * "target 2025" / 2025年目标 (a goal for 2025). Anything else stays a label, dated by the row's
 * `period end` or its source's date.
 */
import type { Period } from './schema.ts';
import { lastDayOf } from '../rules/months.ts';

const YEAR_RE = /^(?:in\s+|during\s+)?((?:19|20)\d{2})\s*年?(?:全年|年度)?$/i;
const YEAR_END_RE =
  /^(?:(?:by|at|as of)\s+)?(?:the\s+)?(?:end\s+of\s+|year-end\s+)((?:19|20)\d{2})$|^(?:截至|截止)?((?:19|20)\d{2})\s*年?\s*(?:底|末|年底|年末)$|^((?:19|20)\d{2})\s*year-end$/i;
const DAY_RE = /^(?:as of\s+)?((?:19|20)\d{2})-(\d{2})-(\d{2})$/i;
const MONTH_RE = /^((?:19|20)\d{2})-(\d{2})$/;
const TARGET_RE =
  /^(?:target|goal)\s+(?:for\s+)?((?:19|20)\d{2})$|^((?:19|20)\d{2})\s*(?:target|goal)$|^(?:到)?((?:19|20)\d{2})年?目标$/i;

/**
 * The period of a user's row: `label` as written (may be ''), `end` the row's `period end` column
 * (may be ''), `date` its source's date (the as-of date when nothing else dates it).
 */
export function periodOfLabel(label: string, end: string, date: string): Period {
  const written = label.trim();
  if (end) return { label: written || `as of ${end}`, kind: 'as-of', end };
  const year = YEAR_RE.exec(written);
  if (year) {
    const y = year[1]!;
    return { label: `in ${y}`, kind: 'during', start: `${y}-01-01`, end: `${y}-12-31` };
  }
  const yearEnd = YEAR_END_RE.exec(written);
  if (yearEnd) {
    const y = yearEnd[1] ?? yearEnd[2] ?? yearEnd[3]!;
    return { label: `by the end of ${y}`, kind: 'as-of', end: `${y}-12-31` };
  }
  const day = DAY_RE.exec(written);
  if (day)
    return {
      label: `as of ${day[1]}-${day[2]}-${day[3]}`,
      kind: 'as-of',
      end: `${day[1]}-${day[2]}-${day[3]}`,
    };
  const month = MONTH_RE.exec(written);
  if (month) {
    const y = Number(month[1]);
    const m = Number(month[2]);
    if (m >= 1 && m <= 12)
      return { label: written, kind: 'during', start: `${month[1]}-${month[2]}-01`, end: lastDayOf(y, m) };
  }
  const target = TARGET_RE.exec(written);
  if (target) {
    const y = target[1] ?? target[2] ?? target[3]!;
    return { label: `target for ${y}`, kind: 'target', end: `${y}-12-31` };
  }
  return { label: written || `as of ${date}`, kind: 'as-of', end: date };
}
