/**
 * Finds the figures in free text: numbers a reader would quote as quantities, in English and
 * Chinese forms, with their hedges, scales and units. Years, dates, times, ordinals, phone
 * numbers and codes are recognised so that they are *not* reported.
 *
 * Every offset is a JavaScript string index into the caller's original text.
 *
 * Written forms beyond the usual: thousands grouped by spaces ("44 499", "44\u202f499") are one
 * number; scientific notation ("4.4499E+04") is read; and a bare number of three or more digits
 * in parentheses ("(44,499)", "($1,234.5)") is accounting style for a negative amount, so it is
 * read as -44,499 and can never be verified or contradicted by a positive official figure (the
 * value index only proposes figures for positive values). "(1)" and "(12)" stay list numbers.
 */
import { MONTH_NAMES } from '../rules/months.ts';
import { CHINESE_INCREASE_BY_RE, ZH_CLASSIFIER_CHARS } from '../rules/chinese-units.ts';
import { GROUP_SPACES, precisionOfValue, roundSignificant } from '../rules/numbers.ts';
import type { Qualifier } from '../set/schema.ts';
import {
  EN_SCALES,
  ZH_DECIMAL_DIGITS,
  ZH_SCALES,
  normalizeWidth,
  parseChineseDecimal,
  parseChineseNumeral,
  parseNumberWords,
  spokenDigit,
} from './number-words.ts';
import { lineStartWithin, sentenceBounds } from '../document/sentences.ts';
import { tablesAsTabs } from '../document/text-tables.ts';
import { isPartOfWord, scanProportions } from './proportions.ts';
import { dropNonFigures } from './non-figures.ts';
import { CURRENCY_BEFORE_RE, currencyOf, currencyOfMarker, gluedCurrencyBefore } from './currency.ts';
import {
  NUMBER_LEXICON,
  bareAlternation,
  escapeRegExp,
  hedgesAfter,
  hedgeWords,
  type Currency,
} from './lexicon.ts';

/**
 * A number that is found but is not a statistic: a market index level or a temperature. The
 * verdict must never confirm or contradict it.
 */
export type NotCheckable = 'index-level' | 'temperature' | 'scale-top';

/** Units a mention can carry. `count` is a bare number; `currency` is money other than yuan. */
export type MentionUnit = 'count' | 'percent' | 'percentage-points' | 'yuan' | 'currency' | 'times';

export interface Mention {
  /** The figure as written, e.g. "6.728 million", "45.3%", "RMB 32 billion", "3.4万余". */
  text: string;
  start: number;
  end: number;
  value: number;
  unit: MentionUnit;
  qualifier: Qualifier;
  /** Resolution implied by the writing: "44,500" -> 100, "3.17 million" -> 10,000, "45.3%" -> 0.1. */
  precision: number;
  form: 'digits' | 'words' | 'chinese';
  /** The sentence the figure stands in. */
  context: string;
  contextStart: number;
  contextEnd: number;
  /** The clause around this figure within its sentence, bounded by the neighbouring figures. */
  localStart: number;
  localEnd: number;
  /** Set when the number is not checkable (see {@link NotCheckable}); absent for every figure. */
  kind?: NotCheckable;
  /** The currency the figure is written in ("US$470bn" -> USD, "470 billion yuan" -> CNY), if any. */
  currency?: Currency;
}

/** Characters of context kept on each side of a figure at most. */
const MAX_CONTEXT = 300;

/** A figure found, before its sentence and clause are attached. */
export type Draft = Omit<
  Mention,
  'context' | 'contextStart' | 'contextEnd' | 'localStart' | 'localEnd' | 'currency'
>;

const DIGITS_RE = /\d+(?:,\d{3})*(?:\.\d+)?/g;
/**
 * Groups of three digits after a first group of one to three, all joined by the same space
 * (group 1), and not followed by more digits: "44 499", "1 234 567". Read after DIGITS_RE's match.
 */
const SPACED_TAIL_RE = new RegExp(
  `^([${GROUP_SPACES}])\\d{3}(?:\\1\\d{3})*(?![\\d${GROUP_SPACES}]\\d|\\d|[,.]\\d)`,
);
/** An exponent after a number: "4.4499E+04", "1.2e6" (not "5e" of a code, nor "3e10x"). */
const EXPONENT_RE = /^[eE]([+-]?\d{1,3})(?![\dA-Za-z])/;
/** Significant digits that make a parenthesised number an accounting negative rather than a list number. */
const ACCOUNTING_MIN_DIGITS = 3;
const WORD_NUMBER =
  '(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion)';
// (A comma after a scale word may go on to its hundreds, as checks are written out: "forty-four
// thousand, nine hundred and forty-nine". Only to hundreds: "forty thousand, one for each" stops.)
const WORDS_RE = new RegExp(
  `\\b${WORD_NUMBER}(?:(?:[ -]|[ -]and[ -]|(?<=thousand|million|billion),\\s(?=[a-z]+\\s+hundred\\b))${WORD_NUMBER})*\\b`,
  'gi',
);
/** The spoken decimal after a number word: " point eight five", and a scale word after it. */
const POINT_RE =
  /^\s+point((?:\s+(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)\b)+)(?:\s+(thousand|million|billion|trillion)\b)?/i;
/** How far after a number word its spoken decimal is looked for. */
const POINT_SPAN = 80;
// "a million", "a quarter": found by their rarer second word, then the word before is checked
// (scanning for "a" would try a match at nearly every word of English text).
const SCALE_WORD_RE = /\b(hundred|thousand|million|billion)\b/gi;
const A_BEFORE_RE = /(?:^|[^A-Za-z])(an?) $/i;
// (With the digits of a decimal after 点, read one by one: 九十三点六五, 零点二八, 九七点八.)
const ZH_NUMERAL_RE = new RegExp(
  `[零〇一二两兩三四五六七八九十][零〇一二两兩三四五六七八九十百千]*(?:[万萬亿億]+[零〇一二两兩三四五六七八九十百千]*)*(?:[点點]([${ZH_DECIMAL_DIGITS}]+))?`,
  'g',
);

/** Chinese classifiers that mark a preceding numeral as a count of something. */
const MONTH_BEFORE_RE = new RegExp(`\\b(?:${MONTH_NAMES})\\.?\\s*$`, 'i');
const MONTH_AFTER_RE = new RegExp(`^\\s*(?:of\\s+)?(?:${MONTH_NAMES})\\b`, 'i');
/** Words before a number that make it a code, a name or a position rather than a quantity. */
const CODE_BEFORE_RE =
  /(?:\b(?:[A-Z]{2,}[A-Z0-9]*(?:\/[A-Z]+)*|No\.?|Nos\.?|Article|Art\.|Section|Chapter|Room|Page|Pages|pp?\.|Vol\.?|Volume|Issue|Level|Grade|Phase|Class|Item|Rule|Route|Highway|Line|Gate|Building|Floor|Category|Annex|Appendix|Figure|Fig\.|Table|Chart|Graph|Exhibit|Slide|Panel|Version|Release|v)\s*$|#\s*$)/;
/**
 * A word in capitals before a number in a line written all in capitals ("RECALLS COVERED 4.068
 * MILLION VEHICLES", a TV graphic's "RECALLS 2023: 214") is a word like any other, not a code's
 * prefix; a standard's code keeps its prefix there too ("ISO 9001").
 */
function wordInCapitalsLine(text: string, start: number, word: string): boolean {
  if (!/^[A-Z][A-Z-]+$/.test(word) || CODE_PREFIXES.has(word)) return false;
  // (A word that heads a code in any case stays one: "LINE 1", "PAGE 2", "TABLE 3".)
  if (CODE_BEFORE_RE.test(`${word[0]}${word.slice(1).toLowerCase()} `)) return false;
  // (Within the scan only: a text on one line is not read back to its start for each number.)
  const from = lineStartWithin(text, start, CAPITALS_LINE_SCAN) ?? start - CAPITALS_LINE_SCAN;
  const line = text.slice(from, start);
  return !/[a-z]/.test(line) && (line.match(CAPITALS_WORD_RE) ?? []).length >= CAPITALS_WORDS_MIN;
}
/** Prefixes of standards and codes, which stay codes in a line in capitals. */
const CODE_PREFIXES: ReadonlySet<string> = new Set([
  'ISO',
  'IEC',
  'GB',
  'ASTM',
  'EN',
  'IEEE',
  'ISBN',
  'ISSN',
  'UN',
  'DIN',
  'JIS',
  'ANSI',
  'HS',
  'CCC',
  'CMA',
  'CNAS',
  'ILAC',
  'IAF',
]);
const CAPITALS_WORD_RE = /\b[A-Z][A-Z-]+\b/g;
/** How far back a line is read for its capitals, and how many words in capitals make it a line in capitals. */
const CAPITALS_LINE_SCAN = 80;
const CAPITALS_WORDS_MIN = 2;

/** "c.3.76", "ca. 470": circa, a hedge glued to its number (not "v.2", "No.5"). */
const CIRCA_BEFORE_RE = /(?:^|[^A-Za-z])ca?\.\s?$/i;
/** Short forms of percent and of percentage points, which may be glued to the number ("95pct", "1.2pp"). */
const PERCENT_ABBREVIATIONS = 'pct';
const POINTS_ABBREVIATIONS = 'pp|ppts?';
/** Percent and percentage points right after a number. */
const PERCENT_SUFFIX_RE = new RegExp(
  `^(\\s?%|\\s?(?:per\\s?cent|percent|${PERCENT_ABBREVIATIONS})\\b|\\s?(?:of a )?percentage points?\\b|\\s?of a point\\b|\\s?(?:${POINTS_ABBREVIATIONS})\\b|\\s?[个個]百分[点點]|[个個]?百分[点點])`,
  'i',
);
/** Of those, the ones that are percentage points. */
const POINTS_SUFFIX_RE = new RegExp(`point|${POINTS_ABBREVIATIONS}|百分[点點]`, 'i');
const GLUED_PERCENT_RE = new RegExp(`^(?:${POINTS_ABBREVIATIONS}|${PERCENT_ABBREVIATIONS})$`);
const CURRENCY_CODES = new Set([
  'RMB',
  'CNY',
  'USD',
  'US',
  'HKD',
  'TWD',
  'NT',
  'SGD',
  'EUR',
  'GBP',
  'JPY',
  'HK',
]);
const TRAILING_PLURAL_STOP = new Set([
  'was',
  'is',
  'has',
  'as',
  'its',
  'this',
  'us',
  'plus',
  'minus',
  'versus',
  'thus',
  'across',
  'his',
  'yes',
  'levels',
  'figures',
  'results',
  'statistics',
  'rules',
  'guidelines',
  'targets',
  'goals',
  'plans',
  'accounts',
  'reports',
  'regulations',
  'measures',
  'policies',
  'dates',
  'terms',
  'games',
  'olympics',
  'elections',
  'years',
  'numbers',
]);

const HEDGES = hedgeWords();
/** Hedges right after a number (data/lexicon/hedges.json "after"): 余, 出头, 左右, 以上, "or more". */
const HEDGES_AFTER = hedgesAfter();
// (Not "and over 1,200 bodies" nor "or more than double": a hedge of what follows.)
const HEDGE_AFTER_RE = new RegExp(
  `^ ?(?:${bareAlternation([...HEDGES_AFTER.keys()])})(?![a-z])(?!\\s*(?:than\\b|[\\d$¥£€]))`,
  'i',
);
/** The hedges after a number that are written as part of it. */
const IN_NUMBER_AFTER: ReadonlySet<string> = new Set(['余', '餘', '多']);
/** A hedge right before a number; its words are HEDGES' (English ones whole words). */
const HEDGE_BEFORE_RE = (() => {
  const words = [...HEDGES.keys()].map(escapeRegExp);
  const english = words.filter((w) => /[a-z]/.test(w));
  const signs = words.filter((w) => /^[^a-z\u4e00-\u9fff]+$/.test(w));
  const chinese = words.filter((w) => /[\u4e00-\u9fff]/.test(w));
  // (A sign right after a number is a range's, "5~10%", not a hedge of the second number.)
  return new RegExp(
    `(?:\\b(${english.join('|')})|(${chinese.join('|')}|(?<![\\d.,%])(?:${signs.join('|')})))\\s*$`,
    'i',
  );
})();

/** Thousands separators inside a matched number: commas and grouping spaces. */
const GROUPING_RE = new RegExp(`[,${GROUP_SPACES}]`, 'g');

const isAsciiLetter = (c: string | undefined): boolean => c !== undefined && /[A-Za-z]/.test(c);
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

/**
 * Finds every figure in `input`. Pure and total: it never throws on any string, and each
 * mention's `input.slice(start, end)` is its `text`.
 */
export function extractFigures(input: string): Mention[] {
  if (typeof input !== 'string' || input.length === 0) return [];
  // (Comma-separated rows and wiki tables pasted into the text are read with their cells apart:
  // found in the text as written, as the table reader finds them, before ， is made narrow.)
  const text = normalizeWidth(tablesAsTabs(input));
  const drafts: Draft[] = [];
  scanDigits(text, drafts);
  scanWords(text, drafts);
  scanChineseNumerals(text, drafts);
  scanProportions(text, drafts, readPrefix);
  const figures = dropNonFigures(text, drafts);
  figures.sort((a, b) => a.start - b.start || b.end - a.end);

  // Keep the first of overlapping drafts (the longest, given the sort).
  const kept: Draft[] = [];
  let lastEnd = -1;
  for (const d of figures) {
    if (d.start >= lastEnd) {
      kept.push(d);
      lastEnd = d.end;
    }
  }
  return attachContext(input, text, kept);
}

function attachContext(input: string, text: string, drafts: Draft[]): Mention[] {
  if (drafts.length === 0) return [];
  const bounds = sentenceBounds(text);
  const mentions: Mention[] = [];
  let b = 0;
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!;
    while (b + 1 < bounds.length && bounds[b + 1]! <= d.start) b++;
    // Very long "sentences" (tables flattened to text, lists without stops) are clipped so that
    // context work stays linear in the input.
    // A figure written across a sentence bound ("3.3\nmillion" after a short line) takes the
    // sentence it ends in too, so that its context always contains it.
    let e = b + 1;
    while (e < bounds.length && bounds[e]! < d.end) e++;
    const sStart = Math.max(bounds[b] ?? 0, d.start - MAX_CONTEXT);
    const sEnd = Math.min(bounds[e] ?? text.length, d.end + MAX_CONTEXT);
    const prev = drafts[i - 1];
    const next = drafts[i + 1];
    const localStart = prev && prev.end > sStart ? prev.end : sStart;
    const localEnd = next && next.start < sEnd ? next.start : sEnd;
    const mention: Mention = {
      start: d.start,
      end: d.end,
      value: d.value,
      unit: d.unit,
      qualifier: d.qualifier,
      precision: d.precision,
      form: d.form,
      text: input.slice(d.start, d.end),
      context: input.slice(sStart, sEnd).trim(),
      contextStart: sStart,
      contextEnd: sEnd,
      localStart,
      localEnd: Math.max(localEnd, d.end),
    };
    if (d.kind) mention.kind = d.kind;
    const currency = currencyOf(text, d.start, d.end);
    if (currency) {
      mention.currency = currency;
      // (Any marker of the lexicon makes a bare count money: "100,000 Singapore dollars", 10万新元.)
      if (mention.unit === 'count') mention.unit = currency === 'CNY' ? 'yuan' : 'currency';
    }
    mentions.push(mention);
  }
  return mentions;
}

function precisionOf(digits: string): number {
  const dot = digits.indexOf('.');
  if (dot >= 0) return 10 ** -(digits.length - dot - 1);
  const m = /0+$/.exec(digits);
  return m ? 10 ** m[0].length : 1;
}

interface Suffix {
  end: number;
  multiplier: number;
  unit: MentionUnit;
  qualifier?: Qualifier;
  /** The scale word made the number a quantity even if it looks like a year. */
  scaled: boolean;
}

/** Reads scale words, percent signs and currency after a number ending at `pos`. */
function readSuffix(text: string, pos: number, allowLetterScale: boolean): Suffix | 'skip' {
  let end = pos;
  let multiplier = 1;
  let unit: MentionUnit = 'count';
  let qualifier: Qualifier | undefined;
  let scaled = false;
  const rest = text.slice(pos, pos + 32);

  // English scale: " million", "m", "bn", " thousand".
  const en =
    /^(\s?)(ten[- ]thousand|hundred[- ]million|wan|yi|hundred|thousand|million|billion|trillion|mln|mn|bn|tn|trn|m|b|k)(?![A-Za-z])/i.exec(
      rest,
    );
  if (en) {
    const word = en[2]!.toLowerCase().replace('-', ' ');
    const spaced = en[1] !== '';
    // Single letters only glued to the number ("3.3m", "470bn"), never "5 m".
    const singleLetter = word.length === 1;
    // (Pinyin is written in lower case, and not before a name: "2024 Yi Gang", "28 Wan Chai Road".)
    const pinyin = PINYIN_SCALES.has(word);
    if (
      allowLetterScale &&
      (!singleLetter || !spaced) &&
      (!pinyin || (en[2] === word && !/^\s+[A-Z]/.test(rest.slice(en[0].length)))) &&
      !(
        word === 'm' &&
        /^m\s*(?:long|high|wide|deep|tall|away|above|below)\b/i.test(rest.slice(en[1]!.length))
      )
    ) {
      const factor = EN_SCALES[word];
      if (factor !== undefined) {
        multiplier = factor;
        end = pos + en[0].length;
        scaled = true;
      }
    }
  }
  // Chinese scale: 万, 亿, 万亿, 千万 (with 余/多 for "more than").
  if (!scaled) {
    // "156余万" and "60多万" hedge before the scale ("more than 1.56 million"); "121.2 万" has a space.
    const zh = /^ ?([余餘多])?([千百万萬亿億]+)/.exec(rest);
    if (zh && !rest.slice(zh[0].length - zh[2]!.length).startsWith('百分')) {
      let factor = 1;
      for (const ch of zh[2]!) factor *= ZH_SCALES[ch] ?? 1;
      multiplier = factor;
      end = pos + zh[0].length;
      scaled = true;
      if (zh[1]) qualifier = 'more-than';
    }
  }
  let after = text.slice(end, end + 24);
  if (scaled && /^[余餘多]/.test(after)) {
    qualifier = 'more-than';
    end += 1;
    after = text.slice(end, end + 24);
  }
  // Percent and percentage points.
  const pct = PERCENT_SUFFIX_RE.exec(after);
  if (pct) {
    unit = POINTS_SUFFIX_RE.test(pct[0]) ? 'percentage-points' : 'percent';
    // Only the sign is part of the number as written; "percentage points" is part as well.
    end += pct[0].length;
    after = text.slice(end, end + 24);
  } else if (/^\s?(?:yuan\b|元|块)/i.test(after) || /^[万亿]?元/.test(after)) {
    unit = 'yuan';
  } else if (/^\s?(?:US dollars|dollars|euros|pounds)\b|^\s?(?:美元|欧元|英镑|港元)/i.test(after)) {
    unit = 'currency';
  } else if (MULTIPLE_AFTER_RE.test(after)) {
    unit = 'times';
  }
  if (!qualifier) {
    const word = HEDGE_AFTER_RE.exec(after)?.[0].trimStart().toLowerCase();
    if (word) {
      qualifier = HEDGES_AFTER.get(word)!;
      // (余 and 多 are part of the number as written, "6亿余"; 出头, 左右, 以上 stand after it.)
      if (IN_NUMBER_AFTER.has(word)) end += word.length;
    }
  }
  return { end, multiplier, unit, scaled, ...(qualifier ? { qualifier } : {}) };
}

interface Prefix {
  start: number;
  unit?: MentionUnit;
  qualifier: Qualifier;
}

/** Reads a currency sign or code and a hedge before a number starting at `pos`. */
function readPrefix(text: string, pos: number): Prefix {
  let start = pos;
  let unit: MentionUnit | undefined;
  const before = text.slice(Math.max(0, pos - 40), pos);
  const cur = CURRENCY_BEFORE_RE.exec(before);
  if (cur) {
    unit = currencyOfMarker(cur[1]!) === 'CNY' ? 'yuan' : 'currency';
    start = pos - cur[0].length;
  }
  const hedgeText = text.slice(Math.max(0, start - 30), start);
  const h = HEDGE_BEFORE_RE.exec(hedgeText);
  const word = h ? (h[1] ?? h[2] ?? '').toLowerCase() : '';
  // (最近3年 is "the last 3 years", 最快3天 "3 days at the fastest": no hedge.)
  const qualifier =
    h && !isPartOfWord(word, hedgeText[h.index - 1]) ? (HEDGES.get(word) ?? 'exact') : 'exact';
  return { start, qualifier, ...(unit ? { unit } : {}) };
}

function wordBefore(text: string, pos: number): string {
  const m = /([A-Za-z][A-Za-z.'/]*)\s*$/.exec(text.slice(Math.max(0, pos - 30), pos));
  return m ? m[1]! : '';
}

function scanDigits(text: string, out: Draft[]): void {
  DIGITS_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DIGITS_RE.exec(text)) !== null) {
    const start = m.index;
    let digits = m[0];
    let end = start + digits.length;
    const prev = text[start - 1];
    const prev2 = text[start - 2];
    const next = text[end];
    const next2 = text[end + 1];

    // Glued to letters or inside a code: A380, COVID-19, H7N9, ISO/IEC, 5G, 3D.
    if (
      (isAsciiLetter(prev) && !gluedCurrencyBefore(text, start)) ||
      prev === '_' ||
      prev === '#' ||
      prev === '@'
    )
      continue;
    if (
      (prev === '-' || prev === '/' || prev === ':' || prev === '.') &&
      (isAsciiLetter(prev2) || isDigit(prev2)) &&
      !CIRCA_BEFORE_RE.test(text.slice(Math.max(0, start - 4), start))
    )
      continue;
    // "+86 10 ..." phone numbers; not a signed change ("+30.3% y/y", "+2.5").
    if (
      prev === '+' &&
      !isDigit(prev2) &&
      !digits.includes('.') &&
      !/^\d+\s?%/.test(text.slice(start, start + 8))
    )
      continue;
    if ((next === '-' || next === '/' || next === ':' || next === '.' || next === '–') && isDigit(next2)) {
      // Dates, times, ranges, phone numbers, version numbers: skip the whole run.
      const run = /^[\d.:/\-–]+/.exec(text.slice(start, start + 40));
      DIGITS_RE.lastIndex = start + (run ? run[0].length : digits.length);
      continue;
    }
    // The last group of a phone number ("010-8765 4321"), or a number after "phone"/"电话".
    if (
      /\d[-\s]$/.test(text.slice(Math.max(0, start - 2), start)) &&
      /^\d{3,4}$/.test(digits) &&
      /\d{3,}[-\s]\d{3,}[-\s]$/.test(text.slice(Math.max(0, start - 12), start))
    )
      continue;
    if (
      /(?:电话|热线|熱線|phone|tel\.?|hotline|call)\s*[:：]?\s*$/i.test(
        text.slice(Math.max(0, start - 12), start),
      )
    )
      continue;
    // Thousands grouped by spaces: "44 499", "1 234 567". Not a phone number's groups ("010 123
    // 456" starts with 0; "+86 10 123 456" and "2023 12 345" follow another number).
    let exponent = 0;
    const tail =
      /^[1-9]\d{0,2}$/.test(digits) && !/(?:\d[\s-]|\+)$/.test(text.slice(Math.max(0, start - 2), start))
        ? SPACED_TAIL_RE.exec(text.slice(end, end + 64))
        : null;
    const exp = tail || digits.includes(',') ? null : EXPONENT_RE.exec(text.slice(end, end + 6));
    if (tail) {
      digits += tail[0];
      end += tail[0].length;
    } else if (exp) {
      exponent = Number(exp[1]);
      end += exp[0].length;
    }
    const next1 = text[end];
    // Space-separated digit groups ("010 6532 1234") are phone numbers. (Spaces: a line break or
    // a tab parts a table's cells, "17⇥204⏎2023⇥214".)
    if (/^ \d{3,4} \d{3,4}\b/.test(text.slice(end, end + 12)) && /^\d+$/.test(digits)) {
      const run = /^[\d ]+/.exec(text.slice(start, start + 40));
      DIGITS_RE.lastIndex = start + (run ? run[0].length : digits.length);
      continue;
    }
    // "trades at 24x earnings": a multiple.
    let multiple = false;
    if (isAsciiLetter(next1)) {
      const letters = /^[A-Za-z]+/.exec(text.slice(end, end + 12))![0].toLowerCase();
      if (letters === 'x' && !/[A-Za-z0-9]/.test(text[end + 1] ?? '')) multiple = true;
      // ("1.2pp", "3ppts", "95pct": percentage points and percent, read by readSuffix.)
      else if (!(letters in EN_SCALES) && !GLUED_PERCENT_RE.test(letters)) continue; // ordinals (20th), codes (5G), units glued on (10am)
    }
    // "1,2" in a list is not a number with a comma: keep only well-formed groups.
    if (digits.includes(',') && /^\d{4,}/.test(digits)) continue;

    const before = text.slice(Math.max(0, start - 24), start);
    const word = wordBefore(text, start);
    if (
      CODE_BEFORE_RE.test(before) &&
      !CURRENCY_CODES.has(word.replace(/[.$]/g, '').toUpperCase()) &&
      !wordInCapitalsLine(text, start, word)
    )
      continue;
    if (/第\s*$/.test(before)) continue; // 第20届: ordinal

    const suffix: Suffix | 'skip' = multiple
      ? { end: end + 1, multiplier: 1, unit: 'times', scaled: false }
      : readSuffix(text, end, true);
    if (suffix === 'skip') continue;
    const after = text.slice(suffix.end, suffix.end + 16);
    const integer = /^\d+$/.test(digits);
    const plain = integer && !suffix.scaled && suffix.unit === 'count';

    if (plain) {
      // Chinese dates and times: 2024年, 3月, 27日, 10时.
      if (/^\s?(?:年|月|日|号|時|时|点|點|分|秒|周年|世纪)/.test(after)) continue;
      // Service numbers: "the 12315 hotline".
      if (/^\s?(?:hotline|helpline|热线|熱線)/i.test(after)) continue;
      // Clock times: "9 a.m.", "10 pm", "5 o'clock".
      if (/^\s?(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock|hrs\b|GMT|UTC|BST)/i.test(after)) continue;
      const n = Number(digits);
      // Days of the month next to a month name: "March 27", "27 March", "August 28, 2024".
      if (n >= 1 && n <= 31 && (MONTH_BEFORE_RE.test(before) || MONTH_AFTER_RE.test(after))) continue;
      if (digits.length === 4 && n >= 1800 && n <= 2100 && isYear(text, start, suffix.end)) continue;
    }

    const prefix = readPrefix(text, start);
    const bare = digits.replace(GROUPING_RE, '');
    const scale = suffix.multiplier * 10 ** exponent;
    let value = Number(bare) * scale;
    if (!Number.isFinite(value)) continue;
    value = roundSignificant(value);
    let from = prefix.start;
    end = suffix.end;
    // Accounting style: "(44,499)" is a negative amount (see the file comment).
    if (
      text[from - 1] === '(' &&
      text[end] === ')' &&
      scale === 1 &&
      suffix.unit !== 'percent' &&
      suffix.unit !== 'percentage-points' &&
      bare.replace(/\D/g, '').length >= ACCOUNTING_MIN_DIGITS
    ) {
      value = -value;
      from -= 1;
      end += 1;
    }
    out.push({
      text: '',
      start: from,
      end,
      value,
      unit: prefix.unit ?? suffix.unit,
      qualifier: value < 0 ? 'exact' : (suffix.qualifier ?? prefix.qualifier),
      precision: roundSignificant(precisionOf(bare) * scale),
      form: 'digits',
    });
    DIGITS_RE.lastIndex = end;
  }
}

/** A four-digit number 1800–2100 is a year unless it plainly counts something ("2056 specifications"). */
function isYear(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 30);
  if (/^[个项項家件辆輛台名人次批类類种種条條份所座位款部]/.test(after)) return false;
  const next = /^\s([a-z][a-z-]*)/.exec(after);
  const before = text.slice(Math.max(0, start - 20), start);
  if (
    /\b(?:in|since|by|of|from|to|until|till|before|after|during|year|end|early|late|mid|fiscal|FY|through|between|and|the)\s*$/i.test(
      before,
    )
  )
    return true;
  if (next) {
    const w = next[1]!;
    if (w.endsWith('s') && !w.endsWith('ss') && !TRAILING_PLURAL_STOP.has(w)) return false;
  }
  return true;
}

function scanWords(text: string, out: Draft[]): void {
  WORDS_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORDS_RE.exec(text)) !== null) {
    const start = m.index;
    let end = start + m[0].length;
    const words = m[0].split(/[ ,-]+/);
    // A trailing "and" belongs to the sentence, not the number.
    while (words.length > 1 && words[words.length - 1]!.toLowerCase() === 'and') words.pop();
    const whole = parseNumberWords(words);
    if (whole === undefined) continue;
    // "six point eight five million", "thirty-eight point seven per cent": a spelled decimal, as
    // numbers are read on air. (Its digits are not numbers of their own: the scan goes on after them.)
    const point = POINT_RE.exec(text.slice(end, end + POINT_SPAN));
    let value = whole;
    let decimals = 0;
    if (point) {
      const digits = point[1]!
        .trim()
        .split(/\s+/)
        .map((d) => spokenDigit(d)!);
      decimals = digits.length;
      value = whole + Number(`0.${digits.join('')}`);
      end += point[0].length;
      WORDS_RE.lastIndex = end;
    }
    if (value <= 1 && !point) continue;
    // Compound adjectives: "two-way", "three-dimensional", "one-stop".
    if (text[end] === '-' && isAsciiLetter(text[end + 1])) continue;
    // "hundreds of", "thousands of": not a figure.
    if (/^s\b/.test(text.slice(end, end + 2))) continue;
    // Ordinal or part of a name: "Nineteen Eighty-Four", "Seven Wonders" are rare; keep it simple.
    const suffix = readSuffix(text, end, false);
    if (suffix === 'skip') continue;
    end = suffix.end;
    const prefix = readPrefix(text, start);
    const lastWord = (point?.[2] ?? words[words.length - 1]!).toLowerCase();
    const scale = EN_SCALES[lastWord];
    const scaled = point?.[2] ? value * scale! : value;
    out.push({
      text: '',
      start: prefix.start,
      end,
      // (Rounded to the digits spoken: 6.85 × 10⁶ is not exactly 6,850,000 in floating point.)
      value: point ? Number(scaled.toPrecision(15)) : value,
      unit: prefix.unit ?? suffix.unit,
      qualifier: suffix.qualifier ?? prefix.qualifier,
      precision: point
        ? (point[2] ? scale! : 1) / 10 ** decimals
        : scale !== undefined && words.length > 1
          ? scale
          : 1,
      form: 'words',
    });
  }

  SCALE_WORD_RE.lastIndex = 0;
  while ((m = SCALE_WORD_RE.exec(text)) !== null) {
    const before = A_BEFORE_RE.exec(text.slice(Math.max(0, m.index - 4), m.index));
    if (!before) continue;
    const start = m.index - before[1]!.length - 1;
    const end = m.index + m[0].length;
    const factor = EN_SCALES[m[1]!.toLowerCase()]!;
    if (/^s\b/.test(text.slice(end, end + 2))) continue;
    const prefix = readPrefix(text, start);
    out.push({
      text: '',
      start: prefix.start,
      end,
      value: factor,
      unit: prefix.unit ?? (MULTIPLE_AFTER_RE.test(text.slice(end, end + MULTIPLE_SPAN)) ? 'times' : 'count'),
      qualifier: prefix.qualifier,
      precision: factor,
      form: 'words',
    });
  }
}

/** Scales written in pinyin ("1,123.7 wan", "1.14 yi"). */
const PINYIN_SCALES: ReadonlySet<string> = new Set(['wan', 'yi']);

/** How far after a number MULTIPLE_AFTER_RE reads. */
const MULTIPLE_SPAN = 24;
/**
 * A multiple after a number: "-fold", 倍, or "times" before a comparison ("three times as many", "a
 * thousand times too many"). A bare "times" counts occasions ("recalls were 89 times", for 89次).
 */
const MULTIPLE_AFTER_RE = new RegExp(
  `^(?:[\\s-]?fold\\b|\\s?倍|\\s?times\\s+(?:${bareAlternation(NUMBER_LEXICON.multiples.comparisonAfterTimes)})\\b)`,
  'i',
);
/** 万 and 亿, which scale the numeral before them. */
const ZH_SCALE_CHAR_RE = /^[万萬亿億]$/;
/** 多, 余: "more than" between a Chinese numeral and its classifier. */
const ZH_MORE_AFTER = '多余餘';

/** The least value a numeral before 次 must have to count events rather than say how often. */
const ZH_TIMES_FIGURE_FLOOR = 100;

/**
 * The least value of a numeral said bare, with no classifier (a verse's "计量基准二百零二，", an
 * answer's "八十六！"): smaller ones are words and idioms far more often (十分, 十五的月亮).
 */
const ZH_BARE_FIGURE_FLOOR = 20;
/** A place character: a bare numeral with one is a spoken number (八十六), not a word (一样, 三心). */
const ZH_PLACE_RE = /[十百千万萬亿億]/;
/** What ends a bare numeral that stands as a figure: punctuation (not 、, which numbers sections), a line's end. */
const ZH_BARE_END_RE = /^(?:$|[\s，。；,.;:：！？!?）)」”』…—])/;
/** After a decimal's digits, a clock time ("三点零五分") or a further place (十点二十); 万 and 亿 scale it (六百七十二点八万). */
const ZH_NOT_DECIMAL_AFTER_RE = /^[分刻钟鐘半整十百千]/;

/**
 * The value and end of a Chinese decimal (九十三点六五, `whole` its part before 点): a figure however it is said. Not a clock
 * time, nor a short phrase whose digits happen to flank 点 (一点一滴, 两点一线): its whole part is ten
 * or more, or 零, or written digit by digit (九七点八), or two digits or more follow 点.
 */
function chineseDecimal(
  text: string,
  m: RegExpExecArray,
  whole: string,
): { value: number; end: number; precision: number } | undefined {
  const fraction = m[1];
  if (fraction === undefined) return undefined;
  const end = m.index + m[0].length;
  if (ZH_NOT_DECIMAL_AFTER_RE.test(text.slice(end, end + 1))) return undefined;
  const value = parseChineseDecimal(whole, fraction);
  if (value === undefined) return undefined;
  const wholeValue = Math.trunc(value);
  if (!(wholeValue >= 10 || wholeValue === 0 || fraction.length >= 2)) return undefined;
  return { value, end, precision: roundSignificant(10 ** -fraction.length) };
}

function scanChineseNumerals(text: string, out: Draft[]): void {
  // Cheap test first: most English text has no CJK numerals at all.
  if (!/[一二两兩三四五六七八九十]/.test(text)) return;
  ZH_NUMERAL_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ZH_NUMERAL_RE.exec(text)) !== null) {
    const start = m.index;
    const before = text[start - 1];
    if (before === '第' || before === '星' || before === '周' || before === '初') continue;
    // (The numeral before 点, when a decimal's digits follow it.)
    const whole = m[1] === undefined ? m[0] : m[0].slice(0, m[0].length - m[1].length - 1);
    const decimal = chineseDecimal(text, m, whole);
    // (A 点 that starts no decimal is left for the next match: 三点 is a time, 一点 a little.)
    const numeral = decimal ? m[0] : whole;
    const end = decimal ? decimal.end : start + numeral.length;
    if (!decimal) ZH_NUMERAL_RE.lastIndex = end;
    const next = text[end] ?? '';
    const value = decimal ? decimal.value : parseChineseNumeral(numeral);
    // (One is no figure, except as an increase by one times: 增长了一倍, 增長逾一倍, +100%.)
    const increaseByOne =
      value === 1 && next === '倍' && CHINESE_INCREASE_BY_RE.test(text.slice(Math.max(0, start - 8), start));
    if (value === undefined || (value < 2 && !increaseByOne && !decimal)) continue;
    // A numeral counts something when a classifier follows it (perhaps after 多 or 余, "两百多家"),
    // or 万/亿 scales it; a decimal is a figure however it is said, and so is a numeral said bare
    // with its places (a verse's "五万四千还有余，").
    const counted = ZH_MORE_AFTER.includes(next) ? (text[end + 1] ?? '') : next;
    // (Or 万/亿 after its 多: "一千多万件", "四千七百多亿元".)
    const scaled = ZH_SCALE_CHAR_RE.test(numeral.slice(-1)) || ZH_SCALE_CHAR_RE.test(counted);
    const classified = ZH_CLASSIFIER_CHARS.includes(counted);
    if (!classified && !scaled && !decimal && !saidBare(text, numeral, value, end)) continue;
    // ("说了三次" is how often, not a figure; "近八百次" counts recalls.)
    if (/^[是来]/.test(next) && !scaled) continue;
    if (counted === '次' && !scaled && value < ZH_TIMES_FIGURE_FLOOR) continue;
    const suffix = readSuffix(text, end, false);
    if (suffix === 'skip') continue;
    const prefix = readPrefix(text, start);
    out.push({
      text: '',
      start: prefix.start,
      end: suffix.end,
      value: value * suffix.multiplier,
      unit: prefix.unit ?? (next === '倍' ? 'times' : suffix.unit),
      qualifier: suffix.qualifier ?? prefix.qualifier,
      // A numeral writes no zeros: its last digit is its largest place ("近两千" is to the thousand).
      precision: decimal
        ? roundSignificant(decimal.precision * suffix.multiplier)
        : precisionOfValue(value * suffix.multiplier),
      form: 'chinese',
    });
  }
}

/** Whether a numeral with no classifier is said as a number: with its places, and standing alone. */
function saidBare(text: string, numeral: string, value: number, end: number): boolean {
  if (value < ZH_BARE_FIGURE_FLOOR || !ZH_PLACE_RE.test(numeral)) return false;
  // (A numeral opening its line numbers a section: "二十六、市场监管总局督促召回情况".)
  const start = end - numeral.length;
  if (start === 0 || /\n[\s\u3000]*$/.test(text.slice(Math.max(0, start - 4), start))) return false;
  const rest = text.slice(end, end + 8);
  const hedge = HEDGE_AFTER_RE.exec(rest)?.[0].length ?? 0;
  return ZH_BARE_END_RE.test(rest.slice(hedge));
}
