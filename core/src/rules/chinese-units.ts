/**
 * How Chinese writes a quantity: the classifier after a count ("672.8万辆", "44499项") and the
 * large-number units 万 and 亿. Written once here so that rendering a figure in Chinese and
 * reading one agree on what counts as a classifier.
 */

/** Chinese classifiers (measure words) that follow a count, simplified and traditional. */
export const ZH_CLASSIFIER_CHARS =
  '个項项家件辆輛台名人次批类類种種条條份所座位款部届屆倍颗顆枚吨噸元户戶套只隻张張篇门門场場';

/** Two-character classifiers, tried before the single characters ("批次" not "批"). */
const ZH_CLASSIFIER_WORDS = ['批次', '家次', '人次'] as const;

/** The large units Chinese groups numbers by, largest first: 亿 (10^8) and 万 (10^4). */
export const ZH_LARGE_UNITS = [
  { char: '亿', value: 1e8 },
  { char: '万', value: 1e4 },
] as const;

/**
 * Most decimals a number is written with before 万 or 亿 ("672.8万", "1.03亿"): a value that needs
 * more ("262.1816万") is written in plain digits, as the sources do ("2621816").
 */
export const ZH_LARGE_UNIT_MAX_DECIMALS = 2;

/**
 * The classifier right after `numberText` in a Chinese `quote` ("辆" in "涉及车辆672.8万辆"), if any.
 * `also`: characters that count as one here only (分 after a score: "81.30分").
 */
export function classifierAfter(quote: string, numberText: string, also = ''): string | undefined {
  const at = quote.indexOf(numberText);
  if (at < 0) return undefined;
  // Hedges written after the number ("156余万", "6亿余") sit between the number and its classifier.
  const after = quote.slice(at + numberText.length).replace(/^[余多]/, '');
  const word = ZH_CLASSIFIER_WORDS.find((w) => after.startsWith(w));
  if (word) return word;
  const char = after[0];
  return char !== undefined && (ZH_CLASSIFIER_CHARS + also).includes(char) ? char : undefined;
}
