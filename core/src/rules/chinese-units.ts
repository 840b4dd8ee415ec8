/**
 * How Chinese writes a quantity: the classifier after a count ("672.8万辆", "44499项") and the
 * large-number units 万 and 亿. Written once here so that rendering a figure in Chinese and
 * reading one agree on what counts as a classifier.
 */

/** Chinese classifiers (measure words) that follow a count, simplified and traditional. */
export const ZH_CLASSIFIER_CHARS =
  '个項项家件辆輛台架名人次批类類种種条條份所座位款部届屆倍颗顆枚吨噸元户戶套只隻张張篇门門场場页頁';

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
  return at < 0 ? undefined : classifierAt(quote, at + numberText.length, also);
}

/** The classifier written at `index` of `text` (right after a number), if any. */
export function classifierAt(text: string, index: number, also = ''): string | undefined {
  // Hedges written after the number ("156余万", "6亿余") sit between the number and its classifier.
  const after = text.slice(index, index + 3).replace(/^[余多餘]/, '');
  const word = ZH_CLASSIFIER_WORDS.find((w) => after.startsWith(w));
  if (word) return word;
  const char = after[0];
  return char !== undefined && (ZH_CLASSIFIER_CHARS + also).includes(char) ? char : undefined;
}

/**
 * Classifiers that count the same kind of thing. 个 counts anything and agrees with all; the others
 * agree within their group: "286页" (pages) is no count of standards (项), "1.1万家" no count of
 * vehicles (辆).
 */
const CLASSIFIER_GROUPS: readonly string[] = [
  '家所座户戶', // bodies, firms, households
  '项項条條款部', // standards, items, rules
  '辆輛台架', // vehicles, machines (架: Cantonese counts cars so, 千一萬架車)
  '件只隻套枚颗顆', // products
  '人名位人次', // people
  '次批批次家次届屆场場', // times, batches, sessions
  '种種类類', // kinds
  '份张張篇', // documents, certificates
  '页頁', // pages
];

/** Nouns of places, counted with 个 only: 国家, 地区, 省份, 城市. */
const PLACE_NOUN_RE = /(?:国家|國家|地区|地區|省份|城市|省（区、市）)$/;
/** What ends the noun phrase a 个 counts: punctuation, a verb or a preposition after it. */
const COUNTED_PHRASE_END_RE = /[，。；、：:,;（(]|签署|簽署|与|與|和|同|有|在|的|达|達|已/;
/** The longest noun phrase read after 个. */
const COUNTED_PHRASE_MAX = 16;

/** Whether a Chinese noun (a measure's name) counts places. */
export function countsPlaces(noun: string): boolean {
  return PLACE_NOUN_RE.test(noun.replace(/[“”"']/g, ''));
}

/**
 * Whether the number at `index` is a count of places by the noun after its 个 ("57个共建“一带一路”国家"
 * counts countries, whatever figure 57 is); false when no 个 follows it.
 */
export function countsPlacesAfter(text: string, index: number): boolean {
  if (text[index] !== '个' && text[index] !== '個') return false;
  const rest = text.slice(index + 1, index + 1 + COUNTED_PHRASE_MAX);
  const end = COUNTED_PHRASE_END_RE.exec(rest);
  return countsPlaces(end ? rest.slice(0, end.index) : rest);
}

/** Whether a classifier counts a kind of thing of its own (any but 个). */
export function isSpecificClassifier(c: string): boolean {
  return CLASSIFIER_GROUPS.some((g) => g.includes(c));
}

/** Whether two classifiers count different kinds of things (neither is 个, and no group has both). */
export function classifiersDisagree(a: string, b: string): boolean {
  if (a === b || a === '个' || b === '个' || a === '個' || b === '個') return false;
  const group = (c: string) => CLASSIFIER_GROUPS.findIndex((g) => g.includes(c));
  const ga = group(a);
  const gb = group(b);
  return ga >= 0 && gb >= 0 && ga !== gb;
}

/**
 * The classifier Chinese counts a head noun with, for a measure whose source gives none (an English
 * transcript): "…国家标准" is counted in 项, "…车辆" in 辆. Read from the end of the measure's name.
 */
const NOUN_CLASSIFIERS: ReadonlyArray<readonly [noun: string, classifier: string]> = [
  ['标准', '项'],
  ['车辆', '辆'],
  ['汽车', '辆'],
  ['机构', '家'],
  ['企业', '家'],
  ['组织', '家'],
  ['证书', '张'],
  ['产品', '件'],
  ['专家', '名'],
  ['人员', '人'],
];

/** The classifier of a Chinese measure name by its head noun, if the table knows it. */
export function classifierOfNoun(measure: string): string | undefined {
  const trimmed = measure.replace(/[（(][^）)]*[）)]$/, '');
  return NOUN_CLASSIFIERS.find(([noun]) => trimmed.endsWith(noun))?.[1];
}

/** 增长/增加/提高/升 (perhaps 了 or Cantonese 咗, a hedge) right before N倍: an increase BY N times, +N×100%. */
export const CHINESE_INCREASE_BY_RE =
  /(?:增长|增長|增加|提高|上升|上漲|上涨|升)(?:了|咗)?(?:近|接近|约|約|超过|超過|逾|将近|將近)?$/;
