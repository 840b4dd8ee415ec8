/**
 * What opens a list item line. Typed bullets and dashes, and (in social posts and slides) a
 * symbol: an emoji, a check mark, an arrow ("✅ Pass rate: 93.93%", "↳ Li Na: No, it's …").
 */

/** Typed bullets, for a character class. */
export const BULLETS = '•·▪◦●○■□*\\-';

/** A line that opens with a symbol used as a bullet (Unicode "other symbol", or an arrow). */
export const SYMBOL_BULLET_RE = /^\s*[\p{So}\u2190-\u21FF]/u;
