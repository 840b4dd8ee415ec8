/**
 * When a text was written, so that "last year", 去年 and "currently" can be read. From the caller
 * (the CLI's --date, a page's published time) or from the text itself: a full date with its year
 * in the dateline or first lines ("BEIJING, March 19, 2025", "2025年3月19日", "2025-03-19"). A month
 * and day without a year ("BEIJING, March 19 (Xinhua)", 本报北京1月31日电) dates a text only when the
 * caller knows events of that day: a report filed on the day of a press conference of the set, or
 * the day after, is of that conference's year (when exactly one year fits). A month the text says
 * it was published in ("First edition, September 2025", 2025年9月第1版) dates it by that month's end.
 */
import { isIsoDate } from '../set/schema.ts';
import { normalizeWidth, parseChineseDigits, parseChineseNumeral } from '../extract/number-words.ts';
import { YEAR_RE } from './context.ts';
import { lineEndWithin, lineStartWithin } from './sentences.ts';
import { DAY_MS, MONTH_NAMES, isoDate, lastDayOf, monthNumber } from '../rules/months.ts';

/** What the whole text tells about its own time. */
export interface TextTime {
  /** The text's date (YYYY-MM-DD) when known. */
  date?: string;
  /** Where the date came from, for explanations. */
  dateSource?: 'given' | 'text' | 'event';
  /** The latest year the text names anywhere: a floor for what "currently" can mean. */
  latestYear?: number;
}

const FULL_DATE_RES: Array<{ re: RegExp; parts: (m: RegExpExecArray) => [number, number, number] }> = [
  { re: /\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/, parts: (m) => [Number(m[1]), Number(m[2]), Number(m[3])] },
  {
    re: /((?:19|20)\d{2})\s?年\s?(\d{1,2})\s?月\s?(\d{1,2})\s?日/,
    parts: (m) => [Number(m[1]), Number(m[2]), Number(m[3])],
  },
  {
    // 二〇二四年九月二十日, as Hong Kong and government releases date themselves.
    re: /([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日/,
    parts: (m) => [
      parseChineseDigits(m[1]!) ?? 0,
      parseChineseNumeral(m[2]!) ?? 0,
      parseChineseNumeral(m[3]!) ?? 0,
    ],
  },
  {
    // Taiwan's calendar counts years from 1912 (民國): 民國114年1月9日 and 114年1月9日 are 2025-01-09.
    re: /(?<!\d)(?:(?:中華)?民國\s?)?(1[0-4]\d)\s?年\s?(\d{1,2})\s?月\s?(\d{1,2})\s?日/,
    parts: (m) => [Number(m[1]) + ROC_YEAR_OFFSET, Number(m[2]), Number(m[3])],
  },
  {
    re: new RegExp(`\\b(${MONTH_NAMES})\\.?\\s+(\\d{1,2}),?\\s+((?:19|20)\\d{2})\\b`, 'i'),
    parts: (m) => [Number(m[3]), monthNumber(m[1]!) ?? 0, Number(m[2])],
  },
  {
    re: new RegExp(`\\b(\\d{1,2})\\s+(${MONTH_NAMES})\\.?,?\\s+((?:19|20)\\d{2})\\b`, 'i'),
    parts: (m) => [Number(m[3]), monthNumber(m[2]!) ?? 0, Number(m[1])],
  },
];

/** Taiwan's year 1 is 1912. */
const ROC_YEAR_OFFSET = 1911;
/**
 * The date code a Central News Agency story ends with, after its editor's note: "（編輯：陳政偉）1140109"
 * is 2025-01-09 (Taiwan's year 114, January 9).
 */
const CNA_CODE_RE = /[)）]\s*(1[0-4]\d)(\d{2})(\d{2})\s*$/;

function cnaCode(text: string): string | undefined {
  const m = CNA_CODE_RE.exec(text.slice(-CNA_CODE_SPAN));
  if (!m) return undefined;
  const iso = `${Number(m[1]) + ROC_YEAR_OFFSET}-${m[2]}-${m[3]}`;
  return isIsoDate(iso) ? iso : undefined;
}
/** How far from a text's end its date code is looked for. */
const CNA_CODE_SPAN = 40;

/** A line that is only a date, with a weekday or an end mark: "Ends/Friday, September 20, 2024". */
const DATE_LINE_RE =
  /^[ \t]*(?:Ends\/)?(?:[A-Z][a-z]+day,?\s+)?([^\n]{6,30}?)[ \t]*(?:[(（](?:星期|週|周)[一二三四五六日天][)）])?[ \t]*$/gm;

/**
 * The first full date in `text` as an ISO date; with `whole`, only a date that is all of it (a line
 * that is only a date, give or take a character).
 */
function fullDateIn(text: string, whole = false): string | undefined {
  for (const { re, parts } of FULL_DATE_RES) {
    const m = re.exec(text);
    if (!m || (whole && m[0].length < text.trim().length - 1)) continue;
    const [y, mo, d] = parts(m);
    const iso = isoDate(y, mo, d);
    if (isIsoDate(iso)) return iso;
  }
  return undefined;
}

/**
 * A month a text says it was published in, on an imprint line of its first lines (the line's
 * start, inside the bracket that opens it, or a field of a line split by bars, "| Printed: October
 * 2024 |"): "First edition, September 2025", "First published
 * October 2025 by …", （2025年9月第1版）, 出版时间：2025年9月. A book, a textbook or a leaflet dates
 * itself so; the last day of the month (it cannot quote what came after it). Not a document it
 * mentions ("the rules issued in March 2025", 2024年2月印发的《意见》), which dates nothing.
 */
const IMPRINT_START = String.raw`(?:^|[|｜])[ \t(（【\[]*`;
const EDITION_RES: Array<{ re: RegExp; parts: (m: RegExpExecArray) => [number, number | undefined] }> = [
  {
    re: new RegExp(
      `${IMPRINT_START}(?:(?:first|second|third|fourth|fifth|new|revised|\\d+(?:st|nd|rd|th))\\s+(?:edition|printing)|(?:first\\s+)?published|printed)\\b[^\\n]{0,30}?\\b(${MONTH_NAMES})\\.?,?\\s+((?:19|20)\\d{2})\\b`,
      'im',
    ),
    parts: (m) => [Number(m[2]), monthNumber(m[1]!)],
  },
  {
    re: new RegExp(
      `${IMPRINT_START}((?:19|20)\\d{2})\\s?年\\s?(\\d{1,2})\\s?月\\s?(?:第\\s?[一二三四五六七八九十\\d]+\\s?版|出版|印刷)`,
      'm',
    ),
    parts: (m) => [Number(m[1]), Number(m[2])],
  },
  {
    re: new RegExp(
      `${IMPRINT_START}(?:出版|印刷)(?:时间|時間|日期)\\s?[:：]\\s?((?:19|20)\\d{2})\\s?年\\s?(\\d{1,2})\\s?月`,
      'm',
    ),
    parts: (m) => [Number(m[1]), Number(m[2])],
  },
];

function editionDate(head: string): string | undefined {
  for (const { re, parts } of EDITION_RES) {
    const m = re.exec(head);
    if (!m) continue;
    const [year, month] = parts(m);
    if (month === undefined || month < 1 || month > 12) continue;
    return lastDayOf(year, month);
  }
  return undefined;
}

/** The first full date that stands alone on a line of the text, as an ISO date. */
function dateLine(text: string): string | undefined {
  DATE_LINE_RE.lastIndex = 0;
  for (const line of text.matchAll(DATE_LINE_RE)) {
    const iso = fullDateIn(line[1]!, true);
    if (iso) return iso;
  }
  return undefined;
}

/**
 * A place and a date signing a document at its end, as announcements and letters are signed
 * ("Hefei, 26 March 2026", "Hong Kong, 20 March 2024 / 合肥，2026年3月26日"): the text's date.
 */
function placeDateSigned(plain: string): string | undefined {
  const tail = plain.trimEnd().slice(-SIGNATURE_SPAN);
  let signed: string | undefined;
  for (const line of tail.matchAll(PLACE_DATE_LINE_RE)) signed = fullDateIn(line[1]!, true) ?? signed;
  return signed;
}
/** "Hefei, 26 March 2026" on a line of its own (a translation may follow after a slash). */
const PLACE_DATE_LINE_RE =
  /^[ \t]*(?:[A-Z][A-Za-z.'-]*(?: [A-Z][A-Za-z.'-]*){0,2}|[\u4e00-\u9fff]{2,8})[,，]\s*([^\n/]{6,30}?)[ \t]*(?:\/[^\n]*)?$/gm;

/** How far from its end a text's signature date is looked for (the issuer's name, the date, a note). */
const SIGNATURE_SPAN = 300;

/**
 * A document signed and dated at its end (a decision, a notice, a letter: "临江市市场监督管理局 /
 * 2025年5月20日") is of that date, though a date in its head (a case filed, an event) is earlier.
 * The head's date when there is no such line or it is not later.
 */
function signedLater(headDate: string | undefined, plain: string): string | undefined {
  if (headDate === undefined) return undefined;
  const tail = plain.trimEnd().slice(-SIGNATURE_SPAN);
  let signed: string | undefined;
  DATE_LINE_RE.lastIndex = 0;
  for (const line of tail.matchAll(DATE_LINE_RE)) {
    const date = fullDateIn(line[1]!, true);
    // (Signed under the issuer's name: not a deadline or a next date announced, "Comments are due
    // by" or 下次发布时间：, over it.)
    const above = tail.slice(0, line.index).trimEnd().split('\n').pop()?.trim() ?? '';
    if (date && above && !NOT_ISSUER_RE.test(above)) signed = date;
  }
  const within =
    signed !== undefined && Date.parse(signed) - Date.parse(headDate) <= SIGNED_WITHIN_DAYS * DAY_MS;
  return signed !== undefined && signed > headDate && within ? signed : headDate;
}
/** A line that leads into a date rather than signs a document. */
const NOT_ISSUER_RE = /[:：,，]$|\b(?:by|on|until|before|after|from|due|deadline|next)$/i;
/** How long after the events its head dates a document may be signed. */
const SIGNED_WITHIN_DAYS = 366;

/** How far into a text its own date is looked for: the headline, dateline and byline. */
const DATELINE_SPAN = 400;

/**
 * A field that says which date is the text's own: a report's cover lists the trip's dates before
 * 報告日期, a post's header "Posted:" after the event it covers. Such a date wins over the first.
 */
const DATE_FIELD_RE =
  /(?:(?:報告日期|报告日期|發布日期|发布日期|發佈日期|發布時間|发布时间|發文日期|发文日期|成文日期|印發日期|印发日期)[ \t]*[:：]?|(?:^|\n)[ \t]*(?:日期|Published|Posted|Dated?|Date of (?:issue|publication|report))[ \t]*[:：])[ \t]*([^\n]{6,40})/;

/** The date a date field in `head` gives, as an ISO date. */
function dateField(head: string): string | undefined {
  const m = DATE_FIELD_RE.exec(head);
  return m ? fullDateIn(m[1]!) : undefined;
}

const GOAL_AFTER_RE = /目标|规划|远景|\btargets?\b|\bgoals?\b/i;
const GOAL_BEFORE_RE = /(?:\bby|\buntil|\bthrough|\bto|到|至|[-–—~])\s?$/i;

const MONTH_DAY_RES: Array<{ re: RegExp; parts: (m: RegExpExecArray) => [number, number] }> = [
  {
    re: new RegExp(`\\b(${MONTH_NAMES})\\.?\\s+(\\d{1,2})\\b(?!,?\\s*(?:19|20)\\d{2})`, 'i'),
    parts: (m) => [monthNumber(m[1]!) ?? 0, Number(m[2])],
  },
  { re: /(?<![年\d])(\d{1,2})\s?月\s?(\d{1,2})\s?日/, parts: (m) => [Number(m[1]), Number(m[2])] },
];
/** A report is filed on the day of the event it reports, or the day after. */
const FILED_WITHIN_DAYS = 1;

/**
 * The year of a month and day, from the events of that day (or the day before) that fit. A text is
 * written no earlier than the latest year it names (`floor`): "March 19" in a story that mentions
 * "the 2026 edition" is not the March 19 of an event in 2025.
 */
function eventYear(month: number, day: number, eventDates: readonly string[], floor = 0): number | undefined {
  const years = new Set<number>();
  for (const iso of eventDates) {
    const event = Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
    const filed = Date.UTC(Number(iso.slice(0, 4)), month - 1, day);
    const days = (filed - event) / DAY_MS;
    const year = Number(iso.slice(0, 4));
    if (days >= 0 && days <= FILED_WITHIN_DAYS && year >= floor) years.add(year);
  }
  return years.size === 1 ? [...years][0] : undefined;
}

/**
 * The text's date and latest year; a date given by the caller wins over one read from the text.
 * `eventDates`: days of the events the figure set reports (YYYY-MM-DD), to date a dateline that
 * gives only a month and a day.
 */
export function textTime(text: string, given?: string, eventDates: readonly string[] = []): TextTime {
  const time: TextTime = {};
  let latest: number | undefined;
  const plain = normalizeWidth(text);
  YEAR_RE.lastIndex = 0;
  for (const m of plain.matchAll(YEAR_RE)) {
    // A goal's year ("by 2030", "到2025年", "2024-2030", "2025年和2030年的目标") is not a year the
    // text was written in.
    if (GOAL_BEFORE_RE.test(plain.slice(Math.max(0, m.index - 8), m.index))) continue;
    if (GOAL_AFTER_RE.test(plain.slice(m.index + 4, m.index + 16))) continue;
    const y = Number(m[0]);
    if (latest === undefined || y > latest) latest = y;
  }
  if (given && isIsoDate(given)) {
    time.date = given;
    time.dateSource = 'given';
  } else {
    const head = normalizeWidth(text.slice(0, DATELINE_SPAN));
    // (Or a release that dates itself at its end, on a line of its own, "二〇二四年九月二十日（星期五）",
    // "Ends/Friday, September 20, 2024", as government press releases do.)
    const own =
      dateField(head) ??
      signedLater(fullDateIn(head), plain) ??
      editionDate(head) ??
      dateLine(plain) ??
      placeDateSigned(plain) ??
      cnaCode(plain.trimEnd());
    if (own) {
      time.date = own;
      time.dateSource = 'text';
    }
    for (const { re, parts } of time.date || eventDates.length === 0 ? [] : MONTH_DAY_RES) {
      const m = re.exec(head);
      if (!m) continue;
      const [mo, d] = parts(m);
      const year = mo >= 1 && mo <= 12 ? eventYear(mo, d, eventDates, latest) : undefined;
      if (year === undefined) continue;
      const iso = isoDate(year, mo, d);
      if (isIsoDate(iso)) {
        time.date = iso;
        time.dateSource = 'event';
        break;
      }
    }
  }
  const dateYear = time.date ? Number(time.date.slice(0, 4)) : undefined;
  const floor = Math.max(latest ?? 0, dateYear ?? 0);
  if (floor > 0) time.latestYear = floor;
  return time;
}

/**
 * A line that quotes what was written on another date, dated at its head: 'We ran (March 2026):
 * "Cumulative emission recalls reached 37 by the end of last year."', "稿件（2025年3月）：". Its
 * "last year" is the year before that date, not before the text's. The last day of the month named.
 */
const QUOTED_ON_RE = new RegExp(
  `^[^\\n"“(（]{0,40}[(（](?:(${MONTH_NAMES})\\.?\\s+((?:19|20)\\d{2})|((?:19|20)\\d{2})年(\\d{1,2})月)[)）]\\s*[:：]\\s*(["“「『‘])?`,
  'i',
);
/** Words that say a line quotes what was written ("We ran", 原稿): a quote mark may then be left out. */
const QUOTING_WORD_RE = /\b(?:ran|wrote|printed|published|said)\b|原稿|稿件|原文|初稿|报道|報道/i;

/** How far into its line a quoted line's number may stand. */
const QUOTED_LINE_MAX = 2000;

/** The date a line quoting an earlier text gives at its head (see QUOTED_ON_RE), for a number at `at`. */
export function quotedLineDate(text: string, at: number): string | undefined {
  const lineStart = lineStartWithin(text, at, QUOTED_LINE_MAX);
  if (lineStart === undefined) return undefined;
  const m = QUOTED_ON_RE.exec(text.slice(lineStart, Math.min(at, lineStart + 80)));
  // (A fact line, "Vehicles recalled (December 2024): 11.237 million", quotes nothing.)
  if (!m || (m[5] === undefined && !QUOTING_WORD_RE.test(m[0]))) return undefined;
  const year = Number(m[2] ?? m[3]);
  const month = m[1] ? monthNumber(m[1]) : Number(m[4]);
  if (month === undefined || month < 1 || month > 12) return undefined;
  return lastDayOf(year, month);
}

/** Time zones a signature's timestamp names ("(UTC)", "(HKT)"): not any capitals ("(PDF)", "(SAMR)"). */
const SIGNATURE_ZONES = 'UTC|GMT|HKT|CST|BST|CET|CEST|EST|EDT|PST|PDT|JST|SGT|AEST|AEDT|IST';

/**
 * A signed comment's timestamp at the end of its line, as a talk page or a forum signs it: "…
 * — Ruoxi.L (talk) 10:02, 23 March 2026 (UTC)". The comment was written then: its "last year" is
 * the year before that date, whatever the page's other dates. The zone in brackets marks it as a
 * timestamp, not a date the comment speaks of.
 */
const SIGNED_AT_END_RE = new RegExp(
  `(?:\\d{1,2}:\\d{2},?\\s+)?(\\d{1,2})\\s+(${MONTH_NAMES})\\.?,?\\s+((?:19|20)\\d{2})\\s*\\((?:${SIGNATURE_ZONES})(?:[+-]\\d{1,2})?\\)\\s*$`,
  'i',
);
/** A signature's zone anywhere in a text: a text without one has no signed line to look for. */
const SIGNATURE_ZONE_RE = new RegExp(`\\((?:${SIGNATURE_ZONES})(?:[+-]\\d{1,2})?\\)`, 'i');

/** Whether a text may have a signed line at all (see signedLineDate): one test of the whole text. */
export function mayBeSigned(text: string): boolean {
  return SIGNATURE_ZONE_RE.test(text);
}

/** How much of a line's end a signature may take. */
const SIGNATURE_TAIL = 80;

/** The date a signed line gives at its end (see SIGNED_AT_END_RE), for a number at `at`. */
export function signedLineDate(text: string, at: number): string | undefined {
  const lineEnd = lineEndWithin(text, at, QUOTED_LINE_MAX);
  if (lineEnd === undefined) return undefined;
  const m = SIGNED_AT_END_RE.exec(text.slice(Math.max(at, lineEnd - SIGNATURE_TAIL), lineEnd));
  if (!m) return undefined;
  const month = monthNumber(m[2]!);
  if (month === undefined) return undefined;
  const iso = isoDate(Number(m[3]), month, Number(m[1]));
  return isIsoDate(iso) ? iso : undefined;
}

/**
 * A dated note added to a text, at the head of its line or in brackets: "(Note added 20 August
 * 2024: it did. SAMR now gives …)", "Update, 16 January 2025:", "（2024年8月20日补注：…）". It was
 * written then: its "now" and "last year" are that date's, whatever the text's own date.
 */
const NOTE_WORDS = String.raw`note added|notes? added on|updated?|correction|clarification|editor'?s note|addendum|postscript`;
const NOTE_OPEN_RE = new RegExp(
  String.raw`(?:^|[(（\[【]\s*)(?:(?:${NOTE_WORDS})\s*(?:,|on)?\s*(?:(\d{1,2})\s+(${MONTH_NAMES})\.?|(${MONTH_NAMES})\.?\s+(\d{1,2}),?)\s+((?:19|20)\d{2})\s*[:：.]|((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日\s*(?:补注|補註|更新|更正|补充|補充|编者注|編者注|附注|附註)\s*[:：])`,
  'gim',
);
/** Any word of a dated note: a text without one has no note to look for. */
const NOTE_WORD_RE = new RegExp(
  String.raw`\b(?:${NOTE_WORDS})\b|补注|補註|更新|更正|补充|補充|编者注|編者注|附注|附註`,
  'i',
);

/** Whether a text may have a dated note at all (see notedDate): one test of the whole text. */
export function mayHaveNotes(text: string): boolean {
  return NOTE_WORD_RE.test(text);
}

/** How far back in its line a note may open before a number it dates. */
const NOTE_SPAN = 600;
/** The bracket that closes a note opened with each. */
const CLOSER: Readonly<Record<string, string>> = { '(': ')', '（': '）', '[': ']', '【': '】' };

/** The date of a dated note (see NOTE_OPEN_RE) that holds the number at `at`. */
export function notedDate(text: string, at: number): string | undefined {
  const lineStart = lineStartWithin(text, at, NOTE_SPAN) ?? at - NOTE_SPAN;
  const head = text.slice(lineStart, at);
  let last: RegExpExecArray | undefined;
  NOTE_OPEN_RE.lastIndex = 0;
  for (let m = NOTE_OPEN_RE.exec(head); m; m = NOTE_OPEN_RE.exec(head)) last = m;
  if (!last) return undefined;
  // (A note in brackets ends at its closing bracket.)
  const opener = /[(（[【]/.exec(last[0])?.[0];
  if (opener && CLOSER[opener] && head.slice(last.index + last[0].length).includes(CLOSER[opener]))
    return undefined;
  const year = Number(last[5] ?? last[6]);
  const month = last[2] ? monthNumber(last[2]) : last[3] ? monthNumber(last[3]) : Number(last[7]);
  const day = Number(last[1] ?? last[4] ?? last[8]);
  if (month === undefined) return undefined;
  const iso = isoDate(year, month, day);
  return isIsoDate(iso) ? iso : undefined;
}
