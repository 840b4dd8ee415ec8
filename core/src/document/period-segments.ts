/**
 * Which part of a sentence dates a number, when the sentence names more than one period: "11
 * recalls involving 4,364 vehicles in 2022 and 13 involving about 580,000 vehicles last year" dates
 * 580,000 by "last year", not by 2022; "fell to 1,203 at the end of last year from 1,242 a year
 * earlier" dates 1,242 a year before the end of last year. A sentence with one period (or none)
 * dates all its numbers by it, as before.
 *
 * The rule, from how such sentences are written: a sentence splits into clauses at commas,
 * semicolons, pipes, slashes and column gaps (a row written as text: "2022: 204 | 2023: 214", "2023:
 * 214 / 2024: 233", "2022年底 43027 (wide spaces) 2023年底 44499"), "and", "while", "from",
 * "than", "compared with" (，；、和 in Chinese). A number takes the period of its own clause;
 * failing that, of the nearest earlier clause that names one (a leading "In 2023, …" dates the
 * clauses after it); failing that, of the next clause when that clause is only a period ("…, in
 * 2022"). "A year earlier", "the previous year", "a year later" in a clause shift the earlier
 * clause's year.
 */
import { MONTH_NAMES } from '../rules/months.ts';
import { COLUMN_GAP } from './text-tables.ts';
import { isPresentText, maskDayDates, maskEventYears, maskSayingDates, periodsNamed } from './context.ts';
import { normalizeWidth } from '../extract/number-words.ts';
import { hasChinese, hasWords } from '../rules/scripts.ts';
import type { TextTime } from './text-date.ts';

// (A comma between digits groups thousands: "1,242" is one number. After a word it separates, also a
// full-width one made narrow: "证书为415.8万张，2023年底…". "than" before a count is a hedge's, "more
// than 2000 enterprises", whose number is no year.)
/** A month a clause names without a year: "in August", "by March". */
const MONTH_WITHOUT_YEAR_RE = new RegExp(
  String.raw`\b(?:in|by|as of|since)\s+(?:${MONTH_NAMES})\b(?!\.?\s+(?:\d{1,2},?\s+)?(?:19|20)\d{2})`,
  'i',
);
/** A sentence's closing stop, dropped before a year is added after the clause. */
const TRAILING_STOP_RE = /[.。!！?？]\s*$/;
/** What joins a label to its value: "2022: 204", 2022年：204. */
const LABEL_SEPARATORS: ReadonlySet<string> = new Set([':', '：']);
/** The verbs of a Chinese change "to" a value, and the "from" that opens its start value. */
const ZH_TO =
  '增至|增加到|增加至|增长到|增长至|提高到|提高至|提升到|提升至|上升到|上升至|降至|降到|下降到|下降至|减少到|减少至|减至|回落到|回落至';
const ZH_TO_RE = new RegExp(`^(?:${ZH_TO})$`);
const ZH_FROM_RE = /^(?:由|从|從)$/;
const CLAUSE_SEPARATOR_RE = new RegExp(
  String.raw`(?<!\d),|,(?!\d{3}(?!\d))|[;:|，；：、()（）]|\s\/\s|(?<=\S)(?:${COLUMN_GAP})(?=\S)|\s(?:and|while|whereas|but|from|to|than(?=\s(?!\d[\d,.]*\s+[a-z]+s\b))|versus|vs\.?|against|compared (?:with|to))\s|和|而` +
    `|${ZH_TO}|(?:由|从|從)(?=[^，。；;,]{1,30}?(?:${ZH_TO}))`,
  'g',
);
/**
 * A period a change is measured from ("up 49.9% on the previous year", "rose 67% on 2023", 比上年,
 * "more than double the previous year's"),
 * not the one it is for. (A year only right after a percentage: "from 2023" elsewhere may date.)
 */
const BASE_PERIOD_RE =
  /\b(?:on|from|over|than|against|compared (?:with|to)|double|twice|triple|treble|half)\s+(?:the\s+)?(?:previous|prior|preceding|last|a)\s+year(?:'s|’s|\s+(?:earlier|before|ago))?|(?<=(?:%|\bper ?cent|\bpercent)\s{0,2})(?:on|over|from|against|compared (?:with|to))\s+(?:the\s+)?(?:end of\s+|end-)?(?:19|20)\d{2}\b|\b(?:a|one) year (?:earlier|before|ago)\b|\byear[- ]on[- ]year\b|(?:比|较|較|同比)(?:上年|去年|前年|上一年|前一年)?(?:同期)?/gi;
/**
 * The text with its comparison bases blanked ("比去年同期增长三成", "up 49.9% on the previous year"):
 * the period a change is measured from is not the period of the sentence's numbers.
 */
export function maskComparisonBases(text: string): string {
  // (Most sentences have none: one test passes them over.)
  if (!ANY_BASE_PERIOD_RE.test(text)) return text;
  // (Kept when it dates a value of its own: "比前年底的1242家" is the end of the year before last's.)
  return text.replace(BASE_PERIOD_RE, (base, at: number) =>
    /^[底末]?(?:同期)?[的之]/.test(text.slice(at + base.length, at + base.length + 4))
      ? base
      : ' '.repeat(base.length),
  );
}

/** A year a number is compared with: "than (in) 2023", "double the number in 2024", "compared with 2022". */
const YEAR_BASE_RE =
  /\b(?:than|versus|vs\.?|against|compared (?:with|to))\s+(?:the\s+)?(?:(?:number|figure|level|total|tally|count)\s+(?:in|of|for)\s+|in\s+)?(?:(?:the\s+)?end of\s+)?(?:19|20)\d{2}\b|\b(?:double|twice|triple|half)\s+(?:the\s+)?(?:number|figure|level|total|tally|count)\s+(?:in|of|for)\s+(?:19|20)\d{2}\b/gi;

/**
 * A value compared with and its own year: "double the 26 of 2024", "than the 6.7 million in 2023",
 * "triple the 2023 level of 1.6mn".
 */
const VALUE_BASE_RE =
  /\b(?:double|twice|triple|half|than|versus|vs\.?|against)\s+(?:the\s+)?(?:about\s+|some\s+)?[\d,.]+(?:\s+[a-z]+){0,2}\s+(?:in|of|for)\s+(?:the\s+end\s+of\s+)?(?:19|20)\d{2}\b|\b(?:double|twice|triple|treble|half|than|versus|vs\.?|against)\s+(?:the\s+)?(?:19|20)\d{2}(?:'s)?\s+(?:number|figure|level|total|tally|count)\s+of\s+(?:about\s+|some\s+)?[\d,.]/i;

/** BASE_PERIOD_RE, for a test (not global: no lastIndex carried between calls). */
const ANY_BASE_PERIOD_RE = new RegExp(BASE_PERIOD_RE.source, 'i');

/** A period relative to the sentence's other period, not to the text's date. */
const SHIFT_RE =
  /\b(?:a|one|two|2) years? (?:earlier|before|ago)\b|两年前|兩年前|一年前|一年以前|\bthe (?:previous|prior|preceding) year\b|\bthe year before\b|上一年|前一年|(?<![比较較])上年(?![末底度])|\b(?:a|one) year later\b|\bthe (?:following|next) year\b|\bthe year after\b|次年|第二年/i;
/**
 * Right before a number: the value a change is compared with, and its period (group 1). The year
 * before the sentence's ("比上年的85.2") shifts it (BASE_YEAR_BEFORE_RE); a period of its own
 * ("較前年底之1,242家", "比2023年底的1242家") dates it.
 */
const BASE_VALUE_BEFORE_RE =
  /(?:比|较|較)((?:上年|去年|上一年|前年|(?:19|20)\d{2}\s?年)(?:同期|末|底)?)[的之]\s*$/;
/** The periods of BASE_VALUE_BEFORE_RE that are the year before the sentence's. */
const BASE_YEAR_BEFORE_RE = /^(?:上年|去年|上一年)/;
/** How far before a number a value's own period is looked for, and a shifted one. */
const BASE_VALUE_SPAN = 12;
const BASE_SHIFT_SPAN = 8;
/** An aside opens a clause of its own: its "the year before" shifts only its own numbers. */
const OPENING_BRACKETS: ReadonlySet<string> = new Set(['(', '（']);
/** Separators after which a clause is the base of a comparison ("… up from 3.76mn"). */
const BASE_SEPARATORS: ReadonlySet<string> = new Set([
  'from',
  'than',
  'versus',
  'vs',
  'vs.',
  'against',
  'compared with',
  'compared to',
]);
/**
 * What any period a clause can name is written with: four digits (a year) or "year"/年 (relative
 * dates and shifts); or a word of the present (isPresentText). A cheap test before the clauses are read.
 */
const MAY_NAME_PERIOD_RE = /\d{4}|[０-９]{4}|year|年/i;
const LATER_RE = /later|following|next|after|次年|第二年/i;
/** A clause that is the time of the one before: ", when …". */
const WHEN_RE = /^\s*when\b/i;
/** Words of change: "up 67% from a year earlier" compares, it does not date. */
const COMPARES_RE =
  /\b(?:up|down|rose|fell|grew|increase|decrease|jump|drop|higher|lower|double|twice|triple|treble)\b|增长|下降|增加|减少/i;
const NUMBER_RE = /\d/;

interface Clause {
  start: number;
  end: number;
  text: string;
  years: number[];
  /** What tells its period from others: its years, or "now". */
  key: string;
  /** Whether the clause names a period at all (a year, a month, or a relative one). */
  dated: boolean;
  shift: number;
  /** Whether the clause has a number besides its years. */
  counts: boolean;
  /** Whether it speaks of a change ("up 67%"): a change adds to a figure, it does not own a period. */
  changes: boolean;
  /** The separator before it ("from", "and", ","), lower case. */
  joinedBy: string;
  /** A value compared with, of its own year ("more than double the 26 of 2024"): it dates no other clause. */
  base: boolean;
}

let memo: { sentence: string; time: TextTime | undefined; clauses: Clause[] | undefined } | undefined;

function clausesOf(written: string, time: TextTime | undefined): Clause[] | undefined {
  if (memo && memo.sentence === written && memo.time === time) return memo.clauses;
  // Most sentences name no period at all (no year, no relative or present date): nothing to tell apart.
  if (!MAY_NAME_PERIOD_RE.test(written) && !isPresentText(written)) {
    memo = { sentence: written, time, clauses: undefined };
    return undefined;
  }
  // (Blanked to the same length, so that offsets into the sentence still hold.)
  const sentence = maskEventYears(maskSayingDates(maskDayDates(normalizeWidth(written))));
  const clauses: Clause[] = [];
  let at = 0;
  let joinedBy = '';
  const push = (end: number) => {
    const text = sentence.slice(at, end);
    const compares = COMPARES_RE.test(text);
    // (A year something is compared with, "more than double the number in 2024", dates nothing.)
    // (A label keeps its colon: a day before one dates the value after it, "31 December 2023: 1,242".)
    const label =
      LABEL_SEPARATORS.has(sentence[end] ?? '') && /^\s?\d/.test(sentence.slice(end + 1, end + 3))
        ? `${text}:`
        : text;
    const unbased = label.replace(YEAR_BASE_RE, ' ');
    const cues = periodsNamed(compares ? maskComparisonBases(unbased) : unbased, time);
    // "now", "currently" date a clause too: "There are now more than 54,000 …, and private ones
    // exceeded 34,000 at the end of last year".
    const present = cues.years.length === 0 && isPresentText(text);
    const shifted = SHIFT_RE.exec(text);
    const shift = shifted && !compares ? directionOf(shifted[0]) : 0;
    clauses.push({
      start: at,
      end,
      text,
      years: present ? [] : cues.years,
      key: present ? 'now' : cues.years.join(','),
      dated:
        cues.years.length > 0 ||
        cues.months.length > 0 ||
        cues.unresolved !== undefined ||
        shift !== 0 ||
        present,
      shift,
      counts: NUMBER_RE.test(text.replace(/(?:19|20)\d{2}/g, '')),
      changes: compares,
      base: VALUE_BASE_RE.test(text),
      joinedBy,
    });
  };
  CLAUSE_SEPARATOR_RE.lastIndex = 0;
  for (const m of sentence.matchAll(CLAUSE_SEPARATOR_RE)) {
    push(m.index);
    at = m.index + m[0].length;
    const word = m[0].trim().toLowerCase();
    // (由/从…增至: the Chinese "from … to", read as the English.)
    joinedBy = ZH_FROM_RE.test(word) ? 'from' : ZH_TO_RE.test(word) ? 'to' : word;
  }
  push(sentence.length);
  // Only a sentence that names more than one period needs its clauses told apart.
  const periods = new Set(clauses.filter((c) => c.dated && c.shift === 0).map((c) => c.key));
  const shifted = clauses.some((c) => c.shift !== 0);
  // One period said after a number of its own ("…, up from 82 per cent in 2023") is that number's:
  // it dates a number of another clause only as the rules below say.
  const counting = clauses.filter((c) => c.counts).length;
  // (Nor does a period said only in a comparison's base: "… 42.9% of the total …, down from just
  // over half in 2024" dates the base alone.)
  const based = clauses.some((c) => c.dated && c.shift === 0 && isComparisonBase(c));
  const result =
    periods.size > 1 || (periods.size > 0 && (shifted || counting > 1 || based)) || timeOfBefore(clauses)
      ? clauses
      : undefined;
  memo = { sentence: written, time, clauses: result };
  return result;
}

/** Whether a clause is the time of a dated or shifted clause before it (", when …"). */
function timeOfBefore(clauses: readonly Clause[]): boolean {
  return clauses.some(
    (c, i) => i > 0 && WHEN_RE.test(c.text) && (clauses[i - 1]!.dated || SHIFT_RE.test(clauses[i - 1]!.text)),
  );
}

/** +1 for a shift to a later year ("a year later", 次年), -1 for an earlier one; ±2 for two years. */
function directionOf(shift: string): number {
  return (LATER_RE.test(shift) ? 1 : -1) * (TWO_YEARS_RE.test(shift) ? 2 : 1);
}
/** A shift back from the time of writing: "a year ago", 一年前. */
const AGO_RE = /\byears? ago\b|年前|年以前/i;
/** A shift of two years: "two years earlier", 两年前. */
const TWO_YEARS_RE = /\b(?:two|2) years\b|两年|兩年/i;

/**
 * The shift words of the clause before clause `k` when `k` opens with "when" ("… on the previous
 * year, when 204 campaigns …"): the time `k` speaks of is that shifted year. Undefined otherwise.
 */
function shiftBeforeWhen(clauses: readonly Clause[], k: number): string | undefined {
  const own = clauses[k];
  return k > 0 && own && WHEN_RE.test(own.text) ? SHIFT_RE.exec(clauses[k - 1]!.text)?.[0] : undefined;
}

/** The clause of a number at [start, end): the first that holds its start or reaches its end; -1 for none. */
function clauseIndexOf(clauses: readonly Clause[], start: number, end: number): number {
  return clauses.findIndex((c) => c.end >= end || (c.start <= start && start < c.end));
}

/** A clause that is a shift and nothing else ("and the year before", "a year later"), not a comparison's base. */
function isOnlyShift(text: string): boolean {
  return !hasWords(text.replace(ALL_SHIFTS_RE, '').replace(SHIFT_JOINERS_RE, ''));
}
const ALL_SHIFTS_RE = new RegExp(SHIFT_RE.source, 'gi');
/**
 * Words that join a clause to the one before it ("and the year before", "but a year later", 而在次年):
 * what is left of a shift-only clause beside its shift.
 */
const SHIFT_JOINERS_RE = /\b(?:and|but|while|then|in|by|for)\b|而|在/gi;

/** The last year of the nearest dated clause at or before `from` (datedClauseFrom), shifted. */
function shiftedYear(clauses: readonly Clause[], from: number, shift: number): string | undefined {
  const year = datedClauseFrom(clauses, from)?.years.at(-1);
  return year === undefined ? undefined : String(year + shift);
}

/** The nearest clause at or before `from` that names a period of its own (not a shift). */
function datedClauseFrom(clauses: readonly Clause[], from: number): Clause | undefined {
  for (let j = from; j >= 0; j--) {
    const c = clauses[j]!;
    // (Not a label in brackets of another value, "(2023: 1,242)": it dates that value only. Nor the
    // year a change is measured against, "49.9% more than in 2022, and that 23.8% …": no period.)
    if (
      c.dated &&
      c.shift === 0 &&
      !c.base &&
      (j === from || !labelsABracketedValue(clauses, j)) &&
      !(isComparisonBase(c) && !c.counts)
    )
      return c;
  }
  return undefined;
}

/**
 * The text whose period dates the number at [start, end) of `sentence`: a clause of it, a year
 * worked out from a relative one, or '' (no period of its own: the paragraph's applies). Undefined
 * when the sentence names at most one period, which then dates every number in it.
 */
export function periodTextOf(
  sentence: string,
  start: number,
  end: number,
  time?: TextTime,
): string | undefined {
  // "較前年底之1,242家", "比2023年底的1242家": a value compared with, dated by its own words.
  const based = BASE_VALUE_BEFORE_RE.exec(sentence.slice(Math.max(0, start - BASE_VALUE_SPAN), start));
  if (based && !BASE_YEAR_BEFORE_RE.test(based[1]!)) return based[1];
  const clauses = clausesOf(sentence, time);
  if (!clauses) return undefined;
  const k = clauseIndexOf(clauses, start, end);
  if (k < 0) return undefined;
  const own = clauses[k]!;
  if (own.shift !== 0) {
    const base = datedClauseFrom(clauses, k - 1);
    const year = base?.years[base.years.length - 1];
    // A year before an unknown year ("Last year … against 771 the previous year" in an undated
    // text) is unknown too: the base's words carry that.
    // (Nor is "a year earlier" than "now" now: "… now accredited, against about 739 a year
    // earlier" is a year before the text's date, and of no known year in an undated text.)
    // (So is "a year ago", 一年前, with no date before it in the sentence: a year before the text's.)
    if (year === undefined && (base?.key === 'now' || (!base && AGO_RE.test(own.text))))
      return time?.date ? String(Number(time.date.slice(0, 4)) + own.shift) : own.text;
    if (year === undefined) return base ? base.text : '';
    return String(year + own.shift);
  }
  if (own.dated) return own.text;
  // ", when the total had reached 1,319" is the time the clause before names, a base year too ("on
  // the previous year, when 204 campaigns had covered …").
  const previous = clauses[k - 1];
  if (previous && WHEN_RE.test(own.text) && previous.dated && previous.shift === 0) return previous.text;
  const back = shiftBeforeWhen(clauses, k);
  if (back) return shiftedYear(clauses, k - 2, directionOf(back)) ?? '';
  // The base of a comparison takes the period said after it, through values joined by "and": "up
  // from about 3.76mn certificates and 1.2mn organisations at the end of 2023".
  // (Or shifted from the clause before it: "reached 50 campaigns … at the end of 2025, up from 37
  // and 3.535 million a year earlier".)
  if (BASE_SEPARATORS.has(own.joinedBy)) {
    for (let j = k + 1; j < clauses.length && clauses[j]!.joinedBy === 'and'; j++) {
      const later = clauses[j]!;
      if (later.dated && later.shift === 0) return later.text;
      const shifted = later.shift === 0 ? undefined : shiftedYear(clauses, k - 1, later.shift);
      if (shifted !== undefined) return shifted;
    }
  }
  // A period in brackets right after the number is the number's: "44,499 (end of 2023)". Not a
  // year that labels a number of its own in the brackets: "214 (2022: 204)".
  const bracketed = clauses[k + 1];
  if (
    bracketed &&
    OPENING_BRACKETS.has(bracketed.joinedBy) &&
    bracketed.dated &&
    bracketed.shift === 0 &&
    !bracketed.counts &&
    !labelsAValue(clauses, k + 1)
  )
    return bracketed.text;
  // "In 2024, urged recalls covered half, and the year before, investigations prompted nearly
  // 60%": a shift in a clause of no number of its own leads the clauses after it.
  // (Down to clause 1: a shift needs a dated clause before it.)
  for (let j = k - 1; j > 0; j--) {
    const c = clauses[j]!;
    if (c.dated && c.shift === 0) break;
    if (c.shift === 0 || c.counts || c.base || BASE_SEPARATORS.has(c.joinedBy) || !isOnlyShift(c.text))
      continue;
    const year = datedClauseFrom(clauses, j - 1)?.years.at(-1);
    if (year !== undefined) return String(year + c.shift);
    break;
  }
  // "证书由2023年底的约376万张增至415.8万余张，获证组织由约102万家增至约110万家": a start value with
  // no date of its own has the date of the start value of the change said before it. (An English
  // start value is read by fromToStartShift.)
  if (own.joinedBy === 'from' && hasChinese(own.text)) {
    for (let j = k - 1; j >= 0; j--) {
      const c = clauses[j]!;
      if (c.joinedBy === 'from' && c.dated && c.shift === 0) return c.text;
    }
  }
  const before = datedClauseFrom(clauses, k - 1);
  // "Recalls covered 6.728 million vehicles in 2023, up from 4.488 million": the undated base of a
  // year's figure is the year before's, the comparison an annual figure is made with. (Not after
  // a month, whose base may be any earlier date.)
  if (
    isYearOnYearBase(own, clauses[k - 1]) &&
    clauses[k + 1]?.joinedBy !== 'to' &&
    before?.shift === 0 &&
    before.years.length > 0 &&
    !NAMES_MONTH_RE.test(before.text)
  )
    return String(before.years.at(-1)! - 1);
  // "reached 1,958 at the end of 2024, up from 1,879 in August": a month said without its year is
  // the month of the year the clause before names.
  const year = before?.years[before.years.length - 1];
  if (year !== undefined && MONTH_WITHOUT_YEAR_RE.test(own.text))
    return `${own.text.replace(TRAILING_STOP_RE, '')} ${year}`;
  // ("from 204 in 2022 to 214, 233 and then 190": the values after "to" come later than the dated
  // value they start from, at times the sentence does not say.)
  if (
    before?.counts &&
    before.joinedBy === 'from' &&
    clauses.slice(clauses.indexOf(before) + 1, k + 1).some((c) => c.joinedBy === 'to')
  )
    return '';
  if (before) return before.text;
  // A period after the number ("…, in 2022"), past clauses that only add to it ("up 67%", "Liu said").
  for (let j = k + 1; j < clauses.length; j++) {
    const next = clauses[j]!;
    // (A comparison's base after the number, "— 42.9% of the total — … down from just over half in
    // 2024", is dated for itself.)
    if (
      isComparisonBase(next) ||
      (ON_YEAR_BASE_RE.test(next.text) && clauses.slice(k, j).some((c) => c.changes))
    )
      return '';
    if (next.dated) return next.shift === 0 && !next.counts && !labelsAValue(clauses, j) ? next.text : '';
    if (next.counts && !next.changes) return '';
  }
  return '';
}

/**
 * An English change's start with no date of its own: "…, up from 4.488 million" (a start with an
 * end after it, "rose from 93.65% to 93.93%", is fromToStartShift's). (Only "from" after
 * a word of change: "standards from 2,003 enterprises" compares nothing, and "against", "compared
 * with" may set two kinds side by side: "50.3% …, against 49.5% of industry standards".)
 */
function isYearOnYearBase(c: Clause, previous: Clause | undefined): boolean {
  return (
    c.joinedBy === 'from' &&
    !c.dated &&
    !hasChinese(c.text) &&
    !MONTH_WITHOUT_YEAR_RE.test(c.text) &&
    previous !== undefined &&
    CHANGE_BEFORE_FROM_RE.test(previous.text)
  );
}
/** A word of change right before "from": "up from", "rose from", "a fall from". */
const CHANGE_BEFORE_FROM_RE =
  /\b(?:up|down|rose|risen|rising|fell|fallen|falling|grew|grown|growing|increased?|decreased?|climbed|jumped|dropped|declined|a rise|a fall|an increase|a decrease|a jump|a drop)\s*$/i;
/** A month named in a clause (English or Chinese). */
const NAMES_MONTH_RE = new RegExp(String.raw`\b(?:${MONTH_NAMES})\b|\d{1,2}\s?月`, 'i');

/**
 * A clause that is the base of a comparison: after "from", "against", "compared with", or after
 * "than" when a period follows it ("than in 2022", "than the year before"), not a hedge's "more than
 * seven out of ten".
 */
function isComparisonBase(c: Clause): boolean {
  return BASE_SEPARATORS.has(c.joinedBy) && (c.joinedBy !== 'than' || THAN_PERIOD_RE.test(c.text));
}
/** "…, an increase of 35 percent, …, on 2023": the year a change is measured on, after the change. */
const ON_YEAR_BASE_RE = /^\s*on\s+(?:the\s+end\s+of\s+)?(?:19|20)\d{2}\b/i;
const THAN_PERIOD_RE = /^\s*(?:in|at|on|for|by|during|the|a year|last|(?:19|20)\d{2})\b/i;

/** Whether clause `j` opens brackets as the label of the value after it ("(2023: 1,242)"). */
function labelsABracketedValue(clauses: readonly Clause[], j: number): boolean {
  return OPENING_BRACKETS.has(clauses[j]!.joinedBy) && labelsAValue(clauses, j);
}

/** Whether clause `j` is a label whose value follows it ("2022" in "(2022: 204)"): that value's date. */
function labelsAValue(clauses: readonly Clause[], j: number): boolean {
  const next = clauses[j + 1];
  return next !== undefined && LABEL_SEPARATORS.has(next.joinedBy) && next.counts;
}

/**
 * The shift of a number's own clause when no earlier clause of its sentence gives the year it
 * counts from ("2024年…19次。有研报称，上年OTA召回也有19次，其实2023年仅为6次"): the paragraph's
 * year, shifted. 0 otherwise.
 */
export function clauseShift(sentence: string, start: number, end: number, time?: TextTime): number {
  const clauses = clausesOf(sentence, time);
  if (!clauses) return 0;
  const k = clauseIndexOf(clauses, start, end);
  const own = clauses[k];
  if (!own) return 0;
  // ("… on the previous year, when 204 campaigns had covered …": the base year, from the paragraph's.)
  const back = shiftBeforeWhen(clauses, k);
  if (back) return datedClauseFrom(clauses, k - 2) ? 0 : directionOf(back);
  // ("A year later the count had risen to 44,499": a shift in a clause of no number of its own
  // leads the clauses after it.)
  let j = k;
  if (own.shift === 0 && !own.dated) {
    while (j > 0) {
      const before = clauses[j - 1]!;
      if (before.dated && before.shift === 0) break;
      j--;
      if (before.shift !== 0) break;
    }
  }
  const shifted = clauses[j]!;
  if (shifted.shift === 0 || (j < k && shifted.counts)) return 0;
  return datedClauseFrom(clauses, j - 1) ? 0 : shifted.shift;
}

/**
 * -1 when the number is the base a change is measured from, written as the year before's ("提高到
 * 85.6，比上年的85.2略有上升"): its period is a year before the one its sentence or paragraph gives.
 */
export function baseValueShift(sentence: string, start: number): number {
  const based = BASE_VALUE_BEFORE_RE.exec(sentence.slice(Math.max(0, start - BASE_SHIFT_SPAN), start));
  if (based && BASE_YEAR_BEFORE_RE.test(based[1]!)) return -1;
  // ("more than three times the previous year's 1.17mn": the year before's value, in English, in
  // a sentence that names no year; one that does is read clause by clause, periodTextOf.)
  return !SENTENCE_YEAR_RE.test(sentence) &&
    YEAR_BEFORES_RE.test(sentence.slice(Math.max(0, start - YEAR_BEFORES_SPAN), start))
    ? -1
    : 0;
}

/** "the previous year's", "the year before's", "the year earlier's" right before a number. */
const YEAR_BEFORES_RE =
  /\b(?:the\s+(?:previous|prior|preceding)\s+year|the\s+year\s+(?:before|earlier))['’]s\s+(?:about\s+|some\s+|nearly\s+)?$/i;
const YEAR_BEFORES_SPAN = 40;
const SENTENCE_YEAR_RE = /(?:19|20)\d{2}/;

/**
 * -1 for "down 39% from 11.24 million the year before" in a sentence that names no period of its
 * own (one that does is read clause by clause, periodTextOf): the base of a change, a year before
 * the paragraph's.
 */
export function fromYearBeforeShift(sentence: string, start: number, end: number): number {
  return BASE_FROM_BEFORE_RE.test(sentence.slice(Math.max(0, start - 24), start)) &&
    YEAR_BEFORE_AFTER_RE.test(sentence.slice(end, end + 40))
    ? -1
    : 0;
}

/**
 * -1 for the start of a change written "from X to Y" in a sentence that names one year: "In 2024
 * the pass rate rose from 93.65% to 93.93%", 2024年合格率从93.65%提高到93.93%. The year is the
 * change's; the value it started from stood at the end of the year before.
 */
export function fromToStartShift(sentence: string, start: number, end: number, time?: TextTime): number {
  if (!FROM_START_BEFORE_RE.test(sentence.slice(Math.max(0, start - 24), start))) return 0;
  if (!TO_END_AFTER_RE.test(sentence.slice(end, end + 24))) return 0;
  const named = periodsNamed(sentence, time);
  return named.years.length === 1 && named.months.length === 0 ? -1 : 0;
}

/** "from (about)" or 从 right before the start value of a change. */
const FROM_START_BEFORE_RE = /(?:\bfrom\s+(?:about\s+|around\s+|roughly\s+|nearly\s+)?|从|從)$/i;
/**
 * "to", 增至, 提高到… right after it, before the end value, in digits or words, hedged or not: "to
 * 93.93%", "to well over half", "to two-thirds", 提高到近七成.
 */
const TO_END_AFTER_RE =
  /^[^\d.;。；]{0,12}?(?:\bto\s+|[增降升提][至到]|(?:增加|提高|上升|下降|降低|增长)[至到])\s*(?:(?:well\s+|just\s+)?(?:about|around|roughly|nearly|almost|some|over|under|above|below|more than|less than)\s+|近|约|約|超过|超過|逾)?(?:\d|half\b|an?\s+(?:third|quarter|fifth|tenth)\b|(?:one|two|three|four|five|six|seven|eight|nine|ten)[\s-](?:in|out of|thirds?|quarters?|fifths?|tenths?)\b|[一二两兩三四五六七八九十半])/i;

/** The words before a value a change is compared with: "from", "compared with", "versus", "against". */
const BASE_WORDS = String.raw`\b(?:from|compared (?:with|to)|versus|vs\.?|against)\s+`;
/** "from (about) …", "compared with …" right before a number, "… the year before" right after it. */
const BASE_FROM_BEFORE_RE = new RegExp(
  String.raw`${BASE_WORDS}(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|some\s+|more than\s+|over\s+)?$`,
  'i',
);
/** A value compared with, right before a shift that dates it ("compared with 17,675 the year before"). */
const BASE_VALUE_SHIFTED_RE = new RegExp(
  String.raw`${BASE_WORDS}(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+|more than\s+|over\s+)?[\d.,]+(?:\s*(?:million|billion|bn|mn|m|%|per cent|percent))?\s+(?:[A-Za-z-]+\s+){0,2}$`,
  'i',
);
const YEAR_BEFORE_AFTER_RE =
  /^\s*(?:[A-Za-z-]+\s+){0,2}?(?:the year before|a year (?:earlier|before|ago)|the previous year|in the previous year|last year)\b/i;

/** Shifts that only make sense against another period ("the following year", 次年), not the text's date. */
const PERIOD_SHIFT_RE =
  /\b(?:a|one) year (?:later|earlier)\b|\bthe (?:following|next) year\b|\bthe year (?:after|before)\b|次年|第二年|(?<![比较較])前一年|(?<![比较較])上年(?![末底度])|一年前|一年以前/i;

/**
 * +1 or -1 when a sentence that names no year of its own dates its numbers a year after or before
 * the period its paragraph gives ("以2022年为例，…。次年，召回车辆增加到672.8万辆"); 0 otherwise.
 */
export function sentenceShift(sentence: string, time?: TextTime): number {
  const shift = PERIOD_SHIFT_RE.exec(sentence);
  if (!shift || COMPARES_RE.test(sentence.slice(0, shift.index + shift[0].length))) return 0;
  // ("…published 23,162 group standards, compared with 17,675 the year before": the shift dates
  // the value compared with only, which fromYearBeforeShift reads.)
  if (BASE_VALUE_SHIFTED_RE.test(sentence.slice(0, shift.index))) return 0;
  // Only a sentence that names no period of its own ("last year" is one) leans on its paragraph's.
  const own = periodsNamed(sentence.replace(PERIOD_SHIFT_RE, ' '), time);
  if (own.years.length > 0 || own.months.length > 0 || own.unresolved !== undefined) return 0;
  return directionOf(shift[0]);
}
