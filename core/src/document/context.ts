/**
 * Reading the words around a figure: tokens for keyword matching, the periods it names, and
 * the scope words that narrow a measure to a subset.
 */
import { MONTH_NAMES, monthNumber } from '../rules/months.ts';
import { normalizeWidth } from '../extract/number-words.ts';
import { stemmer as porter } from 'stemmer';
import { CJK_RE } from '../rules/scripts.ts';
import { lexicon, scopeWordList } from './lexicon.ts';
import type { TextTime } from './text-date.ts';

const STOPWORDS = new Set(
  'a an the of in on at to for and or by with from as is are was were be been has have had its their this that these those there which who over more than nearly about some into per total number than also'.split(
    ' ',
  ),
);

const stems = new Map<string, string>();

/**
 * English variants of the lexicon as stemmed tokens: one-word variants by their surface word
 * ("autos" -> "auto"), phrases by their stemmed tokens ("call back" -> ["call", "back"]).
 */
interface EnglishLexicon {
  words: Map<string, string[]>;
  /** Phrases by their first token, longest first (and otherwise in the lexicon's order). */
  phrases: Map<string, LexiconPhrase[]>;
}
interface LexiconPhrase {
  tokens: string[];
  canonical: string[];
}
let english: EnglishLexicon | undefined;

function englishLexicon(): EnglishLexicon {
  if (english) return english;
  const words = new Map<string, string[]>();
  const variants: Array<{ tokens: string[]; canonical: string[] }> = [];
  for (const entry of lexicon().en) {
    const canonical = plainTokens(entry.canonical);
    for (const variant of entry.variants) {
      const tokens = plainTokens(variant);
      if (tokens.length === 1) words.set(tokens[0]!, canonical);
      else if (tokens.length > 1) variants.push({ tokens, canonical });
    }
  }
  // A phrase is matched in text whose single words are already rewritten ("testing firms" reads
  // "test enterpris" by then): its tokens are rewritten the same way.
  const phrases: LexiconPhrase[] = variants.map(({ tokens, canonical }) => ({
    tokens: tokens.flatMap((t) => words.get(t) ?? [t]),
    canonical,
  }));
  // Longest phrases first, so that "motor vehicle" wins over a shorter phrase inside it.
  phrases.sort((a, b) => b.tokens.length - a.tokens.length);
  // Only phrases beginning with a token can match there: each token looks up its few.
  const byFirst = new Map<string, LexiconPhrase[]>();
  for (const p of phrases) {
    const first = p.tokens[0]!;
    const list = byFirst.get(first) ?? [];
    list.push(p);
    byFirst.set(first, list);
  }
  english = { words, phrases: byFirst };
  return english;
}

/**
 * Lower-cased, stemmed word tokens ("Standards" -> "standard", Porter's stemmer), split at
 * hyphens, without stopwords, with the lexicon's variants rewritten to its canonical words
 * ("autos" -> "vehicl"). A hand-written scanner: this runs for every figure on a page. With
 * `starts`, the offset of each token is recorded too (a rewritten phrase keeps the offset of its
 * first word).
 */
export function tokenize(text: string, starts?: number[]): string[] {
  const out: string[] = [];
  const at: number[] = [];
  scan(text, out, at);
  const lex = englishLexicon();
  if (lex.phrases.size === 0 || out.length < 2) {
    starts?.push(...at);
    return out;
  }
  const tokens: string[] = [];
  for (let i = 0; i < out.length; i++) {
    const phrase = lex.phrases.get(out[i]!)?.find((p) => startsAt(p.tokens, out, i));
    if (phrase) {
      for (const t of phrase.canonical) {
        tokens.push(t);
        starts?.push(at[i]!);
      }
      i += phrase.tokens.length - 1;
    } else {
      tokens.push(out[i]!);
      starts?.push(at[i]!);
    }
  }
  return tokens;
}

/** Whether `tokens` stand in `out` from `i` on. */
function startsAt(tokens: readonly string[], out: readonly string[], i: number): boolean {
  for (let k = 0; k < tokens.length; k++) if (out[i + k] !== tokens[k]) return false;
  return true;
}

/** Tokens of a lexicon entry: stemmed, without the lexicon rewriting itself. */
function plainTokens(text: string): string[] {
  const out: string[] = [];
  scan(text, out, [], false);
  return out;
}

function scan(text: string, out: string[], at: number[], rewrite = true): void {
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) | 0x20 : 0; // lower-case ASCII letters
    const letter = c >= 97 && c <= 122;
    const apostrophe = c === 0x27 && start >= 0; // "world's"
    if (letter || apostrophe) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0) {
      const tokens = rewrite ? tokensOfWritten(text.slice(start, i)) : tokensOf(text.slice(start, i), false);
      for (const t of tokens) {
        out.push(t);
        at.push(start);
      }
      start = -1;
    }
  }
}

/**
 * What each word as written becomes with the lexicon (tokensOf): the words of a text recur, and
 * each is lower-cased, stemmed and looked up once.
 */
const writtenTokens = new Map<string, readonly string[]>();

function tokensOfWritten(written: string): readonly string[] {
  let tokens = writtenTokens.get(written);
  if (tokens === undefined) {
    tokens = tokensOf(written, true);
    if (writtenTokens.size > 100_000) writtenTokens.clear();
    writtenTokens.set(written, tokens);
  }
  return tokens;
}

const NO_TOKENS: readonly string[] = [];

/** The tokens for a word (none for a stopword, several for a rewritten word). */
function tokensOf(written: string, rewrite: boolean): readonly string[] {
  const word = written.toLowerCase();
  if (word.length < 2 || STOPWORDS.has(word)) return NO_TOKENS;
  let s = stems.get(word);
  if (s === undefined) {
    s = stem(word);
    if (stems.size > 100_000) stems.clear();
    stems.set(word, s);
  }
  if (STOPWORDS.has(s)) return NO_TOKENS;
  return (rewrite ? englishLexicon().words.get(s) : undefined) ?? [s];
}

/** Porter's stem of a word, possessive dropped ("world's" -> "world"), unless the lexicon keeps it apart. */
function stem(word: string): string {
  const bare = word.replace(/'s?$/, '');
  return keptStems().get(bare) ?? porter(bare);
}

let kept: ReadonlyMap<string, string> | undefined;
/** The lexicon's `stems`: words given their own token rather than a stem they would share. */
function keptStems(): ReadonlyMap<string, string> {
  kept ??= new Map(Object.entries(lexicon().stems ?? {}));
  return kept;
}

export interface PeriodCues {
  /** Years named in the text ("2023", "2023年"). */
  years: number[];
  /** Months named with their year ("August 2024", "2024年8月"), as year * 12 + month - 1. */
  months: number[];
  /** Words that make the figure a stock at a date: "by the end of", "a total of", 截至, 累计. */
  stock: boolean;
  /** Words that make it a flow within a period: "newly", "added", 新增. */
  flow: boolean;
  /**
   * A year named relative to the text ("last year", 去年): a count of that year, never the running
   * total to its end unless the clause says so (累计, "in total").
   */
  yearly: boolean;
  /** Words that make it a goal rather than an outcome: "target", "aims to", 目标, 力争. */
  target: boolean;
  /** Words that make it a change rather than a level: "up", "an increase of", 同比, 增長. */
  change: boolean;
  /**
   * The number is the change itself, said right after its verb ("rose 23.8%", 同比增长23.8%), not a
   * level the change reached ("rose to 40%", 提高到93.93%): no level can confirm it.
   */
  changeValue?: true;
  /** A relative date the text's own date could not resolve ("last year" in an undated text). */
  unresolved?: string;
  /** "Currently", 现行: the figure may be at most a year older than this year (the text's latest). */
  presentFloor?: number;
  /** The years are the paragraph's, not the number's own sentence's. */
  inherited?: true;
  /**
   * Inherited from a sentence before in the paragraph (not a list's lead-in line or a closing note
   * that dates the numbers it follows): the weakest reading of a date.
   */
  fromParagraph?: true;
}

/** Dates relative to the text's own: the phrase, and how many years before the text's year. */
const RELATIVE_YEARS: Array<{ re: RegExp; back: number }> = [
  // (大前年 holds 前年: the first written wins, and 大前年 starts a character earlier.)
  { re: /大前年/, back: 3 },
  { re: /\bthe year before last\b|前年/i, back: 2 },
  { re: /\b(?:last|past|previous) year\b|去年|上年末|上年底|上一年/i, back: 1 },
  { re: /\bthis year\b|\bso far this year\b|\byear to date\b|今年/i, back: 0 },
];
/** A relative year's end: 去年底, 去年年底, 上年末 (the relative date and the two characters after it). */
const RELATIVE_YEAR_END_ZH_RE = /年年?[底末]/;
/** "at the end of last year", "end-last year" (the words before the relative date, and it). */
const RELATIVE_YEAR_END_EN_RE = /\bend(?:\s+of|-)\s*(?:the\s+)?\S+\s+year$/i;
/** A verb of saying right after a relative date: the date is when it was said. */
const SAYING_AFTER_RE =
  /^[,\s]*(?:[\w'’-]+\s+){0,4}?(?:said|says|announced|reported|disclosed|revealed|told|stated|noted)\b|^[，,\s]*[\u4e00-\u9fff]{0,8}?(?:表示|宣布|介绍|透露|指出)/i;
const PRESENT_RE =
  /\b(?:currently|current|now|today|at present|presently|existing)\b|目前|当前|现行|现有|如今/i;

/** A month named as the last one of its name before the text's date: "last August". */
const LAST_MONTH_RE = new RegExp(String.raw`\blast\s+(${MONTH_NAMES})\b`, 'gi');
/**
 * A month's end or middle named without its year ("at the end of August", "a mid-August briefing"):
 * the latest such month up to the text's date.
 */
const BARE_MONTH_RE = new RegExp(
  String.raw`\b(?:end(?:\s+of|-)\s*|mid-)(${MONTH_NAMES})\b(?!\.?\s+(?:\d{1,2},?\s+)?(?:19|20)\d{2})`,
  'gi',
);
/** A year's end ("by the end of 2024", "end-2024", 2024年底): the stock at its last month. */
const YEAR_END_RE = /\bend(?:\s+of|-)\s*((?:19|20)\d{2})\b|((?:19|20)\d{2})\s?年\s?(?:底|末)/gi;
const MONTH_YEAR_RE = new RegExp(
  String.raw`\b(${MONTH_NAMES})\.?\s+(?:\d{1,2},?\s+)?((?:19|20)\d{2})\b|((?:19|20)\d{2})\s?年\s?(\d{1,2})\s?月`,
  'gi',
);

/** The month (year * 12 + month - 1) of an ISO date. */
export function monthOf(isoDate: string): number {
  return Number(isoDate.slice(0, 4)) * 12 + Number(isoDate.slice(5, 7)) - 1;
}

/**
 * A year: not part of a larger number, nor of a code or name ("IEC 1906 Awards", "ISO 2022"), nor
 * of a full date ("2024-01-31" dates a publication, not the period of a figure).
 */
// (Not a count after a hedge: "more than 2000 enterprises", "some 2000 firms".)
export const YEAR_RE =
  /(?<!\d[,.]?|[A-Z]{2,}\s?|\b(?:more than|fewer than|less than|at least|over|about|nearly|almost|some|around|roughly)\s)(?:19|20)\d{2}(?!\d|[,.]\d|[-/.]\d{1,2}[-/.]\d|\s?[余多餘]?[万萬亿億千百个個項项家件辆輛台名人次批类類种種条條份所座位款部%])/g;
// (The whole a share is of, "a quarter of the total", 占召回总数量的, is no stock.)
const STOCK_RE =
  /\b(?:by the end of|as of|at the end of|in total|a total of|(?<!\bof (?:the )?)total(?:led|ed|s)? (?:of )?|cumulative(?:ly)?|so far|to date|altogether|in all|in force|in effect|currently (?:effective|valid|in force))|截至|截止|累计|年底|年末|底|共有|(?<!占[^，。；,]{0,12})(?:总数|总量)|总计|现行|现有/i;
const YEARLY_RE = /\b(?:last|this) year\b|去年|今年/i;
const FLOW_RE =
  /\b(?:newly|added|new (?:national |industry |local |group )?(?:standards?|committees?|enterprises?|plans?|experts?|projects?|results?)|during the year|(?:in|during) (?:19|20)\d{2} alone|annually|each year|every year|per year|year-on-year|released in|approved in|filed in|published in|in (?:a single|one) year)\b|新增|新发布|新發布|新發佈|新公布|新公佈|新批准|新批準|年内|年內|全年|当年|當年|一年就|一年内|单年|單年/i;

// (到2025年…达到94% is a plan's goal: a level reached says 到2024年底, 到2023年12月 or 已(经)达到.)
const TARGET_RE =
  /\b(?:targets?|goals?|aims?(?:ed)? (?:to|at|for)|is to reach|should reach|will reach|objectives?)\b|目标|目標|(?:预计|預計)到\s?(?:19|20)\d{2}\s?年|力争|力爭|预期|預期|将达到|將達到|要达到|要達到|规划|規劃|到\s?(?:19|20)\d{2}\s?年(?![底末\d])[^。；;]{0,24}?(?<!已|已经|已經)(?:达到|達到)/i;

/** The hedges a writer puts between a change's verb and its number ("rose nearly", "up about"). */
export const CHANGE_HEDGE_WORDS = 'about|around|nearly|almost|more than|over|some|roughly';

/**
 * A change's verb right before its number (see PeriodCues.changeValue): "rose 23.8%", "down by
 * about 18.5%", "an increase of 67%", 同比增长23.8%, 下降了约. Not "rose to", 提高到, 降至, nor a
 * share "made up" of a whole.
 */
const CHANGE_VALUE_LEAD_RE = new RegExp(
  String.raw`\b(?:(?<!\b(?:made|make|makes|making|took|take|takes|taking|taken|end|ends|ended|ending|add|adds|added|adding|sum|sums|summed)\s)up|down|rose|grew|jumped|climbed|increased|surged|fell|dropped|declined|decreased|slumped|plunged|shrank|an? (?:increase|decrease|rise|fall|drop|decline|gain|jump) of)(?:\s+by)?\s+(?:(?:${CHANGE_HEDGE_WORDS})\s+)?$|(?:增长|增長|增加|上升|下降|减少|減少|下跌|回落|增幅为|增幅為|降幅为|降幅為)了?(?:约|約|近|超过|超過|逾)?$`,
  'i',
);

/** Whether the words before a number make it a change's value (see PeriodCues.changeValue). */
export function isChangeValueLead(lead: string): boolean {
  return CHANGE_VALUE_LEAD_RE.test(lead);
}

// ("48.6% fewer than in 2021" compares with a year: a change. Single spaces: the number's own
// clause has the number blanked, and "more than [doubled] in 2025" must not read as one.)
const CHANGE_RE =
  /\b(?:(?<!\b(?:made|make|makes|making)\s)up|down|rose|rise[sn]?|rising|grew|grow(?:s|n|th|ing)?|increase[sd]?|increasing|jump(?:ed|s)?|climb(?:ed|s)?|surge[sd]?|gain(?:ed|s)?|decrease[sd]?|declin(?:e|ed|es|ing)|f[ae]ll(?:s|en)?|drop(?:ped|s)?|slump(?:ed|s)?|plunge[sd]?|shr[au]nk|shrinks?|year-on-year|year on year|y-o-y|yoy|compared|from a year|on the (?:previous|prior) year|more than (?:the )?(?:previous|prior|a year)|higher|lower|change|doubled|tripled|trebled|quadrupled)\b|\b(?:fewer|more|less|greater|higher|lower) than (?:in |at the end of )?(?:(?:19|20)\d{2}\b|(?:the )?(?:previous|prior|preceding|last) year\b|a year (?:earlier|before|ago)\b|the year before\b)|同比|环比|按年|年增|年减|年減|比上年|较上年|較上年|比去年|较去年|較去年|(?:比|较|較)(?:上一年|前一年|前年|同期)|增长|增長|增加|下降|下跌|减少|減少|提高|降低|上升|回落|增幅|降幅|[↑↓▲▼]/i;

const DAY_DATE_RE = new RegExp(
  String.raw`(?<!\b(?:as of|as at|by|until|through|end of|on or before)\s|截至|截止|到)` +
    String.raw`(?:\b(?:${MONTH_NAMES})\.?\s+\d{1,2},?\s+(?:19|20)\d{2}\b` +
    String.raw`|(?<![-/.])\b\d{1,2}\s+(?:${MONTH_NAMES})\s+(?:19|20)\d{2}\b` +
    String.raw`|(?:19|20)\d{2}\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日)` +
    // (Not a day that labels a value: "(31 December 2023: 1,242)" dates the 1,242.)
    String.raw`(?!\s?[:：]\s?(?:\d|$))`,
  'gi',
);

const RISE_RE =
  /\b(?:up|rose|rise[sn]?|rising|grew|grow(?:s|n|th|ing)?|increase[sd]?|increasing|jump(?:ed|s)?|climb(?:ed|s)?|surge[sd]?|gain(?:ed|s)?|higher|more|greater|doubled|tripled|trebled|quadrupled)\b|增长|增長|增加|提高|上升|增幅|年增|翻|[↑▲]/i;
const FALL_RE =
  /\b(?:down|decrease[sd]?|declin(?:e|ed|es|ing)|f[ae]ll(?:s|en)?|drop(?:ped|s)?|slump(?:ed|s)?|plunge[sd]?|shr[au]nk|shrinks?|lower|fewer|less)\b|下降|下跌|减少|減少|降低|回落|降幅|年减|年減|[↓▼]/i;

const RELATIVE_ANY_RE = new RegExp(RELATIVE_YEARS.map(({ re }) => re.source).join('|'), 'gi');

/**
 * Every date pattern below (DAY_DATE_RE, EVENT_YEAR_RE, YEAR_RE, MONTH_YEAR_RE) needs a year
 * written in digits: a text without one (most clauses) skips them all for this one cheap test.
 */
const YEARISH_RE = /(?:19|20)\d\d/;
/** Every relative date (RELATIVE_YEARS) says "year" or 年. */
const RELATIVE_HINT_RE = /year|年/i;

/** Whether words name a year, in digits or relative to the text ("as in 2023", "last year's", 去年). */
export function namesAPeriod(text: string): boolean {
  // (search, not test: both patterns are global, and search ignores their lastIndex.)
  return text.search(YEAR_RE) >= 0 || (RELATIVE_HINT_RE.test(text) && text.search(RELATIVE_ANY_RE) >= 0);
}

/** "Earlier this year, SAMR said …": a relative date that dates the saying, not the figure said, blanked. */
export function maskSayingDates(text: string): string {
  if (!RELATIVE_HINT_RE.test(text)) return text;
  return text.replace(RELATIVE_ANY_RE, (rel, at: number) =>
    SAYING_AFTER_RE.test(text.slice(at + rel.length, at + rel.length + 48)) ? ' '.repeat(rel.length) : rel,
  );
}

/** A day ("March 19, 2026", "2025年3月18日") blanked: it dates an event or the story, not a figure. */
export function maskDayDates(text: string): string {
  if (!YEARISH_RE.test(text)) return text;
  return text.replace(DAY_DATE_RE, (d) => ' '.repeat(d.length));
}

/**
 * A year naming an event: "the 2025 national work conference", "2024年全国两会" date the event, not a
 * figure said there. So does the year a record is measured against: "the lowest since 2022",
 * "2022年以来最低" (the figure is of another year).
 */
const EVENT_YEAR_RE =
  /\bthe\s+((?:19|20)\d{2})\s+(?:[\w-]+\s+){0,4}?(?:conference|meeting|session|sessions|forum|summit|expo|congress|games|edition)\b|((?:19|20)\d{2})年?(?:度)?(?:全国|中国)?[\u4e00-\u9fff]{0,10}?(?:工作会议|会议|大会|论坛|峰会|博览会|两会)|\b(?:lowest|highest|fewest|most|least|smallest|largest|biggest|first|worst|best)\b(?:\s+[\w-]+){0,4}?\s+since\s+(?:19|20)\d{2}\b|(?:19|20)\d{2}年以来(?:的)?(?:最|首次|新高|新低)/gi;

/**
 * The year a running total starts from: "since 2004", "since its rules took effect in 2004". Blanked
 * only where the text says it is a total ("cumulative", "in total", "by the end of …"): "Since 2021
 * the company has carried out four recalls" is dated by its start.
 */
const SINCE_START_RE =
  /\bsince\s+(?:(?:its|the|their)\s+(?:[\w-]+\s+){0,5}?(?:took effect|began|begun|started|was launched|was introduced|came into force|came into effect)\s+in\s+)?(?:19|20)\d{2}\b/gi;
const RUNNING_TOTAL_RE = /\b(?:cumulative(?:ly)?|in total|a total of|altogether|to date|by the end of)\b/i;

/**
 * The date a document came out: "the annual report released in March 2024", "figures published on
 * 19 March 2025". It dates the document, not the figures it gives. (Only a document's: "2,902
 * standards were released in 2023" is the figure's own year.)
 */
const PUBLISHED_DATE_RE = new RegExp(
  String.raw`\b(?:report|bulletin|notice|data|figures|statistics|paper|yearbook|communiqu[eé]|announcement|review|survey|release)\s+(?:(?:was|were)\s+)?(?:released|published|issued|put out|unveiled)\s+(?:in|on)\s+((?:(?:early|mid|late)[- ])?(?:(?:\d{1,2}\s+)?(?:${MONTH_NAMES})\.?\s+(?:\d{1,2},?\s+)?)?(?:19|20)\d{2})\b`,
  'gi',
);

/** A document's coming out blanked after its noun ("report ␣␣␣…"), offsets kept. */
function blankPublished(span: string): string {
  const noun = /^\S+/.exec(span)![0];
  return noun + ' '.repeat(span.length - noun.length);
}

/** Years of events blanked (see EVENT_YEAR_RE, PUBLISHED_DATE_RE, SINCE_START_RE), offsets kept. */
export function maskEventYears(text: string): string {
  if (!YEARISH_RE.test(text)) return text;
  const events = text.replace(EVENT_YEAR_RE, blankYear).replace(PUBLISHED_DATE_RE, blankPublished);
  return RUNNING_TOTAL_RE.test(events) ? events.replace(SINCE_START_RE, blankYear) : events;
}

/** A span with its (first) year blanked, offsets kept. */
function blankYear(span: string): string {
  return span.replace(/(?:19|20)\d{2}/, '    ');
}

/**
 * Words that date a clause to the present ("now", "currently", 目前): adverbs of time, not the
 * adjectives of a measure's name ("existing", 现行国家标准 "national standards in force", which
 * "2022年末，全国现行国家标准43027项" dates to the end of 2022).
 */
const PRESENT_ADVERB_RE = /\b(?:currently|now|today|at present|presently)\b|目前|当前|當前|如今|现在|現在/i;
/**
 * A running total up to now, whatever year an earlier clause names: "In 2022 the figures were 690
 * recalls …, and since the system began companies have carried out 4,885". (Not "had been recalled
 * since the system began", which is as of the date said.)
 */
const SINCE_BEGINNING_RE =
  /\bsince\s+(?:the\s+)?(?:(?:recall\s+)?(?:system|scheme|programme|program|regime|rules)\s+(?:began|started|was launched|was introduced|came into force|took effect)|records began|(?:its|their)\s+(?:inception|launch))\b/i;
const PAST_PERFECT_RE = /\bhad\b/i;

/** Whether a text speaks of the present ("now", "currently", 目前). */
export function isPresentText(text: string): boolean {
  return PRESENT_ADVERB_RE.test(text) || (SINCE_BEGINNING_RE.test(text) && !PAST_PERFECT_RE.test(text));
}

/** Whether a clause speaks of a change ("up", "year-on-year", 同比增长). */
export function isChangeText(text: string): boolean {
  return CHANGE_RE.test(text);
}

/** The direction a clause gives a change, when it gives exactly one. */
export function changeDirectionOf(text: string): 'increase' | 'decrease' | undefined {
  const rise = RISE_RE.test(text);
  const fall = FALL_RE.test(text);
  return rise === fall ? undefined : rise ? 'increase' : 'decrease';
}

/** Whether a text states a goal ("targets", 目标) rather than an outcome. */
export function isTargetText(text: string): boolean {
  return TARGET_RE.test(text);
}

const ASIDE_RE = /[(（][^()（）]*[)）]/g;

/** The text with every bracketed aside blanked: "93.65% (that was 2023)" without its aside. */
export function withoutAsides(text: string): string {
  return text.replace(ASIDE_RE, ' ');
}
/** A number in an aside that is not a year: the aside states a figure of its own. */
const ASIDE_NUMBER_RE = /(?<![\d.])(?!(?:19|20)\d{2}(?![\d.]))\d/;

/**
 * A sentence without its asides (parentheses) that state another number: "85.6 (the 2025 target
 * is 86)" states 85.6 as an outcome; the aside's goal and year are 86's. An aside with no number of
 * its own ("94% (target)", "93.93% (2024)") is the number's.
 */
export function outsideAsides(sentence: string, numberText: string): string {
  if (!sentence.includes('(') && !sentence.includes('（')) return sentence;
  return sentence.replace(ASIDE_RE, (aside) =>
    aside.includes(numberText) || !ASIDE_NUMBER_RE.test(aside) ? aside : ' ',
  );
}

/**
 * Period cues: years from `yearText` (a sentence), stock and flow words from `cueText` (the clause).
 * With the text's time, relative dates ("last year", 去年) become years and "currently" a floor.
 */
export function periodCues(yearText: string, cueText: string = yearText, time?: TextTime): PeriodCues {
  // (Assigned, not spread: on Node 20 a spread followed by keys it lacks makes a new hidden class
  // for every object, which costs microseconds here and makes every later read of the cues slow.)
  // (A document's release, "the report released in March 2024", is no flow of the figures it gives.)
  if (YEARISH_RE.test(cueText)) cueText = cueText.replace(PUBLISHED_DATE_RE, blankPublished);
  return Object.assign({}, sentencePeriod(yearText, time), {
    stock: STOCK_RE.test(cueText),
    flow: FLOW_RE.test(cueText),
    yearly: YEARLY_RE.test(cueText),
    change: CHANGE_RE.test(cueText),
  });
}

/** The cues read from the whole sentence, the same for every figure in it. */
type SentencePeriod = Pick<PeriodCues, 'years' | 'months' | 'unresolved' | 'presentFloor' | 'target'>;

/**
 * The figures of a sentence are judged one after another, each reading the sentence's years and
 * months: the last sentence's reading is kept (its arrays are shared, and never changed).
 */
let lastPeriod: { text: string; time: TextTime | undefined; cues: SentencePeriod } | undefined;

function sentencePeriod(yearText: string, time: TextTime | undefined): SentencePeriod {
  if (lastPeriod?.text !== yearText || lastPeriod.time !== time)
    lastPeriod = { text: yearText, time, cues: readSentencePeriod(yearText, time) };
  return lastPeriod.cues;
}

/**
 * The periods a text names (years, months, a relative or present period), without the clause's
 * stock, flow and change words: what telling a sentence's clauses apart and a paragraph's year need.
 */
export function periodsNamed(text: string, time?: TextTime): SentencePeriod {
  return readSentencePeriod(text, time);
}

function readSentencePeriod(yearText: string, time: TextTime | undefined): SentencePeriod {
  yearText = maskEventYears(maskSayingDates(withoutDays(yearText)));
  const dated = YEARISH_RE.test(yearText);
  const years = dated ? yearsOf(yearText) : [];
  let m: RegExpExecArray | null;
  const months: number[] = [];
  if (dated) {
    MONTH_YEAR_RE.lastIndex = 0;
    while ((m = MONTH_YEAR_RE.exec(yearText)) !== null) {
      const month = m[1] ? monthNumber(m[1]) : Number(m[4]);
      const year = Number(m[2] ?? m[3]);
      if (month !== undefined && month >= 1 && month <= 12) months.push(year * 12 + month - 1);
    }
    YEAR_END_RE.lastIndex = 0;
    while ((m = YEAR_END_RE.exec(yearText)) !== null) months.push(Number(m[1] ?? m[2]) * 12 + 11);
  }
  // "Last August" in a text of March 2025 is August 2024: the latest such month before the text's.
  if (time?.date) {
    // "Last August" is the latest August before the text's month; "the end of August", up to it.
    const textMonth = monthOf(time.date);
    monthsNamedBefore(LAST_MONTH_RE, yearText, textMonth - 1, months, years);
    monthsNamedBefore(BARE_MONTH_RE, yearText, textMonth, months, years);
  }
  let unresolved: string | undefined;
  if (years.length === 0 && months.length === 0 && RELATIVE_HINT_RE.test(yearText)) {
    const textYear = time?.date ? Number(time.date.slice(0, 4)) : undefined;
    // The first relative date written, not the first kind tried: "截至去年底…较前年底" is last year.
    let first: { at: number; text: string; back: number } | undefined;
    for (const { re, back } of RELATIVE_YEARS) {
      const rel = re.exec(yearText);
      if (rel && (!first || rel.index < first.at)) first = { at: rel.index, text: rel[0], back };
    }
    if (first) {
      if (textYear === undefined) unresolved = first.text;
      else {
        const year = textYear - first.back;
        years.push(year);
        // ("截至去年底", "at the end of last year": the stock at that year's last month.)
        const end = first.at + first.text.length;
        if (
          RELATIVE_YEAR_END_ZH_RE.test(yearText.slice(first.at, end + 2)) ||
          RELATIVE_YEAR_END_EN_RE.test(yearText.slice(Math.max(0, first.at - 16), end))
        )
          months.push(year * 12 + 11);
      }
    }
  }
  const presentFloor =
    years.length === 0 && !unresolved && time?.latestYear !== undefined && PRESENT_RE.test(yearText)
      ? time.latestYear - 1
      : undefined;
  // (The optional keys set after, not spread before: see periodCues.)
  const period: SentencePeriod = { years, months, target: TARGET_RE.test(yearText) };
  if (unresolved) period.unresolved = unresolved;
  if (presentFloor !== undefined) period.presentFloor = presentFloor;
  return period;
}

/**
 * Each month `re` names without a year (its first group), as the latest such month at or before
 * `latest` (year * 12 + month - 1), added to `months` and its year to `years`.
 */
function monthsNamedBefore(
  re: RegExp,
  text: string,
  latest: number,
  months: number[],
  years: number[],
): void {
  re.lastIndex = 0;
  for (const m of text.matchAll(re)) {
    const month = monthNumber(m[1]!)! - 1;
    const at = latest - ((latest - month + 12) % 12);
    months.push(at);
    if (!years.includes(Math.floor(at / 12))) years.push(Math.floor(at / 12));
  }
}

/**
 * A day ("March 19, 2026", "2025年3月18日") dates an event or the story, not a figure's period,
 * unless the figure is a stock at that day ("as of June 30, 2024", 截至2024年8月31日): blanked.
 */
function withoutDays(text: string): string {
  return maskDayDates(normalizeWidth(text));
}

function yearsOf(dayless: string): number[] {
  const years: number[] = [];
  if (!YEARISH_RE.test(dayless)) return years;
  YEAR_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = YEAR_RE.exec(dayless)) !== null) years.push(Number(m[0]));
  return years;
}

/**
 * Words that narrow a measure to a subset or another scope. A mention next to one of these
 * is about a part, not the whole the official figure counts.
 */
/**
 * Scope names of more than two words ("International Organization for Standardization"), as tokens,
 * by their first token, and the scope each is compared as (scopes.json `sameAs`). Built on first
 * use: tokenize needs the lexicon, which may not be loaded when this module is.
 */
let scopeLong: Map<string, Array<{ tokens: string[]; word: string }>> | undefined;
function longScopes(): Map<string, Array<{ tokens: string[]; word: string }>> {
  if (scopeLong) return scopeLong;
  scopeLong = new Map();
  for (const w of [...scopeWordList.qualifiers, ...scopeWordList.places]) {
    if (w.split(/[ -]/).length <= 2) continue;
    const tokens = tokenize(w);
    if (tokens.length === 0) continue;
    const list = scopeLong.get(tokens[0]!) ?? [];
    list.push({ tokens, word: scopeWordList.sameAs[w] ?? w.replace(/-/g, ' ') });
    scopeLong.set(tokens[0]!, list);
  }
  return scopeLong;
}

/** Scope words of one token (after tokenize), and of two ("inner mongolia"). */
// Keyed by token (Porter's stem), valued by the scope word as a reader writes it ("beijing").
const SCOPE_ONE = new Map<string, string>();
// (Two-token words by their first token, then their second: no pair of tokens is joined to look one up.)
const SCOPE_TWO = new Map<string, Map<string, string>>();
for (const w of [...scopeWordList.qualifiers, ...scopeWordList.places]) {
  const parts = w.split(/[ -]/).map(stem);
  if (parts.length === 1) SCOPE_ONE.set(parts[0]!, normalizeScope(w));
  else if (parts.length === 2) {
    const seconds = SCOPE_TWO.get(parts[0]!) ?? new Map<string, string>();
    seconds.set(parts[1]!, w.replace(/-/g, ' '));
    SCOPE_TWO.set(parts[0]!, seconds);
  }
}
const SCOPE_ZH_RE = new RegExp(scopeWordList.zh.join('|'), 'g');
/** Qualifier scope words as compared ("new energy"): shown as written, not as names. */
const SCOPE_QUALIFIERS = new Set(scopeWordList.qualifiers.map((w) => normalizeScope(w)));

/**
 * Scope words in a text, given its tokens (from `tokenize`): lower case, single spaces.
 * "US" counts only in capitals ("us" the pronoun is a stopword anyway).
 */
export function scopeWordsOf(text: string, tokens: readonly string[]): string[] {
  const out: string[] = [];
  const long = longScopes();
  // (A place that names a newspaper or a broadcaster, "the Beijing News", scopes nothing: a place
  // written with a capitalised media word after it, and only where the text writes it so.)
  const media = MEDIA_WORD_RE.test(text) ? mediaPlaces(text) : undefined;
  const push = (word: string, next: string | undefined) => {
    if (next === undefined || !media?.has(word) || !NAMES_AFTER_EN.has(next)) out.push(word);
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const longer = long.get(t)?.find((l) => startsAt(l.tokens, tokens, i));
    if (longer) {
      i += longer.tokens.length - 1;
      push(longer.word, tokens[i + 1]);
      continue;
    }
    const next = tokens[i + 1];
    const pair = next === undefined ? undefined : SCOPE_TWO.get(t)?.get(next);
    if (pair) {
      i++;
      push(pair, tokens[i + 1]);
    } else {
      const word = SCOPE_ONE.get(t);
      if (word) push(word, next);
    }
  }
  if (/\bU\.?S\.?\b/.test(text)) out.push('us');
  if (CJK_RE.test(text)) {
    SCOPE_ZH_RE.lastIndex = 0;
    for (const m of withoutVenues(text).matchAll(SCOPE_ZH_RE)) out.push(m[0]);
  }
  return out;
}

/** Words that make a place before them part of a name (scopes.json `namesAfter`), as tokens. */
const NAMES_AFTER_EN: ReadonlySet<string> = new Set(
  scopeWordList.namesAfter.en.map((w) => stem(w.toLowerCase())),
);
/** A capitalised name before one of those words, written as a name is ("Beijing News", "China Daily"). */
const MEDIA_NAME_RE = new RegExp(
  `\\b([A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:${scopeWordList.namesAfter.en.join('|')})\\b`,
  'g',
);

/** A cheap first test: one of those words, capitalised, anywhere in the text. */
const MEDIA_WORD_RE = new RegExp(`\\b(?:${scopeWordList.namesAfter.en.join('|')})\\b`);

/** The scope words a text writes as part of a media name ("Beijing" in "the Beijing News"). */
function mediaPlaces(text: string): Set<string> {
  const out = new Set<string>();
  MEDIA_NAME_RE.lastIndex = 0;
  for (const m of text.matchAll(MEDIA_NAME_RE))
    for (const w of scopeWordsOf(m[1]!, tokenize(m[1]!))) out.add(w);
  return out;
}

/**
 * Places that are where something was said, not what a figure covers: a meeting's venue
 * (在北京举行的…会议上表示), a dateline's place (台北9日電, 北京1月31日电), and a newspaper's or a
 * broadcaster's name (北京日报, scopes.json `namesAfter`).
 */
const ZH_NOT_SCOPE_RE = new RegExp(
  `(?<=在)[\\u4e00-\\u9fff]{2,4}?(?=举行|舉行|召开|召開)|[\\u4e00-\\u9fff]{2,3}(?=\\d{1,2}(?:月\\d{1,2})?日(?:电|電))|(?:${scopeWordList.zh.join('|')})(?=${scopeWordList.namesAfter.zh.map((w) => `${w}(?![道送告])`).join('|')})`,
  'g',
);

/** Chinese text with its venues and datelines' places blanked (see ZH_NOT_SCOPE_RE), offsets kept. */
export function withoutVenues(text: string): string {
  return text.replace(ZH_NOT_SCOPE_RE, (w) => ' '.repeat(w.length));
}

/** Scope words in `text` (see scopeWordsOf). */
export function scopeWords(text: string): string[] {
  return scopeWordsOf(text, tokenize(text));
}

/** A scope word as a reader expects it: places and names in proper case ("Guangdong", "Inner Mongolia", "EU"). */
export function displayScope(word: string): string {
  if (SCOPE_QUALIFIERS.has(word) || /[^a-z ]/.test(word)) return word;
  if (word.length <= 2) return word.toUpperCase();
  return word.replace(/\b[a-z]/g, (c) => c.toUpperCase());
}

/** A scope word as compared and shown: lower case, single spaces, a plural "s" dropped. */
export function normalizeScope(word: string): string {
  const w = word.toLowerCase().replace(/[ -]+/g, ' ');
  return w.length > 4 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
}
