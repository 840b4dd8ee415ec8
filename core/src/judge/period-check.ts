/**
 * The period side of a verdict: what period a claim's words give it (its clause, its paragraph,
 * the base of a change), what periods an official figure speaks for, and whether they fit.
 */
import { isChangeFigure } from '../set/schema.ts';
import type { SourcedFigure } from '../set/figure-set.ts';
import type { TextTime } from '../document/text-date.ts';
import { paragraphEnding } from '../document/sentences.ts';
import { DAY_MS } from '../rules/months.ts';
import {
  isChangeText,
  isChangeValueLead,
  isTargetText,
  namesAPeriod,
  outsideAsides,
  periodCues,
  periodsNamed,
  type PeriodCues,
} from '../document/context.ts';
import type { Claim } from '../resolve/claim.ts';
import { maskComparisonBases } from '../document/period-segments.ts';

/** A text cannot quote a statement made after it was written. */
export function laterThanText(
  figure: SourcedFigure,
  time: TextTime | undefined,
  cues?: PeriodCues,
): string | undefined {
  const date = time?.date;
  if (date === undefined) return undefined;
  // (A goal is the plan's, set before any statement that repeats it: "the outline issued last year
  // set a target of 94%" may be older than the set's source for it.)
  if (figure.period.kind === 'target') return undefined;
  if (cues && namesEndedPeriod(figure, cues, date)) return undefined;
  // (A week's grace: the set dates some statements by the copy archived, days after the event.)
  // (Every candidate of every number asks: the dates are parsed once, the text's for its run.)
  if (lastGrace?.date !== date)
    lastGrace = { date, grace: Date.parse(date) + LATER_SOURCE_GRACE_DAYS * DAY_MS };
  return periodFactsOf(figure).held > lastGrace.grace
    ? `the source (${figure.source.dateHeld}) ${LATER_THAN_TEXT} (${date})`
    : undefined;
}

const LATER_SOURCE_GRACE_DAYS = 7;

/**
 * A number whose sentence or paragraph names the figure's year, a year that had ended when the
 * text was written ("In 2025 there were 190 recalls" in January 2026), may quote an earlier
 * statement of that year's figure than the set's source: its period is the figure's. (The caller
 * passes `cues` only for a value the figure confirms.)
 */
function namesEndedPeriod(figure: SourcedFigure, cues: PeriodCues, date: string): boolean {
  if (cues.unresolved || figure.period.end > date) return false;
  const years = periodFactsOf(figure).years;
  return years.length > 0 && years.every((y) => cues.years.includes(y));
}
const LATER_THAN_TEXT = 'is later than the text';

/** Whether a period problem is only that the figure's source is later than the text. */
export function isLaterSource(problem: string | undefined): boolean {
  return problem?.includes(LATER_THAN_TEXT) === true;
}
let lastGrace: { date: string; grace: number } | undefined;

/** The period a claim's words give it: its own clause's when its sentence names several. */
export function claimPeriodCues(claim: Claim): PeriodCues {
  // (A claim is read by the judge, the reference and the change readings: its cues once.)
  let cues = cuesOfClaim.get(claim);
  if (!cues) cuesOfClaim.set(claim, (cues = readClaimPeriodCues(claim)));
  return cues;
}

const cuesOfClaim = new WeakMap<Claim, PeriodCues>();

function readClaimPeriodCues(claim: Claim): PeriodCues {
  const cues = periodCues(
    maskedBases(claim.periodText ?? outsideAsides(claim.sentence, claim.text)),
    claim.cueText ?? claim.near,
    claim.time,
  );
  // A goal is a goal when its own clause or a clause before it says so ("The 2025 targets: 94% and
  // 86"), but not an aside's goal, nor a goal named after a level reached ("达到93.65%，…距94%目标
  // 仍有差距").
  // (The number's offset in its sentence is where its clause's words before it end.)
  const at = claim.nearSpans?.[claim.nearSpans.length - 2]?.[1] ?? claim.sentence.indexOf(claim.text);
  // (Nor a goal the number is set against: "reached 85.21 against a 2025 target of 86".)
  const own = outsideAsides(claim.near, claim.text)
    .replace(UNCLOSED_ASIDE_RE, '')
    .replace(AGAINST_TARGET_RE, '');
  const target =
    isTargetText(own) ||
    isTargetText(outsideAsides(at < 0 ? claim.sentence : claim.sentence.slice(0, at), claim.text));
  // (A multiplier read as its change, "tripled" as +200%, is a change's value by its own word.)
  const changed = claim.onlyChanges
    ? { ...cues, change: true, changeValue: true as const }
    : claim.lead !== undefined && isChangeValueLead(claim.lead)
      ? { ...cues, changeValue: true as const }
      : cues;
  const targeted = changed.target === target ? changed : { ...changed, target };
  // "The number of certified organisations has since grown by roughly 8%": since the date before,
  // up to a time the text does not give; no period of the set's, whatever the paragraph's year.
  if (cues.years.length === 0 && cues.months.length === 0 && isSinceThen(claim))
    return { ...targeted, unresolved: targeted.unresolved ?? 'since then' };
  const dated = reportingYearBefore(targeted, claim);
  // "rose from 85.21 to 85.6" compares two dates of its own: the paragraph's year is neither.
  const placed = FROM_TO_RE.test(claim.sentence)
    ? dated
    : inParagraph(dated, claim.before, claim.time, claim.leadIn, claim.after);
  const shift = claim.periodShift ?? 0;
  if (shift === 0) return placed;
  // A year before or after a year the text leaves unknown ("The year before, …" after "Last year"
  // in an undated text) is unknown too.
  if (placed.years.length === 0 && placed.months.length === 0 && claim.before) {
    const unknown = paragraphUnresolved(claim.before, claim.time);
    if (unknown) return { ...placed, unresolved: placed.unresolved ?? unknown };
  }
  return {
    ...placed,
    years: placed.years.map((y) => y + shift),
    months: placed.months.map((m) => m + 12 * shift),
  };
}

/** Whether the claim's own clause says "has since", "since then", 此后: a span left open. */
export function isSinceThen(claim: Claim): boolean {
  return SINCE_THEN_RE.test(claim.cueText ?? claim.near);
}

/** "has since", "since then", 此后: a span from the date before to an unstated later one. */
const SINCE_THEN_RE = /\b(?:has|have|had)\s+since\b|\bsince then\b|此后|此後|自那以后|自那以後/i;

/** A goal's year: "the 2025 target", "target for 2025", 2025年目标, 到2025年. */
const GOAL_YEAR_RE =
  /(?:19|20)\d{2}(?:'s)?\s*年?\s*(?:targets?|goals?|目标|目標)|\b(?:targets?|goals?)\s+(?:for|of|by)\s+(?:the\s+end\s+of\s+)?(?:19|20)\d{2}|(?<![截直])(?:到|至)(?:19|20)\d{2}\s*年(?![底末])/gi;
/** A goal a number is compared with, and what follows it: "against a 2025 target of 86". */
const AGAINST_TARGET_RE =
  /\b(?:against|versus|vs\.?|compared (?:with|to))\s+(?:a|an|the|its)?\s*(?:(?:19|20)\d{2}\s+)?(?:target|goal)\b.*$/i;
/** An aside the number's clause only opens ("85.6 (the 2025 target is"): another number's. */
const UNCLOSED_ASIDE_RE = /[(（][^)）]*$/;

/** 上年末, 上年底, 上年: the year before the one a statistical report is about. */
const REPORT_PREVIOUS_YEAR_RE = /^上(?:一)?年([末底])?$/;
/** The same words anywhere in a clause. */
const REPORT_PREVIOUS_YEAR_IN_RE = /上(?:一)?年/;

/**
 * Whether a clause names a date of its own, in digits, relative to the text ("last year", 去年) or
 * to its report (上年): a date it does not take from a sentence before.
 */
export function datesItself(clause: string): boolean {
  return namesAPeriod(clause) || REPORT_PREVIOUS_YEAR_IN_RE.test(clause);
}

/**
 * "截至2023年底，…；上年末国家标准为43027项": in a report, 上年末 is the end of the year before the
 * one the paragraph reports on, which an undated text still gives.
 */
function reportingYearBefore(cues: PeriodCues, claim: Claim): PeriodCues {
  const previous = cues.unresolved === undefined ? null : REPORT_PREVIOUS_YEAR_RE.exec(cues.unresolved);
  if (!previous || !claim.before) return cues;
  const year = paragraphYear(claim.before, claim.time);
  if (year === undefined) return cues;
  const { unresolved: _unresolved, ...rest } = cues;
  return { ...rest, years: [year - 1], months: previous[1] ? [(year - 1) * 12 + 11] : [] };
}

/** The numbers of a sentence are read one after another: its last masking is kept. */
let lastMasked: { text: string; masked: string } | undefined;

function maskedBases(text: string): string {
  if (lastMasked?.text !== text) lastMasked = { text, masked: maskComparisonBases(text) };
  return lastMasked.masked;
}

const FROM_TO_RE =
  /\bfrom\s+(?:about\s+|around\s+|roughly\s+|nearly\s+)?[\d.,]+[^.;]{0,30}?\bto\b|从[^，。；]{0,20}?(?:增至|增加到|提高到|上升到|降至|下降到)/i;

/**
 * A sentence that names no year is read in the year its paragraph last named: "By the end of 2023
 * ... . Of them, 2,100 are mandatory" speaks of the end of 2023. Only within the paragraph, a list
 * item's lead-in line, or a closing note later on the line that names the numbers' year.
 */
function inParagraph(
  cues: PeriodCues,
  before: string | undefined,
  time?: TextTime,
  leadIn?: string,
  after?: string,
): PeriodCues {
  if (cues.years.length > 0 || cues.months.length > 0) return cues;
  // (A list item's paragraph is its own line: the lead-in above the list dates it. So does a
  // closing note later in the paragraph: '… 97.8%". All three are captioned "2024".')
  const year = before ? paragraphYear(before, time) : undefined;
  if (year !== undefined) return { ...cues, years: [year], inherited: true, fromParagraph: true };
  // (Not a goal's: "（目標：86）" under "■數字看質量（2023年）" is the 2025 target still.)
  const led = leadIn && !cues.target ? leadInYear(leadIn, time) : undefined;
  if (led) return { ...cues, ...led, inherited: true };
  const noted = after ? closingNoteYear(after) : undefined;
  return noted === undefined ? cues : { ...cues, years: [noted], inherited: true };
}

/**
 * The year a list's lead-in names, with its month when it names one: the items under "Key facts
 * (end-2024)" are year-end counts, not August's.
 */
function leadInYear(
  leadIn: string,
  time: TextTime | undefined,
): { years: number[]; months: number[] } | undefined {
  const year = readParagraphYear(leadIn, time);
  if (year === undefined) return undefined;
  const months = periodsNamed(leadIn, time).months.filter((m) => Math.floor(m / 12) === year);
  return { years: [year], months: months.slice(-1) };
}

/**
 * A note later in the paragraph that says which year its numbers are for: "All three are captioned
 * '2024'.", "Figures are for 2023.", "以上数据均为2023年数据。" It names the numbers (all, figures,
 * 数据) and a year, and no number of its own.
 */
const CLOSING_NOTE_RE =
  /^(?=[^\d]*(?:19|20)\d{2}[^\d]*$)(?=.*(?:\b(?:figures?|numbers?|data|statistics|captioned|labell?ed|dated)\b|以上|上述|均为|均為|数据|數據|数字|數字))/i;

/** The numbers of a sentence share what follows it: its last reading is kept. */
let lastNote: { after: string; year: number | undefined } | undefined;

function closingNoteYear(after: string): number | undefined {
  if (lastNote?.after !== after) lastNote = { after, year: readClosingNoteYear(after) };
  return lastNote.year;
}

function readClosingNoteYear(after: string): number | undefined {
  const line = after.slice(0, (after.indexOf('\n') + 1 || after.length + 1) - 1);
  for (const sentence of line.split(SENTENCE_END_RE)) {
    // (Not a change from a base year: "The number … more than doubled from 2022.")
    if (!CLOSING_NOTE_RE.test(sentence) || isTargetText(sentence) || isChangeText(sentence)) continue;
    const years = periodsNamed(sentence).years;
    if (years.length === 1) return years[0];
  }
  return undefined;
}

/** The year a paragraph last named before a sentence (the numbers of one sentence share it). */
function paragraphYear(before: string, time: TextTime | undefined): number | undefined {
  if (lastParagraph && lastParagraph.before === before && lastParagraph.time === time)
    return lastParagraph.year;
  const year = readParagraphYear(before, time);
  lastParagraph = { before, time, year };
  return year;
}

let lastParagraph: { before: string; time: TextTime | undefined; year: number | undefined } | undefined;

/** A relative date the paragraph before names and the text leaves unknown ("last year" undated). */
function paragraphUnresolved(before: string, time: TextTime | undefined): string | undefined {
  return periodsNamed(paragraphEnding(before), time).unresolved;
}

function readParagraphYear(before: string, time: TextTime | undefined): number | undefined {
  // (A sentence looking back from the paragraph's time, "That total had been 402,284 at the end
  // of 2022", does not set it.)
  const paragraph = paragraphEnding(before)
    .split(SENTENCE_END_RE)
    .filter((sentence) => !LOOKING_BACK_RE.test(sentence))
    .join(' ')
    .replace(COMPARISON_BASE_RE, ' ')
    // (Nor a goal's year: "The 2025 target is 94%." dates no level said after it.)
    .replace(GOAL_YEAR_RE, ' ');
  if (!paragraph.trim()) return undefined;
  // (With the text's date, so that the paragraph's 去年 or "last year" dates it too.)
  const earlier = periodsNamed(paragraph, time);
  return earlier.years[earlier.years.length - 1];
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
  /** A running total ("cumulative", "in total"), not a year-end level. */
  cumulative: boolean;
  /** When its source was held (Date.parse of dateHeld). */
  held: number;
  /** A stock as it stood when it was stated (see statedAsItStood). */
  statedAsItStood: boolean;
}

const periodFacts = new WeakMap<SourcedFigure, PeriodFacts>();

function periodFactsOf(figure: SourcedFigure): PeriodFacts {
  let facts = periodFacts.get(figure);
  if (!facts) {
    const label = figure.period.label.toLowerCase();
    const held = Date.parse(figure.source.dateHeld);
    facts = {
      years: figureYears(figure),
      explicitStock: /end of|cumulative|in total|total|since/.test(label),
      cumulative: /cumulative|in total/.test(label),
      held,
      statedAsItStood:
        figure.period.kind === 'as-of' &&
        !figure.period.end.endsWith('-12-31') &&
        Math.abs(Date.parse(figure.period.end) - held) <= STATED_AS_OF_DAYS * DAY_MS,
    };
    periodFacts.set(figure, facts);
  }
  return facts;
}

/** Whether a figure is a running total ("cumulative", "in total"), which only grows. */
export function isRunningTotal(figure: SourcedFigure): boolean {
  return periodFactsOf(figure).cumulative;
}

/** How close to its statement a figure's date is for it to be the state of things when it was said. */
const STATED_AS_OF_DAYS = 31;

/**
 * A stock as it stood when it was stated ("as of September 2024 (date of the press conference)"),
 * not a year-end count published weeks after the year ended.
 */
export function statedAsItStood(figure: SourcedFigure): boolean {
  return periodFactsOf(figure).statedAsItStood;
}

/** Years the figure's period speaks for. */
export function figureYears(figure: SourcedFigure): number[] {
  const end = Number(figure.period.end.slice(0, 4));
  const start = figure.period.start ? Number(figure.period.start.slice(0, 4)) : end;
  const years: number[] = [];
  for (let y = start; y <= end; y++) years.push(y);
  // A figure given early in a year ("as of January 2024") is also the previous year-end's.
  if (statedEarlyIn(figure, end)) years.push(end - 1);
  return years;
}

/** A stock stated in the first months of `year`, which figureYears reads as the year before's too. */
export function statedEarlyIn(figure: SourcedFigure, year: number): boolean {
  return (
    figure.period.kind === 'as-of' &&
    Number(figure.period.end.slice(0, 4)) === year &&
    Number(figure.period.end.slice(5, 7)) <= EARLY_MONTHS
  );
}
/** How many months into a year a stock still speaks for the year before. */
const EARLY_MONTHS = 3;

export function checkPeriod(figure: SourcedFigure, cues: PeriodCues): string | undefined {
  // A change of a measure ("up 67%") is named by the measure's words plus a word of change.
  if (figure.changeOf !== undefined && !cues.change) return 'the official figure is a change, not a level';
  // (A share of a whole only: many a set's rates are changes by nature, "average decrease of 5.8%".)
  if (figure.shareOf !== undefined && cues.changeValue)
    return 'the text gives a change; the official figure is a share';
  if (cues.changeValue && figure.unit === 'percent' && !isChangeFigure(figure))
    return 'the text gives a change; the official figure is a level';
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
  // (Only amounts and counts are stocks: a rate or an index "by the end of 2024" is last year's.)
  const amount = figure.unit === 'count' || figure.unit === 'yuan';
  // "去年全国实施消费品召回4885次": a count of last year is no running total (4,885 to the end of 2023).
  if (amount && facts.cumulative && cues.yearly && !cues.stock) {
    return `the text gives a year's figure; the official figure is a total ${figure.period.label}`;
  }
  if (amount && figure.period.kind === 'as-of' && facts.explicitStock && cues.flow && !cues.stock) {
    return `the text gives a figure for a period; the official figure is a total ${figure.period.label}`;
  }
  if (figure.period.kind === 'during' && cues.stock && !cues.flow) {
    return `the text gives a cumulative total; the official figure is for ${figure.period.label} only`;
  }
  return undefined;
}

// (A full stop inside a number, "1.17 million", ends no sentence: English needs a space after it.)
const SENTENCE_END_RE = /(?<=[.!?])\s+|(?<=[。！？])\s*/;
/** A sentence that looks back from its paragraph's time: a past perfect, 此前, 前年则为. */
const LOOKING_BACK_RE = /\bhad (?:been|stood|numbered|reached|totall?ed)\b|此前|之前|则为|則為|当时|當時/i;

/**
 * A year a figure is compared with ("up 67% on 2023", "rose 246.8%, from 1.17 million in 2023",
 * "40%, against 23.8% in 2023", 比2023年), not the year it is for.
 */
const COMPARISON_BASE_RE =
  /\b(?:on|from|over|than|versus|vs\.?|against|compared (?:with|to)|since)\s+(?:the\s+)?(?:end of\s+)?(?:19|20)\d{2}\b|\b(?:from|against|versus|vs\.?|compared (?:with|to))\s+(?:about\s+|around\s+|roughly\s+|nearly\s+)?[\d.,]+(?:\s*(?:million|billion|thousand|mn|bn|m|k|%|per ?cent))?\s+in\s+(?:19|20)\d{2}\b|(?:比|较|較)(?:(?:19|20)\d{2}年?|前年|去年|上年)[底末]?|(?:与|與|同|和)(?:(?:19|20)\d{2}年?|前年|去年|上年)[底末]?(?:相比|比较|比較)/g;
