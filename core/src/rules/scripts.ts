/** Writing-system tests shared by every stage, so "is this Chinese?" has one answer. */

/** One CJK ideograph (CJK Unified Ideographs and Extension A): Chinese text in either script. */
export const CJK_CHAR = '\\u3400-\\u9fff';

/** Matches text that contains at least one Chinese character. */
export const CJK_RE = new RegExp(`[${CJK_CHAR}]`);

/** True when `text` contains Chinese characters. */
export function hasChinese(text: string): boolean {
  return CJK_RE.test(text);
}

/** A letter or a Chinese character: a text with neither is only numbers and signs. */
const WORD_CHAR_RE = new RegExp(`[A-Za-z${CJK_CHAR}]`);

/** True when `text` has a word in it (a Latin letter or a Chinese character). */
export function hasWords(text: string): boolean {
  return WORD_CHAR_RE.test(text);
}
