/**
 * Number vocabularies: English number words, Chinese numerals and scale words, and the
 * width-preserving normalisation of full-width characters. Parsing only; deciding what is a
 * figure is the extractor's job.
 */

const ONES: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const SCALES: Record<string, number> = {
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
};
/**
 * Parses a spelled-out number ("thirty-four", "one million", "two hundred and five").
 * Returns undefined for anything it does not fully understand.
 */
export function parseNumberWords(words: readonly string[]): number | undefined {
  let total = 0;
  let current = 0;
  let seen = false;
  let lastWasScale = false;
  for (const raw of words) {
    const word = raw.toLowerCase();
    if (word === 'and') {
      if (!seen) return undefined;
      continue;
    }
    const one = ONES[word];
    const ten = TENS[word];
    const scale = SCALES[word];
    if (one !== undefined) {
      if (current % 10 !== 0 || (current % 100 !== 0 && current >= 10 && one >= 10)) return undefined;
      current += one;
      lastWasScale = false;
    } else if (ten !== undefined) {
      if (current % 100 !== 0) return undefined;
      current += ten;
      lastWasScale = false;
    } else if (scale !== undefined) {
      if (!seen || (lastWasScale && scale !== 100 && current === 0 && total === 0)) return undefined;
      if (scale === 100) {
        current = (current || 1) * 100;
      } else {
        total += (current || 1) * scale;
        current = 0;
      }
      lastWasScale = true;
    } else {
      return undefined;
    }
    seen = true;
  }
  return seen ? total + current : undefined;
}

/** A digit as read out one at a time ("point eight five"): zero to nine, and "oh" for zero. */
export function spokenDigit(word: string): number | undefined {
  const w = word.toLowerCase();
  if (w === 'oh') return 0;
  const one = ONES[w];
  return one !== undefined && one <= 9 ? one : undefined;
}

/** Scale words that may follow a digit number in English, with their multipliers. */
export const EN_SCALES: Record<string, number> = {
  // Machine translations of 万 and 亿 ("1.9 ten thousand", "4700 hundred million"), and their
  // pinyin in texts that teach or gloss Chinese ("1,123.7 wan", "1.14 yi").
  'ten thousand': 1e4,
  'hundred million': 1e8,
  wan: 1e4,
  yi: 1e8,
  hundred: 100,
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  mn: 1e6,
  m: 1e6,
  mln: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
  tn: 1e12,
  trn: 1e12,
};

/** Chinese scale characters, simplified and traditional. */
export const ZH_SCALES: Record<string, number> = {
  十: 10,
  百: 100,
  千: 1e3,
  万: 1e4,
  萬: 1e4,
  亿: 1e8,
  億: 1e8,
};

const ZH_DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  兩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** Chinese digits written one by one, as a year is ("二〇二四" -> 2024). Undefined if any is not a digit. */
export function parseChineseDigits(text: string): number | undefined {
  let value = 0;
  for (const ch of text) {
    const d = ZH_DIGITS[ch];
    if (d === undefined) return undefined;
    value = value * 10 + d;
  }
  return text ? value : undefined;
}

/**
 * Parses a Chinese numeral such as 十八, 三十四, 一百零五, 三千万. Undefined if malformed. A last digit
 * right after 百, 千, 万 or 亿 stands one place lower, as speakers abbreviate: 九百六 is 960, 三万四
 * 34,000 (一百零五 keeps its 零 and is 105).
 */
export function parseChineseNumeral(text: string): number | undefined {
  let total = 0; // completed 亿 / 万 sections
  let section = 0; // below 万
  let digit: number | undefined;
  // The scale just read, while no 零 or digit has followed it.
  let lastScale: number | undefined;
  for (const ch of text) {
    const d = ZH_DIGITS[ch];
    if (d !== undefined) {
      if (digit !== undefined && d !== 0 && digit !== 0) return undefined;
      digit = d;
      if (d === 0) lastScale = undefined;
      continue;
    }
    const scale = ZH_SCALES[ch];
    if (scale === undefined) return undefined;
    if (scale < 1e4) {
      section += (digit ?? (scale === 10 ? 1 : 0)) * scale;
      if (digit === undefined && scale !== 10) return undefined;
    } else {
      const part = section + (digit ?? 0);
      if (part === 0 && total === 0) return undefined;
      total = (total + part) * scale;
      section = 0;
    }
    digit = undefined;
    lastScale = scale;
  }
  // (Abbreviated: 九百六's 六 counts tens.)
  const place = digit !== undefined && lastScale !== undefined && lastScale >= 100 ? lastScale / 10 : 1;
  const value = total + section + (digit ?? 0) * place;
  return Number.isFinite(value) ? value : undefined;
}

/** Digits a Chinese decimal writes after 点 one by one: 六五 in 九十三点六五. */
export const ZH_DECIMAL_DIGITS = '零〇一二三四五六七八九';

/**
 * A Chinese decimal: its whole part as a numeral (九十三, 零) or digit by digit (九七), and the
 * digits after 点 (六五): 93.65, 0.28, 97.8. Undefined if either part is malformed.
 */
export function parseChineseDecimal(whole: string, fraction: string): number | undefined {
  if (!fraction || [...fraction].some((ch) => !ZH_DECIMAL_DIGITS.includes(ch))) return undefined;
  const integer = parseChineseNumeral(whole) ?? (whole.length > 1 ? parseChineseDigits(whole) : undefined);
  const decimals = parseChineseDigits(fraction);
  if (integer === undefined || decimals === undefined) return undefined;
  return Number(`${integer}.${String(decimals).padStart(fraction.length, '0')}`);
}

/**
 * Replaces full-width digits and number punctuation with ASCII, one UTF-16 unit for one,
 * so that every index into the result is the same index into the input.
 */
const FULL_WIDTH_RE = /[\uFF01-\uFF5E]/g;

export function normalizeWidth(text: string): string {
  // Fast path: most text has no full-width characters at all.
  if (!/[\uFF01-\uFF5E]/.test(text)) return text;
  // Full-width ASCII block FF01–FF5E maps to 0021–007E. (Replaced where they stand: a string
  // built a character at a time costs an allocation per character of a long text.)
  return text.replace(FULL_WIDTH_RE, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}
