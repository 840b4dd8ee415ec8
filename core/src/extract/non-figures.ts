/**
 * Numbers that are not figures, recognised from the words around them: names ("Two Sessions",
 * 两会, "S&P 500"), phone numbers written in groups ("Tel 020 7946 0000"), street numbers
 * ("1 Fleet Street", "88 Jianguo Road"), page counts ("Page 1 of 3"), service hours ("24小时",
 * "24-hour"), hotlines (12315, 12345) and vague Chinese quantities (数十, 几十) are dropped: a
 * dropped number cannot get a wrong mark, and none of them is a quantity a statistic could state.
 *
 * Market index levels ("the Shanghai Composite Index closed at 3,050") and temperatures ("35°C",
 * 气温35度) are quantities a reader sees as numbers, so they stay found but carry a `kind` that
 * says they are not checkable: the verdict must never confirm or contradict them. The cue words
 * are the reviewed lexicon's (`data/lexicon/number-words.json`).
 *
 * Each test looks only at a few dozen characters around one draft, so the filter stays linear.
 */
import type { Draft, NotCheckable } from './extract.ts';
import { NUMBER_LEXICON, alternation } from './lexicon.ts';

const NF = NUMBER_LEXICON.nonFigures;

const NAMES_RE = new RegExp(alternation(NF.names), 'gi');
/** Cheap test for a name: the first characters of every name. */
const NAME_STARTS = new Set(NF.names.map((n) => n[0]!.toLowerCase()));
const STREET_AFTER_RE = new RegExp(
  `^\\s+(?:[A-Z][a-z]+\\s+){1,3}(?:${alternation(NF.streetWords)})(?![A-Za-z])`,
);
const PAGE_BEFORE_RE = new RegExp(`(?:${alternation(NF.pageWords)})\\s*\\d+\\s+of\\s+$`, 'i');
const SERVICE_HOURS_RE = new RegExp(`^(?:${alternation(NF.serviceHours)})`, 'i');
/** The 7 of "7×24小时" (every day, round the clock). */
const ROUND_THE_CLOCK_RE = /^\s?[×xX*]\s?24/;
const HOTLINES: ReadonlySet<string> = new Set(NF.hotlines);
/** What makes a hotline's digits a count after all: a classifier or a plural noun ("12345 complaints"). */
const COUNTED_AFTER_RE = /^\s?(?:[个項项家件辆輛台名人次批类類种種条條份所座位款部]|(?!hotlines)[a-z]+s\b)/i;
const DIAL_BEFORE_RE = new RegExp(`(?:${alternation(NF.dialWords)})\\s*[:：]?\\s*$`, 'i');
const INDEX_BEFORE_RE = new RegExp(`(?:${alternation(NF.marketIndexes)})[^,;，；。.!?！？\\d]{0,60}$`, 'i');
const TEMPERATURE_UNIT_RE = new RegExp(`^\\s?(?:${alternation(NF.temperatureUnits)})`, 'i');
const TEMPERATURE_CUE_RE = new RegExp(
  `(?:${alternation(NF.temperatureCues)})[^,;，；。.!?！？\\d]{0,30}$`,
  'i',
);
const DEGREES_RE = /^\s?(?:度|degrees?\b)/i;
/** The characters of a phone number written in groups: digits, spaces, hyphens, a leading +. */
const PHONE_RUN_LEFT_RE = /[+(]?[\d() -]*$/;
const PHONE_RUN_RIGHT_RE = /^[\d -]*/;
const PHONE_CUE_RE = /(?:\b(?:tel|phone|fax|call|hotline)\.?|电话|電話|热线|熱線|传真|傳真)\s*[:：]?\s*$/i;
const VAGUE_BEFORE: ReadonlySet<string> = new Set(NUMBER_LEXICON.chinese.vagueBefore);

/** What a number that is not a figure is: dropped, or kept as a quantity that cannot be checked. */
type NonFigure = 'drop' | NotCheckable;

/**
 * `drafts` without the numbers that are not figures; index levels and temperatures are kept with
 * their `kind` set.
 */
export function dropNonFigures(text: string, drafts: Draft[]): Draft[] {
  if (drafts.length === 0) return drafts;
  const kept: Draft[] = [];
  for (const d of drafts) {
    const what = nonFigure(text, d);
    if (what === 'drop') continue;
    if (what) d.kind = what;
    kept.push(d);
  }
  return kept;
}

function nonFigure(text: string, d: Draft): NonFigure | undefined {
  return isDropped(text, d) ? 'drop' : notCheckable(text, d);
}

/** An index level or a temperature: a quantity, but not one an official figure speaks of. */
function notCheckable(text: string, d: Draft): NotCheckable | undefined {
  if (d.unit === 'percent' || d.unit === 'percentage-points') return undefined;
  const after = text.slice(d.end, d.end + 24);
  const before = text.slice(Math.max(0, d.start - 80), d.start);
  if (TEMPERATURE_UNIT_RE.test(after)) return 'temperature';
  if (DEGREES_RE.test(after) && TEMPERATURE_CUE_RE.test(before)) return 'temperature';
  if (INDEX_BEFORE_RE.test(before)) return 'index-level';
  return undefined;
}

function isDropped(text: string, d: Draft): boolean {
  const written = text.slice(d.start, d.end);
  const after = text.slice(d.end, d.end + 40);
  const before = text.slice(Math.max(0, d.start - 80), d.start);

  if (d.form === 'chinese' && VAGUE_BEFORE.has(text[d.start - 1] ?? '')) return true;
  if (insideName(text, d)) return true;
  if (d.form !== 'digits' || d.unit === 'percent' || d.unit === 'percentage-points') return false;

  const plain = /^\d+$/.test(written);
  if (plain && HOTLINES.has(written) && !COUNTED_AFTER_RE.test(after)) return true;
  if (plain && DIAL_BEFORE_RE.test(before)) return true;
  if (d.value === 24 && SERVICE_HOURS_RE.test(after)) return true;
  if (plain && ROUND_THE_CLOCK_RE.test(after)) return true;
  if (plain && STREET_AFTER_RE.test(after)) return true;
  if (plain && PAGE_BEFORE_RE.test(before)) return true;
  return plain && isPhoneGroup(text, d.start, d.end);
}

/** The draft lies inside a name that contains a number ("Two Sessions", "CSI 300", 两会). */
function insideName(text: string, d: Draft): boolean {
  const from = Math.max(0, d.start - 24);
  // Cheap rejection: no name can start anywhere near.
  let possible = false;
  for (let i = from; i <= d.start && !possible; i++)
    possible = NAME_STARTS.has((text[i] ?? '').toLowerCase());
  if (!possible) return false;
  NAMES_RE.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = NAMES_RE.exec(text)) !== null && m.index <= d.start) {
    if (m.index < d.end && m.index + m[0].length > d.start) return true;
  }
  return false;
}

/**
 * A number in a run of digit groups that is a phone number: the run starts with "+" or a leading
 * zero ("020 7946 0000", "+86 10 5555 0100"), or follows a phone cue ("Tel", 电话). A run of
 * plain groups without either ("120 340 560" in a table) is left alone.
 */
function isPhoneGroup(text: string, start: number, end: number): boolean {
  const left = PHONE_RUN_LEFT_RE.exec(text.slice(Math.max(0, start - 24), start))![0];
  const right = PHONE_RUN_RIGHT_RE.exec(text.slice(end, end + 24))![0];
  const run = (left + text.slice(start, end) + right).trim();
  const groups = run.split(/[ -]+/).filter((g) => g.length > 0);
  if (groups.length < 2) return false;
  if (/^[+(]|^0\d/.test(run)) return true;
  const runStart = start - left.length + (left.length - left.trimStart().length);
  return PHONE_CUE_RE.test(text.slice(Math.max(0, runStart - 12), runStart));
}
