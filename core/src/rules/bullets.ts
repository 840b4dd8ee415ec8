/**
 * What opens a list item line. Typed bullets and dashes, and (in social posts and slides) a
 * symbol: an emoji, a check mark, an arrow ("✅ Pass rate: 93.93%", "↳ Li Na: No, it's …").
 */

/** Typed bullets, for a character class. */
export const BULLETS = '•·▪◦●○■□*\\-';

/** A line that opens with a symbol used as a bullet (Unicode "other symbol", or an arrow). */
export const SYMBOL_BULLET_RE = /^\s*[\p{So}\u2190-\u21FF]/u;

/** A list item's marker: a typed bullet, "1." / "1)" / "1、", "(2)". */
export const LIST_ITEM_RE = new RegExp(`^(?:[${BULLETS}]|\\d{1,2}[.)、]|[(（]\\d{1,2}[)）])\\s*`);

/** Whether a line opens a list item: a marker or a symbol bullet, after any indent. */
export function opensListItem(line: string): boolean {
  const trimmed = line.trimStart();
  return LIST_ITEM_RE.test(trimmed) || SYMBOL_BULLET_RE.test(trimmed);
}
