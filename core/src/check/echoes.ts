/**
 * Numbers that echo a number before them instead of naming a measure of their own: a rounding that
 * restates it ("1,230家，約1,200家", judged against the figure that number matched), a repeat of a
 * distinctive value and a value the text rejects in its favour ("766 SCs, not 776", both read with
 * the earlier number's clause).
 */
import type { Mention } from '../extract/extract.ts';
import { seriesKey, type FigureSet, type SourcedFigure } from '../set/figure-set.ts';
import { matcherFor, unverified, type Verdict } from '../judge/verdict.ts';
import { explainInChinese } from '../judge/explain.ts';
import { namesAPeriod, periodsNamed } from '../document/context.ts';
import { claimPeriodCues } from '../judge/period-check.ts';
import type { Claim } from '../resolve/claim.ts';
import { countsItsOwnNoun, headlineOf } from '../resolve/reference.ts';
import type { ListMember } from '../document/lists.ts';
import { significantDigits } from '../rules/numbers.ts';
import { compareValues } from '../judge/value-compare.ts';
import { CJK_CHAR, hasChinese, hasWords } from '../rules/scripts.ts';
import { alternation, hedgeWords } from '../extract/lexicon.ts';
import type { Qualifier } from '../set/schema.ts';
import { withVerdict, type CheckedMention } from './checked-mention.ts';

/** How far a restating rounding may lie from the number it restates, as a share of that number. */
const RESTATED_SPAN = 0.15;
/**
 * The words between a number and a rounding that restates it: its unit, a comma, and "or", 即 or a
 * hedge ("1,230家，約1,200家", "44,499 bodies, or nearly 45,000", "415.8萬餘張，逾400萬張"), a
 * change's verb said again included ("增長30.3%，即增長逾三成").
 */
let restatedGap: RegExp | undefined;
function restatedGapRe(): RegExp {
  if (restatedGap) return restatedGap;
  // (The hedges are the lexicon's, data/lexicon/hedges.json: any that rounds or bounds a number.)
  const hedges = [...hedgeWords()].filter(([, q]) => RESTATING_HEDGES.has(q)).map(([w]) => w);
  restatedGap = new RegExp(
    `^[^\\S\\n]*(?:${RESTATED_UNIT})?[^\\S\\n]*[,，(（][^\\S\\n]*` +
      `(?:(?:${RESTATING_WORDS})[^\\S\\n]*)?` +
      `(?:(?:增长|增長|提高|上升|下降|减少|減少|up|down)[^\\S\\n]*)?` +
      `(?:(?:${alternation(hedges)})[^\\S\\n]*)?$`,
    'i',
  );
  return restatedGap;
}
/**
 * What may stand between a number and the comma before its restatement: its unit, or the few
 * words of its noun ("10.42 million toys, chargers and other things, that is more than ten
 * million"; "占召回总数量的71.3%，即超过七成"), never another number.
 */
const RESTATED_UNIT = `[A-Za-z%'’-]+(?:[^\\S\\n]+[A-Za-z'’-]+){0,4}|[${CJK_CHAR}]{1,2}`;
/** The words that say the next number is the one before, again: "or", "so", "that is", 即. */
const RESTATING_WORDS =
  "即|亦即|也就是说|也就是|或者说|或|or|so|i\\.e\\.,?|that is,?|that's|which is|which was|in other words,?";
/** The hedges that may open a restatement: a rounding or a bound, not 达到 ("reached"). */
const RESTATING_HEDGES: ReadonlySet<Qualifier> = new Set(['about', 'nearly', 'more-than', 'at-least']);

/**
 * After a restating number: its unit at most, then the clause ends or a spoken particle closes it
 * ("約1,200家；", "or nearly 45,000.", "逾千万件啊家人们！").
 */
const RESTATED_AFTER_RE = new RegExp(
  `^[^\\S\\n]*(?:[A-Za-z%]+|[${CJK_CHAR}]{1,2})?[^\\S\\n]*(?:[,，;；.。)）!?！？\\n]|[啊呀吧呢哦嘛啦]|$)`,
);
/** How far after a restating number RESTATED_AFTER_RE reads. */
const RESTATED_AFTER_SPAN = 16;
/** The restated number's unit and the comma after it, before the words that restate it. */
const RESTATED_LEAD_RE = /^[^,，(（]*[,，(（]\s*/;

/**
 * A rounding written right after the number it restates ("1,230家，約1,200家", "9.7%，近一成") is
 * that number again, less precisely: it is read with the earlier number's clause and judged
 * against the figure that number matched, so a rounding too far from it is contradicted.
 */
export function restatedValues(
  text: string,
  found: readonly Mention[],
  mentions: CheckedMention[],
  lists: ReadonlyMap<number, ListMember>,
  claimAt: (index: number) => Claim,
  set: FigureSet,
): void {
  for (let k = 1; k < found.length; k++) {
    const m = found[k]!;
    const e = found[k - 1]!;
    const earlier = mentions[k - 1]!;
    if (mentions[k]!.verdict !== 'unverified' || !UNNAMED_REASONS.has(mentions[k]!.reason ?? '')) continue;
    if (earlier.figure === null || earlier.verdict === 'unverified' || lists.has(k)) continue;
    if (m.unit !== e.unit || m.currency !== e.currency) continue;
    // (Rounder than the number it restates, and close to it: "约672.8万辆" after "214次" is another measure.)
    if (m.precision <= e.precision && m.qualifier === 'exact') continue;
    if (Math.abs(m.value - e.value) > RESTATED_SPAN * Math.abs(e.value)) continue;
    const gap = text.slice(e.end, m.start);
    if (!restatedGapRe().test(gap)) continue;
    // (Nor a number that goes on to say what it counts: "1,230 firms, about 1,150 of them private",
    // "共1,230家，约1,100家为民营".)
    if (!RESTATED_AFTER_RE.test(text.slice(m.end, m.end + RESTATED_AFTER_SPAN))) continue;
    // (The card quotes the words that make it a restatement: "約", "or nearly"; else the number.)
    const cue = gap.replace(RESTATED_LEAD_RE, '').trim() || m.text;
    mentions[k] = withVerdict(m, matcherFor(set).judgeRestatement(claimAt(k), earlier.figure, cue));
  }
}

/** The fewest significant digits a number needs for a repeat of it to be read as the same figure. */
const REPEAT_DIGITS = 3;
/** Why an unnamed number was left unchecked: the reasons a repeat of a checked number overrides. */
const UNNAMED_REASONS: ReadonlySet<string> = new Set([
  'not-named',
  'same-number-unnamed',
  'official-value-unnamed',
]);

/**
 * A distinctive number written again where nothing names its measure is the number written before:
 * a formula's operands ("（44499－43027）÷43027"), a reply that repeats a post's "1123.7万", a
 * correction that quotes the wrong "648.6万" again. It is read with the clause of the earlier
 * number as its antecedent (and its own date): confirmed if that number was, and contradicted only
 * if that number was.
 */
export function repeatedValues(
  text: string,
  mentions: CheckedMention[],
  lists: ReadonlyMap<number, ListMember>,
  claimAt: (index: number) => Claim,
  set: FigureSet,
): void {
  const checked = new Map<string, number>();
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    const key = `${m.unit}:${m.value}`;
    if (m.verdict !== 'unverified') {
      if (m.figure && !checked.has(key)) checked.set(key, k);
      continue;
    }
    if (!UNNAMED_REASONS.has(m.reason ?? '') || significantDigits(m.value) < REPEAT_DIGITS) continue;
    const j = checked.get(key);
    // (A list value is read with its own item, never with another number's clause.)
    if (j === undefined || lists.has(k) || !DIGIT_RE.test(m.text)) continue;
    // (The result of a sum, "3,075 - 2,842 = 233", is the writer's, whatever number it equals.)
    if (RESULT_BEFORE_RE.test(text.slice(Math.max(0, m.start - RESULT_SPAN), m.start))) continue;
    // ("The stadium seats 44,499": a clause with words of its own is about something else.)
    const claim = claimAt(k);
    if (!fewWords(claim.near)) continue;
    const earlier = mentions[j]!;
    const cue = hasChinese(m.context) ? '同一数字' : 'the same number';
    const verdict = matcherFor(set).judgeReferenced(
      claim,
      claimAt(j).near,
      earlier.verdict === 'contradicted',
      cue,
    );
    if (verdict) mentions[k] = withVerdict(m, verdict);
  }
}

/** How far into the text below the headline its figures are looked for: the lead paragraphs. */
const HEADLINE_BODY_SPAN = 2400;
/** What a headline's number must keep of its figure: a rounding, to this many significant digits. */
const HEADLINE_DIGITS = 2;

/**
 * A headline's number that its own few words do not tie to a measure ("Recalls hit 11.24
 * million", "93.93%背后：…") is the figure the text gives below it, when exactly one figure checked
 * green in the lead paragraphs has its value (or one it rounds) and shares a word with the
 * headline: judged against that figure. Only confirmed this way, never contradicted.
 */
export function headlineEchoes(
  text: string,
  found: readonly Mention[],
  mentions: CheckedMention[],
  claimAt: (index: number) => Claim,
  set: FigureSet,
): void {
  const top = headlineOf(text);
  if (!top) return;
  const { text: headline, end: lineEnd } = top;
  const matcher = matcherFor(set);
  for (let k = 0; k < found.length && found[k]!.end <= lineEnd; k++) {
    const m = mentions[k]!;
    if (m.verdict !== 'unverified' || !UNNAMED_REASONS.has(m.reason ?? '')) continue;
    if (significantDigits(m.value) < HEADLINE_DIGITS) continue;
    const claim = claimAt(k);
    const figures = new Set<SourcedFigure>();
    for (let j = k + 1; j < found.length && found[j]!.start < lineEnd + HEADLINE_BODY_SPAN; j++) {
      const below = mentions[j]!;
      if (found[j]!.start <= lineEnd || !below.figure) continue;
      if (below.verdict !== 'verified' && below.verdict !== 'approximate') continue;
      const relation = compareValues(claim, below.figure);
      if (relation === 'different' || !matcher.mayNameIn(headline, below.figure)) continue;
      if (!matcher.fitsClaim(claim, below.figure)) continue;
      figures.add(below.figure);
    }
    // (Two figures the headline could round are two readings: no verdict.)
    if (figures.size !== 1) continue;
    const [figure] = figures;
    mentions[k] = withVerdict(m, matcher.judgeRestatement(claim, figure!, headline, 'headline'));
  }
}

/** The most letters (or, in Chinese, characters) a clause may have beside a repeated number. */
const REPEAT_CLAUSE_LETTERS = 24;
const REPEAT_CLAUSE_CHARACTERS = 12;
const DIGIT_RE = /\d/;
/** What comes before the result of the writer's own arithmetic: "=", "≈", "gives", 得出. */
const RESULT_BEFORE_RE =
  /(?:[=＝≈≒]|\b(?:gives|giving|equals|makes|comes to|works out (?:at|to))|得出|得到|算出|等于|等於)\s*(?:about|roughly|some|约|約|近)?\s*$/i;
/** How far before a number the sign of a result is looked for. */
const RESULT_SPAN = 24;
const LETTERS_RE = /[A-Za-z]/g;
const CJK_RE = new RegExp(`[${CJK_CHAR}]`, 'g');

/** Whether a clause says little beside its numbers: a formula, a reply, "It's 1.239 million vehicles". */
function fewWords(clause: string): boolean {
  return (
    (clause.match(LETTERS_RE)?.length ?? 0) <= REPEAT_CLAUSE_LETTERS &&
    (clause.match(CJK_RE)?.length ?? 0) <= REPEAT_CLAUSE_CHARACTERS
  );
}

/**
 * Words that set a number against the one before it as the value the writer rejects: "it's 766
 * SCs, not 776", "86 rather than 68", "是86个而非68个", "係37單，唔係40".
 */
const REJECTED_RE =
  /(?:^|[,，]\s*)(?:(?:and|but)\s+)?(?:not|rather than|instead of)\s*$|(?:而非|而不是|不是|并非|並非|唔係|唔系)\s*$/i;
/** The words between the two numbers stay within one clause: no sentence or clause ends there. */
const CLAUSE_END_RE = /[.;!?。；！？\n]/;

/**
 * A number the text rejects in favour of the one before it ("766 SCs, not 776"): about the same
 * measure, and judged as stated, as a correction that repeats a wrong value is.
 */
export function rejectedValue(
  text: string,
  before: Mention,
  mention: Mention,
  claim: Claim,
  beforeClaim: Claim,
  set: FigureSet,
  beforeChecked?: CheckedMention,
): CheckedMention | undefined {
  // (The words between are only the rejection: the two numbers stand in one clause.)
  const between = text.slice(before.end, mention.start);
  if (CLAUSE_END_RE.test(between) || !REJECTED_RE.test(between)) return undefined;
  // (A rejected value dated its own way, "not 93.65% as in 2023", is another date's claim.)
  const after = text.slice(mention.end, mention.end + REJECTED_DATE_SPAN);
  if (namesAPeriod(after.split(PHRASE_END_RE)[0]!)) return undefined;
  const cue = REJECTED_RE.exec(between)![0]
    .replace(/^[,，]\s*/, '')
    .trim();
  const matcher = matcherFor(set);
  const verdict = matcher.judgeReferenced(claim, beforeClaim.near, true, cue);
  if (verdict) return withVerdict(mention, setAside(verdict, claim));
  // (Or, when the words name no measure, "2023 pass rate: 93.65%, not 93.56%", against the figure
  // the number before it was confirmed by: the rejected value is a claim about that same figure.)
  const confirmed = beforeChecked?.verdict === 'verified' ? beforeChecked.figure : null;
  if (!confirmed || before.unit !== mention.unit) return undefined;
  return withVerdict(mention, setAside(matcher.judgeRestatement(claim, confirmed, cue, 'rejected'), claim));
}

/** How far after a rejected value its own date may be written ("not 93.65% as in 2023"). */
const REJECTED_DATE_SPAN = 32;
/** Where the rejected value's own phrase ends: its clause's end or a comma. */
const PHRASE_END_RE = /[,，、.;!?。；！？\n]/;

/**
 * A rejected value is never a green mark: the writer says it is not the figure. One that is a
 * fair rounding of it ("93.65%, not 94%") is set aside as neither right nor wrong; one that is the
 * figure exactly stays verified (the number is the official one, whatever the writer thinks).
 */
function setAside(verdict: Verdict, claim: Claim): Verdict {
  if (verdict.verdict !== 'approximate') return verdict;
  const aside = unverified(
    'The text rejects this number, and it is a fair rounding of the official figure: no verdict.',
    'rejected',
  );
  return hasChinese(claim.sentence) ? explainInChinese(aside, claim.text) : aside;
}

/** How many earlier confirmed sentences a number no clause names is read with, nearest first. */
const DISCUSSED_SENTENCES = 4;
/** How far back (characters) those sentences may stand: a text moves on to other things. */
const DISCUSSED_SPAN = 1000;
/** How the card names what the number was read with. */
const DISCUSSED_CUE = { en: 'the measure discussed just before', zh: '前文讨论的指标' } as const;

/**
 * A number no clause names, whose value is exactly an official one of a measure the text confirmed
 * a little earlier ("The notice's figure is 11.237 million", "你記錯，係1123.7萬", "前年召回了1123.7万辆"
 * panels after "去年…涉及车辆684.6万辆"): read with the sentence of that confirmed figure, to confirm
 * only, as a repeated value is (repeatedValues). Of the same measure (its series, a figure of the
 * same release, or the measure's change or share) and at that sentence's date, unless the number's
 * own sentence names one. Not a number that counts a noun of its own ("192 benchmarks for August"
 * has its own date), nor a repeat of a value in a clause of many words of its own ("the stadium
 * seats 44,499"), nor the result of the writer's sum.
 */
export function discussedValues(
  text: string,
  found: readonly Mention[],
  mentions: CheckedMention[],
  lists: ReadonlyMap<number, ListMember>,
  claimAt: (index: number) => Claim,
  set: FigureSet,
): void {
  const matcher = matcherFor(set);
  // (The values written so far, for telling a repeat: one set, not a search back per number.)
  const written = new Set<string>();
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    const key = `${m.unit}:${m.value}`;
    const repeat = written.has(key);
    written.add(key);
    if (m.verdict !== 'unverified' || !UNNAMED_REASONS.has(m.reason ?? '') || lists.has(k)) continue;
    const mention = found[k]!;
    if (countsItsOwnNoun(text, mention.end) || !hasWords(mention.context)) continue;
    if (RESULT_BEFORE_RE.test(text.slice(Math.max(0, m.start - RESULT_SPAN), m.start))) continue;
    // (A value written before, in a clause of words of its own, is a look-alike: "The refurbished
    // stadium in Kunming seats 44,499", as in repeatedValues.)
    if (repeat && !fewWords(claimAt(k).near)) continue;
    const cue = DISCUSSED_CUE[hasChinese(mention.context) ? 'zh' : 'en'];
    const seen = new Set<number>();
    for (let j = k - 1; j >= 0 && seen.size < DISCUSSED_SENTENCES; j--) {
      const earlier = mentions[j]!;
      if (m.start - earlier.end > DISCUSSED_SPAN) break;
      const at = found[j]!.contextStart;
      if (earlier.verdict !== 'verified' || !earlier.figure || at === mention.contextStart || seen.has(at))
        continue;
      seen.add(at);
      const verdict = matcher.judgeReferenced(claimAt(k), found[j]!.context, false, cue, 'reference');
      // (The measure that sentence confirmed, not another it happens to name; and its date, unless
      // the number's own sentence names one: "it was 11.237 million" after 2025's 6.846 million
      // is no quote of 2024's figure.)
      if (
        verdict?.verdict === 'verified' &&
        verdict.figure &&
        sameMeasure(verdict.figure, earlier.figure) &&
        (verdict.figure.period.end === earlier.figure.period.end || datesItself(claimAt(k)))
      ) {
        mentions[k] = withVerdict(m, verdict);
        break;
      }
    }
    if (mentions[k] === m) byDistinctiveValue(text, mention, m, claimAt(k), mentions, k, matcher);
  }
}

/** How much text before a number's sentence may name the measure its distinctive value is of. */
const DISTINCTIVE_PASSAGE_BEFORE = 400;

/**
 * A distinctive official value in a passage that names its measure, with no confirmed number to
 * point back to (Matcher.judgeByDistinctiveValue): read with that measure, at the number's own date
 * or, when it names none, at a date the passage names ("Last year … 6.846 million. My neighbour
 * insists it was 11.237 million" is no quote of 2024's figure).
 */
function byDistinctiveValue(
  text: string,
  mention: Mention,
  checked: CheckedMention,
  claim: Claim,
  mentions: CheckedMention[],
  k: number,
  matcher: ReturnType<typeof matcherFor>,
): void {
  const passage = text.slice(
    Math.max(0, mention.contextStart - DISTINCTIVE_PASSAGE_BEFORE),
    mention.contextEnd,
  );
  const verdict = matcher.judgeByDistinctiveValue(claim, checked, passage);
  if (!verdict?.figure) return;
  if (!datesItself(claim)) {
    // (Undated, it is green only at a date the passage names, and red only for what no date
    // changes: dollars for a yuan figure.)
    if (verdict.verdict === 'contradicted' && verdict.likelyError?.kind !== 'currency') return;
    const named = periodsNamed(passage, claim.time).years;
    const year = Number(verdict.figure.period.end.slice(0, 4));
    if (named.length > 0 && !named.includes(year)) return;
  }
  mentions[k] = withVerdict(mention, verdict);
}

/** Whether a number's own sentence names a period (a year, a month, "last year"). */
function datesItself(claim: Claim): boolean {
  const cues = claimPeriodCues(claim);
  return !cues.inherited && (cues.years.length > 0 || cues.months.length > 0);
}

/** Whether a figure is of the measure another is: its series, its release, or its change or share. */
function sameMeasure(a: SourcedFigure, b: SourcedFigure): boolean {
  if (seriesKey(a) === seriesKey(b) || a.sourceId === b.sourceId) return true;
  const family = (f: SourcedFigure) => f.changeOf ?? f.shareOf ?? f.measureKey;
  return family(a) === family(b);
}
