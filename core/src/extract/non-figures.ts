/**
 * Numbers that are not figures, recognised from the words around them: names ("Two Sessions",
 * 两会, "S&P 500"), phone numbers written in groups ("Tel 020 7946 0000"), street numbers
 * ("1 Fleet Street", "88 Jianguo Road"), page counts ("Page 1 of 3"), reference markers ("[3]"),
 * service hours ("24小时", "24-hour"), hotlines (12315, 12345) and vague Chinese quantities (数十, 几十) are dropped: a
 * dropped number cannot get a wrong mark, and none of them is a quantity a statistic could state.
 *
 * Market index levels ("the Shanghai Composite Index closed at 3,050"), temperatures ("35°C",
 * 气温35度) and the tops of rating scales ("81.3 out of 100", 满分100分) are quantities a reader sees as numbers, so they stay found but carry a `kind` that
 * says they are not checkable: the verdict must never confirm or contradict them. The cue words
 * are the reviewed lexicon's (`data/lexicon/number-words.json`).
 *
 * Each test looks only at a few dozen characters around one draft, so the filter stays linear.
 */
import type { Draft, NotCheckable } from './extract.ts';
import { NUMBER_LEXICON, alternation } from './lexicon.ts';
import { lineEndWithin, lineStartWithin } from '../document/sentences.ts';

const NF = NUMBER_LEXICON.nonFigures;

/** The number in a name ("Two" in "Two Sessions", "500" in "S&P 500"). */
const NAME_NUMBER_RE =
  /\d+|\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\b|[一二两兩三四五六七八九十]/i;
/**
 * Names by the number in them, lower-cased, with where the number stands in the name: a draft is
 * looked up by its own text, so no pass over the whole text is needed.
 */
const NAMES_BY_NUMBER: ReadonlyMap<string, ReadonlyArray<{ name: string; at: number }>> = (() => {
  const map = new Map<string, Array<{ name: string; at: number }>>();
  for (const name of NF.names) {
    const m = NAME_NUMBER_RE.exec(name);
    if (!m) continue;
    const key = m[0].toLowerCase();
    const list = map.get(key) ?? [];
    list.push({ name: name.toLowerCase(), at: m.index });
    map.set(key, list);
  }
  return map;
})();
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
const INDEX_BEFORE_RE = new RegExp(`(?:${alternation(NF.marketIndexes)})[^,;，；。.!?！？\\d]{0,60}$`);
const INDEX_LEVEL_BEFORE_RE = new RegExp(`(?:${alternation(NF.indexLevelBefore)})\\s*$`);
const TEMPERATURE_UNIT_RE = new RegExp(`^\\s?(?:${alternation(NF.temperatureUnits)})`, 'i');
const TEMPERATURE_CUE_RE = new RegExp(
  `(?:${alternation(NF.temperatureCues)})[^,;，；。.!?！？\\d]{0,30}$`,
  'i',
);
const DEGREES_RE = /^\s?(?:度|degrees?\b)/i;
const SCALE_TOPS: ReadonlySet<number> = new Set(NF.scaleTops);
const SCALE_TOP_BEFORE_RE = new RegExp(`(?:${alternation(NF.scaleTopBefore)})\\s*$`, 'i');
const SCALE_TOP_AFTER_RE = new RegExp(`^(?:${alternation(NF.scaleTopAfter)})`, 'i');
/** A plural noun after the number: what it counts, unless a scale's own unit ("out of 100 points"). */
const NOUN_AFTER_RE = new RegExp(`^\\s+(?!(?:${alternation(NF.scaleUnits)})\\b)[a-z]+s\\b`, 'i');
/** Every character a temperature unit or "degrees"/度 can start with. */
const TEMPERATURE_START: ReadonlySet<string> = new Set(
  [...NF.temperatureUnits, 'degrees', '度'].flatMap((u) => [u[0]!.toLowerCase(), u[0]!.toUpperCase()]),
);
/** The characters of a phone number written in groups: digits, spaces, hyphens, a leading +. */
const PHONE_RUN_LEFT_RE = /[+(]?[\d() -]*$/;
const PHONE_RUN_RIGHT_RE = /^[\d -]*/;
const PHONE_CUE_RE = /(?:\b(?:tel|phone|fax|call|hotline)\.?|电话|電話|热线|熱線|传真|傳真)\s*[:：]?\s*$/i;
const PLAIN_RE = /^\d+$/;
/** The most digits a reference marker ("[3]", "[27]") has. */
const CITATION_MARKER_DIGITS = 3;
const VAGUE_BEFORE: ReadonlySet<string> = new Set(NUMBER_LEXICON.chinese.vagueBefore);

/**
 * `drafts` without the numbers that are not figures; index levels and temperatures are kept with
 * their `kind` set.
 */
export function dropNonFigures(text: string, drafts: Draft[]): Draft[] {
  if (drafts.length === 0) return drafts;
  const kept: Draft[] = [];
  for (const d of drafts) {
    if (isDropped(text, d)) continue;
    const kind = notCheckable(text, d);
    if (kind) d.kind = kind;
    kept.push(d);
  }
  return kept;
}

/**
 * An index level, a temperature or the top of a rating scale: a quantity, but not one an official
 * figure speaks of.
 */
function notCheckable(text: string, d: Draft): NotCheckable | undefined {
  if (d.unit === 'percent' || d.unit === 'percentage-points') return undefined;
  // Cheap rejection: a temperature's unit or "degrees" starts with one of a few characters.
  if (TEMPERATURE_START.has(text[d.end + (text[d.end] === ' ' ? 1 : 0)] ?? '')) {
    const after = text.slice(d.end, d.end + 24);
    if (TEMPERATURE_UNIT_RE.test(after)) return 'temperature';
    const before = text.slice(Math.max(0, d.start - 40), d.start);
    if (DEGREES_RE.test(after) && TEMPERATURE_CUE_RE.test(before)) return 'temperature';
  }
  // "scored 81.3 out of 100", 满分100分, "a 100-point scale": the scale, not a statistic on it.
  if (
    SCALE_TOPS.has(d.value) &&
    (SCALE_TOP_AFTER_RE.test(text.slice(d.end, d.end + 16)) ||
      (SCALE_TOP_BEFORE_RE.test(text.slice(Math.max(0, d.start - 12), d.start)) &&
        !NOUN_AFTER_RE.test(text.slice(d.end, d.end + 24))))
  )
    return 'scale-top';
  // Cheap test first: the word right before the number ("closed at", 收于); then the index name.
  if (
    INDEX_LEVEL_BEFORE_RE.test(text.slice(Math.max(0, d.start - 8), d.start)) &&
    INDEX_BEFORE_RE.test(text.slice(Math.max(0, d.start - 80), d.start))
  ) {
    return 'index-level';
  }
  return undefined;
}

function isDropped(text: string, d: Draft): boolean {
  if (d.form === 'chinese' && VAGUE_BEFORE.has(text[d.start - 1] ?? '')) return true;
  if (insideName(text, d)) return true;
  if (d.form !== 'digits' || d.unit === 'percent' || d.unit === 'percentage-points') return false;
  const written = text.slice(d.start, d.end);
  if (!PLAIN_RE.test(written)) return false;
  // Everything below is about plain digit runs ("24", "12315", "1"): names, places, pages, phones.
  const after = text.slice(d.end, d.end + 40);
  const before = text.slice(Math.max(0, d.start - 24), d.start);
  if (HOTLINES.has(written) && !COUNTED_AFTER_RE.test(after)) return true;
  // A reference marker ("… in force.[3]", "studies [12]") points at a source: it counts nothing.
  if (text[d.start - 1] === '[' && after[0] === ']' && written.length <= CITATION_MARKER_DIGITS) return true;
  if (DIAL_BEFORE_RE.test(before)) return true;
  if (d.value === 24 && SERVICE_HOURS_RE.test(after)) return true;
  if (ROUND_THE_CLOCK_RE.test(after)) return true;
  if (after.charCodeAt(0) === 0x20 && STREET_AFTER_RE.test(after)) return true;
  if (before.endsWith('of ') && PAGE_BEFORE_RE.test(before)) return true;
  if (isLineNumber(text, d, written)) return true;
  return isPhoneGroup(text, d.start, d.end);
}

/** A line's number in a numbered transcript: at the line's start, set off by a gap ("19       regulator"). */
const LINE_NUMBER_DIGITS = 3;
const LINE_NUMBER_GAP = String.raw`(?:\t| {2,})`;
const LINE_NUMBER_GAP_RE = new RegExp(`^${LINE_NUMBER_GAP}\\S`);
const NUMBERED_LINE_RE = new RegExp(`^\\s*(\\d{1,${LINE_NUMBER_DIGITS}})${LINE_NUMBER_GAP}(\\S{0,2})`);
/** How far before a line number its line may start (an indent), and how long a line is read. */
const LINE_INDENT_MAX = 12;
const LINE_SPAN = 240;
/** A deposition's turn opening a numbered line ("18  Q. Were you …", "19  A. I was"). */
const TURN_RE = /^[QA][.:]$/;
/** How many numbered lines in a row make a numbered transcript (two may be a table's counts). */
const NUMBERED_RUN = 3;

/**
 * The number of a transcript's line (a deposition, a hearing, numbered code): it opens its line,
 * a gap follows it, and the lines around it count on with it, three in a row, or two when one
 * opens a question or an answer ("18  Q. … / 19  A. …"). Two counts that happen to follow each
 * other in a table ("26   prompted by SAMR / 27   for engines") are counts. Each line is read
 * within a bounded span: a text of one long line costs no more than a short one.
 */
function isLineNumber(text: string, d: Draft, written: string): boolean {
  if (written.length > LINE_NUMBER_DIGITS || !LINE_NUMBER_GAP_RE.test(text.slice(d.end, d.end + 16)))
    return false;
  const lineStart = lineStartWithin(text, d.start, LINE_INDENT_MAX);
  if (lineStart === undefined || text.slice(lineStart, d.start).trim() !== '') return false;
  const numberedAt = (at: number) => NUMBERED_LINE_RE.exec(text.slice(at, at + LINE_INDENT_MAX + 8));
  const own = numberedAt(lineStart);
  let turns = own && TURN_RE.test(own[2]!) ? 1 : 0;
  let run = 1;
  // (Up the lines above, then down the lines below, while each is numbered one less or one more.)
  for (const step of [-1, 1] as const) {
    let at = lineStart;
    for (let k = 1; k < NUMBERED_RUN; k++) {
      const next = step < 0 ? lineAbove(text, at) : lineBelow(text, at);
      if (next === undefined) break;
      const line = numberedAt(next);
      if (!line || Number(line[1]) !== d.value + step * k) break;
      if (TURN_RE.test(line[2]!)) turns++;
      run++;
      at = next;
    }
  }
  return run >= NUMBERED_RUN || (run === 2 && turns > 0);
}

/** Where the line above the one starting at `at` starts, if it is within reach. */
function lineAbove(text: string, at: number): number | undefined {
  return at > 0 ? lineStartWithin(text, at - 1, LINE_SPAN) : undefined;
}

/** Where the line below the one holding `at` starts, if it is within reach. */
function lineBelow(text: string, at: number): number | undefined {
  const end = lineEndWithin(text, at, LINE_SPAN);
  return end === undefined || end >= text.length ? undefined : end + 1;
}

/** The draft is the number in a name ("Two Sessions", "CSI 300"): looked up by its own text. */
function insideName(text: string, d: Draft): boolean {
  const names = NAMES_BY_NUMBER.get(text.slice(d.start, d.end).toLowerCase());
  if (!names) return false;
  for (const { name, at } of names) {
    const from = d.start - at;
    if (from >= 0 && text.slice(from, from + name.length).toLowerCase() === name) return true;
  }
  return false;
}

/**
 * A number in a run of digit groups that is a phone number: the run starts with "+" or a leading
 * zero ("020 7946 0000", "+86 10 5555 0100"), or follows a phone cue ("Tel", 电话). A run of
 * plain groups without either ("120 340 560" in a table) is left alone.
 */
function isPhoneGroup(text: string, start: number, end: number): boolean {
  // Cheap rejection: a group has a neighbouring group across a space or hyphen.
  const grouped =
    ((text[end] === ' ' || text[end] === '-') && isDigit(text[end + 1])) ||
    ((text[start - 1] === ' ' || text[start - 1] === '-') && isDigit(text[start - 2]));
  if (!grouped) return false;
  const left = PHONE_RUN_LEFT_RE.exec(text.slice(Math.max(0, start - 24), start))![0];
  const right = PHONE_RUN_RIGHT_RE.exec(text.slice(end, end + 24))![0];
  const run = (left + text.slice(start, end) + right).trim();
  const groups = run.split(/[ -]+/).filter((g) => g.length > 0);
  if (groups.length < 2) return false;
  if (/^[+(]|^0\d/.test(run)) return true;
  const runStart = start - left.length + (left.length - left.trimStart().length);
  return PHONE_CUE_RE.test(text.slice(Math.max(0, runStart - 12), runStart));
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}
