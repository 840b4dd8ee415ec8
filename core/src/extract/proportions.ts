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
import { NUMBER_LEXICON, alternation, bareAlternation } from './lexicon.ts';
import {
  ZH_DECIMAL_DIGITS,
  ZH_SCALES,
  parseChineseDecimal,
  parseChineseNumeral,
  parseNumberWords,
} from './number-words.ts';

/** Reads a currency and a hedge before a number (the extractor's own prefix reader). */
export type PrefixReader = (
  text: string,
  pos: number,
) => { start: number; qualifier: Qualifier; unit?: MentionUnit };

const LEX = NUMBER_LEXICON;
const FRACTIONS: Readonly<Record<string, number>> = LEX.fractions.words;
const DENOMINATORS: ReadonlySet<number> = new Set(LEX.proportions.denominators);

// Every word this module reads is found in one pass per script: each pass over a page costs about
// as much as the whole digit scan, so the English words share one expression and the Chinese ones
// another, and the match's group says which rule applies.
const COUNT_BEFORE_RE = /(?:^|[^A-Za-z])(a|one|two|three|four|five|six|seven|eight|nine)[ -]$/i;
/** Fraction words that are also ordinals ("a third attempt"). */
const ORDINAL_FRACTIONS: ReadonlySet<string> = new Set(['third', 'fifth', 'sixth', 'eighth', 'tenth']);
/** Right after a fraction word: the clause ends, so it is no ordinal of a following noun. */
const CLAUSE_END_AFTER_RE = /^[.,;:!?)]/;
/** Words before a bare "half" that make it a part of a period or a thing, not a share. */
const HALF_STOP_BEFORE_RE = /\b(?:first|second|latter|last|other|the|in|by|and|a|one)\s+$/i;
const SMALL_NUMBER = '(?:one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,3})';
const isLatin = (w: string): boolean => /^[A-Za-z]/.test(w);
const TIMES_WORDS = Object.keys(LEX.multiples.times);
const CHANGE_WORDS_LIST = Object.keys(LEX.multiples.change);
/** Fractions are found by their rarer word; the count before them ("two-thirds", "a fifth") is read after. */
const ENGLISH_RE = new RegExp(
  '\\b(?:' +
    [
      `(?<fraction>${bareAlternation(Object.keys(FRACTIONS))})`,
      `(?<times>${bareAlternation(TIMES_WORDS.filter(isLatin))})`,
      `(?<change>${bareAlternation(CHANGE_WORDS_LIST.filter(isLatin))})`,
      `(?<n>${SMALL_NUMBER}) (?:${bareAlternation(LEX.proportions.connectors)}) (?<d>${SMALL_NUMBER}|twenty|a hundred|hundred)`,
    ].join('|') +
    ')\\b',
  'gi',
);
const MULTIPLE_WORDS: Readonly<Record<string, number>> = Object.fromEntries(
  Object.entries(LEX.multiples.times).map(([w, v]) => [w.toLowerCase(), v]),
);
const CHANGE_WORDS: Readonly<Record<string, number>> = Object.fromEntries(
  Object.entries(LEX.multiples.change).map(([w, v]) => [w.toLowerCase(), v]),
);

const ZH_DIGIT = '零〇一二两兩三四五六七八九十';
/**
 * 翻两番 and 减半; 七成 (tenths); 三分之一, found by 分之 with its denominator read before it (scanning
 * from every numeral would try most positions of Chinese text); 逾千 and 近百万 (a hedge before a
 * bare scale).
 */
const CHINESE_RE = new RegExp(
  [
    `(?<times>${alternation(TIMES_WORDS.filter((w) => !isLatin(w)))})`,
    `(?<change>${alternation(CHANGE_WORDS_LIST.filter((w) => !isLatin(w)))})`,
    `(?<tenths>[${ZH_DIGIT}]+)成`,
    `分之(?<numerator>[${ZH_DIGIT}百千]+)`,
    `(?<hedge>${alternation(LEX.chinese.coarseHedges)})(?<scale>[百千万萬亿億]+)`,
    `(?<half>${alternation(LEX.chinese.halfWords)})`,
  ].join('|'),
  'g',
);
const CHENG_STOP_RE = new RegExp(`^(?:${alternation(LEX.chinese.chengStopAfter)})`);
const DENOMINATOR_BEFORE_RE = new RegExp(`[${ZH_DIGIT}百千万萬]+$`);
/** 附近, 最近, 靠近: "near", "recently", not "nearly". */
const NOT_NEARLY_BEFORE = '附最靠临臨邻鄰';
/** 最快, 尽快, 加快: "at the fastest", "as soon as", "speed up", not "nearly" (快四成 is). */
const NOT_ALMOST_BEFORE = '最尽儘加很更越赶趕';

/**
 * Whether the Chinese hedge `hedge`, after the character `before`, is part of another word (最近3年,
 * 最快3天) rather than a hedge of the number after it.
 */
export function isPartOfWord(hedge: string, before: string | undefined): boolean {
  // (A character, never '': every string includes the empty one.)
  if (!before) return false;
  return (
    (hedge === '近' && NOT_NEARLY_BEFORE.includes(before)) ||
    (hedge === '快' && NOT_ALMOST_BEFORE.includes(before))
  );
}
const ZH_HEDGE_AFTER_RE = /^(?:多|余|餘|以上|左右)/;
const CJK_TEST_RE = /[成分翻逾近超约約减減半]/;

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

type Groups = Partial<Record<string, string>>;

function scanEnglish(text: string, out: Draft[], readPrefix: PrefixReader): void {
  ENGLISH_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ENGLISH_RE.exec(text)) !== null) {
    const g: Groups = m.groups ?? {};
    if (g.fraction !== undefined) fraction(text, m, g as { fraction: string }, out, readPrefix);
    else if (g.n !== undefined && g.d !== undefined) share(text, m, { n: g.n, d: g.d }, out, readPrefix);
    else multiple(text, m, out, readPrefix);
  }
}

/** "a fifth", "two-thirds", "more than half". */
function fraction(
  text: string,
  m: RegExpExecArray,
  g: { fraction: string },
  out: Draft[],
  readPrefix: PrefixReader,
): void {
  const word = g.fraction.toLowerCase();
  const denominator = FRACTIONS[word];
  if (denominator === undefined) return;
  const end = m.index + m[0].length;
  // "a half-day", "one-third-owned": part of a compound, not a share.
  if (text[end] === '-') return;
  const count = COUNT_BEFORE_RE.exec(text.slice(Math.max(0, m.index - 7), m.index));
  let start = m.index;
  let n = 1;
  if (count) {
    const c = count[1]!.toLowerCase();
    n = c === 'a' || c === 'one' ? 1 : (parseNumberWords([c]) ?? 1);
    start = m.index - count[1]!.length - 1;
    // "a third round", "a fifth term": an ordinal, unless a share follows ("a third of"), a hedge
    // comes before ("about a fifth", "more than a tenth") or the clause ends ("accounted for a third.").
    if (
      c === 'a' &&
      ORDINAL_FRACTIONS.has(word) &&
      !text.startsWith(' of ', end) &&
      readPrefix(text, start).qualifier === 'exact' &&
      !CLAUSE_END_AFTER_RE.test(text.slice(end, end + 2))
    )
      return;
  } else if (word === 'half') {
    // A bare "half" is a share when hedged ("more than half") or followed by "of" ("half of
    // the firms"), but not in "the first half of the year" or "cut by half".
    const prefix = readPrefix(text, start);
    const before = text.slice(Math.max(0, start - 8), start);
    const share =
      prefix.qualifier !== 'exact' || (text.startsWith(' of ', end) && !HALF_STOP_BEFORE_RE.test(before));
    if (!share) return;
  } else {
    return; // "thirds", "quarters" alone: "in three quarters of the cases" is read by its count
  }
  if (n >= denominator) return;
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

/** "seven out of ten", "two in three", "1 in 5". */
function share(
  text: string,
  m: RegExpExecArray,
  g: { n: string; d: string },
  out: Draft[],
  readPrefix: PrefixReader,
): void {
  const n = smallNumber(g.n);
  const d = smallNumber(g.d);
  if (n === undefined || d === undefined || n < 1 || n > d || !DENOMINATORS.has(d)) return;
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

const MULTIPLIER_ADJECTIVES: ReadonlySet<string> = new Set(['double', 'triple', 'quadruple', 'twice']);
/** What a multiplier adjective multiplies: "double the …", "triple that", "double its", "twice as many". */
const MULTIPLIED_AFTER_RE = /^\s+(?:the|that|its|their|what|as)\b/i;

/** "tripled", 翻两番 (unit `times`); "halved", 减半 (a change of −50%). */
function multiple(text: string, m: RegExpExecArray, out: Draft[], readPrefix: PrefixReader): void {
  const word = m[0].toLowerCase();
  // "double the previous year's number", not "a double standard" nor "double-digit".
  if (
    MULTIPLIER_ADJECTIVES.has(word) &&
    !MULTIPLIED_AFTER_RE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))
  )
    return;
  const times = MULTIPLE_WORDS[word];
  const change = CHANGE_WORDS[word];
  const prefix = readPrefix(text, m.index);
  const form = isLatin(m[0]) ? 'words' : 'chinese';
  const end = m.index + m[0].length;
  if (times !== undefined) push(out, prefix.start, end, times, 'times', prefix.qualifier, 1, form);
  else if (change !== undefined) push(out, prefix.start, end, change, 'percent', prefix.qualifier, 10, form);
}

function scanChinese(text: string, out: Draft[], readPrefix: PrefixReader): void {
  CHINESE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CHINESE_RE.exec(text)) !== null) {
    const g: Groups = m.groups ?? {};
    if (g.tenths !== undefined) tenths(text, m, { tenths: g.tenths }, out, readPrefix);
    else if (g.numerator !== undefined) fractionZh(text, m, { numerator: g.numerator }, out, readPrefix);
    else if (g.hedge !== undefined && g.scale !== undefined)
      coarse(text, m, { hedge: g.hedge, scale: g.scale }, out);
    else if (g.half !== undefined) half(text, m, out, readPrefix);
    else multiple(text, m, out, readPrefix);
  }
}

/** 七成, 近七成, 两成多, 九成以上: tenths. */
function tenths(
  text: string,
  m: RegExpExecArray,
  g: { tenths: string },
  out: Draft[],
  readPrefix: PrefixReader,
): void {
  const end = m.index + m[0].length;
  if (CHENG_STOP_RE.test(text.slice(end, end + 2))) return;
  const before = text[m.index - 1] ?? '';
  if (before === '第' || /[百千万萬亿億]/.test(before)) return;
  const tenths = parseChineseNumeral(g.tenths);
  if (tenths === undefined || tenths < 1 || tenths > 10) return;
  // 四成五, 七成三: a digit right after 成 is the hundredths (45%, 73%), unless it counts something
  // of its own (三成五年, 两成三个).
  const hundredths = HUNDREDTHS_AFTER_RE.exec(text.slice(end, end + 2))?.[1];
  const digit = hundredths === undefined ? undefined : parseChineseNumeral(hundredths);
  if (digit !== undefined && tenths < 10)
    pushChineseShare(text, m.index, end + 1, tenths * 10 + digit, 100, out, readPrefix);
  else pushChineseShare(text, m.index, end, tenths * 10, 10, out, readPrefix);
}

/** One digit after 成 that ends the number: punctuation, 的, a hedge or the end follows it. */
const HUNDREDTHS_AFTER_RE = /^([一二三四五六七八九])(?=$|[\s，。；、,.;:：！？!?）)」”的左以多余餘])/;

/** The digits of a decimal after 点, read one by one (百分之三十五点五), and how far they may run. */
const ZH_DECIMAL_AFTER_RE = new RegExp(
  `^[点點]([${ZH_DECIMAL_DIGITS}]+)(?![${ZH_DECIMAL_DIGITS}十百千万萬亿億分刻钟鐘半整])`,
);
const ZH_DECIMAL_SPAN = 12;

/** 三分之一, 百分之三十, 百分之九十三点六五. */
function fractionZh(
  text: string,
  m: RegExpExecArray,
  g: { numerator: string },
  out: Draft[],
  readPrefix: PrefixReader,
): void {
  const denominator = DENOMINATOR_BEFORE_RE.exec(text.slice(Math.max(0, m.index - 6), m.index));
  if (!denominator) return;
  const start = m.index - denominator[0].length;
  const d = chineseCount(denominator[0]);
  const n = chineseCount(g.numerator);
  if (d === undefined || n === undefined || n < 1 || n > d || d < 2) return;
  const end = m.index + m[0].length;
  // 百分之九十三点六五: a decimal numerator, to the hundredth of a point here.
  const decimal = ZH_DECIMAL_AFTER_RE.exec(text.slice(end, end + ZH_DECIMAL_SPAN));
  if (decimal) {
    const value = parseChineseDecimal(g.numerator, decimal[1]!);
    if (value === undefined || value > d) return;
    const parts = d * 10 ** decimal[1]!.length;
    pushChineseShare(
      text,
      start,
      end + decimal[0].length,
      roundSignificant((value / d) * 100),
      parts,
      out,
      readPrefix,
    );
    return;
  }
  pushChineseShare(text, start, end, roundSignificant((n / d) * 100), d, out, readPrefix);
}

/** 一半, 超过一半: a half, as a share. */
function half(text: string, m: RegExpExecArray, out: Draft[], readPrefix: PrefixReader): void {
  pushChineseShare(text, m.index, m.index + m[0].length, 50, 2, out, readPrefix);
}

/**
 * A Chinese share written at [start, end) as `percent` in parts of `denominator`, with a hedge
 * before it (近七成) or after it (两成多, 九成以上).
 */
function pushChineseShare(
  text: string,
  start: number,
  end: number,
  percent: number,
  denominator: number,
  out: Draft[],
  readPrefix: PrefixReader,
): void {
  const after = chineseHedgeAfter(text, end);
  const prefix = readPrefix(text, start);
  push(
    out,
    prefix.start,
    after.end,
    percent,
    'percent',
    after.qualifier ?? prefix.qualifier,
    proportionPrecision(denominator),
    'chinese',
  );
}

/** 逾千, 近百万, 超百亿: a hedge before a bare scale; its precision is the scale itself. */
function coarse(text: string, m: RegExpExecArray, g: { hedge: string; scale: string }, out: Draft[]): void {
  const hedge = g.hedge;
  if (isPartOfWord(hedge, text[m.index - 1])) return;
  const scaleStart = m.index + hedge.length;
  let value = 1;
  for (const ch of g.scale) value *= ZH_SCALES[ch] ?? 1;
  // A numeral right after (近百万 is not 近百 + 万; 逾千三百 is malformed) is read elsewhere.
  if (ZH_DIGIT.includes(text[scaleStart + g.scale.length] ?? '-')) return;
  push(
    out,
    scaleStart,
    scaleStart + g.scale.length,
    value,
    'count',
    coarseQualifier(hedge),
    value,
    'chinese',
  );
}

/** A Chinese count where a bare scale means one of it: 百 is 100 (百分之), 三 is 3. */
function chineseCount(numeral: string): number | undefined {
  if (numeral.length === 1 && ZH_SCALES[numeral] !== undefined) return ZH_SCALES[numeral];
  return parseChineseNumeral(numeral);
}
