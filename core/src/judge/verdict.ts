/**
 * The one matcher: given a figure found in text (or a table cell with its labels), find the
 * official figure it refers to and give a verdict. Every front end calls this; none has its own.
 */
import { scaleSlipPower } from '../rules/numbers.ts';
import { hasChinese } from '../rules/scripts.ts';
import { explainInChinese, sameDateDisagreements, withChangeArithmetic } from './explain.ts';
import type { FigureSet, SourcedFigure } from '../set/figure-set.ts';
import type { Mention, MentionUnit, NotCheckable } from '../extract/extract.ts';
import type { Currency } from '../extract/lexicon.ts';
import type { Qualifier } from '../set/schema.ts';
import {
  ContextMatcher,
  makeWindow,
  subWindow,
  type ContextMatch,
  type SentenceWindow,
  type Window,
} from '../resolve/context-matcher.ts';
import { displayScope, monthOf, periodCues, yearsNamed, type PeriodCues } from '../document/context.ts';
import type { TextTime } from '../document/text-date.ts';
import { ValueIndex } from '../resolve/value-index.ts';
import {
  compareValues,
  currencyConflict,
  isTransposition,
  likelyError,
  type LikelyError,
  type ValueRelation,
} from './value-compare.ts';
import { describeFigure, formatOfficialValue, shortAttribution } from '../report/format.ts';

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
  | 'unknown-period'
  | 'scope'
  | 'partly-named'
  | 'same-number-unnamed'
  | 'too-far'
  | 'not-checkable'
  | 'error';

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
  /**
   * Where `near` lies in `sentence` (offsets into it), when it is made of parts of it: its words are
   * then taken from the sentence's, not read again. `nearSkip`: parts to leave out (a dateline).
   */
  nearSpans?: Array<[number, number]>;
  nearSkip?: Array<[number, number]>;
  /** The whole sentence (or, for a table cell, all its labels); its years are the number's period. */
  sentence: string;
  /** Text before the sentence, where a scope may have been named ("... in those industries"). */
  before?: string;
  /** When the whole text was written, for "last year" and "currently". */
  time?: TextTime;
  /** The currency written with the number (US$, HK$, RMB): a yuan figure in dollars is wrong. */
  currency?: Currency;
  /** A number the text itself marks as no statistic of the set (an index level, a temperature). */
  notCheckable?: NotCheckable;
}

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

  /** Verdict for one claim. */
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

  private decideClaim(claim: Claim): Verdict {
    if (claim.notCheckable)
      return unverified(
        `${claim.notCheckable === 'temperature' ? 'A temperature' : 'An index level'}, not an official statistic.`,
        'not-checkable',
      );
    const verdict = this.decideValue(claim);
    // An amount in dollars (US$, HK$) where the source gives yuan is the wrong currency, whatever
    // its digits: never green, and red when the words name the measure.
    const conflict = verdict.figure ? currencyConflict(claim, verdict.figure) : undefined;
    if (!conflict || !verdict.figure) return verdict;
    return {
      ...verdict,
      verdict: 'contradicted',
      explanation: `The source says ${describeFigure(verdict.figure)} (${shortAttribution(verdict.figure)}); likely error: ${conflict.message}.`,
      likelyError: conflict,
    };
  }

  private decideValue(claim: Claim): Verdict {
    // A sum in another currency is compared with the yuan figures: the digits may be right.
    const unit = claim.unit === 'currency' && claim.currency !== undefined ? 'yuan' : claim.unit;
    const candidates = this.values.candidates(claim.value, unit);
    if (candidates.length === 0)
      return unverified('No official figure in the set has a value like this.', 'no-value');
    // The sentence window is shared by every figure in the sentence; if no candidate shares a
    // keyword word with it, the number's own clause need not be read at all.
    const sentence = this.sentenceWindow(claim.sentence);
    if (!sentence.cjk && !candidates.some((f) => this.contexts.mayName(f, sentence))) {
      return unnamed(claim, candidates);
    }
    const near =
      claim.sentence === claim.near
        ? sentence
        : claim.nearSpans
          ? subWindow(this.contexts, sentence, claim.nearSpans, claim.near, claim.nearSkip)
          : makeWindow(this.contexts, claim.near);
    let periodCuesOf: PeriodCues | undefined;
    const cues = () =>
      (periodCuesOf ??= inParagraph(periodCues(claim.sentence, claim.near, claim.time), claim.before));
    const scored: Scored[] = [];
    // In Chinese text, only figures with a keyword sharing a character pair with the sentence can be named.
    const zhOnly = sentence.cjk && sentence.words.size === 0;
    for (const figure of candidates) {
      if (zhOnly && !this.contexts.sharesPair(figure, sentence)) continue;
      const ctx = this.contexts.match(figure, near, sentence);
      if (ctx.strength === 0) continue;
      const relation = compareValues(claim, figure);
      const s: Scored = { figure, relation, ctx };
      // A number that cannot be this figure, right or wrong, needs no period or scope reading.
      if (relation === 'different' && !plausiblySame(claim, figure)) {
        scored.push(s);
        continue;
      }
      // "Last year" in a text that does not say when it was written: any year's figure may be the
      // one meant, so an equal value confirms it, but a different one is never called wrong.
      const unknown = cues().unresolved;
      const periodProblem =
        (unknown && relation === 'different'
          ? `the text says "${unknown}" but not when it was written, so its period is unknown`
          : undefined) ??
        checkPeriod(figure, cues()) ??
        this.superseded(figure, cues());
      if (periodProblem) s.periodProblem = periodProblem;
      const scopeProblem = this.checkScope(figure, ctx, near, sentence, claim.before ?? '');
      if (scopeProblem) s.scopeProblem = scopeProblem;
      scored.push(s);
    }
    levelSeries(scored);
    return (
      this.decide(claim, scored, near) ?? this.wrongDate(claim, scored, cues) ?? this.nearby(scored, claim)
    );
  }

  /**
   * The right number for another date: "448.8万 in 2023" names 2022's figure while the set has
   * 2023's (672.8万). Contradicted against the date the text names, when the set has it.
   */
  private wrongDate(claim: Claim, scored: Scored[], cues: () => PeriodCues): Verdict | undefined {
    for (const s of scored) {
      if (!s.periodProblem || s.scopeProblem || s.ctx.strength < 2 || s.relation === 'different') continue;
      const right = this.sameMeasure(s.figure).find((g) => !checkPeriod(g, cues()));
      if (right && right.unit === s.figure.unit) return named(this.contradicted(claim, right), s);
    }
    return undefined;
  }

  /**
   * A number whose own clause names no measure, read with the measure an earlier span names (its
   * antecedent, see resolve/reference.ts). `strong`: the clause refers to a figure itself ("the
   * figure", 该数字), so a wrong value is contradicted; otherwise only a distinctive value that
   * agrees is confirmed. Undefined when the antecedent settles nothing.
   */
  judgeReferenced(claim: Claim, antecedent: string, strong: boolean, cue: string): Verdict | undefined {
    if (!strong && !distinctive(claim.value)) return undefined;
    const candidates = this.values.candidates(claim.value, claim.unit);
    if (candidates.length === 0) return undefined;
    const sentence = this.sentenceWindow(claim.sentence);
    const near = claim.nearSpans
      ? subWindow(this.contexts, sentence, claim.nearSpans, claim.near, claim.nearSkip)
      : makeWindow(this.contexts, claim.near);
    // A clause that names a measure of its own is about that measure, not the antecedent's.
    if (this.contexts.clearestInClause(near) > 0) return undefined;
    const earlier = this.antecedentWindow(antecedent);
    const cues = inParagraph(periodCues(claim.sentence, claim.near, claim.time), claim.before);
    const scored: Scored[] = [];
    for (const figure of candidates) {
      const ctx = this.contexts.match(figure, earlier, earlier);
      if (ctx.strength < 2) continue;
      const relation = compareValues(claim, figure);
      const s: Scored = { figure, relation, ctx };
      const periodProblem = checkPeriod(figure, cues) ?? this.superseded(figure, cues);
      if (periodProblem) s.periodProblem = periodProblem;
      const foreign = this.contexts.foreignScopes(figure, near.scopes);
      const missing = this.contexts.missingScopes(figure, earlier, claim.before ?? '');
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
    const note = ` The number refers back ("${cue}") to "${fits[0]?.ctx.keyword ?? ''}" named earlier: "${clip(antecedent)}".`;
    const withNote = (v: Verdict): Verdict => {
      const worded = this.worded(claim, v);
      return { ...worded, explanation: worded.explanation + note, referredTo: antecedent };
    };
    const equal = fits.find((s) => s.relation === 'equal');
    if (equal) return withNote(named(this.verified(equal.figure), equal));
    const consistent = fits.find((s) => s.relation === 'consistent');
    if (consistent) return withNote(named(this.approximate(claim, consistent.figure), consistent));
    if (!strong) return undefined;
    const wrong = fits.find((s) => s.relation === 'different' && plausiblySame(claim, s.figure));
    if (wrong) return withNote(named(this.contradicted(claim, wrong.figure), wrong));
    const date = this.wrongDate(claim, scored, () => cues);
    return date ? withNote(date) : undefined;
  }

  private lastSentence: { text: string; window: SentenceWindow } | undefined;

  /**
   * A figure the text dates after a later statement of the same measure: "In August 2024, China
   * had 192 benchmarks" is checked against August's 202, not January's 192.
   */
  private superseded(figure: SourcedFigure, cues: PeriodCues): string | undefined {
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
    near: Window,
    sentence: Window,
    before: string,
  ): string | undefined {
    // Scope words count only in the number's own clause (near), read lazily by the window.
    const foreign = this.contexts.foreignScopes(figure, near.scopes);
    if (foreign.length > 0)
      return `the text is about ${foreign.map(displayScope).join(', ')}, a different scope than the official figure`;
    // A keyword that already names the subset (a Chinese term, or a scope phrase) is enough.
    if (ctx.keyword && (hasChinese(ctx.keyword) || figure.scope.includes(ctx.keyword))) return undefined;
    const missing = this.contexts.missingScopes(figure, sentence, before);
    if (missing.length > 0) return `the official figure is for ${missing.map(displayScope).join(', ')} only`;
    return undefined;
  }

  private decide(claim: Claim, scored: Scored[], near: Window): Verdict | undefined {
    const rank = (a: Scored, b: Scored) =>
      b.ctx.strength - a.ctx.strength ||
      b.ctx.specificity - a.ctx.specificity ||
      closeness(claim, a.figure) - closeness(claim, b.figure);
    const fits = scored.filter((s) => !s.periodProblem && !s.scopeProblem).sort(rank);
    const verdict =
      this.firstVerdict(
        claim,
        fits.filter((s) => s.ctx.strength === 2),
      ) ?? this.weakVerdict(claim, fits, near);
    return verdict;
  }

  /** Nothing to confirm or contradict: which official figure is nearby, and why it does not apply. */
  private nearby(scored: Scored[], claim: Claim): Verdict {
    const rank = (a: Scored, b: Scored) =>
      b.ctx.strength - a.ctx.strength ||
      b.ctx.specificity - a.ctx.specificity ||
      closeness(claim, a.figure) - closeness(claim, b.figure);
    const nearby = scored.filter((s) => s.relation !== 'different' || s.ctx.strength === 2).sort(rank)[0];
    if (!nearby)
      return unnamed(
        claim,
        scored.map((s) => s.figure),
      );
    const what = describeFigure(nearby.figure);
    let why: string;
    let reason: UnverifiedReason;
    if (nearby.periodProblem) {
      why = `it is stated for another period (${nearby.periodProblem})`;
      reason = /not when it was written/.test(nearby.periodProblem) ? 'unknown-period' : 'period';
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
      const swapped = group.find(
        (s) =>
          s.relation !== 'equal' &&
          s.figure.qualifier === 'exact' &&
          significantDigits(s.figure.value) >= 4 &&
          isTransposition(claim.value, s.figure.value),
      );
      if (swapped) return named(this.contradicted(claim, swapped.figure), swapped);
      // A round number next to a one-word measure ("35 universities", "20 departments") is too
      // weak a link to call it a rounding or an error of an official figure.
      if (level < 2 && !distinctive(claim.value)) continue;
      const consistent = group.find((s) => s.relation === 'consistent');
      if (consistent) return named(this.approximate(claim, consistent.figure), consistent);
      const wrong = group.find((s) => s.relation === 'different' && plausiblySame(claim, s.figure));
      if (wrong) return named(this.contradicted(claim, wrong.figure), wrong);
    }
    return undefined;
  }

  /**
   * The measure named only elsewhere in the sentence ("released 2,902 new ones"): enough for a
   * number with three or more significant digits, where a coincidence is unlikely, and for a
   * transposition of one, which is a specific slip.
   */
  private weakVerdict(claim: Claim, fits: Scored[], near: Window): Verdict | undefined {
    if (!distinctive(claim.value)) return undefined;
    // Only if the number's own clause does not name another measure more fully: "45.3%" next to
    // "effective implementation rate of national standards" is not the 45.3% growth of group
    // standards, even though that rate (93.7%) is too far from 45.3% to be a candidate.
    // (Only worth reading when there is weak evidence to weigh.)
    const usable = fits.some(
      (s) => s.relation !== 'different' || isTransposition(claim.value, s.figure.value),
    );
    if (!usable) return undefined;
    const clearest = this.contexts.clearestInClause(near);
    fits = fits.filter((s) => s.ctx.specificity >= clearest);
    const equal = fits.find((s) => s.relation === 'equal');
    if (equal) return named(this.verified(equal.figure), equal);
    const consistent = fits.find((s) => s.relation === 'consistent');
    if (consistent) return named(this.approximate(claim, consistent.figure), consistent);
    const swapped = fits.find(
      (s) => s.relation === 'different' && isTransposition(claim.value, s.figure.value),
    );
    if (swapped) return named(this.contradicted(claim, swapped.figure), swapped);
    return undefined;
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
    const otherDate = this.sameMeasure(figure).find(
      (f) => f.period.end !== figure.period.end && compareValues(claim, f) !== 'different',
    );
    const error: LikelyError = otherDate
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

const seriesKeys = new WeakMap<SourcedFigure, string>();

/** A measure over a scope: the figures of one series share it. Written once per figure. */
function seriesKey(figure: SourcedFigure): string {
  let key = seriesKeys.get(figure);
  if (key === undefined) {
    key = `${figure.measureKey}|${figure.scope.join('|')}`;
    seriesKeys.set(figure, key);
  }
  return key;
}

/** The verdict with the words that named its measure, so that a card can show why. */
function named(verdict: Verdict, by: Scored): Verdict {
  // (Every verdict named here was just made for this claim: set in place rather than copied.)
  if (by.ctx.keyword) verdict.namedBy = by.ctx.keyword;
  return verdict;
}

/** A sentence quoted in an explanation, shortened. */
function clip(text: string, max = 120): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
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

function unverified(explanation: string, reason: UnverifiedReason): Verdict {
  return { verdict: 'unverified', figure: null, alternatives: [], explanation, reason };
}

function closeness(claim: Claim, figure: SourcedFigure): number {
  return Math.abs(Math.log(claim.value / figure.value));
}

/**
 * A different number can be a mis-statement of this figure: within a quarter of it, a scale
 * slip (the same digits a power of ten away), or a transposition.
 */
function plausiblySame(claim: Claim, figure: SourcedFigure): boolean {
  const ratio = claim.value / figure.value;
  // Above a floor ("more than 200") or below a ceiling ("nearly 40 million") a number may be
  // imprecise but is not wrong; only a scale slip still is.
  const floor = figure.qualifier === 'more-than' || figure.qualifier === 'at-least';
  const ceiling =
    figure.qualifier === 'nearly' || figure.qualifier === 'less-than' || figure.qualifier === 'up-to';
  const near = ratio >= 0.75 && ratio <= 1.25 && !(floor && ratio > 1) && !(ceiling && ratio < 1);
  if (near) return true;
  if (scaleSlipPower(claim.value, figure.value) !== 0) return true;
  return isTransposition(claim.value, figure.value);
}

function significantDigits(value: number): number {
  return String(value).replace(/[^\d]/g, '').replace(/^0+/, '').replace(/0+$/, '').length;
}

/**
 * A sentence that names no year is read in the year its paragraph last named: "By the end of 2023
 * ... . Of them, 2,100 are mandatory" speaks of the end of 2023. Only within the paragraph.
 */
function inParagraph(cues: PeriodCues, before: string | undefined): PeriodCues {
  if (!before || cues.years.length > 0 || cues.months.length > 0) return cues;
  const paragraph = before.slice(before.lastIndexOf('\n') + 1);
  if (!paragraph.trim()) return cues;
  const earlier = yearsNamed(paragraph);
  const last = earlier[earlier.length - 1];
  return last === undefined ? cues : { ...cues, years: [last] };
}

/**
 * What a figure's period is, read once per figure: a period is checked against the text's for
 * every candidate of every number.
 */
interface PeriodFacts {
  /** Years the period speaks for. */
  years: readonly number[];
  /** The source itself says the figure is a stock ("by the end of", "cumulative", "total"). */
  explicitStock: boolean;
}

const periodFacts = new WeakMap<SourcedFigure, PeriodFacts>();

function periodFactsOf(figure: SourcedFigure): PeriodFacts {
  let facts = periodFacts.get(figure);
  if (!facts) {
    const label = figure.period.label.toLowerCase();
    facts = {
      years: figureYears(figure),
      explicitStock: /end of|cumulative|in total|total|since/.test(label),
    };
    periodFacts.set(figure, facts);
  }
  return facts;
}

/** Years the figure's period speaks for. */
function figureYears(figure: SourcedFigure): number[] {
  const end = Number(figure.period.end.slice(0, 4));
  const start = figure.period.start ? Number(figure.period.start.slice(0, 4)) : end;
  const years: number[] = [];
  for (let y = start; y <= end; y++) years.push(y);
  // A figure given early in a year ("as of January 2024") is also the previous year-end's.
  if (figure.period.kind === 'as-of' && Number(figure.period.end.slice(5, 7)) <= 3) years.push(end - 1);
  return years;
}

function checkPeriod(figure: SourcedFigure, cues: PeriodCues): string | undefined {
  // A change of a measure ("up 67%") is named by the measure's words plus a word of change.
  if (figure.changeOf !== undefined && !cues.change) return 'the official figure is a change, not a level';
  if (figure.period.kind === 'annual') return undefined;
  if (cues.presentFloor !== undefined && Number(figure.period.end.slice(0, 4)) < cues.presentFloor)
    return `the text speaks of the present; the official figure is ${figure.period.label}`;
  // A goal is not an outcome: 94% reached is not confirmed by a target of 94%, nor the reverse.
  if ((figure.period.kind === 'target') !== cues.target) {
    return figure.period.kind === 'target'
      ? `the official figure is a target (${figure.period.label}), not a result`
      : 'the text gives a target; the official figure is a result';
  }
  const facts = periodFactsOf(figure);
  if (cues.years.length > 0) {
    const own = facts.years;
    if (!cues.years.some((y) => own.includes(y)))
      return `the text names ${cues.years.join(', ')}; the official figure is ${figure.period.label}`;
  }
  // A stock quoted as a year's flow, or the reverse, only where the source itself says which it is
  // ("by the end of 2023" vs "in 2023"); a level stated at a press conference is neither.
  if (figure.period.kind === 'as-of' && facts.explicitStock && cues.flow && !cues.stock) {
    return `the text gives a figure for a period; the official figure is a total ${figure.period.label}`;
  }
  if (figure.period.kind === 'during' && cues.stock && !cues.flow) {
    return `the text gives a cumulative total; the official figure is for ${figure.period.label} only`;
  }
  return undefined;
}

const DATELINE_RE = /\b[A-Z]{3,}(?:\s[A-Z]{3,})?(?:,\s|\s+(?:--|—|–)\s)/g;

/** Where a number's own clause begins: after the first separator that follows the previous figure. */
function clauseStart(text: string, m: Mention): number {
  if (m.localStart <= m.contextStart) return m.localStart;
  const between = text.slice(m.localStart, m.start);
  const sep = /,|，|、|;|；|\band\b|\bwhile\b|\bwith\b|和|及/.exec(between);
  return sep ? m.localStart + sep.index + sep[0].length : m.localStart;
}

/** Cut the clause and sentence of a mention out of its text for matching. */
export function claimFromMention(text: string, m: Mention, time?: TextTime): Claim {
  const cjk = hasChinese(text.slice(Math.max(0, m.start - 2), m.end + 2));
  const beforeSpan = cjk ? 20 : 90;
  const after = cjk ? 14 : 70;
  const nearStart = Math.max(clauseStart(text, m), m.start - beforeSpan);
  const nearEnd = Math.min(m.localEnd, m.end + after);
  // After the number, its own words run to the next punctuation: in "... to 93.65%, and the
  // consistency of ... reached 96%" the second clause belongs to 96%.
  const afterText = text.slice(m.end, nearEnd);
  // (In Chinese a space also separates clauses, as in headlines.)
  const clauseEnd = (cjk ? /[,;，；、。\s]/ : /[,;，；、]|\bwhile\b|\bwhich\b|\bbringing\b/).exec(afterText);
  const ownAfter = clauseEnd ? afterText.slice(0, clauseEnd.index) : afterText;
  const before = text.slice(nearStart, m.start);
  // A dateline ("BEIJING, Aug. 16 --") names where the story was filed, not what the figure
  // covers; masked so that it is not read as a scope.
  const near = `${before} ${ownAfter}`.replace(DATELINE_RE, ' ');
  // The same clause as offsets into the (trimmed) sentence.
  const raw = text.slice(m.contextStart, m.contextEnd);
  const base = m.contextStart + (raw.length - raw.trimStart().length);
  const clamp = (at: number) => Math.max(0, Math.min(m.context.length, at - base));
  const nearSpans: Array<[number, number]> = [
    [clamp(nearStart), clamp(m.start)],
    [clamp(m.end), clamp(m.end + ownAfter.length)],
  ];
  const nearSkip: Array<[number, number]> = /[A-Z]{3}/.test(m.context)
    ? [...m.context.matchAll(DATELINE_RE)].map((d) => [d.index, d.index + d[0].length])
    : [];
  return {
    nearSpans,
    nearSkip,
    before: text.slice(Math.max(0, m.contextStart - 300), m.contextStart),
    ...(time ? { time } : {}),
    ...numberOfClaim(m),
    near,
    sentence: m.context,
  };
}

/**
 * What a claim takes from the number itself, wherever it was found (prose or a table cell): value,
 * unit, hedge, precision, as written, and the currency or not-checkable kind the extractor read.
 */
export function numberOfClaim(
  m: Pick<Mention, 'value' | 'unit' | 'qualifier' | 'precision' | 'text' | 'currency' | 'kind'>,
): Pick<Claim, 'value' | 'unit' | 'qualifier' | 'precision' | 'text' | 'currency' | 'notCheckable'> {
  return {
    value: m.value,
    unit: m.unit,
    qualifier: m.qualifier,
    precision: m.precision,
    text: m.text,
    ...(m.currency ? { currency: m.currency } : {}),
    ...(m.kind ? { notCheckable: m.kind } : {}),
  };
}

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
