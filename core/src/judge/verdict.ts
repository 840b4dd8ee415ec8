/**
 * The one matcher: given a figure found in text (or a table cell with its labels), find the
 * official figure it refers to and give a verdict. Every front end calls this; none has its own.
 */
import { LEAD_IN_END_RE } from '../document/sentences.ts';
import { precisionOfValue, scaleSlipPower, significantDigits } from '../rules/numbers.ts';
import { CJK_RE, hasChinese } from '../rules/scripts.ts';
import { ANY_YEAR_RE, MONTH_NAMES, UNPLACED_MONTH_RE, isoMonth } from '../rules/months.ts';
import { explainInChinese, sameDateDisagreements, withChangeArithmetic } from './explain.ts';
import { seriesKey, type FigureSet, type SourcedFigure } from '../set/figure-set.ts';
import {
  ContextMatcher,
  makeWindow,
  subWindow,
  type ContextMatch,
  type SentenceWindow,
  type Window,
} from '../resolve/context-matcher.ts';
import {
  changeDirectionOf,
  displayScope,
  isPresentText,
  monthOf,
  periodsNamed,
  normalizeScope,
  scopeWords,
  type PeriodCues,
} from '../document/context.ts';
import { ValueIndex } from '../resolve/value-index.ts';
import {
  compareValues,
  currencyConflict,
  pointsConflict,
  isTransposition,
  likelyError,
  type LikelyError,
  type ValueRelation,
} from './value-compare.ts';
import { describeFigure, formatOfficialValue, shortAttribution } from '../report/format.ts';
import { describeFigureIn, measureClassifier } from '../report/language.ts';
import {
  classifierOfNoun,
  classifiersDisagree,
  countsPlaces,
  isSpecificClassifier,
} from '../rules/chinese-units.ts';
import { campaignClassifier, isForecast, type Claim } from '../resolve/claim.ts';
import { isListItem } from '../resolve/reference.ts';
import { hasListCue } from '../document/lists.ts';
import { scopeWordList } from '../document/lexicon.ts';
import { escapeRegExp } from '../extract/lexicon.ts';
import type { NotCheckable } from '../extract/extract.ts';
import {
  checkPeriod,
  claimPeriodCues,
  datesItself,
  figureYears,
  isLaterSource,
  isRunningTotal,
  laterThanText,
  statedAsItStood,
  statedEarlyIn,
  isSinceThen,
} from './period-check.ts';
import { isCeiling, isFloor } from './hedge-band.ts';

import type { VerdictKind } from './verdicts.ts';

export type { VerdictKind } from './verdicts.ts';

export interface Verdict {
  verdict: VerdictKind;
  /** The official figure the number was checked against; null when nothing in the set is about it. */
  figure: SourcedFigure | null;
  /** Other figures of the same measure (other sources or dates), or the nearby figure of an unverified number. */
  alternatives: SourcedFigure[];
  explanation: string;
  likelyError?: LikelyError;
  /** The earlier sentence whose measure the number was read with, when its own clause named none. */
  referredTo?: string;
  /** The keyword of the set that the text's words matched: what named the measure. */
  namedBy?: string;
  /** Why an unverified number was not checked, for explanations in the reader's language. */
  reason?: UnverifiedReason;
}

/** Why a number is unverified. */
export type UnverifiedReason =
  | 'no-value'
  | 'not-named'
  | 'official-value-unnamed'
  | 'period'
  | 'other-date'
  | 'unknown-period'
  | 'scope'
  | 'partly-named'
  | 'same-number-unnamed'
  | 'too-far'
  | 'not-checkable'
  | 'option'
  | 'forecast'
  | 'threshold'
  | 'rejected'
  | 'percent-or-points'
  | 'computed'
  | 'error';

/** How a number is read with a span outside its clause (see resolve/reference.ts). */
export type ReferenceReading = 'reference' | 'caption' | 'topic' | 'kind' | 'question';

/**
 * The unit a claim's value is compared in: a sum in another currency is compared with the yuan
 * figures (the digits may be right, the currency wrong).
 */
function comparedUnit(claim: Claim): Claim['unit'] {
  return claim.unit === 'currency' && claim.currency !== undefined ? 'yuan' : claim.unit;
}

/**
 * The line above a fact line when it is prose, not another item of the list ("At the January 2024
 * briefing the count was given." over "National measurement benchmarks: 192").
 */
function proseLineAbove(before: string | undefined): string {
  const line = before?.trimEnd().split('\n').pop() ?? '';
  return isListItem(line) ? '' : line;
}

/**
 * A list's lead-in that labels its items ("By cause:", "By system (vehicles recalled in 2025):"):
 * short, ending with a colon. A sentence that ends with one ("Here are the numbers our clients find
 * useful:") only introduces them.
 */
function isLeadInLabel(leadIn: string): boolean {
  return leadIn.length <= LEAD_IN_LABEL_MAX && LEAD_IN_END_RE.test(leadIn);
}
const LEAD_IN_LABEL_MAX = 48;

/**
 * A value followed by the item it is given for ("gave 79.85 for life services and 78.01 for public
 * services, respectively"): its own words are its item's, whatever list cue the sentence has.
 */
function pairedWithItem(claim: Claim): boolean {
  const at = claim.sentence.indexOf(claim.text);
  return at >= 0 && PAIRED_ITEM_AFTER_RE.test(claim.sentence.slice(at + claim.text.length));
}
const PAIRED_ITEM_AFTER_RE = /^\s+for\s+(?!the\s+(?:year|period|first|same)\b)[a-z]/i;

/** What a number the extractor marked not checkable is, as the card names it. */
const NOT_CHECKABLE_NAMES: Record<NotCheckable, string> = {
  'index-level': 'An index level',
  temperature: 'A temperature',
  'scale-top': 'The top of a rating scale',
};

/** How much larger than the set's latest running total a later one may plausibly be. */
const LATER_TOTAL_MAX_GROWTH = 1.3;

/** A year written anywhere, even in a date that dates an event. */

interface Scored {
  figure: SourcedFigure;
  relation: ValueRelation;
  ctx: ContextMatch;
  periodProblem?: string;
  scopeProblem?: string;
}

/** Indexes of a set, built once and reused for every check against that set. */
export class Matcher {
  readonly values: ValueIndex;
  readonly contexts: ContextMatcher;

  constructor(readonly set: FigureSet) {
    this.values = new ValueIndex(set.figures);
    this.contexts = new ContextMatcher(set.figures);
  }

  /** Verdict for one claim, explained in the claim's language (Chinese for a Chinese sentence). */
  judge(claim: Claim): Verdict {
    return this.worded(claim, this.decideClaim(claim));
  }

  /** The explanation in the reader's language, with a stated change's arithmetic. */
  private worded(claim: Claim, verdict: Verdict): Verdict {
    return hasChinese(claim.sentence)
      ? explainInChinese(verdict, claim.text, this.set)
      : withChangeArithmetic(verdict, this.set);
  }

  /**
   * `label`: words that name the measure for the number when its own words do not (see
   * judgeByDistinctiveValue).
   */
  private decideClaim(claim: Claim, label = ''): Verdict {
    if (claim.notCheckable)
      return unverified(
        `${NOT_CHECKABLE_NAMES[claim.notCheckable]}, not an official statistic.`,
        'not-checkable',
      );
    if (claim.threshold)
      return unverified(
        'A threshold a question asks about, not a statement of an official figure.',
        'threshold',
      );
    // "likely to approach 18,000 by the end of the year": a forecast is no quote of a figure (a
    // goal the text names as one is checked against the set's targets).
    if (isForecast(claim))
      return unverified('A forecast or estimate, not a statement of an official figure.', 'forecast');
    // "4.5 million more vehicles … in 2024 than in 2023", 多出1472项: a difference the writer worked out.
    if (claim.difference)
      return unverified('A difference between two figures, worked out by the writer.', 'computed');
    if (claim.ownCalculation) return unverified('The writer says they worked this number out.', 'computed');
    if (claim.computedColumn)
      return unverified("The table's caption says the writer worked out this column.", 'computed');
    // "A joint-venture carmaker recalled 11,237 SUVs": one company's number is none of the set's,
    // which are all totals.
    if (claim.oneEntity)
      return unverified(
        `The number is about ${claim.oneEntity}, not a total the official figures give.`,
        'scope',
      );
    const decided = this.decideValue(claim, label);
    // "There were 44,499 people at the national standards conference": a number followed by a noun
    // of its own counts that noun, and is no quote of a figure whose words never name it.
    const verdict =
      decided.figure &&
      decided.verdict !== 'unverified' &&
      claim.countedNoun &&
      !this.contexts.namesNoun(decided.figure, claim.countedNoun)
        ? unverified(
            `The number counts ${claim.countedNoun}, which ${describeFigure(decided.figure)} does not count.`,
            'not-named',
          )
        : decided;
    // An amount in dollars (US$, HK$) where the source gives yuan is the wrong currency, whatever
    // its digits: never green, and red when the words name the measure.
    if (!verdict.figure) return verdict;
    const currency = currencyConflict(claim, verdict.figure);
    // A change in percent where the source gives percentage points is the wrong unit only when
    // its digits are the points' own ("rose 0.28%" for 0.28 points). A rounding of them ("rose
    // 0.3%") may be the relative change, as true as the points (93.65% to 93.93% is +0.3%): no
    // verdict then, and a different value keeps its own likely error.
    const points = currency ? undefined : pointsConflict(claim, verdict.figure);
    if (points && verdict.verdict === 'approximate')
      return unverified(
        `"${claim.text}" may be the relative change of a rate whose change the source gives in percentage points (${describeFigure(verdict.figure)}): no verdict.`,
        'percent-or-points',
      );
    const conflict = currency ?? (points && verdict.verdict === 'verified' ? points : undefined);
    if (!conflict) return verdict;
    return {
      ...verdict,
      verdict: 'contradicted',
      explanation: `The source says ${describeFigure(verdict.figure)} (${shortAttribution(verdict.figure)}); likely error: ${conflict.message}.`,
      likelyError: conflict,
    };
  }

  /** A multiplier that names no figure, read again as the change it says ("tripled": +200%). */
  private decideValue(claim: Claim, label = ''): Verdict {
    const verdict = label
      ? this.decideValueAs(claim, label)
      : this.withOwnNoun(
          claim,
          this.withRowHeaders(claim, this.withLeadIn(claim, this.decideValueAs(claim))),
        );
    if (verdict.verdict !== 'unverified' || !claim.asChange) return verdict;
    const change = this.decideValueAs(changeClaim(claim, claim.asChange));
    if (change.verdict === 'unverified') return verdict;
    return withChangeNote(claim, claim.asChange.value, change);
  }

  /**
   * "By cause:" over "- Design: 73 campaigns, 4.215 million vehicles": a list's lead-in completes
   * the label of an item whose own words name no measure ("design causes"). Only then: the item's
   * own label, when it names one, is more specific than the lead-in's words for every item.
   */
  private withLeadIn(claim: Claim, verdict: Verdict): Verdict {
    if (verdict.verdict !== 'unverified' || !claim.leadIn || !isLeadInLabel(claim.leadIn)) return verdict;
    return this.rereadWith(claim, verdict, claim.leadIn);
  }

  /** The claim read again with `words` naming its measure; the first reading if that reads nothing. */
  private rereadWith(claim: Claim, verdict: Verdict, words: string): Verdict {
    const read = this.decideValueAs(claim, ` ${words}`);
    return read.verdict === 'unverified' ? verdict : read;
  }

  /**
   * "1,450 stations": a number whose words name no measure, followed by a noun that only one
   * measure of the set counts, is read as that measure's when its value agrees (the card says
   * which noun named it).
   */
  private withOwnNoun(claim: Claim, verdict: Verdict): Verdict {
    if (verdict.verdict !== 'unverified' || verdict.reason !== 'not-named' || !claim.countedNoun)
      return verdict;
    // (A reading by the noun alone is weak: a clause with a date it cannot place, a month without
    // its year, "1,958 capabilities in August", is left unread.)
    if (UNPLACED_MONTH_RE.test(claim.near)) return verdict;
    // (Every word from the number to its noun must be the measure's: "1,450 charging stations"
    // are none of the service stations.)
    const at = claim.sentence.indexOf(claim.text);
    const rest = at >= 0 ? claim.sentence.slice(at + claim.text.length) : '';
    const nounAt = rest.indexOf(claim.countedNoun);
    const phrase = nounAt >= 0 ? rest.slice(0, nounAt + claim.countedNoun.length) : claim.countedNoun;
    const keyword = this.contexts.onlyMeasureCounting(phrase);
    if (!keyword) return verdict;
    const read = this.decideValueAs(claim, ` ${keyword}`);
    // (A value that agrees bears out so weak a naming; one that differs may count other stations:
    // no red on the noun alone.)
    if (read.verdict === 'unverified' || read.verdict === 'contradicted') return verdict;
    return {
      ...read,
      explanation: `${read.explanation} Only this measure in the official set counts ${claim.countedNoun}.`,
    };
  }

  /**
   * The last reading of a number nothing else has read: an official value distinctive enough
   * (three significant digits or more, as a reference needs) and of one measure only names that
   * measure, in a `passage` that names it (the number's sentence and the text just before): "Its
   * June bulletin counted 53,834 institutions of all types in 2023" after "… the number of
   * inspection and testing institutions …". Its date is still read: the right value for another
   * date is that date's figure. Undefined when it does not apply or reads nothing.
   */
  judgeByDistinctiveValue(claim: Claim, unread: Verdict, passage: string): Verdict | undefined {
    if (unread.reason !== 'official-value-unnamed') return undefined;
    if (!distinctive(claim.value)) return undefined;
    // (Every figure of the value, not the three the unread verdict lists: a fourth of another
    // measure makes the value no one measure's.)
    const same = this.candidatesOf(claim, comparedUnit(claim)).filter(
      (f) => compareValues(claim, f) === 'equal',
    );
    const figure = same[0];
    if (!figure || same.some((f) => f.measureKey !== figure.measureKey)) return undefined;
    const keyword = figure.keywords.en[0];
    if (!keyword) return undefined;
    // (Only in a passage about the measure: "The stadium in Kunming seats 44,499" is no count of
    // standards, whatever its digits.)
    const about = makeWindow(this.contexts, passage);
    if (this.contexts.match(figure, about, about).strength < 2) return undefined;
    // (Read in full: a sum in dollars for a yuan figure is still the wrong currency.)
    const read = this.decideClaim(claim, ` ${keyword}`);
    if (read.verdict === 'unverified' || read.figure?.measureKey !== figure.measureKey) return undefined;
    return this.worded(claim, read);
  }

  /** A table cell whose own labels name no measure, read with its row's other headers. */
  private withRowHeaders(claim: Claim, verdict: Verdict): Verdict {
    if (verdict.verdict !== 'unverified' || !claim.rowHeaders || verdict.reason !== 'not-named')
      return verdict;
    return this.rereadWith(claim, verdict, claim.rowHeaders);
  }

  private decideValueAs(claim: Claim, label = ''): Verdict {
    // (The digits of a sum in another currency may be right: see comparedUnit.)
    const candidates = this.candidatesOf(claim, comparedUnit(claim));
    if (candidates.length === 0)
      return unverified('No official figure in the set has a value like this.', 'no-value');
    // The sentence window is shared by every figure in the sentence; if no candidate shares a
    // keyword word with it, the number's own clause need not be read at all.
    const sentence = this.sentenceWindow(claim.sentence);
    // "Such recalls": the clause's noun with the kind the sentence before named (its scope). "The
    // same category covered 5.672 million vehicles": a kind named by no noun of its own is that
    // sentence's subject too, the words before its first number. Its words count as the
    // sentence's as well, which may name no word of the measure itself.
    const kind = claim.kindOf ? this.contexts.scopesNamedIn(claim.kindOf) : [];
    const kindWords = (kind.length > 0 ? ` ${kind.join(' ')} ${subjectOf(claim.kindOf!)}` : '') + label;
    const naming = kindWords ? makeWindow(this.contexts, claim.sentence + kindWords) : sentence;
    if (!naming.cjk && !candidates.some((f) => this.contexts.mayName(f, naming))) {
      return unnamed(claim, candidates);
    }
    const near = kindWords
      ? makeWindow(this.contexts, claim.near + kindWords)
      : claim.sentence === claim.near
        ? sentence
        : claim.nearSpans
          ? subWindow(this.contexts, sentence, claim.nearSpans, claim.near, claim.nearSkip)
          : makeWindow(this.contexts, claim.near);
    // (The claim's period cues are read, once, only for a candidate that may be its figure.)
    let periodCuesOf: PeriodCues | undefined;
    const scored: Scored[] = [];
    let clauseScopes: readonly string[] | undefined;
    let parts: readonly string[] | undefined;
    // In Chinese text, only figures with a keyword sharing a character pair with the sentence can be named.
    const zhOnly = sentence.cjk && sentence.words.size === 0;
    for (const figure of candidates) {
      if (zhOnly && !this.contexts.sharesPair(figure, sentence)) continue;
      const ctx = this.contexts.match(figure, near, naming);
      if (ctx.strength === 0) continue;
      // A share whose clause names another share of the same whole, and not this one, is that one ("design defects accounted for 36.5%" beside "manufacturing defects for 61.6%").
      if (this.siblingNamedOver(figure, near)) continue;
      // "报告全文共286页": pages are no count of standards (项), whatever the words around; nor are
      // "44,499 people" a count of national standards.
      if (this.countsOtherThan(claim, figure)) continue;
      const relation = compareValues(claim, figure);
      const s: Scored = { figure, relation, ctx };
      // A number that cannot be this figure, right or wrong, needs no period or scope reading.
      if (relation === 'different' && !plausiblySame(claim, figure)) {
        scored.push(s);
        continue;
      }
      const periodProblem = this.periodProblem(
        figure,
        (periodCuesOf ??= claimPeriodCues(claim)),
        claim,
        relation,
      );
      if (periodProblem) s.periodProblem = periodProblem;
      clauseScopes ??= claim.scopeText ? [...near.scopes, ...scopeWords(claim.scopeText)] : near.scopes;
      // A part of a total named before the number ("design flaws were behind 73 recalls involving
      // 4.2 million vehicles") makes it that part's, never the total's (a figure of no scope).
      parts ??= near.cjk || claim.lead === undefined ? [] : partsNamedIn(claim.lead);
      const scopeProblem =
        figure.scope.length === 0 && parts.length > 0
          ? `the text is about ${parts.map(displayScope).join(', ')}, a part of the official total`
          : this.checkScope(figure, ctx, clauseScopes, sentence, claim.before ?? '');
      if (scopeProblem) s.scopeProblem = scopeProblem;
      scored.push(s);
    }
    levelSeries(scored);
    namePartsByTheirWhole(scored);
    if (periodCuesOf) preferOwnYear(scored, periodCuesOf);
    const decided = publishedLater(this.decide(claim, scored, near), scored, claim.time?.date);
    const later = decided && this.laterTotal(claim, decided);
    if (later) return later;
    if (decided) {
      const other = this.otherMeasureNamed(claim, decided);
      if (other) return other;
      const opposite = this.oppositeDirection(claim, decided);
      if (opposite) return opposite;
      return this.sharedByEach(claim, decided, clauseScopes ?? near.scopes, sentence) ?? decided;
    }
    return (
      publishedLater(
        this.wrongDate(claim, scored, () => claimPeriodCues(claim), near),
        scored,
        claim.time?.date,
      ) ?? this.nearby(scored, claim)
    );
  }

  /**
   * A running total larger than the latest the set has, in a clause that names no date of its own
   * ("cumulative vehicle recalls since 2004: 3,265 campaigns" in a text of 2026): running totals
   * only grow, and it may be a later count than the set's. No verdict rather than a wrong red.
   */
  private laterTotal(claim: Claim, decided: Verdict): Verdict | undefined {
    const figure = decided.figure;
    if (decided.verdict !== 'contradicted' || !figure || !isRunningTotal(figure)) return undefined;
    // (Not a slip of scale nor of digits: "1.14 billion" for 114 million, 3,705 for 3,075.)
    if (
      claim.value <= figure.value ||
      claim.value > figure.value * LATER_TOTAL_MAX_GROWTH ||
      transposes(claim, figure) ||
      (claim.time?.date !== undefined && claim.time.date <= figure.period.end)
    )
      return undefined;
    // (Nor when the text dates it, unless to a later year than the set's total: "3,265 quoted for
    // the end of 2025" when the set's last total is 2024's.)
    const cues = claimPeriodCues(claim);
    const year = Number(figure.period.end.slice(0, 4));
    const month = year * 12 + Number(figure.period.end.slice(5, 7)) - 1;
    if (cues.months.some((m) => m <= month) || cues.years.some((y) => y <= year)) return undefined;
    if (this.set.byMeasure(figure.measureKey).some((g) => g.period.end > figure.period.end)) return undefined;
    return {
      ...unverified(
        `"${claim.text}" is larger than the latest running total the set has (${describeFigure(figure)}, ${shortAttribution(figure)}), and the text gives it no date: it may be a later count. No verdict.`,
        'other-date',
      ),
      alternatives: [figure],
    };
  }

  /**
   * One number said of several places ("河北、河南的…都超过了2.4万项", "Guangdong and Zhejiang both
   * have more than 100"): right only if right for each. A green verdict for one place is checked
   * against the same measure's figure for every other place the clause names; any that fails
   * makes it wrong.
   */
  private sharedByEach(
    claim: Claim,
    verdict: Verdict,
    scopes: readonly string[],
    sentence: Window,
  ): Verdict | undefined {
    const figure = verdict.figure;
    if (!figure || verdict.verdict === 'contradicted' || scopes.length < 2 || !sharedBy(sentence.text))
      return undefined;
    const others = scopes.filter((s) => this.contexts.foreignScopes(figure, [s]).length > 0);
    for (const scope of others) {
      const theirs = this.set
        .byMeasure(figure.measureKey)
        .find(
          (g) =>
            g !== figure &&
            g.period.end === figure.period.end &&
            this.contexts.foreignScopes(g, [scope]).length === 0,
        );
      if (theirs && !boundHolds(claim, theirs)) return this.contradicted(claim, theirs);
    }
    return undefined;
  }

  /**
   * The right number for another date: "448.8万 in 2023" names 2022's figure while the set has
   * 2023's (672.8万). Contradicted against the date the text names, when the set has it.
   */
  private wrongDate(
    claim: Claim,
    scored: Scored[],
    cues: () => PeriodCues,
    near?: Window,
  ): Verdict | undefined {
    // The measure named elsewhere in the sentence is enough for a distinctive value in a clause
    // that names no other ("1,242 at the end of 2023 and 1,230 at the end of 2024").
    // Only a figure the number fits but for its date can make it another date's: most numbers
    // have none, and their period cues need not be read.
    if (!scored.some((s) => s.periodProblem && !s.scopeProblem && s.relation !== 'different'))
      return undefined;
    // An unknown period ("last year" in an undated text) cannot make a number the wrong year's.
    if (cues().unresolved) return undefined;
    // A figure of the right date that the number fits, named too weakly to confirm ("19 campaigns
    // involving more than 4 million vehicles" after "over-the-air updates"), is no reason to call
    // it another date's.
    if (scored.some((s) => !s.periodProblem && !s.scopeProblem && s.relation !== 'different'))
      return undefined;
    const elliptic = () =>
      near !== undefined && distinctive(claim.value) && this.contexts.clearestInClause(near) === 0;
    for (const s of scored) {
      if (!s.periodProblem || s.scopeProblem || s.relation === 'different') continue;
      if (s.ctx.strength < 2 && !elliptic()) continue;
      // The date's own figure, which the text could have known, and which the number does not fit.
      // (The one that ends in the year the text names first: a change "2025 compared with 2024"
      // spans 2024 too, but "in 2024 … up 49.9%" is 2024's change.)
      const dated = this.sameMeasure(s.figure).filter(
        (g) =>
          !checkPeriod(g, cues()) && !laterThanText(g, claim.time) && compareValues(claim, g) === 'different',
      );
      const right = dated.find((g) => cues().years.includes(Number(g.period.end.slice(0, 4)))) ?? dated[0];
      if (right && right.unit === s.figure.unit) return named(this.contradicted(claim, right), s);
    }
    return undefined;
  }

  /**
   * A number whose own clause names no measure, read with the measure an earlier span names (its
   * antecedent, see resolve/reference.ts). `strong`: the clause refers to a figure itself ("the
   * figure", 该数字), so a wrong value is contradicted; otherwise only a distinctive value that
   * agrees is confirmed. `topic`: the antecedent is a heading or headline the clause only
   * completes ("2022年：召回204次" under "…汽车召回…"): the measure must be named by the heading and
   * the clause together, with the clause holding some of its words, and only a distinctive value that
   * agrees, or transposes, is judged (`cue` is then unused). `caption`: the antecedent is the line
   * below a number that stands alone on its line; `question`: the question above the number's line,
   * which it answers (strong, as a caption). `bare`: the clause is the number and its cue alone (a
   * bare answer, see ReferenceCue.bare). Undefined when the antecedent settles nothing.
   */
  judgeReferenced(
    claim: Claim,
    antecedent: string,
    strong: boolean,
    cue: string,
    how: ReferenceReading = 'reference',
    bare = false,
  ): Verdict | undefined {
    const verdict = this.referencedAs(claim, antecedent, strong, cue, how, bare);
    if (verdict) return this.laterTotal(claim, verdict) ?? verdict;
    if (!claim.asChange) return verdict;
    // ("… and their number almost tripled": a multiplier the antecedent's measure names no level
    // of is read again as the change it says.)
    const change = this.referencedAs(changeClaim(claim, claim.asChange), antecedent, strong, cue, how, bare);
    if (!change) return undefined;
    return withChangeNote(claim, claim.asChange.value, change);
  }

  /** Whether the words of `text` share a keyword word (or, in Chinese, a character pair) with the figure's. */
  mayNameIn(text: string, figure: SourcedFigure): boolean {
    return this.sharesWords(figure, makeWindow(this.contexts, text));
  }

  /** Whether a window shares a keyword word with the figure's, or, in Chinese, a character pair. */
  private sharesWords(figure: SourcedFigure, window: Window): boolean {
    return this.contexts.mayName(figure, window) || (window.cjk && this.contexts.sharesPair(figure, window));
  }

  /** Whether a figure of a value like the claim's counts `noun` ("recalls", "items"). */
  countsAMeasureNoun(claim: Claim, noun: string): boolean {
    return this.candidatesOf(claim, claim.unit).some((f) => this.contexts.namesNoun(f, noun));
  }

  /** The figures of a value like the claim's, only changes for a multiplier read as one. */
  private candidatesOf(claim: Claim, unit: Claim['unit']): SourcedFigure[] {
    const all = this.values.candidates(claim.value, unit);
    const parts = claim.partOf ? all.filter((f) => f.measureKey !== claim.partOf) : all;
    return claim.onlyChanges ? parts.filter((f) => f.changeOf !== undefined) : parts;
  }

  private referencedAs(
    claim: Claim,
    antecedent: string,
    strong: boolean,
    cue: string,
    how: ReferenceReading,
    bare: boolean,
  ): Verdict | undefined {
    const topic = how === 'topic' || how === 'kind';
    // (A number the writer worked out is no figure of the antecedent's either.)
    if (((!strong || topic) && !distinctive(claim.value)) || isForecast(claim) || claim.ownCalculation)
      return undefined;
    const candidates = this.candidatesOf(claim, claim.unit);
    if (candidates.length === 0) return undefined;
    const sentence = this.sentenceWindow(claim.sentence);
    const near = claim.nearSpans
      ? subWindow(this.contexts, sentence, claim.nearSpans, claim.near, claim.nearSkip)
      : makeWindow(this.contexts, claim.near);
    // (A clause whose kind the sentence before completes must date itself: "In 2023 it was 27
    // campaigns and 3.996 million vehicles". Without a date of its own it may restate another
    // date's figure, "slides that give 192 benchmarks" after the August count.)
    if (how === 'kind') {
      const own = claimPeriodCues(claim);
      // ("A year earlier the figures were … about 1.02 million organisations": a shift from the
      // paragraph's year dates the sentence itself.)
      if (own.years.length === 0 || (own.inherited && !claim.periodShift)) return undefined;
    }
    const verdict = this.readWithAntecedent(claim, antecedent, strong, cue, how, candidates, near);
    // A clause that names a measure of its own is about that measure, not the antecedent's (a bare
    // answer's clause is its cue: "The ministry said 80%." names who said it).
    // (Asked only of a verdict: reading the clause for every measure costs more than the rest.)
    if (!verdict) return undefined;
    // (Nor is a number wrong for the antecedent's measure when it is exactly another measure's
    // distinctive official value: "5,784 … were classed as 'strong'; 35,583 … as 'medium'" quotes
    // the medium count, whatever the sentence before counted.)
    if (verdict.verdict === 'contradicted' && this.anotherOfficialValue(claim, verdict.figure, candidates))
      return undefined;
    // (A clause whose noun the sentences before complete may name that noun's most common measure
    // clearly, "690 recalls" vehicle recall campaigns, with none of its value: the kind decides.
    // Not when the clause alone names the figure found: its own reading has said why it is not.)
    if (how === 'kind')
      return verdict.figure && this.contexts.match(verdict.figure, near, near).strength < 2
        ? verdict
        : undefined;
    return bare || this.contexts.clearestInClause(near) === 0 ? verdict : undefined;
  }

  /** Whether the number is exactly a distinctive official value of another measure than `figure`'s. */
  private anotherOfficialValue(
    claim: Claim,
    figure: SourcedFigure | null,
    candidates: readonly SourcedFigure[],
  ): boolean {
    return (
      distinctive(claim.value) &&
      candidates.some(
        (f) =>
          f.qualifier === 'exact' &&
          f.measureKey !== figure?.measureKey &&
          compareValues(claim, f) === 'equal',
      )
    );
  }

  /**
   * A rounding that restates the number before it ("1,230家，約1,200家", "44,499, or nearly
   * 45,000"), judged against `figure`, the one that number was checked against: the earlier number
   * settled the measure, date and scope. `cue`: the words that restate it, for the card.
   * `corrects`: the number is a correction of the one before, not a rounding of it.
   */
  judgeRestatement(
    claim: Claim,
    figure: SourcedFigure,
    cue: string,
    how: 'restates' | 'corrects' | 'rejected' | 'headline' = 'restates',
  ): Verdict {
    const relation = compareValues(claim, figure);
    const verdict =
      relation === 'equal'
        ? this.verified(figure)
        : relation === 'consistent'
          ? this.approximate(claim, figure)
          : this.contradicted(claim, figure);
    const worded = this.worded(claim, verdict);
    const note =
      how === 'headline'
        ? hasChinese(claim.sentence)
          ? `标题中的数字即正文所说的数字（“${cue}”）。`
          : ` The headline's number is the one the text gives below ("${cue}").`
        : hasChinese(claim.sentence)
          ? `该数字（“${cue}”）${RESTATEMENT_ZH[how]}前一数字。`
          : ` The number ${how === 'rejected' ? 'is set against' : how} the one before it ("${cue}").`;
    return { ...worded, explanation: worded.explanation + note };
  }

  /** judgeReferenced's reading of the number with its antecedent's measure. */
  private readWithAntecedent(
    claim: Claim,
    antecedent: string,
    strong: boolean,
    cue: string,
    how: ReferenceReading,
    candidates: readonly SourcedFigure[],
    near: Window,
  ): Verdict | undefined {
    const topic = how === 'topic' || how === 'kind';
    // (A topic's window holds the number's own clause: made for this number alone, not kept among
    // the antecedents' windows, which later numbers share.)
    const earlier = topic
      ? makeWindow(this.contexts, `${antecedent}\n${claim.near}`)
      : this.antecedentWindow(antecedent);
    // (Read only if a candidate is named by the antecedent.)
    let periodCuesOf: PeriodCues | undefined;
    const scored: Scored[] = [];
    for (const figure of candidates) {
      // (A heading completes the clause's words; it does not lend a measure the clause never touches.)
      if (
        topic &&
        !this.sharesWords(figure, near) &&
        // (Or, in Chinese, a clause of nothing but a date and the count counts what its classifier
        // counts: "- 2022年47次，约121万辆" under "再看新能源车：". Not "展厅接待204次".)
        !(claim.classifier && isBareCount(claim.near) && this.countsSameThings(figure, claim.classifier))
      )
        continue;
      // (What the number itself counts holds whatever the antecedent names: "抽查4126批次" after a
      // sentence about firms is no count of enterprise standards.)
      if (this.countsOtherThan(claim, figure)) continue;
      const ctx = this.contexts.match(figure, earlier, earlier);
      if (ctx.strength < 2) continue;
      const relation = compareValues(claim, figure);
      const s: Scored = { figure, relation, ctx };
      const cues = (periodCuesOf ??= claimPeriodCues(claim));
      const periodProblem = this.periodProblem(figure, cues, claim, relation);
      if (periodProblem) s.periodProblem = periodProblem;
      const foreign = this.contexts.foreignScopes(figure, near.scopes);
      // (A scope may be named in the antecedent or in the number's own clause: a list item's place.)
      // (As in checkScope.)
      const unnamedHere = keywordNamesSubset(ctx, figure) ? [] : this.contexts.missingScopes(figure, near);
      const missing = this.contexts
        .missingScopes(figure, earlier, claim.before ?? '')
        .filter((scope) => unnamedHere.includes(scope));
      if (foreign.length > 0 || missing.length > 0) s.scopeProblem = 'another scope';
      scored.push(s);
    }
    levelSeries(scored);
    const fits = scored
      .filter((s) => !s.periodProblem && !s.scopeProblem)
      .sort(
        (a, b) =>
          b.ctx.specificity - a.ctx.specificity || closeness(claim, a.figure) - closeness(claim, b.figure),
      );
    const named_ = fits[0]?.ctx.keyword ?? '';
    const zh = hasChinese(claim.sentence);
    const note =
      how === 'kind'
        ? zh
          ? `指标“${named_}”由前文补足：“${clip(antecedent)}”。`
          : ` The measure ("${named_}") is completed by the sentence before: "${clip(antecedent)}".`
        : topic
          ? zh
            ? `指标“${named_}”由标题补足：“${clip(antecedent)}”。`
            : ` The measure ("${named_}") is completed by the heading: "${clip(antecedent)}".`
          : how === 'caption'
            ? zh
              ? `该数字由下一行说明（“${named_}”）：“${clip(antecedent)}”。`
              : ` The line below says what the number is ("${named_}"): "${clip(antecedent)}".`
            : how === 'question'
              ? zh
                ? `该数字回答上面的问题（“${named_}”）：“${clip(antecedent)}”。`
                : ` The number answers the question above ("${named_}"): "${clip(antecedent)}".`
              : zh
                ? `该数字（“${cue}”）指前文所说的“${named_}”：“${clip(antecedent)}”。`
                : ` The number refers back ("${cue}") to "${named_}" named earlier: "${clip(antecedent)}".`;
    const withNote = (v: Verdict): Verdict => {
      const worded = this.worded(claim, v);
      return { ...worded, explanation: worded.explanation + note, referredTo: antecedent };
    };
    const equal = fits.find((s) => s.relation === 'equal');
    if (equal) return withNote(named(this.verified(equal.figure), equal));
    // (As in firstVerdict: a transposition of an exact official number is a misquote even where a
    // vaguer figure, "more than 19,000", would also fit it.)
    const swapped = strong || topic ? fits.find((s) => isSwapOf(claim, s)) : undefined;
    if (swapped) return withNote(named(this.contradicted(claim, swapped.figure), swapped));
    const consistent = fits.find((s) => s.relation === 'consistent');
    if (consistent) return withNote(this.approximateOrSlip(claim, consistent));
    if (!strong || topic) return undefined;
    const wrong = fits.find((s) => s.relation === 'different' && plausiblySame(claim, s.figure));
    if (wrong) return withNote(named(this.contradicted(claim, wrong.figure), wrong));
    const date = this.wrongDate(claim, scored, () => claimPeriodCues(claim));
    return date ? withNote(date) : undefined;
  }

  /**
   * A change written right after the level it changes ("11.24 million autos last year, up 67%",
   * 认证机构共计1242家，同比增长超过10%): its measure is that level's. `level` is the official figure
   * the level was checked against; the change is judged against the set's change of that measure,
   * for the same scope and year. Undefined when the set has no such change or the value cannot be it.
   */
  judgeChangeOf(
    written: Claim,
    level: SourcedFigure,
    direction: 'increase' | 'decrease' | undefined,
  ): Verdict | undefined {
    const claim = written.asChange ? changeClaim(written, written.asChange) : written;
    // (A change the writer worked out is no quote of the level's change.)
    if (level.changeOf !== undefined || claim.ownCalculation || claim.difference) return undefined;
    // (Nor a change over a span the text leaves open: "has since grown by roughly 8%" after the
    // level is no change the level's date has.)
    if (isSinceThen(claim)) return undefined;
    const scope = level.scope.join('|');
    // (A level stated early in a year is the year before's too: its change may be that year's.)
    const years = figureYears(level);
    const changes = this.changesOf(level.measureKey).filter(
      (f) =>
        f.scope.join('|') === scope &&
        years.includes(Number(f.period.end.slice(0, 4))) &&
        f.unit === claim.unit,
    );
    if (changes.length === 0) return undefined;
    const note = hasChinese(claim.sentence)
      ? `该变化按其前面的数字读取：${describeFigureIn(level, 'zh')}。`
      : ` The change is read with the figure before it: ${describeFigure(level)}.`;
    const withNote = (v: Verdict): Verdict => {
      const worded = this.worded(claim, v);
      return { ...worded, explanation: worded.explanation + note };
    };
    const against = (f: SourcedFigure) =>
      direction !== undefined && f.changeDirection !== undefined && f.changeDirection !== direction;
    const equal = changes.find((f) => compareValues(claim, f) === 'equal');
    if (equal) return withNote(against(equal) ? this.wrongDirection(claim, equal) : this.verified(equal));
    const consistent = changes.find((f) => compareValues(claim, f) === 'consistent');
    if (consistent)
      return withNote(
        against(consistent) ? this.wrongDirection(claim, consistent) : this.approximate(claim, consistent),
      );
    const wrong = changes.find((f) => plausiblySame(claim, f));
    return wrong ? withNote(this.contradicted(claim, wrong)) : undefined;
  }

  /**
   * A change matched by its size whose own words go the other way ("较上年增长48.6%" for a fall of
   * 48.6%): contradicted. Only when the clause says one direction.
   */
  private oppositeDirection(claim: Claim, verdict: Verdict): Verdict | undefined {
    const figure = verdict.figure;
    if (!figure?.changeDirection || (verdict.verdict !== 'verified' && verdict.verdict !== 'approximate'))
      return undefined;
    const said = changeDirectionOf(claim.cueText ?? claim.near);
    return said && said !== figure.changeDirection ? this.wrongDirection(claim, figure) : undefined;
  }

  /** The right size of change in the wrong direction: "down 67%" for a rise of 67%. */
  private wrongDirection(claim: Claim, figure: SourcedFigure): Verdict {
    const verdict = this.withFigure(
      'contradicted',
      figure,
      `The source says ${describeFigure(figure)} (${shortAttribution(figure)}); likely error: "${claim.text}" is given as a ${figure.changeDirection === 'increase' ? 'fall' : 'rise'}, but the source reports a${figure.changeDirection === 'increase' ? ' rise' : ' fall'}.`,
    );
    verdict.likelyError = {
      kind: 'direction',
      message: `the change goes the other way: the source reports a ${figure.changeDirection === 'increase' ? 'rise' : 'fall'}`,
    };
    return verdict;
  }

  private changesByMeasure: Map<string, SourcedFigure[]> | undefined;

  /** The set's changes of a measure, in the set's order (indexed once: every change asks). */
  private changesOf(measureKey: string): readonly SourcedFigure[] {
    if (!this.changesByMeasure) {
      this.changesByMeasure = new Map();
      for (const f of this.set.figures) {
        if (f.changeOf === undefined) continue;
        const list = this.changesByMeasure.get(f.changeOf) ?? [];
        list.push(f);
        this.changesByMeasure.set(f.changeOf, list);
      }
    }
    return this.changesByMeasure.get(measureKey) ?? [];
  }

  private readonly classifiers = new Map<SourcedFigure, string | undefined>();

  /**
   * The number counts something the figure does not: its classifier ("报告全文共286页": pages are
   * no count of standards, 项), the noun after it ("44,499 people") or the activity its clause
   * names ("delivered about 4.6mn vehicles").
   */
  countsOtherThan(claim: Claim, figure: SourcedFigure): boolean {
    return (
      (claim.classifier !== undefined && this.countsOtherThings(figure, claim.classifier)) ||
      (claim.countedAs !== undefined && this.countsOtherThings(figure, claim.countedAs)) ||
      // (57个…国家 are no documents; 47份 are no countries.)
      (claim.classifier !== undefined &&
        (claim.countsPlaces === true) !== countsPlaces(chineseNameOf(figure)) &&
        (claim.countsPlaces === true || isSpecificClassifier(claim.classifier))) ||
      (claim.countedNoun !== undefined && !this.contexts.namesNoun(figure, claim.countedNoun)) ||
      (claim.countedActivity !== undefined && !this.contexts.namesNoun(figure, claim.countedActivity)) ||
      (claim.changeCounts !== undefined && this.changeCountsOther(figure, claim.changeCounts))
    );
  }

  /**
   * A change of recall campaigns is no change of the vehicles or items they covered, and the other
   * way round: told by the classifier of what the changed measure counts (次 for campaigns).
   */
  private changeCountsOther(figure: SourcedFigure, counts: 'campaigns' | 'units'): boolean {
    const own = this.changeCounts(figure);
    return own !== undefined && own !== counts;
  }

  /** Whether the words of `text` alone name the figure clearly. */
  namesIn(text: string, figure: SourcedFigure): boolean {
    const window = makeWindow(this.contexts, text);
    return this.contexts.match(figure, window, window).strength === 2;
  }

  /**
   * Whether a figure may be the claim's by its period and by what it counts (its words aside).
   */
  fitsClaim(claim: Claim, figure: SourcedFigure): boolean {
    return !this.countsOtherThan(claim, figure) && !this.periodProblem(figure, claimPeriodCues(claim), claim);
  }

  /** What a change figure's measure counts: recall campaigns (counted in 次) or units; undefined for a level. */
  changeCounts(figure: SourcedFigure): 'campaigns' | 'units' | undefined {
    const level = figure.changeOf === undefined ? undefined : this.set.byMeasure(figure.changeOf)[0];
    const classifier = level && this.classifierOf(level);
    if (classifier === undefined) return undefined;
    return classifier === campaignClassifier() ? 'campaigns' : 'units';
  }

  /** Whether the figure counts another kind of thing than a number written with `classifier`. */
  private countsOtherThings(figure: SourcedFigure, classifier: string): boolean {
    const own = this.classifierOf(figure);
    return own !== undefined && classifiersDisagree(own, classifier);
  }

  /** The figure counts what the classifier counts ("约121万辆" and vehicles recalled). */
  private countsSameThings(figure: SourcedFigure, classifier: string): boolean {
    const own = this.classifierOf(figure);
    return own !== undefined && !classifiersDisagree(own, classifier);
  }

  private classifierOf(figure: SourcedFigure): string | undefined {
    if (!this.classifiers.has(figure))
      this.classifiers.set(
        figure,
        measureClassifier([figure, ...this.sameMeasure(figure)]) ??
          (figure.unit === 'count' ? classifierOfNoun(chineseNameOf(figure)) : undefined),
      );
    return this.classifiers.get(figure);
  }

  private lastSentence: { text: string; window: SentenceWindow } | undefined;

  /** Why the figure is not of the period the text gives the number, if it is not; how every reading checks a date. */
  private periodProblem(
    figure: SourcedFigure,
    cues: PeriodCues,
    claim: Claim,
    // (The caller that has already compared the values passes the relation: it is not worked out twice.)
    relation?: ValueRelation,
  ): string | undefined {
    // "Last year" in a text that does not say when it was written: any year's figure may be the
    // one meant, so the number is neither confirmed (the year may not be the figure's) nor
    // called wrong (it may be another year's).
    if (cues.unresolved)
      return `the text says "${cues.unresolved}" but not when it was written, so its period is unknown`;
    // A measure stated once, as it stood when it was stated ("80% of global trade", "co-signed by
    // 103 members"), is not held to the year a paragraph names for its other numbers: only to a
    // year the number's own sentence gives. (A year-end count stated once still has its year.)
    if (cues.inherited && statedAsItStood(figure) && this.sameMeasure(figure).length === 0)
      return checkPeriod(figure, { ...cues, years: [], months: [] }) ?? laterThanText(figure, claim.time);
    return (
      checkPeriod(figure, cues) ??
      this.superseded(figure, cues) ??
      afterMonthNamed(figure, cues, claim) ??
      this.outdatedNow(figure, cues, claim) ??
      // (Only a value the figure confirms: a different one, "10.5 million" in January for a
      // release of March, may be an early tally the set does not hold, not an error.)
      laterThanText(
        figure,
        claim.time,
        (relation ?? compareValues(claim, figure)) === 'different' ? undefined : cues,
      )
    );
  }

  /**
   * A level the text says holds now ("China now has 192 benchmarks", 目前) in a text dated after a
   * later statement of the same measure: the later one is what holds now. (Only "now" before the
   * number: in "the 1,450 stations of last summer now number about 2,400" it is 2,400's.)
   */
  private outdatedNow(figure: SourcedFigure, cues: PeriodCues, claim: Claim): string | undefined {
    const time = claim.time;
    if (figure.period.kind !== 'as-of' || time?.date === undefined) return undefined;
    // (A fact sheet's "Indicator: value" line that names no date, nor does its lead-in, states the
    // figure as it stands: a briefing's date over the list dates its items.)
    const factLine =
      claim.labelLine === true &&
      cues.years.length === 0 &&
      cues.months.length === 0 &&
      !ANY_YEAR_RE.test(`${claim.leadIn ?? ''} ${proseLineAbove(claim.before)} ${claim.sentence}`);
    if (
      !factLine &&
      (cues.presentFloor === undefined || claim.lead === undefined || !isPresentText(claim.lead))
    )
      return undefined;
    const newer = this.sameMeasure(figure).find(
      (g) =>
        g.period.kind === 'as-of' && g.period.end > figure.period.end && laterThanText(g, time) === undefined,
    );
    return newer
      ? `by ${newer.period.label} the source gives ${formatOfficialValue(newer)} (${shortAttribution(newer)})`
      : undefined;
  }

  /**
   * A figure the text dates after a later statement of the same measure: "In August 2024, China
   * had 192 benchmarks" is checked against August's 202, not January's 192.
   */
  private superseded(figure: SourcedFigure, cues: PeriodCues): string | undefined {
    return this.yearHasItsOwn(figure, cues) ?? this.laterMonth(figure, cues);
  }

  /**
   * "The pass rate was 93.65% in 2024": a level stated early in 2024 (January's 93.65%, which is
   * 2023's) is not 2024's when the sources give 2024's own figure (93.93%).
   */
  private yearHasItsOwn(figure: SourcedFigure, cues: PeriodCues): string | undefined {
    // (Only a level of the year's first months, which figureYears also gives the year before.)
    // (A month named, "January 2024", is that level's own date.)
    if (figure.period.kind !== 'as-of' || cues.years.length === 0 || cues.months.length > 0) return undefined;
    if (Number(figure.period.end.slice(5, 7)) > 3) return undefined;
    const year = String(figure.period.end.slice(0, 4));
    if (!cues.years.includes(Number(year)) || cues.years.includes(Number(year) - 1)) return undefined;
    const own = this.sameMeasure(figure).find(
      (g) =>
        g.period.kind !== 'target' && g.period.end.slice(0, 4) === year && g.period.end.slice(5, 7) === '12',
    );
    return own
      ? `for ${year} the source gives ${formatOfficialValue(own)} (${shortAttribution(own)})`
      : undefined;
  }

  private laterMonth(figure: SourcedFigure, cues: PeriodCues): string | undefined {
    if (figure.period.kind !== 'as-of' || cues.months.length === 0) return undefined;
    const latest = Math.max(...cues.months);
    // A later statement in the same month ("by the end of August" after a mid-August briefing) is
    // the same month's figure too: only a later month supersedes.
    const newer = this.sameMeasure(figure).find(
      (g) => monthOf(g.period.end) > monthOf(figure.period.end) && monthOf(g.period.end) <= latest,
    );
    return newer
      ? `by ${newer.period.label} the source gives ${formatOfficialValue(newer)} (${shortAttribution(newer)})`
      : undefined;
  }

  private readonly series = new Map<SourcedFigure, readonly SourcedFigure[]>();

  /**
   * Other figures of the same measure over the same scope (other sources or dates). Looked up for
   * most verdicts, and fixed for a set: found once per figure. (Read only; a verdict gets a copy.)
   */
  private sameMeasure(figure: SourcedFigure): readonly SourcedFigure[] {
    let others = this.series.get(figure);
    if (!others) {
      const key = seriesKey(figure);
      others = this.set
        .byMeasure(figure.measureKey)
        .filter((f) => f.id !== figure.id && seriesKey(f) === key);
      this.series.set(figure, others);
    }
    return others;
  }

  /**
   * The goals set for a level's measure (another series: their scope says 'target'), when the
   * claim is a level of a year it names ("rose to 86 last year"): "达到86" with no year may be the
   * goal itself.
   */
  private targetsOf(figure: SourcedFigure, claim: Claim): readonly SourcedFigure[] {
    if (figure.period.kind === 'target' || claimPeriodCues(claim).years.length === 0) return [];
    return this.set.byMeasure(figure.measureKey).filter((f) => f.period.kind === 'target');
  }

  private readonly antecedents = new Map<string, SentenceWindow>();

  /**
   * The numbers of a sentence that name no measure read the same earlier sentences, and every such
   * number of a text its headline: the last few are kept prepared.
   */
  private antecedentWindow(text: string): SentenceWindow {
    let window = this.antecedents.get(text);
    if (!window) {
      if (this.antecedents.size >= 4) this.antecedents.delete(this.antecedents.keys().next().value!);
      window = makeWindow(this.contexts, text);
      this.antecedents.set(text, window);
    }
    return window;
  }

  /** Figures in one sentence share its window: prepare it once. */
  private sentenceWindow(text: string): SentenceWindow {
    if (this.lastSentence?.text !== text)
      this.lastSentence = { text, window: makeWindow(this.contexts, text) };
    return this.lastSentence.window;
  }

  private checkScope(
    figure: SourcedFigure,
    ctx: ContextMatch,
    scopes: readonly string[],
    sentence: Window,
    before: string,
  ): string | undefined {
    // Scope words count only in the number's own clause (near), read lazily by the window.
    // "广东、浙江…均超过100家", "Guangdong and Zhejiang both have more than 100": one number
    // for each scope named, so the figure of any of them is about this number.
    const foreign = this.contexts.foreignScopes(figure, scopes);
    if (foreign.length > 0 && foreign.length < scopes.length && sharedBy(sentence.text)) return undefined;
    if (foreign.length > 0)
      return `the text is about ${foreign.map(displayScope).join(', ')}, a different scope than the official figure`;
    if (keywordNamesSubset(ctx, figure)) return undefined;
    const missing = this.contexts.missingScopes(figure, sentence, before);
    if (missing.length > 0) return `the official figure is for ${missing.map(displayScope).join(', ')} only`;
    return undefined;
  }

  private decide(claim: Claim, scored: Scored[], near: Window): Verdict | undefined {
    const fits = scored.filter((s) => !s.periodProblem && !s.scopeProblem).sort(rankFor(claim));
    const verdict =
      this.firstVerdict(
        claim,
        fits.filter((s) => s.ctx.strength === 2),
      ) ?? this.weakVerdict(claim, fits, near);
    return verdict;
  }

  /** Nothing to confirm or contradict: which official figure is nearby, and why it does not apply. */
  private nearby(scored: Scored[], claim: Claim): Verdict {
    const nearby = scored
      .filter((s) => s.relation !== 'different' || s.ctx.strength === 2)
      .sort(rankFor(claim))[0];
    if (!nearby)
      return unnamed(
        claim,
        scored.map((s) => s.figure),
      );
    const what = describeFigure(nearby.figure);
    let why: string;
    let reason: UnverifiedReason;
    if (nearby.periodProblem) {
      reason = /not when it was written/.test(nearby.periodProblem) ? 'unknown-period' : 'period';
      why =
        reason === 'unknown-period'
          ? `its period is unknown (${nearby.periodProblem})`
          : `it is stated for another period (${nearby.periodProblem})`;
    } else if (nearby.scopeProblem) {
      why = nearby.scopeProblem;
      reason = 'scope';
    } else if (nearby.ctx.strength < 2) {
      reason = nearby.relation === 'different' ? 'partly-named' : 'same-number-unnamed';
      why =
        reason === 'partly-named'
          ? 'the context only partly names it'
          : 'the same number appears, but the context does not clearly name this measure';
    } else {
      why = 'the number is too far from it to be the same figure';
      reason = 'too-far';
    }
    return {
      verdict: 'unverified',
      figure: null,
      alternatives: [nearby.figure],
      explanation: `Not checked against ${what} (${shortAttribution(nearby.figure)}): ${why}.`,
      reason,
    };
  }

  /**
   * The verdict from candidates the context clearly names. The most specific naming wins: a
   * number next to "conversion rate of international standards" is checked against that rate,
   * even if another figure ("participation rate") happens to have the same value.
   */
  private firstVerdict(claim: Claim, clean: Scored[]): Verdict | undefined {
    const levels = [...new Set(clean.map((s) => s.ctx.specificity))].sort((a, b) => b - a);
    for (const level of levels) {
      const group = clean.filter((s) => s.ctx.specificity === level);
      const equal = group.find((s) => s.relation === 'equal');
      if (equal) return named(this.verified(equal.figure), equal);
      // A transposition of an exact, distinctive official number is a misquote even when a
      // vaguer figure ("more than 540,000") would also fit it.
      const swapped = group.find((s) => isSwapOf(claim, s));
      if (swapped) return named(this.contradicted(claim, swapped.figure), swapped);
      // A round number next to a one-word measure ("35 universities", "20 departments") is too
      // weak a link to call it a rounding or an error of an official figure.
      if (level < 2 && !distinctive(claim.value)) continue;
      const consistent = group.find((s) => s.relation === 'consistent');
      if (consistent) return this.approximateOrSlip(claim, consistent);
      const wrong = group.find((s) => s.relation === 'different' && plausiblySame(claim, s.figure));
      // A value that equals another clearly named figure is that figure, not a slip of this one:
      // "19 campaigns" by over-the-air update is the 19 OTA recalls, not a tenth of all 190. (Not
      // one named with a word missing: "conversion rate of international standards" at 82.2% is no
      // "participation rate in international standards".)
      const exact = clean.find((s) => s.ctx.specificity < level && s.relation === 'equal' && !s.ctx.partial);
      if (wrong && exact) return named(this.verified(exact.figure), exact);
      // Nor is a number a scale slip of one figure when it rounds another named figure: "涉及产品约
      // 1000万件" is 2023's 1042.0万件, not a slip of the cumulative 1.01亿件.
      const rounding =
        wrong &&
        scaleSlipPower(claim.value, wrong.figure.value) !== 0 &&
        clean.find((s) => s.ctx.specificity < level && s.relation === 'consistent' && !s.ctx.partial);
      if (rounding) return this.approximateOrSlip(claim, rounding);
      if (wrong) return named(this.contradicted(claim, wrong.figure), wrong);
    }
    return undefined;
  }

  /**
   * The measure named only elsewhere in the sentence ("released 2,902 new ones"): enough for a
   * number with three or more significant digits, where a coincidence is unlikely, and for a
   * transposition of one, which is a specific slip; a plainer number only as `weakExact` allows.
   */
  private weakVerdict(claim: Claim, fits: Scored[], near: Window): Verdict | undefined {
    // A plainer number ("75 approved categories", "前年则为690次") only when it is exactly the one
    // figure its sentence names with that value.
    if (!distinctive(claim.value)) return this.weakExact(claim, fits, near);
    // Only if the number's own clause does not name another measure more fully: "45.3%" next to
    // "effective implementation rate of national standards" is not the 45.3% growth of group
    // standards, even though that rate (93.7%) is too far from 45.3% to be a candidate.
    // (Only worth reading when there is weak evidence to weigh.)
    const usable = fits.some((s) => s.relation !== 'different' || transposes(claim, s.figure));
    if (!usable) return undefined;
    const clearest = this.contexts.clearestInClause(near);
    fits = fits.filter((s) => s.ctx.specificity >= clearest);
    const equal = fits.find((s) => s.relation === 'equal');
    if (equal) return named(this.verified(equal.figure), equal);
    const consistent = fits.find((s) => s.relation === 'consistent');
    if (consistent) return this.approximateOrSlip(claim, consistent);
    const swapped = fits.find((s) => s.relation === 'different' && transposes(claim, s.figure));
    if (swapped) return named(this.contradicted(claim, swapped.figure), swapped);
    return undefined;
  }

  /** weakVerdict for a plain number: the sentence's one figure of exactly that value. */
  private weakExact(claim: Claim, fits: Scored[], near: Window): Verdict | undefined {
    // (Not a change: a sentence of levels has a change for each, "按年增长4.9%" after vehicles is
    // not the 4.9% more campaigns.)
    if (claimPeriodCues(claim).change) return undefined;
    // (Nor a number whose own clause clearly names a measure of another value: "及24個部門規章"
    // is no count of the normative documents its sentence also names.)
    if (fits.some((s) => s.ctx.strength === 2)) return undefined;
    const clearest = this.contexts.clearestInClause(near);
    // (One measure only, named at least as clearly as anything the clause names.)
    const onlyOne = (group: Scored[]): Scored | undefined =>
      new Set(group.map((s) => seriesKey(s.figure))).size === 1 && group[0]!.ctx.specificity >= clearest
        ? group[0]
        : undefined;
    const equal = fits.filter((s) => s.relation === 'equal');
    if (equal.length > 0) {
      const only = onlyOne(equal);
      return only ? named(this.verified(only.figure), only) : undefined;
    }
    // Or a rounding of an exact figure ("三成" for 30.3%), not an exact number inside a source's
    // hedge ("12%" is no rounding of "more than 10%").
    const rounding = fits.filter(
      (s) =>
        s.relation === 'consistent' &&
        s.figure.qualifier === 'exact' &&
        claim.precision > precisionOfValue(s.figure.value),
    );
    const only = rounding.length > 0 ? onlyOne(rounding) : undefined;
    return only ? this.approximateOrSlip(claim, only) : undefined;
  }

  private readonly releaseSiblings = new Map<SourcedFigure, SourcedFigure[]>();

  /**
   * A green verdict whose number's own words name another measure of the same release, date and
   * unit, and not the one its value equals: "Steering faults caused 27 recalls and engine faults
   * 11" gives steering the engine count. Value-first lookup never offers the steering figure (11)
   * for 27, so the words are read for it here; the number is that measure's, and wrong.
   */
  private otherMeasureNamed(claim: Claim, verdict: Verdict): Verdict | undefined {
    const figure = verdict.figure;
    // (In a list the value's own words are its item, which check-text aligned: not the words
    // around the value, which are every item's.)
    if (
      !figure ||
      verdict.verdict === 'contradicted' ||
      claim.ownWords === undefined ||
      (claim.listItem === undefined && hasListCue(claim.sentence) && !pairedWithItem(claim)) ||
      sharedBy(ownStretch(claim))
    )
      return undefined;
    let siblings = this.releaseSiblings.get(figure);
    if (!siblings) {
      siblings = this.set.figures.filter(
        (g) =>
          g.sourceId === figure.sourceId &&
          g.period.end === figure.period.end &&
          g.unit === figure.unit &&
          g.period.kind === figure.period.kind &&
          (g.changeOf === undefined) === (figure.changeOf === undefined) &&
          seriesKey(g) !== seriesKey(figure) &&
          !wholeAndPart(g, figure) &&
          this.classifierOf(g) === this.classifierOf(figure) &&
          this.changeCounts(g) === this.changeCounts(figure),
      );
      this.releaseSiblings.set(figure, siblings);
    }
    if (siblings.length === 0) return undefined;
    const clause = makeWindow(this.contexts, claim.ownWords);
    // (A clause that names the figure too, however briefly, may be naming both; not when two shares
    // of one whole are named only by the words they share, "of the total recalled".)
    const own = this.contexts.match(figure, clause, clause);
    // (Not when the clause names it by one generic word only, "departments", and another measure
    // by more: "the leadership group had 18 member departments" names the group's members.)
    const namesFigure = own.strength === 2 && own.specificity >= 2;
    for (const g of siblings) {
      if (!this.contexts.mayName(g, clause) && !clause.cjk) continue;
      // (Nor one that does not count what the number counts: "830,000 records about how often
      // national standards were viewed" are no count of standards.)
      if (claim.countedNoun && !this.contexts.namesNoun(g, claim.countedNoun)) continue;
      const ctx = this.contexts.match(g, clause, clause);
      if (ctx.strength < 2 || ctx.specificity < 2 || ctx.specificity <= own.specificity) continue;
      // (Unless the words that name the other measure are the figure's own and more: "获得资质认定的
      // 检验检测机构" are the qualified institutions, not all 检验检测机构.)
      const widens =
        clause.cjk &&
        ctx.keyword !== undefined &&
        own.keyword !== undefined &&
        ctx.keyword.length > own.keyword.length &&
        ctx.keyword.includes(own.keyword);
      if (
        namesFigure &&
        !widens &&
        (clause.cjk ||
          figure.shareOf === undefined ||
          g.shareOf !== figure.shareOf ||
          this.contexts.namesApart(figure, g, clause))
      )
        continue;
      // (In Chinese, written out: most of a keyword's characters also spell its neighbours'.)
      if (clause.cjk && ctx.keyword && CJK_RE.test(ctx.keyword) && !clause.spells(ctx.keyword)) continue;
      if (compareValues(claim, g) !== 'different') continue;
      if (!ctx.keyword || !this.contexts.setsApart(g, ctx.keyword, figure)) continue;
      const wrong = this.contradictedWith(g, {
        kind: 'misattributed',
        message: `"${claim.text}" is the figure for ${describeFigure(figure)}, not for ${describeFigure(g)}`,
      });
      return named(wrong, { figure: g, relation: 'different', ctx });
    }
    return undefined;
  }

  private readonly siblingShares = new Map<SourcedFigure, SourcedFigure[]>();
  private readonly wholeKeywords = new Map<string, ReadonlySet<string>>();

  /** Chinese keywords two or more shares of one whole have: they name the whole (占召回总数量), no share. */
  private wholeWords(whole: string): ReadonlySet<string> {
    let words = this.wholeKeywords.get(whole);
    if (!words) {
      const seen = new Set<string>();
      const shared = new Set<string>();
      for (const f of this.set.figures)
        if (f.shareOf === whole) for (const k of new Set(f.keywords.zh)) (seen.has(k) ? shared : seen).add(k);
      this.wholeKeywords.set(whole, (words = shared));
    }
    return words;
  }

  /**
   * Whether the clause names another share of the whole the figure is a share of (the design share
   * beside the manufacturing share of all vehicles recalled), or the same part's share of another
   * whole stated in the same source sentence (recalls' share of all recalls beside products' share
   * of all products), and not the figure itself.
   */
  private siblingNamedOver(figure: SourcedFigure, near: Window): boolean {
    const whole = figure.shareOf;
    if (whole === undefined) return false;
    const scope = figure.scope.join('|');
    let shares = this.siblingShares.get(figure);
    if (!shares) {
      shares = this.set.figures.filter(
        (f) =>
          f.shareOf !== undefined &&
          (f.shareOf === whole || (f.quote === figure.quote && f.scope.join('|') === scope)) &&
          !(f.measureKey === figure.measureKey && f.scope.join('|') === scope),
      );
      this.siblingShares.set(figure, shares);
    }
    if (shares.length === 0) return false;
    if (this.contexts.match(figure, near, near).strength === 2)
      return near.cjk && shares.some((g) => namesOnlyFirst(g, figure, near, this.wholeWords(whole)));
    return shares.some((g) => this.contexts.match(g, near, near).strength === 2);
  }

  /**
   * A value consistent with a hedged figure is approximate, unless it is a slip of an exact figure
   * the sources give for the same date: "23,612" fits "more than 23,000" but transposes 23,162.
   */
  private approximateOrSlip(claim: Claim, consistent: Scored): Verdict {
    const figure = consistent.figure;
    // "RMB468.3 billion" is no rounding of "about 470 billion": a figure more precise than the
    // source's round one comes from elsewhere, which the source can neither confirm nor refute.
    if (
      figure.qualifier === 'about' &&
      claim.qualifier === 'exact' &&
      significantDigits(claim.value) > significantDigits(figure.value) + 1
    )
      return unverified(
        hasChinese(claim.sentence)
          ? `“${claim.text}”比官方的约数（${formatOfficialValue(figure)}）更精确，来源无法核对。`
          : `"${claim.text}" is more precise than the source's round figure (${formatOfficialValue(figure)}): the source can neither confirm nor refute it.`,
        'not-checkable',
      );
    // "约367万" for "约376万": digits swapped, even if the hedges overlap.
    if (significantDigits(figure.value) >= 3 && transposes(claim, figure))
      return named(this.contradicted(claim, figure), consistent);
    const sameDate = (f: SourcedFigure) => Math.abs(monthOf(f.period.end) - monthOf(figure.period.end)) <= 2;
    const exact = this.sameMeasure(figure).find(
      (f) =>
        f.period.end === figure.period.end &&
        f.qualifier === 'exact' &&
        significantDigits(f.value) >= 4 &&
        transposes(claim, f),
    );
    if (exact) return named(this.contradicted(claim, exact), consistent);
    // "获证组织约120万家" fits "超过100万" (January), not "约102万" (the same year-end, more precise).
    const precise = this.sameMeasure(figure).find(
      (f) =>
        sameDate(f) &&
        f.unit === figure.unit &&
        significantDigits(f.value) > significantDigits(figure.value) &&
        compareValues(claim, f) === 'different',
    );
    if (precise) return named(this.contradicted(claim, precise), consistent);
    // "40% of the total" in 2025 (38.7%) rounds nothing when 2024's figure was exactly 40%: the
    // writer took the other year's number. Nor does "指数升至86" for 85.6 when 86 is the measure's
    // goal: the writer took the goal for the level.
    const copied =
      claim.qualifier === 'exact' &&
      [...this.sameMeasure(figure), ...this.targetsOf(figure, claim)].some(
        (f) =>
          f.period.end !== figure.period.end &&
          f.unit === figure.unit &&
          compareValues(claim, f) === 'equal' &&
          !laterThanText(f, claim.time),
      );
    if (copied) return named(this.contradicted(claim, figure), consistent);
    return named(this.approximate(claim, figure), consistent);
  }

  private verified(figure: SourcedFigure): Verdict {
    return this.withFigure(
      'verified',
      figure,
      `Matches the official figure: ${describeFigure(figure)} (${shortAttribution(figure)}).`,
    );
  }

  private approximate(claim: Claim, figure: SourcedFigure): Verdict {
    return this.withFigure(
      'approximate',
      figure,
      `"${claim.text}" is a rounding or hedge consistent with the official ${formatOfficialValue(figure)} (${describeFigure(figure)}; ${shortAttribution(figure)}).`,
    );
  }

  private contradicted(claim: Claim, figure: SourcedFigure): Verdict {
    const official = formatOfficialValue(figure);
    // The number another date of the same measure gave: out of date, or the wrong year's, not mistyped.
    // (Not one stated after the text was written: the writer cannot have copied it. The earlier
    // one is the likelier source of the slip.)
    const otherDate = this.sameMeasure(figure).find(
      (f) =>
        f.period.end !== figure.period.end &&
        compareValues(claim, f) !== 'different' &&
        !laterThanText(f, claim.time),
    );
    // (Or the measure's goal, taken for the level reached: "指数升至86" where 86 is the 2025 goal.)
    const goal = otherDate
      ? undefined
      : this.targetsOf(figure, claim).find(
          (f) => compareValues(claim, f) === 'equal' && !laterThanText(f, claim.time),
        );
    // The exact figure of another date, in a clause that names no date of its own, not even one
    // relative to the paragraph's (上年): the date comes from a sentence before ("Overall there were
    // 204 recalls" in a paragraph about 2022 after one about 2024), and which date the writer means
    // is not known, so no verdict.
    // (Nor when the clause's only date is a month without its year, "quoted at the 16 August
    // briefing": which August is not known either.)
    const undated =
      otherDate && compareValues(claim, otherDate) === 'equal'
        ? claimPeriodCues(claim).fromParagraph && !datesItself(claim.near)
          ? 'only by an earlier sentence'
          : UNPLACED_MONTH_RE.test(claim.near) && !ANY_YEAR_RE.test(claim.near)
            ? 'only by a month without its year'
            : undefined
        : undefined;
    if (otherDate && undated)
      return {
        verdict: 'unverified',
        figure: null,
        alternatives: [figure, otherDate],
        explanation: `Not checked against ${describeFigure(figure)} (${shortAttribution(figure)}): "${claim.text}" is the official figure ${otherDate.period.label}, and the text dates it ${undated}.`,
        reason: 'other-date',
      };
    const error: LikelyError = goal
      ? {
          kind: 'target',
          message: `"${claim.text}" is the goal (${formatOfficialValue(goal)}, ${goal.period.label}), not the level reached; ${figure.period.label} the source says ${official}`,
        }
      : otherDate
        ? otherDate.period.end < figure.period.end
          ? {
              kind: 'outdated',
              message: `"${claim.text}" is the earlier figure (${formatOfficialValue(otherDate)}, ${otherDate.period.label}); ${figure.period.label} the source says ${official}`,
            }
          : {
              kind: 'wrong-period',
              message: `"${claim.text}" is the figure for a later date (${formatOfficialValue(otherDate)}, ${otherDate.period.label}); ${figure.period.label} the source says ${official}`,
            }
        : likelyError(claim, figure, claim.text, official);
    return this.contradictedWith(figure, error);
  }

  /** Contradicted by `figure`, with the likely error its card states. */
  private contradictedWith(figure: SourcedFigure, error: LikelyError): Verdict {
    const verdict = this.withFigure(
      'contradicted',
      figure,
      `The source says ${describeFigure(figure)} (${shortAttribution(figure)}); likely error: ${error.message}.`,
    );
    verdict.likelyError = error;
    return verdict;
  }

  private withFigure(verdict: VerdictKind, figure: SourcedFigure, explanation: string): Verdict {
    // The same measure is the same key over the same scope: Hebei's count is not the nation's.
    const others = this.sameMeasure(figure);
    const differ = sameDateDisagreements(figure, others);
    const note =
      differ.length > 0
        ? ` Sources differ for this date: ${differ.map((f) => `${formatOfficialValue(f)} (${shortAttribution(f)})`).join('; ')}.`
        : '';
    return { verdict, figure, alternatives: [...others], explanation: explanation + note };
  }
}

/**
 * A figure stated early in a year speaks for the year before too ("as of January 2024": 78.01),
 * unless the set has the measure's own figure for that year (2023: 81.30): then a number the text
 * dates to that year is that figure's ("2023年生活性服務滿意度僅78.01分" is red, not green).
 */
function preferOwnYear(scored: Scored[], cues: PeriodCues): void {
  const years = new Set(cues.years);
  if (years.size !== 1) return;
  const year = cues.years[0]!;
  const ownYear = (s: Scored) =>
    !s.periodProblem && !s.scopeProblem && Number(s.figure.period.end.slice(0, 4)) === year;
  for (const s of scored) {
    if (s.periodProblem || !statedEarlyIn(s.figure, year + 1)) continue;
    const own = scored.find((t) => t !== s && t.figure.measureKey === s.figure.measureKey && ownYear(t));
    if (own) s.periodProblem = `the set has the figure for ${year} (${own.figure.period.label})`;
  }
}

/**
 * The dates of one measure are one series: the words name the measure, the value and the date pick
 * the member. Each member gets the clearest naming any member got, so that a source that happens
 * to list more keywords for 2025 does not outrank the 2023 figure the number equals.
 */
function levelSeries(scored: Scored[]): void {
  const best = new Map<string, ContextMatch>();
  for (const s of scored) {
    const key = seriesKey(s.figure);
    const b = best.get(key);
    if (
      !b ||
      s.ctx.strength > b.strength ||
      (s.ctx.strength === b.strength && s.ctx.specificity > b.specificity)
    )
      best.set(key, s.ctx);
  }
  for (const s of scored) s.ctx = best.get(seriesKey(s.figure))!;
}

/** How many months after the month a text names a statement may still report that month's level. */
const MONTH_REPORTED_LATER = 1;

/**
 * A level stated months after the month the text names is no level of that month: "more than 20,000
 * accredited bodies at the end of August 2024" is not end-2024's 20,251. (A statement of the next
 * month, such as a press conference on 10 September, may still give August's.)
 */
function afterMonthNamed(figure: SourcedFigure, cues: PeriodCues, claim: Claim): string | undefined {
  if (figure.period.kind !== 'as-of' || cues.months.length !== 1 || cues.inherited) return undefined;
  const latest = cues.months[0]!;
  // (The month must be the number's own: "19,510 at the end of August 2024 and more than 20,000 at
  // the end of the year" names August for 19,510 only.)
  if (!ownMonths(claim).includes(latest)) return undefined;
  return monthOf(figure.period.end) > latest + MONTH_REPORTED_LATER
    ? `the text names ${isoMonth(latest)}; the official figure is ${figure.period.label}`
    : undefined;
}

/** The months the number's own clause dates a level by ("at the end of August 2024"), once per claim. */
function ownMonths(claim: Claim): readonly number[] {
  let months = ownMonthsOf.get(claim);
  if (!months) {
    const dates = (claim.cueText ?? claim.near).match(LEVEL_MONTH_RE)?.join(' ');
    ownMonthsOf.set(claim, (months = dates ? periodsNamed(dates, claim.time).months : []));
  }
  return months;
}
const ownMonthsOf = new WeakMap<Claim, readonly number[]>();
/**
 * A month that dates a level: "at the end of August 2024", "as of August", 截至2024年8月底. Not a
 * month an event happened in ("adopted in February 2024", "released in June").
 */
const LEVEL_MONTH_RE = new RegExp(
  `\\b(?:(?:at|by) the end of|as (?:of|at)|by|end-)\\s*(?:${MONTH_NAMES})\\b(?:\\s+(?:19|20)\\d{2})?|截至\\s?(?:(?:19|20)\\d{2}\\s?年\\s?)?\\d{1,2}\\s?月(?:底|末)?|(?:(?:19|20)\\d{2}\\s?年\\s?)?\\d{1,2}\\s?月\\s?(?:底|末)`,
  'gi',
);

/**
 * A number that is exactly the figure its measure was given later than the text's date is no error
 * of an earlier figure: the writer may have had it from an earlier announcement the set does not
 * hold ("去年合格率达到93.93%" in a review written before the March release). Unverified, not red.
 */
function publishedLater(
  decided: Verdict | undefined,
  scored: readonly Scored[],
  date: string | undefined,
): Verdict | undefined {
  if (decided?.verdict !== 'contradicted' || !decided.figure) return decided;
  const key = seriesKey(decided.figure);
  // (Only a figure whose period had ended when the text was written: June's text cannot know the year's rate.)
  const later = scored.find(
    (s) =>
      s.relation === 'equal' &&
      isLaterSource(s.periodProblem) &&
      seriesKey(s.figure) === key &&
      (date === undefined || s.figure.period.end <= date),
  );
  return later
    ? {
        ...unverified(
          `The number is ${describeFigure(later.figure)}, which the source gave later (${later.figure.source.dateHeld}) than the text was written.`,
          'period',
        ),
        alternatives: [later.figure],
      }
    : decided;
}

/**
 * A part of a measure is named as clearly as its whole when its scope is named in the sentence and
 * its clause names the whole: "after the regulator pressed it to, those recalls covered 5.672
 * million vehicles" names SAMR-prompted recalls' vehicles, not only all vehicles recalled. Only for
 * a value the part fits: a different one stays the whole's to judge.
 */
function namePartsByTheirWhole(scored: Scored[]): void {
  for (const s of scored) {
    if (s.ctx.strength === 2 || s.relation === 'different' || s.scopeProblem || s.figure.scope.length === 0)
      continue;
    const whole = scored.find(
      (t) =>
        t.ctx.strength === 2 && t.figure.scope.length === 0 && t.figure.measureKey === s.figure.measureKey,
    );
    if (whole) s.ctx = { ...whole.ctx, keyword: `${whole.ctx.keyword ?? ''}, ${s.ctx.keyword ?? ''}` };
  }
}

/**
 * The words of a sentence before its first number that is no year: what it is about ("Recalls
 * prompted by SAMR numbered", "In 2025, recalls prompted by SAMR numbered").
 */
function subjectOf(sentence: string): string {
  const first = sentence.search(FIRST_NON_YEAR_NUMBER_RE);
  return first < 0 ? sentence : sentence.slice(0, first);
}
const FIRST_NON_YEAR_NUMBER_RE = /(?<![\d.])(?!(?:19|20)\d{2}(?![\d.]))\d/;

/**
 * One measure over a scope and over a narrower one (all vehicles recalled, those recalled by
 * over-the-air update): a clause naming the whole does not unname the part the sentence names.
 */
function wholeAndPart(a: SourcedFigure, b: SourcedFigure): boolean {
  if (a.measureKey !== b.measureKey) return false;
  const [small, large] = a.scope.length <= b.scope.length ? [a, b] : [b, a];
  return small.scope.every((s) => large.scope.includes(s));
}

/** The verdict with the words that named its measure, so that a card can show why. */
function named(verdict: Verdict, by: Scored): Verdict {
  // (Every verdict named here was just made for this claim: set in place rather than copied.)
  if (by.ctx.keyword) verdict.namedBy = by.ctx.keyword;
  return verdict;
}

/**
 * A number said of several items: a floor ("each have more than 23,000") holds for every value
 * above it, a ceiling for every value below; a plain number must agree with each.
 */
function boundHolds(claim: Claim, figure: SourcedFigure): boolean {
  // (At the bound itself, the source's own hedge decides: "more than 100" holds of "more than 100".)
  const sameSide = compareValues(claim, figure) === 'equal';
  if (claim.qualifier === 'more-than' || claim.qualifier === 'at-least')
    return figure.value > claim.value || sameSide;
  if (claim.qualifier === 'nearly' || claim.qualifier === 'less-than' || claim.qualifier === 'up-to')
    return figure.value < claim.value || sameSide;
  return compareValues(claim, figure) !== 'different';
}

/** "both", "each", 均, 都: one number said of every item named with it. */
const SHARED_RE = /\b(?:both|each|all)\b|均|都/i;
/**
 * The sentence up to the number and its own words after it: where a word that shares the number
 * among items stands ("广东、浙江均超过100家", "500 each"), not a later clause's ("…34.5%，均与官方通告不符").
 */
function ownStretch(claim: Claim): string {
  const at = claim.nearSpans?.[claim.nearSpans.length - 2]?.[1];
  return at === undefined ? claim.sentence : `${claim.sentence.slice(0, at)} ${claim.ownWords ?? ''}`;
}

function sharedBy(text: string): boolean {
  return SHARED_RE.test(text);
}

/** A sentence quoted in an explanation, shortened. */
function clip(text: string, max = 120): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** A keyword that already names the figure's subset (a Chinese term, or a scope phrase) is enough. */
function keywordNamesSubset(ctx: ContextMatch, figure: SourcedFigure): boolean {
  return ctx.keyword !== undefined && (hasChinese(ctx.keyword) || figure.scope.includes(ctx.keyword));
}

/** What a bare Chinese count's clause may hold besides its classifier: a year, a hedge, punctuation. */
const BARE_COUNT_NOISE_RE = /(?:19|20)\d{2}年(?:底|末)?|[约約近超逾过過余餘多]|[\s，,；;。：:、•·*-]/g;

/** A clause of a date, a hedge and a count's classifier, and nothing else ("2022年 次"). */
function isBareCount(near: string): boolean {
  const rest = near.replace(BARE_COUNT_NOISE_RE, '');
  return rest.length <= 1;
}

/** Three or more significant digits: "2,902" or "6.728 million", not "20" or "3 million". */
function distinctive(value: number): boolean {
  return significantDigits(value) >= 3;
}

/**
 * Nothing names a measure for the number. When its value is an official one all the same, say so:
 * "44,499 is an official value … but the words around it do not name its measure" tells a writer
 * what to add, where "nothing is about this number" would mislead.
 */
let partPatterns: Array<{ scope: string; re: RegExp }> | undefined;
/** All of them in one: most clauses name no part, and are passed over by one test. */
let anyPart: RegExp | undefined;

/**
 * The parts of a total (data/lexicon/scopes.json `parts`) an English clause names, each by its name
 * or an alias written out whole, as words ("engineering" is no "engine", "defective products" no
 * "production flaws").
 */
function partsNamedIn(text: string): string[] {
  partPatterns ??= scopeWordList.parts.map((scope) => {
    const phrases = [scope, ...(scopeWordList.aliases[scope] ?? [])].map((p) =>
      escapeRegExp(p.toLowerCase()).replace(/[\s-]+/g, '[\\s-]+'),
    );
    return { scope: normalizeScope(scope), re: new RegExp(`\\b(?:${phrases.join('|')})(?:s|es)?\\b`, 'i') };
  });
  anyPart ??= new RegExp(partPatterns.map(({ re }) => re.source).join('|'), 'i');
  if (!anyPart.test(text)) return [];
  return partPatterns.filter(({ re }) => re.test(text)).map(({ scope }) => scope);
}

/** A verdict on a multiplier read as its change, with that reading said on the card. */
function withChangeNote(claim: Claim, percent: number, change: Verdict): Verdict {
  const note = hasChinese(claim.sentence)
    ? `“${claim.text}”按增幅${percent}%读取。`
    : ` "${claim.text}" is read as a change of +${percent}%.`;
  return { ...change, explanation: change.explanation + note };
}

/** A multiplier's claim as the percent change it says. */
function changeClaim(claim: Claim, change: { value: number; precision: number }): Claim {
  const { asChange: _asChange, ...rest } = claim;
  return { ...rest, value: change.value, precision: change.precision, unit: 'percent', onlyChanges: true };
}

/** Transposed digits of an exact, distinctive official number (4 significant digits or more). */
function isSwapOf(claim: Claim, s: Scored): boolean {
  return (
    s.relation !== 'equal' &&
    s.figure.qualifier === 'exact' &&
    significantDigits(s.figure.value) >= 4 &&
    transposes(claim, s.figure)
  );
}

function unnamed(claim: Claim, candidates: readonly SourcedFigure[]): Verdict {
  const same = candidates.filter((f) => compareValues(claim, f) === 'equal');
  if (same.length === 0)
    return unverified('Nothing in the official figure set is about this number.', 'not-named');
  const named = same
    .slice(0, 3)
    .map((f) => `${describeFigure(f)} (${shortAttribution(f)})`)
    .join('; ');
  const more = same.length > 3 ? ` and ${same.length - 3} more` : '';
  return {
    verdict: 'unverified',
    figure: null,
    alternatives: same.slice(0, 3),
    explanation: `${claim.text} is an official value (${named}${more}), but the words around it do not name its measure.`,
    reason: 'official-value-unnamed',
  };
}

/** How a number that echoes the one before it is said to, in Chinese. */
const RESTATEMENT_ZH = { restates: '重述', corrects: '更正', rejected: '被用来对照' } as const;

/** A verdict of unverified, with why in words and as a reason. */
export function unverified(explanation: string, reason: UnverifiedReason): Verdict {
  return { verdict: 'unverified', figure: null, alternatives: [], explanation, reason };
}

/** Clearest named first, then most specific, then closest in value. */
function rankFor(claim: Claim): (a: Scored, b: Scored) => number {
  // (Made by a function, not a named local: a build that keeps names wraps each local anew per call.)
  return (a, b) =>
    b.ctx.strength - a.ctx.strength ||
    b.ctx.specificity - a.ctx.specificity ||
    closeness(claim, a.figure) - closeness(claim, b.figure);
}

function closeness(claim: Claim, figure: SourcedFigure): number {
  return Math.abs(Math.log(claim.value / figure.value));
}

/**
 * A different number can be a mis-statement of this figure: within a quarter of it, a scale
 * slip (the same digits a power of ten away), or a transposition.
 */
function plausiblySame(claim: Claim, figure: SourcedFigure): boolean {
  if (!mayBeCount(claim, figure)) return false;
  const ratio = claim.value / figure.value;
  // Above a floor ("more than 200") or below a ceiling ("nearly 40 million") a number may be
  // imprecise but is not wrong; only a scale slip still is. A floor set higher ("passed 90%" for
  // "more than 83%") or a ceiling lower is: it overstates (or understates) the source.
  const floor = isFloor(figure.qualifier) && !isFloor(claim.qualifier);
  const ceiling = isCeiling(figure.qualifier) && !isCeiling(claim.qualifier);
  // (A rate is misquoted by a few points, not by fourteen: "82% of consumers" is no slip of 96%.)
  const close =
    claim.unit === 'percent' && figure.unit === 'percent'
      ? Math.abs(claim.value - figure.value) <= Math.max(PERCENT_SLIP_POINTS, 0.1 * figure.value)
      : ratio >= 0.75 && ratio <= 1.25;
  const near = close && !(floor && ratio > 1) && !(ceiling && ratio < 1);
  if (near) return true;
  // (A scale slip is a zero typed once too often or too few, or a wrong scale word: beyond a
  // factor of ten, one side at least is written with a scale word. "Toyota recalled 233,000" is no
  // slip of 233 recall campaigns.)
  const power = scaleSlipPower(claim.value, figure.value);
  if (
    power !== 0 &&
    (Math.abs(power) === 1 || SCALE_WORD_RE.test(claim.text) || SCALE_WORD_RE.test(figure.numberText))
  )
    return true;
  return transposes(claim, figure);
}

/** A number written to a decimal place ("27.0") is no count of things: no slip of 72 campaigns. */
function mayBeCount(claim: Claim, figure: SourcedFigure): boolean {
  return figure.unit !== 'count' || claim.precision >= 1;
}

/** The number is the figure with two digits swapped, and may stand for it at all. */
function transposes(claim: Claim, figure: SourcedFigure): boolean {
  return mayBeCount(claim, figure) && isTransposition(claim.value, figure.value);
}

/** How many points a rate may be off and still be a misquote of an official rate (or a tenth of it). */
const PERCENT_SLIP_POINTS = 5;

const SCALE_WORD_RE = /[万萬亿億千]|million|billion|trillion|thousand|\d\s*(?:bn|mn|m|k)\b/i;

const matchers = new WeakMap<FigureSet, Matcher>();

/** The matcher of a set, built on first use and reused. */
export function matcherFor(set: FigureSet): Matcher {
  let m = matchers.get(set);
  if (!m) {
    m = new Matcher(set);
    matchers.set(set, m);
  }
  return m;
}

/**
 * Whether a Chinese clause names `a` by a keyword `b` lacks, and `b` by none of its own: where both
 * shares are named by the words they share (受市场监管部门调查影响, 占召回总数量), 占召回总次数 or 发动机
 * tells them apart. Words that name a whole (`wholeWords`) tell no share apart.
 */
function namesOnlyFirst(
  a: SourcedFigure,
  b: SourcedFigure,
  near: Window,
  wholeWords: ReadonlySet<string>,
): boolean {
  const own = (x: SourcedFigure, y: SourcedFigure) =>
    x.keywords.zh.filter((k) => !y.keywords.zh.includes(k) && !wholeWords.has(k));
  return own(a, b).some((k) => near.has(k)) && !own(b, a).some((k) => near.has(k));
}

/** A figure's Chinese name, for the noun it counts: its Chinese measure, else its first keyword. */
function chineseNameOf(figure: SourcedFigure): string {
  return figure.measureZh ?? figure.keywords.zh[0] ?? '';
}
