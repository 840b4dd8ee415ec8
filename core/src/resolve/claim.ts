/**
 * A number as the matcher reads it: its value and hedge, and the words around it cut into what
 * names its measure (its own clause, an ellipsis's clause before, a Chinese clause across
 * enumerations), what dates it (the clause of a sentence naming several periods), what narrows its
 * scope (one company, a province) and what makes it no quote at all (a forecast, a difference).
 * Built the same way for prose (`claimFromMention`) and for table cells (`numberOfClaim`).
 */
import { COLUMN_GAP } from '../document/text-tables.ts';
import { lineStartWithin } from '../document/sentences.ts';
import { OWN_CALCULATION_RE } from '../rules/own-calculation.ts';
import type { Mention, MentionUnit, NotCheckable } from '../extract/extract.ts';
import type { Currency } from '../extract/lexicon.ts';
import type { Qualifier } from '../set/schema.ts';
import type { TextTime } from '../document/text-date.ts';
import { CHANGE_HEDGE_WORDS, isTargetText, withoutAsides, withoutVenues } from '../document/context.ts';
import {
  baseValueShift,
  clauseShift,
  fromYearBeforeShift,
  fromToStartShift,
  periodTextOf,
  sentenceShift,
} from '../document/period-segments.ts';
import { hasChinese } from '../rules/scripts.ts';
import { CHINESE_INCREASE_BY_RE, classifierAt, countsPlacesAfter } from '../rules/chinese-units.ts';
import { roundSignificant, scaleOfLabel } from '../rules/numbers.ts';
import { isNounPhraseWord, kindCue, leadInAbove, nounAfter } from './reference.ts';
import countedNouns from '../../../data/lexicon/counted-nouns.json' with { type: 'json' };
import { z } from 'zod';
import { parseWordList, scopeWordList } from '../document/lexicon.ts';

/** What the matcher needs to know about a quoted number. */
export interface Claim {
  value: number;
  unit: MentionUnit;
  qualifier: Qualifier;
  precision: number;
  /** The number as written, for explanations. */
  text: string;
  /** Text right around the number: its own clause. */
  near: string;
  /** The part of `near` before the number (with the subject of a clause that opens with its verb). */
  lead?: string;
  /**
   * Where `near` lies in `sentence` (offsets into it), when it is made of parts of it: its words are
   * then taken from the sentence's, not read again. `nearSkip`: parts to leave out (a dateline).
   */
  nearSpans?: Array<[number, number]>;
  nearSkip?: Array<[number, number]>;
  /** The whole sentence (or, for a table cell, all its labels); its years are the number's period. */
  sentence: string;
  /** The number is a difference of two figures ("4.5 million more … than", 多出1472项). */
  difference?: boolean;
  /**
   * A multiplier written as a change ("nearly tripled", 增长近两倍, 翻了一番): the change in percent
   * it says (+200%, +200%, +100%), to be checked against the set's changes when the multiplier
   * itself names no figure.
   */
  asChange?: { value: number; precision: number };
  /** Read as a change (from `asChange`): only the set's changes can be its figure. */
  onlyChanges?: true;
  /** A table cell in a column the caption says the writer worked out ("本报计算", "our calculation"). */
  computedColumn?: boolean;
  /** The number's own clause says the writer worked it out ("that's my own calculation", 按我局测算). */
  ownCalculation?: true;
  /** Years to add to the period its words give (-1 for "比上年的85.2", the year before's value). */
  periodShift?: number;
  /**
   * The number's own clause, when `near` was widened to the clause before it (an ellipsis): its
   * words of stock, flow and change are its own, not the widened text's. A change whose subject
   * borrows the verb of the change before it ("recalls grew 108.0% and vehicles 44.4%") has that
   * verb here too.
   */
  cueText?: string;
  /**
   * The words that are the number's alone: its own clause from the last joining word or number
   * before it to the first after it. In "Steering faults caused 27 recalls and engine faults 11",
   * 27's are "Steering faults caused 27 recalls" (the number itself left out).
   */
  ownWords?: string;
  /** The item a list pairs the number with ("Jiangsu … 1,203 … respectively"; document/lists.ts). */
  listItem?: string;
  /**
   * The part of the sentence that dates the number, when the sentence names several periods (see
   * document/period-segments.ts); '' when none of them is the number's.
   */
  periodText?: string;
  /**
   * In Chinese, the words of the number's clause up to the previous comma: an enumeration (、和及)
   * does not end a clause, so "香港認可處目前認可的實驗室及檢驗、認證機構約300間" is about Hong Kong.
   */
  scopeText?: string;
  /** Text before the sentence, where a scope may have been named ("... in those industries"). */
  before?: string;
  /** The rest of the sentence's line after it, where a closing note may date it ("All are for 2024."). */
  after?: string;
  /** The line that introduces the list the number is an item of (its date dates the items). */
  leadIn?: string;
  /**
   * The measure of the number just before, when this one is a part of it ("53,834 institutions, of
   * which 53,015 held qualification"): never this number's measure.
   */
  partOf?: string;
  /** In Chinese, the number counts places by the noun after its 个 ("57个…国家"). */
  countsPlaces?: true;
  /**
   * The sentence before, when the number's clause points back at a kind of thing named there
   * ("Recalls that followed pressure from SAMR numbered 26. Such recalls covered 5.67 million
   * vehicles"): its words may complete the measure the clause names (see resolve/reference.ts).
   */
  kindOf?: string;
  /** When the whole text was written, for "last year" and "currently". */
  time?: TextTime;
  /** The currency written with the number (US$, HK$, RMB): a yuan figure in dollars is wrong. */
  currency?: Currency;
  /** The Chinese classifier written after the number ("辆" in "672.8万辆"): what it counts. */
  classifier?: string;
  /** The one company or body the clause says the number is about ("a joint-venture carmaker"). */
  oneEntity?: string;
  /**
   * The noun an English number is directly followed by, when it is no generic unit ("44,499 people",
   * "233 calls"): what it counts (data/lexicon/counted-nouns.json).
   */
  countedNoun?: string;
  /**
   * The Chinese classifier of what an English number's noun counts ("101 million items": 件), from
   * data/lexicon/counted-nouns.json classifiers.
   */
  countedAs?: string;
  /** A word of another activity in the number's clause ("delivered", "sales"): what it counts. */
  countedActivity?: string;
  /** What an English change's subject counts: recall campaigns or units (vehicles, items). */
  changeCounts?: 'campaigns' | 'units';
  /**
   * The other column headers of a table row ("涉及车辆 车辆数同比" beside "召回次数"): they complete a
   * header whose own words name no measure, as a list's lead-in completes an item.
   */
  rowHeaders?: string;
  /** The number is an "Indicator: value" line's value: a fact sheet's current figure when undated. */
  labelLine?: true;
  /** A threshold a question asks about ("more or less than 20,000?", 大過定細過兩萬): no claim. */
  threshold?: true;
  /** A number the text itself marks as no statistic of the set (an index level, a temperature). */
  notCheckable?: NotCheckable;
}

/** Words of a forecast or an estimate about the number in its own clause. */
// (A guess is the writer's own, "my guess", 我猜; not "Don't guess:", "Guess what", 我猜不到.)
const FORECAST_RE =
  /\b(?:likely to|expected to|is expected|are expected|expects?|expected\s+(?:[\w-]+\s+){1,4}?to\s+(?:grow|rise|increase|climb|reach|hit|top|exceed|fall|decline|drop|slow)|anticipates?|predicts?|(?<!\bas )predicted|forecasts?|forecast to|projected|projections?|set to (?:reach|hit|top|exceed)|(?:our|an?) estimates?|estimated by|(?:my|at a|I'd|I|we'd|we) guess|guesstimates?)\b|\b(?:19|20)\d{2}[EF]\b|有望|预测|预估|预计值|我估(?![唔不])|我猜(?![唔不])/i;
/**
 * A modal verb of the number's own phrase, right before it: "could reach 12 million", "may affect
 * about 500,000 cars", "could fall another 10%". Not one elsewhere in the clause ("Vehicles that may affect safety: 233").
 */
const MODAL_BEFORE_RE = new RegExp(
  `\\b(?:can|could|may|might)\\s+(?:reach|hit|top|approach|exceed|cover|affect|involve|(?:rise|grow|increase|climb|jump|fall|drop|decline|decrease|shrink|slip)(?:\\s+(?:by|another|a further))?)\\s+(?:(?:${CHANGE_HEDGE_WORDS})\\s+)?$`,
  'i',
);

/**
 * Right before a number: a question's "more or less than", "higher or lower than", 大過定細過,
 * 多于还是少于. The number is what the answer is measured against, whatever the answer is.
 */
const THRESHOLD_BEFORE_RE =
  /(?:\b(?:(?:more|higher|greater|bigger|less|lower|fewer|smaller)\s+or\s+(?:more|higher|greater|bigger|less|lower|fewer|smaller)\s+than|(?:above|over|below|under)\s+or\s+(?:above|over|below|under))\s+(?:about\s+)?|[大多高](?:過|过|于|於)(?:定|还是|還是|或)[細细少低小](?:過|过|于|於)|[細细少低小](?:過|过|于|於)(?:定|还是|還是|或)[大多高](?:過|过|于|於))$/i;
/** How far before a number a threshold's words are looked for, and how far after it its question mark. */
const THRESHOLD_SPAN = 28;
const THRESHOLD_QUESTION_SPAN = 120;
/** The question a threshold belongs to ends its sentence. */
const QUESTION_AFTER_RE = /^(?:[^.!。！\n]|\.(?=\d))*[?？]/;

function isThreshold(text: string, m: Mention): boolean {
  return (
    THRESHOLD_BEFORE_RE.test(text.slice(Math.max(0, m.start - THRESHOLD_SPAN), m.start)) &&
    QUESTION_AFTER_RE.test(text.slice(m.end, m.end + THRESHOLD_QUESTION_SPAN))
  );
}

export function isForecast(claim: Claim): boolean {
  const own = claim.cueText ?? claim.near;
  return (FORECAST_RE.test(own) || MODAL_BEFORE_RE.test(claim.lead ?? '')) && !isTargetText(own);
}

/** "… more vehicles were recalled in 2024 than in 2023", "4.4 million fewer than in 2024": a difference. */
// (A noun between "more" and "than", or "than" before a time: "more than" before a number is a
// hedge of that number.)
const DIFFERENCE_AFTER_RE =
  /^\s*(?:more|fewer|less)\s+(?:(?:[\w-]+\s+){1,6}?than\b|than\s+(?:in|the|a year|last|before)\b)/i;
/** 多出1472项, 多了…: the number says by how much one figure exceeds another. */
// (增加/减少 by an amount, not 新增 "newly added" nor 增加到 "rose to".)
const DIFFERENCE_BEFORE_RE = /(?:多出|多了|少了|相差|差距|(?<!新)增加了?约?|减少了?约?|減少了?約?)$/;

const DATELINE_RE = /\b[A-Z]{3,}(?:\s[A-Z]{3,})?(?:,\s|\s+(?:--|—|–)\s)/g;

/** Where a number's own clause begins: after the first separator that follows the previous figure. */
function clauseStart(text: string, m: Mention): number {
  if (m.localStart <= m.contextStart) return m.localStart;
  const between = text.slice(m.localStart, m.start);
  // (An ideographic space parts clauses in Chinese captions and subtitles: "召回233次 涉及车辆…" with U+3000 between.)
  // (同 before a number is Cantonese "and": "268間認證機構同16間審定與核查機構".)
  const sep = /,|，|、|;|；|:\s|\u3000|\band\b|\bwhile\b|\bwith\b|和|及|同\s?$/.exec(between);
  return sep ? m.localStart + sep.index + sep[0].length : m.localStart;
}

/**
 * A clause that is only a number and a joining word, "… rose from about 3.8 million to more than
 * 4.1 million", "1,242 … at the end of 2023 and 1,230 at the end of 2024", leaves its measure to the
 * clause before it: it is read from there.
 */
const ELLIPTIC_BEFORE_RE =
  /^[\s,;]*(?:(?:to|and|or|from|versus|vs\.?|against|compared with|compared to|then|while|with|about|around|roughly|nearly|almost|some|just|well|over|under|more than|less than|fewer than|at least|up to|up|down)\s+)*$/i;

/**
 * A participle after a comma continues the clause before, whose subject it shares: "27 recalls of
 * that kind, covering almost 4 million vehicles" (as 涉及 does in Chinese).
 */
const CONTINUING_WORDS =
  '(?:and\\s+)?(?:covering|covered|involving|involved|affecting|affected|accounting for|accounted for|totall?ing|behind|responsible for)';
const CONTINUED_EN_RE = new RegExp(`^\\s*${CONTINUING_WORDS}\\s+(?:[A-Za-z-]+\\s+){0,2}$`, 'i');

/** How far back the subject of a clause that opens with its verb is looked for. */
const SUBJECT_SPAN = 160;

/**
 * The subject of a clause that opens with its verb, before the aside between them: in
 * "Emission-related recalls, run jointly with the ministry, totalled 37" the words up to the first
 * comma. The aside itself is left out (it may name other things).
 */
function subjectBeforeAside(text: string, m: Mention, own: number): [number, number, number] | undefined {
  const lead = text.slice(own, m.start);
  const comma = lead.lastIndexOf(',');
  if (comma < 0 || !SUBJECTLESS_RE.test(lead.slice(comma + 1))) return undefined;
  const from = Math.max(m.localStart, m.start - SUBJECT_SPAN);
  const span = text.slice(from, own + comma);
  const first = span.indexOf(',');
  // (Only when an aside stands between them: a subject right before its verb is in the clause.)
  if (first < 0) return undefined;
  return [from, from + first, own + comma + 1];
}

const SUBJECTLESS_RE =
  /^\s*(?:totall?ed|numbered|reached|rose to|fell to|stood at|came to|amounted to|hit|topped|exceeded|were|was)\s+(?:(?:about|around|nearly|almost|some|over|more than|roughly)\s+)?$/i;

/** A few words linking two numbers of one clause ("recalls covering about", "campaigns involving"). */
const SHORT_LINK_RE = /^\s*(?:[A-Za-z-]+\s+){1,4}$/;
const ASIDE_RE = /^(?:of which|of them|of these|among them|including|mostly|most of them)\b/i;

function ellipticClauseStart(text: string, m: Mention, own: number): number {
  const joining = text.slice(own, m.start);
  // (The joining word may be the one that ended the clause before: "… in 2022 and 13 involving …".)
  // (Or a comma, in a series of years: "47 recalls in 2022, 74 in 2023 and 89 in 2024".)
  const joined =
    /\w/.test(joining) ||
    /\b(?:and|or|to|from|while|with)\s*$/i.test(text.slice(own - 8, own)) ||
    (/,\s*$/.test(text.slice(Math.max(0, own - 3), own)) &&
      BARE_YEAR_AFTER_RE.test(text.slice(m.end, m.end + 12)));
  const elliptic = joined && ELLIPTIC_BEFORE_RE.test(joining);
  // Two numbers in one clause ("Steering defects … triggered 11 recalls covering about 2.3 million
  // vehicles") share its subject: the second is read from where the first's clause begins.
  const sameClause = own === m.localStart && SHORT_LINK_RE.test(joining);
  if (m.localStart <= m.contextStart || !(elliptic || sameClause || CONTINUED_EN_RE.test(joining)))
    return own;
  const before = text.slice(m.contextStart, m.localStart);
  const starts = [0, ...[...before.matchAll(/[,;]\s/g)].map((b) => b.index + b[0].length)];
  // After an aside ("of which 2,117 were mandatory") the ellipsis repeats the clause before the
  // aside, whose words the aside's would mix with: left as it is.
  let k = starts.length - 1;
  if (ASIDE_RE.test(before.slice(starts[k]))) return own;
  // A clause that itself continues the one before ("…at its urging, covering 5.672 million
  // vehicles, or just over half of the total") hands on that one's subject.
  if (k > 0 && CONTINUING_START_RE.test(before.slice(starts[k]))) k--;
  return Math.max(m.contextStart + starts[k]!, m.start - 160);
}

/** A number followed by its year and no noun before it: an item of a series whose noun the first item gave. */
const BARE_YEAR_AFTER_RE = /^\s*(?:in|for|by)\s+(?:19|20)\d{2}\b/i;

/** The opening of a clause that continues the one before it (see CONTINUED_EN_RE). */
const CONTINUING_START_RE = new RegExp(`^\\s*${CONTINUING_WORDS}\\b`, 'i');

/** A line "Label: value": a colon (and perhaps a hedge) before the number, nothing much after it. */
const LABEL_BEFORE_RE = /[:：]\s*(?:[A-Za-z]+\s+){0,2}[<>≈~]?\s*$/;
const LABEL_AFTER_RE = /^[^\d,;，；。.]{0,16}$/;
function isLabelLine(text: string, m: Mention): boolean {
  return (
    m.start - m.contextStart <= 200 &&
    LABEL_BEFORE_RE.test(text.slice(m.contextStart, m.start)) &&
    LABEL_AFTER_RE.test(text.slice(m.end, m.contextEnd).trim())
  );
}

/**
 * A row of a table written as text: a label, then cells parted by column gaps (COLUMN_GAP) or tabs:
 * "行业标准 (wide spaces) 2022年底 78431 (wide spaces) 2023年底 80828". Every cell is read with the
 * row's label, as a label line's value is.
 */
function isTextTableRow(text: string, m: Mention): boolean {
  // (The line's start is looked for within TEXT_ROW_MAX only: a text with no line breaks is not
  // read back to its start once per number.)
  const lineStart = lineStartWithin(text, m.start, TEXT_ROW_MAX);
  if (lineStart === undefined || lineStart < m.contextStart) return false;
  const before = text.slice(lineStart, m.start);
  // (Not a value in brackets, which a caption may give another unit: "449.1（40）".)
  if (OPEN_BRACKET_BEFORE_RE.test(before)) return false;
  const row = TEXT_ROW_RE.exec(before);
  return row !== null && !/\d/.test(row[1]!);
}
/** A row's label (no digit) and at least one column gap before the number. */
const TEXT_ROW_RE = new RegExp(String.raw`^\s*([^\s\u3000][^\n\u3000\t]*?)(?:${COLUMN_GAP}|\t+)`);
/** The longest stretch of a row before a cell that is still read as one row. */
const TEXT_ROW_MAX = 200;

/**
 * Where an English number's own words end: a comma, "while", "which", or "and" opening the next
 * pair ("Hebei had 24,163 and Henan 23,309", "revenue by 9.7% and profit margins by 5.8%").
 */
// ("as" opens another clause when a name or a verb in -s with its number follows: "6.846 million
// vehicles recalled in 2025 as new-energy share hits 38.7%".)
const ENGLISH_CLAUSE_END_RE =
  /[,;，；、]|\bwhile\b|\bwhich\b|\bbringing\b|\bas\s+(?=[A-Z]|(?:[a-z][\w-]*\s+){1,4}[a-z]+s\s+(?:about\s+|nearly\s+|over\s+|more than\s+)?(?:\d|$))|\band\s+(?=(?:[A-Z][\w-]*\s+){1,3}(?:had\s+|with\s+)?(?:\d|$)|(?:[a-z][\w-]*\s+){1,4}(?:by|at|to|of|for)\s+(?:\d|$))/;

/** A unit in brackets ending a label: "Annual testing revenue (RMB bn): >470", "召回车辆（万辆）：448.8". */
const LABEL_UNIT_RE = /[(（]([^()（）]{1,24})[)）]\s*[:：]\s*(?:[A-Za-z]+\s+)?[<>≈~]?\s*$/;
const YUAN_RE = /\b(?:RMB|CNY|yuan)\b|元/i;

/** What a label line's bracketed unit makes of a bare number under it: its scale, its currency. */
function unitOfLabel(label: string, m: Mention): Partial<Pick<Claim, 'value' | 'precision' | 'unit'>> {
  const unit = LABEL_UNIT_RE.exec(label)?.[1];
  if (!unit || m.unit !== 'count' || !/^[\d.,\s]+$/.test(m.text)) return {};
  const scale = scaleOfLabel(unit);
  if (scale && m.value >= scale) return {};
  return {
    ...(scale
      ? { value: roundSignificant(m.value * scale), precision: roundSignificant(m.precision * scale) }
      : {}),
    ...(YUAN_RE.test(unit) ? { unit: 'yuan' as const } : {}),
  };
}

/**
 * A Chinese clause with no subject of its own continues the one before: in "实施新能源汽车召回98次，
 * 涉及车辆近450万辆" the vehicles are the new-energy recalls'. Such a clause begins with a verb of
 * extent, origin or share (涉及, 覆盖, 来自, 占), is only a copula before the number (其实2023年仅为6次), or restates the
 * number before it in round terms (占全年的39.2%，接近四成; 85.21，也就是逾85); it is read together with
 * the clause before it.
 */
// (Not a change, 同比增长: a change goes with its level, see check-text's anchorChanges.)
const CONTINUED_CLAUSE_RE =
  /^\s*(?:共|合计|累计)?(?:涉及|占|来自|來自|覆盖|覆蓋|涵盖|涵蓋)|^\s*(?:也就是(?:说)?|即|亦即|相当于|相當於|约合|約合)?\s*(?:接近|约|約|近|超过|超過|逾|不到|将近|將近|大约|大約|也就是|即)\s*$|^\s*(?:其实|实际上?|實際上?|但|而|则|則)?\s*(?:(?:19|20)\d{2}年(?:底|末)?)?(?:其实|实际上?|實際上?)?(?:仅|僅|只|则|則|也|还|還)?(?:为|為|是|有)\s*(?:约|約|近|逾|超过|超過)?$/;
const CHINESE_CLAUSE_BREAK_RE = /[，,；;。：:！？\u3000]/g;

function continuedClauseStart(text: string, m: Mention, own: number): number {
  if (!CONTINUED_CLAUSE_RE.test(text.slice(own, m.start))) return own;
  const start = clauseBefore(text, m, own);
  // "受市场监管总局督促影响，2024年召回26次，涉及车辆近570万辆": a leading adverbial clause (受…影响,
  // 在…方面) belongs to the clause it sets off, and so to its continuation.
  const adverbial = start > m.contextStart ? clauseBefore(text, m, start) : start;
  return adverbial < start && LEADING_ADVERBIAL_RE.test(text.slice(adverbial, start - 1)) ? adverbial : start;
}

/** A Chinese clause that only sets off the next: 受…影响, 在…方面, 从…看 (no number of its own). */
const LEADING_ADVERBIAL_RE =
  /^\s*(?:受到?|在|从|從|就|据|據|按|对|對|由于|由於|随着|隨著)[^\d，,；;。]{1,24}(?:影响|影響|督促|方面|来看|來看|看|而言|推动|推動|带动|帶動|下)\s*$/;

/** Where the clause ending just before `end` (at a comma or stop) begins. */
function clauseBefore(text: string, m: Mention, end: number): number {
  const before = text.slice(Math.max(m.contextStart, end - CHINESE_CLAUSE_SPAN), Math.max(end - 1, 0));
  return end - 1 - before.length + afterLastBreak(before);
}

/** Where the last clause of `span` begins: just after its last comma or stop (0 if it has none). */
function afterLastBreak(span: string): number {
  let at = 0;
  for (const b of span.matchAll(CHINESE_CLAUSE_BREAK_RE)) at = b.index + b[0].length;
  return at;
}

const CHINESE_DATELINE_END_RE = /(?:日|专|專)[电電]】?|】/g;
/**
 * One company or body as the subject of a number's clause: "a joint-venture carmaker", "one
 * Shanghai lab", 一家企业, 某车企, 该公司 (not an object: "visiting a dealer", "to a firm", "without a
 * visit to the dealer", "which let a manufacturer fix a defect"). Every
 * figure of the set is a total, so such a number is none.
 */
const ENTITY_NOUNS =
  '(?:carmaker|automaker|company|firm|manufacturer|maker|lab|laboratory|dealer|brand|supplier|retailer)';
const ONE_ENTITY_RE = new RegExp(
  String.raw`(?<!\b(?:\w+ing|to|from|at|by|with|for|of|in|on|than|lets?|allows?|allowed|helps?|helped|enables?|enabled|requires?|required|forces?|forced|asks?|asked)\s)\b(?:a|an|one)\s+(?:(?!(?:to|of|for|with|from|at|by|in|on|the)\b)[\w-]+\s+){0,3}?${ENTITY_NOUNS}\b|(?:一家|某|该|該)(?:[\u4e00-\u9fff]{0,4}?)(?:企业|企業|公司|车企|車企|厂商|廠商|机构|機構|实验室|實驗室|品牌|集团|集團)`,
  'i',
);

/** The company as agent after the number: "the recall of 11,237 vehicles by a single carmaker". */
const ONE_ENTITY_AGENT_RE = new RegExp(
  String.raw`^\s*(?:[\w-]+\s+){0,3}?by\s+((?:a|an|one)\s+(?:single\s+|lone\s+)?(?:[\w-]+\s+){0,2}?${ENTITY_NOUNS})\b`,
  'i',
);

/** How far back a Chinese clause is read for its scope. */
const CHINESE_CLAUSE_SPAN = 40;

/** A place named as a sentence's subject scopes its later clauses (see data/lexicon/scopes.json). */
const CARRIED_PLACE_RE = new RegExp(scopeWordList.zhCarried.join('|'));
// (中国 is the nation the set speaks for, as 內地 in Hong Kong and 大陸 in Taiwan.)
const NATIONAL_RE = /全国|全國|我国|我國|中国|中國|内地|內地|大陆|大陸/;

/**
 * The place a Chinese sentence's earlier clauses name, if no clause since names the nation:
 * "2024年我省制造业产品质量合格率为94.6%，制造业质量竞争力指数为88.3" scopes 88.3 to the province.
 */
function carriedPlace(text: string, m: Mention, clauseStart: number): string {
  for (const marks of clausesBack(text, m, clauseStart)) {
    if (marks.place) return marks.place;
    if (marks.national) return '';
  }
  return '';
}

/** The one company a Chinese sentence's earlier clauses name, if no clause since names the nation. */
function carriedEntity(text: string, m: Mention, clauseStart: number): string | undefined {
  for (const marks of clausesBack(text, m, clauseStart)) {
    if (marks.national || marks.place) return undefined;
    if (marks.entity) return marks.entity;
  }
  return undefined;
}

/** What a Chinese clause names that its sentence's later clauses inherit. */
interface ClauseMarks {
  place: string;
  national: boolean;
  entity: string | undefined;
}

function marksOf(clause: string): ClauseMarks {
  return {
    place: CARRIED_PLACE_RE.exec(withoutVenues(clause))?.[0] ?? '',
    national: NATIONAL_RE.test(clause),
    entity: ONE_ENTITY_RE.exec(clause)?.[0],
  };
}

/**
 * The clauses of a sentence before `clauseStart`, nearest first, as their marks: the piece right
 * before it read each time, the whole clauses before that read once per sentence (every number of
 * a sentence walks the same clauses).
 */
function* clausesBack(text: string, m: Mention, clauseStart: number): Generator<ClauseMarks> {
  let memo = sentenceMarks;
  if (!memo || memo.text !== text || memo.start !== m.contextStart) {
    const clauses: Array<{ end: number; marks: ClauseMarks }> = [];
    let from = m.contextStart;
    const sentence = text.slice(m.contextStart, m.contextEnd);
    for (const b of sentence.matchAll(CHINESE_CLAUSE_BREAK_RE)) {
      const end = m.contextStart + b.index;
      clauses.push({ end, marks: marksOf(text.slice(from, end)) });
      from = end + b[0].length;
    }
    memo = sentenceMarks = { text, start: m.contextStart, clauses };
  }
  // Whole clauses end (at their break) before clauseStart; the piece after the last one is partial.
  let k = memo.clauses.length - 1;
  while (k >= 0 && memo.clauses[k]!.end >= clauseStart) k--;
  const pieceStart = k >= 0 ? memo.clauses[k]!.end + 1 : m.contextStart;
  yield marksOf(text.slice(pieceStart, clauseStart));
  for (; k >= 0; k--) yield memo.clauses[k]!.marks;
}

let sentenceMarks:
  { text: string; start: number; clauses: Array<{ end: number; marks: ClauseMarks }> } | undefined;

/** The Chinese words before a number back to the previous comma or stop (enumerations kept). */
function chineseClauseBefore(text: string, m: Mention): string {
  const from = Math.max(m.contextStart, m.start - CHINESE_CLAUSE_SPAN);
  const span = text.slice(from, m.start);
  let cut = afterLastBreak(span);
  // A dateline (新华社北京3月18日电, 【本報北京專電】) says where the story was filed, not its scope.
  for (const d of span.matchAll(CHINESE_DATELINE_END_RE)) cut = Math.max(cut, d.index + d[0].length);
  return span.slice(cut);
}

/** How far back the sentence before is looked for. */
const SENTENCE_BEFORE_SPAN = 300;
/** How much of its line after a sentence a claim keeps, for a closing note that dates it. */
const SENTENCE_AFTER_SPAN = 300;
const SENTENCE_END_RE = /[.!?。！？](?=["'”’」』)）]*\s|["'”’」』)）]*$)/g;

/** The sentence right before `at` in its paragraph ('' at a paragraph's start). */
function sentenceBefore(text: string, at: number): string {
  const span = text.slice(Math.max(0, at - SENTENCE_BEFORE_SPAN), at);
  const paragraph = span.slice(span.lastIndexOf('\n') + 1).trimEnd();
  // (The stop that ends the sentence itself is no boundary.)
  const body = paragraph.replace(/[.!?。！？]["'”’」』)）]*$/, '');
  let start = 0;
  for (const e of body.matchAll(SENTENCE_END_RE)) start = e.index + e[0].length;
  return paragraph.slice(start).trim();
}

/**
 * The change in percent a multiplier says, if it is written as one: a verb ("tripled" = +200%,
 * "doubled" = +100%), 翻番 (翻一番 = +100%), or 增长N倍 (+N×100%; not 增至N倍, "N times as many").
 */
function multiplierAsChange(text: string, m: Mention): { value: number; precision: number } | undefined {
  // ("55, more than double the 26 of 2024": a ratio of two numbers the text states, each checked
  // on its own, not a change the set gives.)
  if (STATED_BASE_AFTER_RE.test(text.slice(m.end, m.end + 24))) return undefined;
  if (/^[a-z]/i.test(m.text) || m.text.startsWith('翻'))
    return { value: roundSignificant((m.value - 1) * 100), precision: MULTIPLIER_PRECISION * m.precision };
  if (text[m.end] === '倍' && CHINESE_INCREASE_BY_RE.test(text.slice(Math.max(0, m.start - 8), m.start)))
    return { value: roundSignificant(m.value * 100), precision: MULTIPLIER_PRECISION * m.precision };
  return undefined;
}
/** A number a multiple is taken of, stated right after it: "double the 26 of 2024". */
// (Not a year: "triple the 2023 level" names the base's period, as a change does.)
const STATED_BASE_AFTER_RE = /^\s+(?:the|that of|those of)\s+(?:about\s+|some\s+)?(?!(?:19|20)\d{2}\b)\d/i;
/**
 * The precision of a multiplier read as a change, in points per unit of the multiple: half the
 * multiple. "Doubled" is +75% to +125%, "nearly doubled" no less than +85% (翻了一番 is no word
 * for +67%), "more than doubled" +100% to +150%; a whole multiple (±50 points) would let "doubled"
 * stand for a rise of half.
 */
const MULTIPLIER_PRECISION = 50;

/** Words of the noun phrase after a number: up to four, up to a word that is no noun's. */
const NOUN_PHRASE_RE = /^\s+((?:[A-Za-z][A-Za-z-]*\s+){0,3}[A-Za-z][A-Za-z-]*)/;

/**
 * What an English number counts: the head of the noun phrase after it, its last plural noun
 * ("45,000 testing institutions", "17,870 conformity assessment bodies"), or else the word
 * nounAfter reads ("35 new ones" leaves the noun to the sentence before).
 */
function countedHead(text: string, numberEnd: number): string | undefined {
  const first = nounAfter(text, numberEnd);
  if (first === undefined) return undefined;
  const words =
    NOUN_PHRASE_RE.exec(text.slice(numberEnd, numberEnd + 60))?.[1]
      ?.toLowerCase()
      .split(/\s+/) ?? [];
  let head: string | undefined;
  for (const word of words) {
    if (!isNounPhraseWord(word)) break;
    if (isPluralNoun(word)) head = word;
  }
  return head ?? first;
}

/** "… of (the, all) revenue", "… of recalled vehicles": the words after a share's "of". */
const SHARE_OF_RE =
  /^\s*of\s+(?:the\s+|all\s+|its\s+|their\s+|those\s+|these\s+)?([A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,3})/;

/** The head noun of what a share is a share of ("37% of revenue" -> "revenue"), if written. */
function wholeOfShare(text: string, numberEnd: number): string | undefined {
  // (A time's possessive is no part of the whole: "of last year's exhibitors".)
  const words = SHARE_OF_RE.exec(
    text.slice(numberEnd, numberEnd + 60).replace(TIME_POSSESSIVE_RE, 'of '),
  )?.[1]
    ?.toLowerCase()
    .split(/\s+/);
  let head: string | undefined;
  for (const word of words ?? []) {
    if (PRONOUN_RE.test(word) || !isNounPhraseWord(word)) break;
    // ("of the vehicles called back": the first plural noun is the head.)
    if (isPluralNoun(word)) return word;
    head = word;
  }
  return head;
}
const TIME_POSSESSIVE_RE = /^\s*of\s+(?:(?:last|this|next)\s+)?(?:year|month|week)['’]s\s+/i;
/** "of them", "of those": a share of something named before, not a noun of its own. */
const PRONOUN_RE = /^(?:them|it|those|these|which|whom|us|you)$/;

/**
 * A plural noun, as what a count counts is written ("people", "calls", "inspectors"): not a verb
 * ("reported", "involving"), not an adjective ("nationwide", "valid").
 */
function isPluralNoun(word: string): boolean {
  return irregularPlurals().has(word) || (/[^su]s$/.test(word) && !/(?:ous|ss|is|us)$/.test(word));
}
let irregular: ReadonlySet<string> | undefined;
function irregularPlurals(): ReadonlySet<string> {
  irregular ??= new Set(countedNounWords().irregularPlurals);
  return irregular;
}

const ChangeSubjectsSchema = z
  .object({
    campaigns: z.array(z.string().min(1)),
    units: z.array(z.string().min(1)),
    pairedOnly: z.array(z.string().min(1)),
  })
  .strict()
  .refine((s) => s.pairedOnly.every((w) => s.campaigns.includes(w) || s.units.includes(w)), {
    message: 'every pairedOnly subject must be one of campaigns or units',
    path: ['pairedOnly'],
  });
const CountedNounsSchema = z
  .object({
    $comment: z.string().optional(),
    generic: z.array(z.string().min(1)),
    irregularPlurals: z.array(z.string().min(1)),
    activities: z.array(z.string().min(1)),
    shareWholes: z.array(z.string().min(1)),
    changeSubjects: z
      .object({ en: ChangeSubjectsSchema, zh: ChangeSubjectsSchema, campaignClassifier: z.string().min(1) })
      .strict(),
    classifiers: z.record(z.string().min(1), z.array(z.string().min(1))),
  })
  .strict();
let countedWords: z.infer<typeof CountedNounsSchema> | undefined;
function countedNounWords(): z.infer<typeof CountedNounsSchema> {
  countedWords ??= parseWordList(CountedNounsSchema, countedNouns, 'data/lexicon/counted-nouns.json');
  return countedWords;
}
/** The Chinese classifier recall campaigns are counted in (次); what else a change counts is units. */
export function campaignClassifier(): string {
  return countedNounWords().changeSubjects.campaignClassifier;
}
let nounClassifiers: ReadonlyMap<string, string> | undefined;
/** The Chinese classifier that counts what an English noun after a number counts ("items": 件). */
function classifierOfEnglishNoun(noun: string): string | undefined {
  nounClassifiers ??= new Map(
    Object.entries(countedNounWords().classifiers).flatMap(([c, nouns]) => nouns.map((n) => [n, c] as const)),
  );
  return nounClassifiers.get(noun);
}
let wholes: ReadonlySet<string> | undefined;
function shareWholes(): ReadonlySet<string> {
  wholes ??= new Set(countedNounWords().shareWholes);
  return wholes;
}
let generic: ReadonlySet<string> | undefined;
function genericNouns(): ReadonlySet<string> {
  generic ??= new Set(countedNounWords().generic);
  return generic;
}
/** How far before a number a word of another activity is looked for. */
const ACTIVITY_SPAN = 40;
let activity: RegExp | undefined;
/**
 * A word of another activity in a number's own clause ("BYD … delivered about 4.6mn vehicles"):
 * the number counts that activity (see data/lexicon/counted-nouns.json).
 */
function activityIn(clause: string): string | undefined {
  activity ??= new RegExp(`\\b(?:${countedNounWords().activities.join('|')})\\b`, 'i');
  return activity.exec(clause)?.[0].toLowerCase();
}

interface ChangeSubjectRes {
  lead: RegExp;
  any: RegExp;
  /** English only: a subject's head before "of" or "for". */
  head?: RegExp;
}
let changeSubjects: { en: ChangeSubjectRes; zh: ChangeSubjectRes } | undefined;
/** The verbs and hedges between a change's subject and its number ("recalls rose nearly"). */
const CHANGE_VERB = `(?:\\s+recalled)?\\s+(?:were\\s+|was\\s+)?(?:up|down|rose|grew|jumped|climbed|increased|fell|dropped|declined|decreased|slumped|surged)(?:\\s+by)?\\s+(?:(?:${CHANGE_HEDGE_WORDS})\\s+)?`;
/** How far before a change its subject and verb are looked for. */
const CHANGE_SUBJECT_SPAN = 40;
/** The same in Chinese: 召回次数比前年增长了, 件数同比下降约. */
const CHANGE_VERB_ZH =
  '(?:比[^，,。；;\\d]{0,6})?(?:同比)?(?:增长|增長|增加|上升|下降|减少|減少|提高)了?(?:约|約|近|超过|超過|逾)?';
/**
 * The words that join an English subject's head to what it is of ("campaigns for passenger cars",
 * "recalls of consumer products"): the noun before them heads the subject, not the one after.
 */
const OF_WORDS = '(?:of|for|on|involving|covering|in)';
/** How many words may stand between "of" and the noun before the change's verb. */
const OF_PHRASE_WORDS = 3;
/**
 * What a change counts when its sentence sets a change of recall campaigns beside a change of what
 * they covered, each after its own subject: "recalls up 4.6% and items up 11.7%", "consumer product
 * recalls rose 11.7% and items recalled 4.6%", 召回次数增长11.7%，件数增长4.6%. Read alone, "car recalls
 * jump 67%" may mean either (headlines use it for vehicles), and is left to the words.
 * (data/lexicon/counted-nouns.json changeSubjects.)
 */
function changeCountsIn(
  before: string,
  sentence: string,
  at: number,
  cjk: boolean,
): { counts: NonNullable<Claim['changeCounts']>; borrowedVerb?: string } | undefined {
  if (!changeSubjects) {
    const { en, zh } = countedNounWords().changeSubjects;
    // ("recalls grew 108.0% and vehicles 44.4%", "… and the number of items 11.7%": the second
    // subject's verb is the first's.)
    const subjectWordEn = `(?:(?<campaign>${en.campaigns.join('|')})|(?<unit>${en.units.join('|')}))`;
    const subjectEn = `\\b${subjectWordEn}(?:(?<verb>${CHANGE_VERB})|(?<=\\band\\s+(?:the\\s+number\\s+of\\s+)?\\w+)\\s+)`;
    const subjectZh = `(?:(?<campaign>${zh.campaigns.join('|')})|(?<unit>${zh.units.join('|')}))(?<verb>${CHANGE_VERB_ZH})`;
    changeSubjects = {
      en: {
        lead: new RegExp(`${subjectEn}$`, 'i'),
        any: new RegExp(`${subjectEn}\\d`, 'gi'),
        head: new RegExp(`\\b${subjectWordEn}\\s+${OF_WORDS}\\s+(?:[\\w-]+\\s+){0,${OF_PHRASE_WORDS}}$`, 'i'),
      },
      zh: { lead: new RegExp(`${subjectZh}$`), any: new RegExp(`${subjectZh}\\d`, 'g') },
    };
  }
  const res = cjk ? changeSubjects.zh : changeSubjects.en;
  const own = res.lead.exec(before);
  if (!own) return undefined;
  // (Side by side: only the first change's number and a joining word between the two subjects.
  // "car recalls jumped 67%, while products recalled fell 3%" sets no such pair.)
  const subjects = [...sentence.matchAll(res.any)];
  const paired = subjects.some((m, k) => {
    const next = subjects[k + 1];
    return (
      next !== undefined &&
      (m.groups!.campaign !== undefined) !== (next.groups!.campaign !== undefined) &&
      PAIR_GAP_RE.test(sentence.slice(m.index + m[0].length, next.index))
    );
  });
  // ("Recall campaigns for passenger cars fell 18.5%": the subject's head is the noun before "for".)
  const head = res.head?.exec(before.slice(0, own.index))?.groups ?? own.groups!;
  const counts = head.campaign !== undefined ? 'campaigns' : 'units';
  const verb = own.groups!.verb;
  if (!paired) return verb !== undefined && readsAlone(head, cjk) ? { counts } : undefined;
  if (verb !== undefined) return { counts };
  // (A subject without a verb of its own borrows the verb of the change before it.)
  const ownAt = at - before.length + own.index;
  const lender = subjects.filter((m) => m.groups!.verb !== undefined && m.index < ownAt).at(-1);
  return lender ? { counts, borrowedVerb: lender.groups!.verb!.trim() } : { counts };
}
/**
 * A subject that says what its change counts without a second subject beside it: "recall
 * campaigns fell 39.1%", "the number of vehicles fell 18.5%"; not "recalls", which headlines use
 * for either (changeSubjects pairedOnly).
 */
function readsAlone(head: Record<string, string | undefined>, cjk: boolean): boolean {
  const word = (head.campaign ?? head.unit ?? '').toLowerCase();
  return !countedNounWords().changeSubjects[cjk ? 'zh' : 'en'].pairedOnly.includes(word);
}
/** What may stand between two changes set side by side: the first's number and a joining word. */
// (The first change's base may follow it: "fell 12.4% from 2021 and campaigns 48.6%". Not "while":
// it joins unrelated subjects, "car recalls jumped 67%, while products recalled fell 3%".)
const PAIR_GAP_RE =
  /^[\d.,]*\s*(?:%|per ?cent)?\s*(?:(?:from|on|over|against|compared with)\s+(?:\d{4}|a year earlier|the (?:previous|prior) year|the year before|last year))?\s*(?:,|，|、|;|；)?\s*(?:and|和|以及|而)?\s*(?:the\s+number\s+of\s+)?$/i;

/** Where one number's words end and another's begin: a number, a joining word, a comma. */
const OWN_WORDS_BOUNDARY_RE =
  /[\d０-９]+|\b(?:and|while|but|whereas|against|versus|vs)\b|[\n,;:，；、：。和而与與及]/gi;

/** The words before and after a number that are its alone (see Claim.ownWords). */
function ownWordsAround(before: string, after: string): string {
  let from = 0;
  for (const m of before.matchAll(OWN_WORDS_BOUNDARY_RE)) from = m.index + m[0].length;
  // (search ignores the pattern's g flag and lastIndex.)
  const to = after.search(OWN_WORDS_BOUNDARY_RE);
  return `${before.slice(from)} ${to < 0 ? after : after.slice(0, to)}`;
}

/**
 * A share set after a level, as its apposition: "design defects led to 73 recalls covering 4.2
 * million vehicles, or 36.5% of the total", "manufacturing defects … 2.5 million vehicles, 61.6%".
 * It is the share of the level's measure, so its own words are the level's clause's too (from the
 * clause's opening: the sentence's start, "while", "but", ", and", a semicolon, a colon or a bracket).
 */
const APPOSED_SHARE_BEFORE_RE =
  /[A-Za-z)],\s*(?:or|i\.e\.,?|that is,?|representing|accounting for|making up|equal to|equivalent to)?\s*$/i;
const CLAUSE_OPENING_RE = /\b(?:while|whereas|but)\b|,\s+and\b|[;:](?=\s)|[(（]/gi;

function ownWordsOf(text: string, m: Mention, own: number, nearEnd: number, cjk: boolean): string {
  const words = ownWordsAround(text.slice(own, m.start), text.slice(m.end, nearEnd));
  if (cjk || m.unit !== 'percent') return words;
  const sentence = text.slice(m.contextStart, m.start);
  if (!APPOSED_SHARE_BEFORE_RE.test(sentence)) return words;
  let from = 0;
  for (const c of sentence.matchAll(CLAUSE_OPENING_RE)) from = c.index + c[0].length;
  return `${sentence.slice(from)} ${words}`;
}

/** A bracket opened before a number and not closed: the number is inside an aside. */
const OPEN_BRACKET_BEFORE_RE = /[(（][^()（）]*$/;

/** How far after a number the writer may say they worked it out ("36% - that's my own calculation"). */
const OWN_CALCULATION_AFTER = 80;
/** How much is read after a number for that: the cue's span and the number it may go on to. */
const OWN_CALCULATION_READ = 2 * OWN_CALCULATION_AFTER;
/** How far back an unclosed bracket makes a number part of an aside. */
const ASIDE_LOOK_BACK = 80;
/**
 * Words that derive a later number from an earlier one ("233 campaigns averaged 48,227 vehicles
 * each", "or 48,227 per campaign", 平均每次): the working-out after them is the later number's.
 */
const DERIVED_WORDS_RE = /\b(?:per|each|apiece|average[ds]?|averaging|on average)\b|平均|每/i;
const CLAUSE_END_RE = /[;。；!?！？\n，]|\.(?=\s|$)/;

/** The writer's working-out said after a number: outside brackets, or in brackets right after it. */
function ownCalculationAfter(after: string): boolean {
  const aside = /^\s*[(（]/.test(after);
  const own = aside ? after : withoutAsides(after);
  const cue = OWN_CALCULATION_RE.exec(own);
  // (Of the nearest number before it, outside an aside: "to 1.756 million in 2025, a drop of
  // roughly 57% by my arithmetic" worked out the 57% only; "38.2% (89 of 233, my own division)"
  // the 38.2%.)
  if (cue === null || cue.index > OWN_CALCULATION_AFTER) return false;
  if (aside) return true;
  // (Unless that number is one claim with this one, joined by words alone: "121 million vehicles in
  // 3,265 campaigns, according to our calculation" worked out both.)
  const between = own
    .slice(0, cue.index)
    .replace(/\b(?:19|20)\d{2}\b/g, '')
    .replace(/(?<=\d)[,.](?=\d)/g, '');
  const lastDigit = between.search(/\d[^\d]*$/);
  if (lastDigit >= 0 && /[,;:，；—–]|\s-\s/.test(between.slice(0, lastDigit))) return false;
  if (lastDigit >= 0 && DERIVED_WORDS_RE.test(between.slice(0, lastDigit))) return false;
  // (Nor a working-out that goes on to a number of its own: "246.8%, which on my own arithmetic
  // is a multiple of roughly three".)
  return !WORKS_OUT_TO_RE.test(own.slice(cue.index + cue[0].length));
}
/** A working-out that arrives at a value of its own after its cue ("on my own arithmetic is …"). */
const WORKS_OUT_TO_RE = /^\s*,?\s*(?:is|are|was|were|comes? to|gives|makes|equals|works out)\b/i;

/** Cut the clause and sentence of a mention out of its text for matching. */
export function claimFromMention(text: string, m: Mention, time?: TextTime): Claim {
  const cjk = hasChinese(text.slice(Math.max(0, m.start - 2), m.end + 2));
  const beforeSpan = cjk ? 20 : 90;
  const after = cjk ? 14 : 70;
  const own = Math.max(clauseStart(text, m), m.start - beforeSpan);
  // "Indicator: Food safety evaluative sampling pass rate, 2023: above 99%": a label line's whole
  // label is the number's clause, commas and all.
  const labelLine = isLabelLine(text, m) || isTextTableRow(text, m);
  const nearFrom = labelLine
    ? m.contextStart
    : cjk
      ? continuedClauseStart(text, m, own)
      : ellipticClauseStart(text, m, own);
  const subject = cjk || labelLine ? undefined : subjectBeforeAside(text, m, own);
  // (With its subject found, the clause is the verb's: the aside between them is left out.)
  const nearStart = subject ? subject[2] : nearFrom;
  const nearEnd = Math.min(m.localEnd, m.end + after);
  // After the number, its own words run to the next punctuation: in "... to 93.65%, and the
  // consistency of ... reached 96%" the second clause belongs to 96%.
  const afterText = text.slice(m.end, nearEnd);
  // (In Chinese a space also separates clauses, as in headlines.)
  // ("Hebei had 24,163 and Henan 23,309": "and Henan" begins the next number's clause.)
  const clauseEnd = (cjk ? /[,;，；、。\s]/ : ENGLISH_CLAUSE_END_RE).exec(afterText);
  const ownAfter = clauseEnd ? afterText.slice(0, clauseEnd.index) : afterText;
  const before = text.slice(nearStart, m.start);
  const lead = `${subject ? `${text.slice(subject[0], subject[1])} ` : ''}${before}`;
  // A dateline ("BEIJING, Aug. 16 --") names where the story was filed, not what the figure
  // covers; masked so that it is not read as a scope.
  const near = `${lead} ${ownAfter}`.replace(DATELINE_RE, ' ');
  const ownCueText = nearStart < own ? `${text.slice(own, m.start)} ${ownAfter}` : undefined;
  // The same clause as offsets into the (trimmed) sentence.
  const raw = text.slice(m.contextStart, m.contextEnd);
  const base = m.contextStart + (raw.length - raw.trimStart().length);
  const length = m.context.length;
  const start = clampTo(m.start, base, length);
  const end = clampTo(m.end, base, length);
  const nearSpans: Array<[number, number]> = [
    ...(subject
      ? [[clampTo(subject[0], base, length), clampTo(subject[1], base, length)] as [number, number]]
      : []),
    [clampTo(nearStart, base, length), start],
    [end, clampTo(m.end + ownAfter.length, base, length)],
  ];
  const nearSkip: Array<[number, number]> = /[A-Z]{3}/.test(m.context)
    ? [...m.context.matchAll(DATELINE_RE)].map((d) => [d.index, d.index + d[0].length])
    : [];
  const periodText = periodTextOf(m.context, start, end, time);
  const periodShift =
    baseValueShift(m.context, start) ||
    fromToStartShift(m.context, start, end, time) ||
    (periodText === undefined
      ? fromYearBeforeShift(m.context, start, end) || sentenceShift(m.context, time)
      : periodText === ''
        ? clauseShift(m.context, start, end, time)
        : 0);
  // (A percentage "fewer … than" is a relative change, checked as one.)
  const difference =
    m.unit !== 'percent' &&
    (DIFFERENCE_AFTER_RE.test(text.slice(m.end, m.end + 60)) ||
      DIFFERENCE_BEFORE_RE.test(text.slice(Math.max(0, m.start - 5), m.start)));
  const ownScope = cjk ? chineseClauseBefore(text, m) : undefined;
  // (Only a clause that names neither a place nor the nation takes the sentence's place.)
  // (Most sentences name no place to carry: one test of the sentence passes them over.)
  const carried =
    ownScope !== undefined &&
    !NATIONAL_RE.test(ownScope) &&
    !CARRIED_PLACE_RE.test(ownScope) &&
    CARRIED_PLACE_RE.test(m.context)
      ? carriedPlace(text, m, m.start - ownScope.length)
      : '';
  const scopeText = carried ? `${carried} ${ownScope}` : ownScope;
  // (In Chinese the company a sentence opens with owns its later clauses too, as a place does:
  // "一家装备制造企业负责人介绍，企业去年研发投入占…，产品一次交验合格率超过99.5%".)
  const oneEntity =
    ONE_ENTITY_RE.exec(before)?.[0] ??
    ONE_ENTITY_AGENT_RE.exec(ownAfter)?.[1] ??
    (cjk && ONE_ENTITY_RE.test(m.context)
      ? carriedEntity(text, m, m.start - (ownScope ?? '').length)
      : undefined);
  const classifier = cjk ? classifierAt(text, m.end) : undefined;
  const asChange = m.unit === 'times' ? multiplierAsChange(text, m) : undefined;
  const noun = cjk || /^[ \t]*\n/.test(text.slice(m.end, m.end + 4)) ? undefined : countedHead(text, m.end);
  // (A share counts what it is a share of: "37% of revenue" is no share of vehicles recalled.)
  const whole = !cjk && m.unit === 'percent' ? wholeOfShare(text, m.end) : undefined;
  const countedAs = noun ? classifierOfEnglishNoun(noun) : undefined;
  const countedNoun =
    noun && isPluralNoun(noun) && !genericNouns().has(noun)
      ? noun
      : whole && (shareWholes().has(whole) || (isPluralNoun(whole) && !genericNouns().has(whole)))
        ? whole
        : undefined;
  // (Right before the number or in its own words after it: "delivered about 4.6mn", not "sales
  // volume" in a list of indicators earlier in the sentence.)
  const countedActivity = cjk
    ? undefined
    : activityIn(`${text.slice(Math.max(own, m.start - ACTIVITY_SPAN), m.start)} ${ownAfter}`);
  const kindOf = kindCue(`${text.slice(nearStart, m.start)} ${ownAfter}`)
    ? sentenceBefore(text, m.contextStart)
    : '';
  const leadIn = leadInAbove(text, m.start);
  const changeSubject =
    m.unit === 'percent'
      ? changeCountsIn(
          text.slice(Math.max(m.contextStart, m.start - CHANGE_SUBJECT_SPAN), m.start),
          m.context,
          start,
          cjk,
        )
      : undefined;
  const changeCounts = changeSubject?.counts;
  // ("and vehicles 44.4%" is a change by the verb it borrows, for every reading of its clause.)
  const cueText = changeSubject?.borrowedVerb
    ? `${changeSubject.borrowedVerb} ${ownCueText ?? near}`
    : ownCueText;
  // (Its own words: not an aside about an earlier number, "1,470 (my arithmetic) even though 2,902".)
  // (Nor, inside brackets, the working-out of the number the brackets follow: in "38.2% (89 of 233,
  // my own division)" 89 and 233 are what was divided.)
  const ownCalculation =
    OWN_CALCULATION_RE.test(withoutAsides(lead)) ||
    (!OPEN_BRACKET_BEFORE_RE.test(text.slice(Math.max(0, m.start - ASIDE_LOOK_BACK), m.start)) &&
      ownCalculationAfter(text.slice(m.end, m.end + OWN_CALCULATION_READ).split(CLAUSE_END_RE)[0]!));
  // (Every key that is always there first: on Node 20 a key written after a spread takes a slow
  // path, for every claim.)
  return {
    nearSpans,
    nearSkip,
    before: text.slice(Math.max(0, m.contextStart - SENTENCE_BEFORE_SPAN), m.contextStart),
    after: text.slice(m.contextEnd, m.contextEnd + SENTENCE_AFTER_SPAN),
    near,
    lead,
    sentence: m.context,
    ownWords: ownWordsOf(text, m, own, nearEnd, cjk),
    ...(periodText !== undefined ? { periodText } : {}),
    ...(periodShift !== 0 ? { periodShift } : {}),
    ...(difference ? { difference } : {}),
    ...(ownCalculation ? { ownCalculation: true as const } : {}),
    ...(isThreshold(text, m) ? { threshold: true as const } : {}),
    ...(scopeText ? { scopeText } : {}),
    ...(cueText !== undefined ? { cueText } : {}),
    ...(oneEntity ? { oneEntity: oneEntity.trim().replace(/^(?:A|An|One)\b/, (w) => w.toLowerCase()) } : {}),
    ...(classifier ? { classifier } : {}),
    ...(kindOf ? { kindOf } : {}),
    ...(leadIn ? { leadIn } : {}),
    ...(classifier && countsPlacesAfter(text, m.end) ? { countsPlaces: true as const } : {}),
    ...(asChange ? { asChange } : {}),
    ...(countedNoun ? { countedNoun } : {}),
    ...(countedAs ? { countedAs } : {}),
    ...(countedActivity ? { countedActivity } : {}),
    ...(changeCounts ? { changeCounts } : {}),
    ...(time ? { time } : {}),
    ...numberOfClaim(m),
    ...(labelLine
      ? { labelLine: true as const, ...unitOfLabel(text.slice(m.contextStart, m.start), m) }
      : {}),
  };
}

/** An offset into the text as one into the trimmed sentence starting at `base`, within it. */
function clampTo(at: number, base: number, length: number): number {
  return Math.max(0, Math.min(length, at - base));
}

/**
 * What a claim takes from the number itself, wherever it was found (prose or a table cell): value,
 * unit, hedge, precision, as written, and the currency or not-checkable kind the extractor read.
 */
export function numberOfClaim(
  m: Pick<Mention, 'value' | 'unit' | 'qualifier' | 'precision' | 'text' | 'currency' | 'kind'>,
): Pick<Claim, 'value' | 'unit' | 'qualifier' | 'precision' | 'text' | 'currency' | 'notCheckable'> {
  // A small count is stated exactly ("累计40次", "40 recalls"): a writer rounding one says "about 40".
  const smallCount =
    m.unit === 'count' && m.qualifier === 'exact' && Number.isInteger(m.value) && m.value < 100;
  return {
    value: m.value,
    unit: m.unit,
    qualifier: m.qualifier,
    precision: smallCount ? Math.min(1, m.precision) : m.precision,
    text: m.text,
    ...(m.currency ? { currency: m.currency } : {}),
    ...(m.kind ? { notCheckable: m.kind } : {}),
  };
}
