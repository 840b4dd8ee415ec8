/**
 * Figures and citations in the reader's language. A Chinese text is answered in Chinese: the
 * official value as Chinese sources write it (672.8万辆, 1.03亿, 44499项), the Chinese measure, the
 * Chinese source sentence with its Chinese title and issuing body. An English text is answered in
 * English, quoting an English source of the same figure where the set has one and otherwise the
 * Chinese sentence with the English measure beside it. Every front end (card, CLI report, Excel
 * note) calls `citationFor` so that they all say the same thing.
 */
import { roundSignificant } from '../rules/numbers.ts';
import { hasChinese } from '../rules/scripts.ts';
import { classifierAfter, ZH_LARGE_UNITS, ZH_LARGE_UNIT_MAX_DECIMALS } from '../rules/chinese-units.ts';
import type { FigureSet, SourcedFigure } from '../set/figure-set.ts';
import type { Qualifier, Source, Unit } from '../set/schema.ts';
import type { VerdictLanguage } from '../judge/verdicts.ts';
import {
  describeFigure,
  formatCitation,
  formatOfficialValue,
  formatValue,
  shortAttribution,
} from './format.ts';

/** The languages explanations are written in (the verdict words' languages). */
export type Language = VerdictLanguage;

/** The language to answer a text in: Chinese when the text (a mention's sentence) has Chinese in it. */
export function languageOf(text: string): Language {
  return hasChinese(text) ? 'zh' : 'en';
}

const QUALIFIER_WORDS_ZH: Record<Qualifier, string> = {
  exact: '',
  'more-than': '超过',
  'at-least': '至少',
  nearly: '近',
  about: '约',
  'less-than': '不到',
  'up-to': '最多',
};

function decimals(value: number): number {
  const text = String(roundSignificant(value));
  const dot = text.indexOf('.');
  return dot < 0 || /e/i.test(text) ? 0 : text.length - dot - 1;
}

/**
 * A number as Chinese sources write it: with 亿 or 万 when it is round enough for them
 * ("672.8万", "1.03亿", "4700亿"), else plain digits without separators ("44499", "2621816").
 */
export function formatNumberZh(value: number): string {
  const abs = Math.abs(value);
  for (const { char, value: size } of ZH_LARGE_UNITS) {
    const scaled = roundSignificant(value / size);
    if (abs >= size && decimals(scaled) <= ZH_LARGE_UNIT_MAX_DECIMALS) return `${scaled}${char}`;
  }
  return String(roundSignificant(value));
}

/** A value in a language: "6,728,000" / "672.8万", "0.36 percentage points" / "0.36个百分点". */
export function formatValueIn(value: number, unit: Unit, language: Language): string {
  if (language === 'en') return formatValue(value, unit);
  const number = formatNumberZh(value);
  switch (unit) {
    case 'percent':
      return `${number}%`;
    case 'percentage-points':
      return `${number}个百分点`;
    case 'yuan':
      return `${number}元`;
    case 'times':
      return `${number}倍`;
    default:
      return number;
  }
}

/**
 * The classifier the figure's Chinese source writes after its number ("辆" in "672.8万辆", "分"
 * after a score), or undefined for other units and for English sources.
 */
export function classifierOf(figure: SourcedFigure): string | undefined {
  if (figure.unit !== 'count' && figure.unit !== 'score') return undefined;
  return classifierAfter(figure.quote, figure.numberText, figure.unit === 'score' ? '分' : '');
}

/**
 * The classifier of a measure: the figure's own, else one a Chinese source of the same measure
 * writes (an English transcript's 44,499 national standards are 44499项 in Chinese).
 */
export function measureClassifier(figures: Iterable<SourcedFigure>): string | undefined {
  for (const f of figures) {
    const classifier = classifierOf(f);
    if (classifier) return classifier;
  }
  return undefined;
}

/**
 * The official value with the source's hedge, in a language. In Chinese the count carries the
 * classifier its Chinese source wrote after it ("672.8万辆", "超过1.9万家", "81.3分"), or
 * `classifier` when given (one word for a whole series).
 */
export function formatOfficialValueIn(
  figure: SourcedFigure,
  language: Language,
  classifier = classifierOf(figure),
): string {
  if (language === 'en') return formatOfficialValue(figure);
  return `${QUALIFIER_WORDS_ZH[figure.qualifier]}${formatValueIn(figure.value, figure.unit, 'zh')}${classifier ?? ''}`;
}

function dateZh(iso: string): string {
  return `${Number(iso.slice(0, 4))}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;
}

function isMonthEnd(iso: string): boolean {
  const next = new Date(`${iso}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.getUTCDate() === 1;
}

/** "截至2023年底", "截至2024年8月底", "截至2024年9月3日". */
function asOfZh(end: string): string {
  const year = Number(end.slice(0, 4));
  const month = Number(end.slice(5, 7));
  if (end.endsWith('-12-31')) return `截至${year}年底`;
  if (isMonthEnd(end)) return `截至${year}年${month}月底`;
  return `截至${dateZh(end)}`;
}

/**
 * The period of a figure in Chinese: "2023年", "截至2023年底", "2025年目标". A change is dated by
 * the period it ends in, because its Chinese measure already names the base ("比上年增长").
 */
export function periodLabelZh(figure: Pick<SourcedFigure, 'period'>): string {
  const { start, end, kind } = figure.period;
  const year = Number(end.slice(0, 4));
  const wholeYear = start === `${year}-01-01` && end.endsWith('-12-31');
  switch (kind) {
    case 'target':
      return `${year}年目标`;
    case 'annual':
      return `每年（${year}年）`;
    case 'during':
      return wholeYear || !start ? `${year}年` : `${dateZh(start)}至${dateZh(end)}`;
    case 'change':
      return end.endsWith('-12-31') ? `${year}年` : asOfZh(end);
    case 'as-of':
      return asOfZh(end);
  }
}

/** The period as a reader of the language names it: the source's own words in English. */
export function periodLabelIn(figure: Pick<SourcedFigure, 'period'>, language: Language): string {
  return language === 'zh' ? periodLabelZh(figure) : figure.period.label;
}

/** What the figure counts, in a language: `measureZh`, else the first Chinese keyword, else English. */
export function measureIn(figure: SourcedFigure, language: Language): string {
  if (language === 'en') return figure.measure;
  return figure.measureZh ?? figure.keywords.zh[0] ?? figure.measure;
}

/**
 * The figure in one phrase: "44,499 national standards in force, by the end of 2023" /
 * "2023年，汽车召回涉及车辆672.8万辆", "截至2024年8月底，CNAS认可各类机构超过1.9万家".
 */
export function describeFigureIn(
  figure: SourcedFigure,
  language: Language,
  classifier = classifierOf(figure),
): string {
  if (language === 'en') return describeFigure(figure);
  return `${periodLabelZh(figure)}，${measureIn(figure, 'zh')}${formatOfficialValueIn(figure, 'zh', classifier)}`;
}

/**
 * Chinese names of issuing bodies and publishers that the data names in English. Matched as a
 * prefix, longest first, so "SAMR / SAC (Annual Report …)" is not read as SAMR alone.
 */
const BODY_NAMES_ZH: ReadonlyArray<readonly [en: string, zh: string]> = (
  [
    ['CPC Central Committee and State Council', '中共中央、国务院'],
    ['State Administration for Market Regulation', '国家市场监督管理总局'],
    ['State Council Information Office', '国务院新闻办公室'],
    ['SAMR / SAC', '国家市场监督管理总局、国家标准化管理委员会'],
    ['SAMR (CNCA)', '国家市场监督管理总局（国家认证认可监督管理委员会）'],
    ['China.org.cn', '中国网'],
    ['SAMR', '国家市场监督管理总局'],
    ['CNAS', '中国合格评定国家认可委员会'],
    ['SCIO', '国务院新闻办公室'],
  ] satisfies Array<[string, string]>
).sort((a, b) => b[0].length - a[0].length);

/** The Chinese written in a name's parentheses: "Economic Information Daily (经济参考报, Xinhua)" → "经济参考报". */
function chineseInParentheses(name: string): string | undefined {
  const inside = /[(（]([^)）]*)[)）]/.exec(name)?.[1];
  return inside
    ?.split(/[,，;；]/)
    .map((part) => part.trim())
    .find((part) => hasChinese(part));
}

/** A body's name in a language: "SAMR" → "国家市场监督管理总局"; unknown names stay as written. */
export function bodyNameIn(name: string, language: Language): string {
  if (language === 'en') return name;
  const known = BODY_NAMES_ZH.find(([en]) => name.startsWith(en));
  return known?.[1] ?? chineseInParentheses(name) ?? name;
}

const COPY_WORDS_ZH: Record<NonNullable<Source['copy']>['kind'], string> = {
  original: '',
  repost: '（转载）',
  mirror: '（镜像转载）',
};

/**
 * A ready-to-paste citation of the figure's source, in a language. English is `formatCitation`;
 * Chinese names the issuing body, the Chinese title, the publisher of the copy (and that it is a
 * repost or mirror), the dates, the copy's byline and its URL:
 * `国家市场监督管理总局，《2023年我国实施汽车召回214次 涉及车辆672.8万辆》，经济参考报（转载），2024年3月12日发布，2024年3月13日刊载，2024-03-13 11:40:00 来源:经济参考报，http://…`
 */
export function formatCitationIn(figure: SourcedFigure, language: Language): string {
  if (language === 'en') return formatCitation(figure);
  const s = figure.source;
  // An English title keeps its own quotation marks out of the 《》 ("\"Annual Report …\" Released").
  const title = s.titleZh ?? s.title.replace(/"/g, '');
  const parts = [
    bodyNameIn(figure.speaker, 'zh'),
    title.startsWith('《') ? title : `《${title}》`,
    `${bodyNameIn(s.publisher, 'zh')}${s.copy ? COPY_WORDS_ZH[s.copy.kind] : ''}`,
    s.dateHeld === s.datePublished
      ? dateZh(s.datePublished)
      : `${dateZh(s.dateHeld)}发布，${dateZh(s.datePublished)}刊载`,
  ];
  if (s.byline) parts.push(s.byline);
  if (s.url) parts.push(s.url);
  return parts.join('，');
}

/**
 * The short attribution inside a verdict line, in a language: "SAMR, 2024-03-29" /
 * "国家市场监督管理总局，2024年3月29日".
 */
export function shortAttributionIn(figure: SourcedFigure, language: Language): string {
  if (language === 'en') return shortAttribution(figure);
  return `${bodyNameIn(figure.source.agency, 'zh')}，${dateZh(figure.source.datePublished)}`;
}

/** What a front end shows to cite a figure, in the reader's language (see `citationFor`). */
export interface Citation {
  language: Language;
  /** The figure cited: the one the verdict found. */
  figure: SourcedFigure;
  /**
   * The figure whose sentence is quoted: `figure` itself, or the same value of the same measure,
   * date and scope from a source in the reader's language.
   */
  quoted: SourcedFigure;
  /** The figure in one phrase ("2023年，汽车召回涉及车辆672.8万辆"). */
  description: string;
  /** The official value with its hedge ("672.8万辆", "6,728,000"). */
  value: string;
  /** The source sentence, word for word. */
  quote: string;
  /** Which language the quote is in (a Chinese quote can answer an English text). */
  quoteLanguage: Language;
  /** The number as the quote writes it: what a card emphasises in the quote. */
  numberText: string;
  /** The measure in the reader's language, shown beside a quote in the other language. */
  gloss?: string;
  /** Who stated it and where (`formatCitationIn` of the quoted figure). */
  source: string;
  /** Everything in one paste-ready line. */
  text: string;
}

function quoteLanguage(figure: SourcedFigure): Language {
  return languageOf(figure.quote);
}

const COPY_RANK = { original: 0, repost: 1, mirror: 2 } as const;

/**
 * The figure to quote for a reader of `language`: `figure` when its sentence is in that language,
 * else a figure of the same measure (`measureKey`), date (`period.end`), scope and value whose
 * sentence is, the publisher's own page before a copy. Never a different value: quoting another
 * source's number would cite something the verdict was not about.
 */
export function quotedFigureFor(
  figure: SourcedFigure,
  set: Pick<FigureSet, 'byMeasure'>,
  language: Language,
): SourcedFigure {
  if (quoteLanguage(figure) === language) return figure;
  const scope = figure.scope.join('|');
  const same = set
    .byMeasure(figure.measureKey)
    .filter(
      (f) =>
        f.period.end === figure.period.end &&
        f.period.kind === figure.period.kind &&
        f.scope.join('|') === scope &&
        f.value === figure.value &&
        f.unit === figure.unit &&
        quoteLanguage(f) === language,
    )
    .sort(
      (a, b) => COPY_RANK[a.source.copy?.kind ?? 'original'] - COPY_RANK[b.source.copy?.kind ?? 'original'],
    );
  return same[0] ?? figure;
}

/**
 * The citation of `figure` for a reader of `language` (use `languageOf(sentence)`). Pure: the
 * card, the CLI report and the Excel note all render from this one object.
 */
export function citationFor(
  figure: SourcedFigure,
  set: Pick<FigureSet, 'byMeasure'>,
  language: Language,
): Citation {
  const quoted = quotedFigureFor(figure, set, language);
  const inLanguage = quoteLanguage(quoted);
  const gloss = inLanguage === language ? undefined : measureIn(figure, language);
  const classifier = measureClassifier([figure, ...set.byMeasure(figure.measureKey)]);
  // The quoted figure states the same value, date and scope; in the reader's language it also
  // has the measure as that language's source words it (measureZh), so describe it instead.
  const described = inLanguage === language ? quoted : figure;
  const description = describeFigureIn(described, language, classifier);
  const source = formatCitationIn(quoted, language);
  const text =
    language === 'zh'
      ? `${description}。“${quoted.quote}”${gloss ? `（${gloss}）` : ''}——${source}`
      : `${description}. "${quoted.quote}"${gloss ? ` [${gloss}]` : ''} — ${source}`;
  return {
    language,
    figure,
    quoted,
    description,
    value: formatOfficialValueIn(described, language, classifier),
    quote: quoted.quote,
    quoteLanguage: inLanguage,
    numberText: quoted.numberText,
    ...(gloss !== undefined ? { gloss } : {}),
    source,
    text,
  };
}
