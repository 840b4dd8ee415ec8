/**
 * Proportions and multiplicative changes written in words: "a fifth", "two-thirds", "half",
 * "seven out of ten", "three in five", 七成, 近七成, 两成多, 三分之一, 百分之三十; "tripled", "halved",
 * 翻两番; and coarse Chinese counts 逾千, 近百万. The words come from the reviewed lexicon
 * (`data/lexicon/number-words.json`).
 *
 * A proportion is a percent value with its own precision ({@link proportionPrecision}): "three in
 * five" is 60% give or take 5 points, so it is a fair rounding of 63.47% and a wrong one of 52%.
 * Vague quantities (数十, 几十, 上千, 成千上万, "hundreds of") are not figures: they state no number
 * that could be checked, and a mark on them would be noise.
 */
import { proportionPrecision, roundSignificant } from '../rules/numbers.ts';
import type { Qualifier } from '../set/schema.ts';
import type { Draft, MentionUnit } from './extract.ts';
import { NUMBER_LEXICON, alternation } from './lexicon.ts';
import { ZH_SCALES, parseChineseNumeral, parseNumberWords } from './number-words.ts';

/** Reads a currency and a hedge before a number (the extractor's own prefix reader). */
export type PrefixReader = (
  text: string,
  pos: number,
) => { start: number; qualifier: Qualifier; unit?: MentionUnit };

const LEX = NUMBER_LEXICON;
const FRACTIONS: Readonly<Record<string, number>> = LEX.fractions.words;
const DENOMINATORS: ReadonlySet<number> = new Set(LEX.proportions.denominators);

// English. Fractions are found by their rarer word, then the count before them is read
// ("two-thirds", "a fifth"); scanning for "a" would try a match at nearly every word.
const FRACTION_RE = new RegExp(`\\b(${Object.keys(FRACTIONS).join('|')})\\b`, 'gi');
const COUNT_BEFORE_RE = /(?:^|[^A-Za-z])(a|one|two|three|four|five|six|seven|eight|nine)[ -]$/i;
/** Fraction words that are also ordinals ("a third attempt"). */
const ORDINAL_FRACTIONS: ReadonlySet<string> = new Set(['third', 'fifth', 'sixth', 'eighth', 'tenth']);
/** Words before a bare "half" that make it a part of a period or a thing, not a share. */
const HALF_STOP_BEFORE_RE = /\b(?:first|second|latter|last|other|the|in|by|and|a|one)\s+$/i;
const SMALL_NUMBER = '(?:one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,3})';
const SHARE_RE = new RegExp(
  `\\b(${SMALL_NUMBER}) (${alternation(LEX.proportions.connectors)}) (${SMALL_NUMBER}|twenty|a hundred|hundred)\\b`,
  'gi',
);
const TIMES_RE = new RegExp(alternation(Object.keys(LEX.multiples.times)), 'gi');
const CHANGE_RE = new RegExp(alternation(Object.keys(LEX.multiples.change)), 'gi');
const MULTIPLE_WORDS: Readonly<Record<string, number>> = Object.fromEntries(
  Object.entries(LEX.multiples.times).map(([w, v]) => [w.toLowerCase(), v]),
);
const CHANGE_WORDS: Readonly<Record<string, number>> = Object.fromEntries(
  Object.entries(LEX.multiples.change).map(([w, v]) => [w.toLowerCase(), v]),
);

// Chinese.
const ZH_DIGIT = '零〇一二两兩三四五六七八九十';
const CHENG_RE = new RegExp(`([${ZH_DIGIT}]+)成`, 'g');
const CHENG_STOP_RE = new RegExp(`^(?:${alternation(LEX.chinese.chengStopAfter)})`);
const FRACTION_ZH_RE = new RegExp(`([${ZH_DIGIT}百千万萬]+)分之([${ZH_DIGIT}百千]+)`, 'g');
const COARSE_RE = new RegExp(`(${alternation(LEX.chinese.coarseHedges)})([百千万萬亿億]+)`, 'g');
/** 附近, 最近, 靠近: "near", "recently", not "nearly". */
const NOT_NEARLY_BEFORE = '附最靠临臨邻鄰';
const ZH_HEDGE_AFTER_RE = /^(?:多|余|餘|以上|左右)/;
const CJK_TEST_RE = /[成分翻逾近超约約减減]/;

const WORD_VALUES: Readonly<Record<string, number>> = { twenty: 20, hundred: 100, 'a hundred': 100 };

function smallNumber(word: string): number | undefined {
  const w = word.toLowerCase();
  if (/^\d+$/.test(w)) return Number(w);
  return WORD_VALUES[w] ?? parseNumberWords([w]);
}

function coarseQualifier(hedge: string): Qualifier {
  return /近|接近|將近|将近/.test(hedge) ? 'nearly' : /约|約/.test(hedge) ? 'about' : 'more-than';
}

function chineseHedgeAfter(text: string, end: number): { qualifier?: Qualifier; end: number } {
  const m = ZH_HEDGE_AFTER_RE.exec(text.slice(end, end + 2));
  if (!m) return { end };
  const word = m[0];
  const qualifier: Qualifier = word === '左右' ? 'about' : word === '以上' ? 'at-least' : 'more-than';
  // 以上 and 左右 are read but left outside the number as written, as the extractor does.
  return { qualifier, end: word === '以上' || word === '左右' ? end : end + word.length };
}

/** Appends the proportions and multiplicative changes in `text` to `out`. */
export function scanProportions(text: string, out: Draft[], readPrefix: PrefixReader): void {
  scanEnglish(text, out, readPrefix);
  // Cheap rejection: most English text has none of the Chinese marker characters.
  if (CJK_TEST_RE.test(text)) scanChinese(text, out, readPrefix);
}

function push(
  out: Draft[],
  start: number,
  end: number,
  value: number,
  unit: MentionUnit,
  qualifier: Qualifier,
  precision: number,
  form: Draft['form'],
): void {
  out.push({ text: '', start, end, value, unit, qualifier, precision, form });
}

function scanEnglish(text: string, out: Draft[], readPrefix: PrefixReader): void {
  let m: RegExpExecArray | null;
  FRACTION_RE.lastIndex = 0;
  while ((m = FRACTION_RE.exec(text)) !== null) {
    const word = m[1]!.toLowerCase();
    const denominator = FRACTIONS[word];
    if (denominator === undefined) continue;
    const end = m.index + m[0].length;
    // "a half-day", "one-third-owned": part of a compound, not a share.
    if (text[end] === '-') continue;
    const count = COUNT_BEFORE_RE.exec(text.slice(Math.max(0, m.index - 7), m.index));
    let start = m.index;
    let n = 1;
    if (count) {
      const c = count[1]!.toLowerCase();
      n = c === 'a' || c === 'one' ? 1 : (parseNumberWords([c]) ?? 1);
      // "a third round", "a fifth term": an ordinal, unless a share follows ("a third of").
      if (c === 'a' && ORDINAL_FRACTIONS.has(word) && !text.startsWith(' of ', end)) continue;
      start = m.index - count[1]!.length - 1;
    } else if (word === 'half') {
      // A bare "half" is a share when hedged ("more than half") or followed by "of" ("half of
      // the firms"), but not in "the first half of the year" or "cut by half".
      const prefix = readPrefix(text, start);
      const before = text.slice(Math.max(0, start - 8), start);
      const share =
        prefix.qualifier !== 'exact' || (text.startsWith(' of ', end) && !HALF_STOP_BEFORE_RE.test(before));
      if (!share) continue;
    } else {
      continue; // "thirds", "quarters" alone: "in three quarters of the cases" is read by its count
    }
    if (n >= denominator) continue;
    const prefix = readPrefix(text, start);
    push(
      out,
      prefix.start,
      end,
      roundSignificant((n / denominator) * 100),
      'percent',
      prefix.qualifier,
      proportionPrecision(denominator),
      'words',
    );
  }

  SHARE_RE.lastIndex = 0;
  while ((m = SHARE_RE.exec(text)) !== null) {
    const n = smallNumber(m[1]!);
    const d = smallNumber(m[3]!);
    if (n === undefined || d === undefined || n < 1 || n > d || !DENOMINATORS.has(d)) continue;
    const prefix = readPrefix(text, m.index);
    push(
      out,
      prefix.start,
      m.index + m[0].length,
      roundSignificant((n / d) * 100),
      'percent',
      prefix.qualifier,
      proportionPrecision(d),
      'words',
    );
  }

  scanMultiples(text, out, readPrefix);
}

/** "tripled", 翻两番 (unit `times`); "halved", 减半 (a change of −50%). */
function scanMultiples(text: string, out: Draft[], readPrefix: PrefixReader): void {
  let m: RegExpExecArray | null;
  TIMES_RE.lastIndex = 0;
  while ((m = TIMES_RE.exec(text)) !== null) {
    const value = MULTIPLE_WORDS[m[0].toLowerCase()];
    if (value === undefined) continue;
    const prefix = readPrefix(text, m.index);
    const form = /[A-Za-z]/.test(m[0]) ? 'words' : 'chinese';
    push(out, prefix.start, m.index + m[0].length, value, 'times', prefix.qualifier, 1, form);
  }
  CHANGE_RE.lastIndex = 0;
  while ((m = CHANGE_RE.exec(text)) !== null) {
    const value = CHANGE_WORDS[m[0].toLowerCase()];
    if (value === undefined) continue;
    const prefix = readPrefix(text, m.index);
    const form = /[A-Za-z]/.test(m[0]) ? 'words' : 'chinese';
    push(out, prefix.start, m.index + m[0].length, value, 'percent', prefix.qualifier, 10, form);
  }
}

function scanChinese(text: string, out: Draft[], readPrefix: PrefixReader): void {
  let m: RegExpExecArray | null;
  // 七成, 近七成, 两成多, 九成以上: tenths.
  CHENG_RE.lastIndex = 0;
  while ((m = CHENG_RE.exec(text)) !== null) {
    const end = m.index + m[0].length;
    if (CHENG_STOP_RE.test(text.slice(end, end + 2))) continue;
    const before = text[m.index - 1] ?? '';
    if (before === '第' || /[百千万萬亿億]/.test(before)) continue;
    const tenths = parseChineseNumeral(m[1]!);
    if (tenths === undefined || tenths < 1 || tenths > 10) continue;
    const after = chineseHedgeAfter(text, end);
    const prefix = readPrefix(text, m.index);
    push(
      out,
      prefix.start,
      after.end,
      tenths * 10,
      'percent',
      after.qualifier ?? prefix.qualifier,
      proportionPrecision(10),
      'chinese',
    );
  }

  // 三分之一, 百分之三十.
  FRACTION_ZH_RE.lastIndex = 0;
  while ((m = FRACTION_ZH_RE.exec(text)) !== null) {
    const d = chineseCount(m[1]!);
    const n = chineseCount(m[2]!);
    if (d === undefined || n === undefined || n < 1 || n > d || d < 2) continue;
    const end = m.index + m[0].length;
    // 百分之三十五点五: a decimal this reader does not parse; better no figure than a wrong one.
    if (/^[点點]/.test(text.slice(end, end + 1))) continue;
    const after = chineseHedgeAfter(text, end);
    const prefix = readPrefix(text, m.index);
    push(
      out,
      prefix.start,
      after.end,
      roundSignificant((n / d) * 100),
      'percent',
      after.qualifier ?? prefix.qualifier,
      proportionPrecision(d),
      'chinese',
    );
  }

  // 逾千, 近百万, 超百亿: a hedge before a bare scale; its precision is the scale itself.
  COARSE_RE.lastIndex = 0;
  while ((m = COARSE_RE.exec(text)) !== null) {
    const hedge = m[1]!;
    if (hedge === '近' && NOT_NEARLY_BEFORE.includes(text[m.index - 1] ?? '-')) continue;
    const scaleStart = m.index + hedge.length;
    let value = 1;
    for (const ch of m[2]!) value *= ZH_SCALES[ch] ?? 1;
    // A numeral right after (近百万 is not 近百 + 万; 逾千三百 is malformed) is read elsewhere.
    if (ZH_DIGIT.includes(text[scaleStart + m[2]!.length] ?? '-')) continue;
    push(
      out,
      scaleStart,
      scaleStart + m[2]!.length,
      value,
      'count',
      coarseQualifier(hedge),
      value,
      'chinese',
    );
  }
}

/** A Chinese count where a bare scale means one of it: 百 is 100 (百分之), 三 is 3. */
function chineseCount(numeral: string): number | undefined {
  if (numeral.length === 1 && ZH_SCALES[numeral] !== undefined) return ZH_SCALES[numeral];
  return parseChineseNumeral(numeral);
}
