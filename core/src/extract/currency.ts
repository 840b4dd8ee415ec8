/**
 * Which currency a figure is written in: a marker before the number ("RMB470bn", "Rmb470bn",
 * "CNY470 billion", "US$", "HK$", "$") or after it ("470 billion yuan", "4000万元", "30亿美元").
 * The markers are the reviewed lexicon's (`data/lexicon/number-words.json`). A bare "$" is read
 * as US dollars, as wire copy writes it; what matters to the checker is that it is not yuan.
 */
import { CURRENCIES, NUMBER_LEXICON, alternation, escapeRegExp, type Currency } from './lexicon.ts';

const { before, after } = NUMBER_LEXICON.currencies;

/** Marker -> currency, for markers written before and after the number. */
function markerTable(lists: Partial<Record<Currency, string[]>>): Map<string, Currency> {
  const table = new Map<string, Currency>();
  for (const code of CURRENCIES)
    for (const marker of lists[code] ?? []) table.set(marker.toLowerCase(), code);
  return table;
}
const BEFORE = markerTable(before);
const AFTER = markerTable(after);
const BEFORE_MARKERS = [...new Set(CURRENCIES.flatMap((c) => before[c] ?? []))];
const AFTER_MARKERS = [...new Set(CURRENCIES.flatMap((c) => after[c] ?? []))];

/** A currency marker right before a number, with one optional space ("RMB 32 billion"). */
export const CURRENCY_BEFORE_RE = new RegExp(`(${BEFORE_MARKERS.map(escapeRegExp).join('|')})\\s?$`);
/** A currency code glued to the digits ("RMB470bn"): the one case where letters may touch a number. */
const GLUED_CODE_RE = new RegExp(
  `(?:^|[^A-Za-z])(?:${BEFORE_MARKERS.filter((m) => /^[A-Za-z]+$/.test(m)).join('|')})$`,
);
const START_RE = new RegExp(`^(?:${BEFORE_MARKERS.map(escapeRegExp).join('|')})`);
const AFTER_RE = new RegExp(`^\\s?(${alternation(AFTER_MARKERS)})`, 'i');

/** The currency a marker names (case-insensitive), if it is one. */
export function currencyOfMarker(marker: string): Currency | undefined {
  return BEFORE.get(marker.toLowerCase()) ?? AFTER.get(marker.toLowerCase());
}

/** True when the letters right before `pos` are a currency code glued to a number ("Rmb470bn"). */
export function gluedCurrencyBefore(text: string, pos: number): boolean {
  return GLUED_CODE_RE.test(text.slice(Math.max(0, pos - 4), pos));
}

/**
 * The currency of the figure at `start`–`end` of `text` (its written form, a currency prefix
 * included), or undefined when it names none.
 */
export function currencyOf(text: string, start: number, end: number): Currency | undefined {
  const lead = START_RE.exec(text.slice(start, start + 4));
  if (lead) return currencyOfMarker(lead[0]);
  // Cheap rejection: most figures are followed by neither a letter nor a CJK character.
  const next = text.charCodeAt(end + (text[end] === ' ' ? 1 : 0));
  if (!(next >= 0x41 && next <= 0x7a) && next < 0x3400) return undefined;
  const tail = AFTER_RE.exec(text.slice(end, end + 20));
  return tail ? currencyOfMarker(tail[1]!) : undefined;
}
