/** Checking free text: extract every figure and judge each against a figure set. */
import { extractFigures, type Mention } from '../extract/extract.ts';
import type { FigureSet, SourcedFigure } from '../set/figure-set.ts';
import { matcherFor, unverified, type Verdict } from '../judge/verdict.ts';
import { compareValues } from '../judge/value-compare.ts';
import { ZH_CLASSIFIER_CHARS } from '../rules/chinese-units.ts';
import { claimFromMention, type Claim } from '../resolve/claim.ts';
import { CHANGE_HEDGE_WORDS } from '../document/context.ts';
import { findLists, hasListCue, piecesOf, type ListMember } from '../document/lists.ts';
import {
  findAlignedTables,
  findChartLines,
  findTextTables,
  type TextTable,
} from '../document/text-tables.ts';
import { checkTable, type TableReport } from './check-table.ts';
import { withVerdict, type CheckedMention } from './checked-mention.ts';
import { discussedValues, headlineEchoes, rejectedValue, repeatedValues, restatedValues } from './echoes.ts';

export type { CheckedMention } from './checked-mention.ts';
import { describeFigure, formatOfficialValue, shortAttribution } from '../report/format.ts';
import { summarize, type VerdictCounts } from '../judge/verdicts.ts';
import { explainInChinese } from '../judge/explain.ts';
import {
  mayBeSigned,
  mayHaveNotes,
  quotedLineDate,
  notedDate,
  signedLineDate,
  textTime,
  type TextTime,
} from '../document/text-date.ts';
import { lineEndWithin, lineStartWithin, sentenceBounds } from '../document/sentences.ts';
import { hasChinese } from '../rules/scripts.ts';
import { alternation, hedgeWords } from '../extract/lexicon.ts';
import {
  antecedentsOf,
  asksQuestion,
  isBareItem,
  captionBelow,
  questionAbove,
  nounAfter,
  isAnswerLead,
  isCorrectionLead,
  referenceCue,
  topicsOf,
  type ReferenceCue,
} from '../resolve/reference.ts';
import {
  changeDirectionOf,
  isChangeText,
  namesAPeriod,
  withoutAsides,
  YEAR_RE,
} from '../document/context.ts';

export interface TextReport {
  mentions: CheckedMention[];
  summary: VerdictCounts & { total: number };
  /** When the text was written, as far as the check knows (for "last year", 去年). */
  time: TextTime;
}

/** What a caller may know about a text that the text does not say. */
export interface CheckOptions {
  /** The text's publication date (YYYY-MM-DD): a page's published time, the CLI's --date. */
  date?: string;
}

const eventDates = new WeakMap<FigureSet, string[]>();

/** The days of the events a set reports (its sources' held and published dates). */
function eventDatesOf(set: FigureSet): string[] {
  let dates = eventDates.get(set);
  if (!dates) {
    dates = [...new Set([...set.sources.values()].flatMap((s) => [s.dateHeld, s.datePublished]))];
    eventDates.set(set, dates);
  }
  return dates;
}

/** Judges one extracted mention; errors stay with the mention, never stop the others. */
export function checkMention(
  text: string,
  mention: Mention,
  set: FigureSet,
  time?: TextTime,
): CheckedMention {
  return withVerdict(
    mention,
    judgeClaim(
      set,
      claimFromMention(
        text,
        mention,
        quotedTime(text, mention, time ?? textTime(text, undefined, eventDatesOf(set)), timeMarksOf(text)),
      ),
    ),
  );
}

/** The matcher's verdict on a claim; an error becomes an unverified verdict that says so. */
function judgeClaim(set: FigureSet, claim: Claim): Verdict {
  try {
    return matcherFor(set).judge(claim);
  } catch (error) {
    return {
      verdict: 'unverified',
      figure: null,
      alternatives: [],
      explanation: `Could not be checked: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

/** Finds and checks every figure in `text`. */
export function checkText(text: string, set: FigureSet, options: CheckOptions = {}): TextReport {
  const checker = textChecker(text, set, options);
  const mentions = checker.check(extractFigures(text));
  return { mentions, summary: summarize(mentions), time: checker.time };
}

/**
 * A number on a line that quotes an earlier text dated at its head, or on a comment signed with
 * its timestamp at its end, is read at that date.
 */
function quotedTime(text: string, mention: Mention, time: TextTime, marks: TimeMarks): TextTime {
  // (A date the caller gives is the text's, whatever a signature on the line says; a note added
  // later is dated by its own date.)
  const date =
    quotedLineDate(text, mention.start) ??
    (marks.noted ? notedDate(text, mention.start) : undefined) ??
    (time.dateSource === 'given' || !marks.signed ? undefined : signedLineDate(text, mention.start));
  return date ? { ...time, date, dateSource: 'text' } : time;
}

/** Whether a text may have signed lines or dated notes: each tested once for the whole text. */
interface TimeMarks {
  signed: boolean;
  noted: boolean;
}
function timeMarksOf(text: string): TimeMarks {
  return { signed: mayBeSigned(text), noted: mayHaveNotes(text) };
}

/** Checks the figures of one text, a run of consecutive mentions at a time (see textChecker). */
export interface TextChecker {
  /** When the text was written, as far as the check knows. */
  time: TextTime;
  /** Judges a run of consecutive mentions of the text, with the lists and swapped pairs among them. */
  check(found: readonly Mention[]): CheckedMention[];
}

/**
 * The checks `checkText` applies, for a caller that extracts the mentions itself and hands them
 * over in runs (the CLI, window by window): the text's date, lists and swapped pairs found among
 * the mentions of a run, tables written as text (each checked once, whole), and a number its
 * clause does not place read with an earlier sentence's measure. All the mentions in one run give
 * exactly `checkText`'s verdicts; runs cut between sentences do too, as lists and swaps stay
 * within a sentence and a table's verdicts do not depend on the run.
 */
export function textChecker(text: string, set: FigureSet, options: CheckOptions = {}): TextChecker {
  const time = textTime(text, options.date, eventDatesOf(set));
  // (Once for the text: most texts have no signature and no dated note to look for.)
  const marks = timeMarksOf(text);
  let bounds: number[] | undefined;
  const tables = textTablesOf(text, set);
  return {
    time,
    check(found) {
      const first = found[0];
      const last = found[found.length - 1];
      if (!first || !last) return [];
      // A list lies within a sentence: a run whose sentences name no list cue has none, and the
      // whole text is not searched for a cue once per run.
      const lists = hasListCue(text.slice(first.contextStart, last.contextEnd))
        ? findLists(text, found)
        : new Map<number, ListMember>();
      // Each mention's claim is built once and shared by the readings below (lists, swaps, changes).
      const claims: Claim[] = [];
      const claimAt = (index: number): Claim =>
        (claims[index] ??= claimFromMention(
          text,
          found[index]!,
          quotedTime(text, found[index]!, time, marks),
        ));
      const checkOne = (m: Mention, index: number): CheckedMention => {
        const member = lists.get(index);
        if (member) {
          const read = listClaimOf(claimAt(index), member);
          const checked = checkListMember(m, claimAt(index), read, set);
          if (checked.verdict !== 'unverified') return checked;
          // "Sichuan, Anhui and Hubei followed with 9,242, 8,501 and 7,048 respectively": the
          // measure is the sentence before's, each item's place its own.
          bounds ??= sentenceBounds(text);
          // (A value paired with its item is as pinned as one a cue points back with: wrong is wrong.)
          const referred = resolveReference(text, m, read, set, bounds, true);
          // (Not a figure another item names and its own does not: "the strong and weak groups are
          // 6.3% and 13.1% respectively" gives the weak group's share to "strong", a swap.)
          return referred && !namedByAnotherItem(referred.figure, member, set) ? referred : checked;
        }
        const claim = claimAt(index);
        const checked = partOfTheOneBefore(withVerdict(m, judgeClaim(set, claim)), index);
        if (checked.verdict !== 'unverified' || checked.figure !== null) return checked;
        const rejected =
          index > 0
            ? rejectedValue(
                text,
                found[index - 1]!,
                m,
                claim,
                claimAt(index - 1),
                set,
                checkedSoFar[index - 1],
              )
            : undefined;
        if (rejected) return rejected;
        bounds ??= sentenceBounds(text);
        return resolveReference(text, m, claim, set, bounds) ?? checked;
      };
      // "53,834 institutions of all types, of which 53,015 held qualification": a part is never
      // the measure of the whole just before it, whose words its sentence shares.
      const partOfTheOneBefore = (checked: CheckedMention, index: number): CheckedMention => {
        const before = checkedSoFar[index - 1];
        const m = found[index]!;
        if (
          checked.verdict !== 'contradicted' ||
          !checked.figure ||
          !before?.figure ||
          before.figure.measureKey !== checked.figure.measureKey ||
          (before.verdict !== 'verified' && before.verdict !== 'approximate') ||
          found[index - 1]!.contextStart !== m.contextStart ||
          !PART_CUE_BEFORE_RE.test(text.slice(found[index - 1]!.end, m.start))
        )
          return checked;
        const read = withVerdict(m, judgeClaim(set, { ...claimAt(index), partOf: before.figure.measureKey }));
        // (Only a part the set gives as such: a part it does not give stays as wrong as it read.)
        return read.verdict === 'verified' || read.verdict === 'approximate' ? read : checked;
      };
      // (In order: a number the text rejects is read with the verdict on the one before it.)
      const checkedSoFar: CheckedMention[] = [];
      for (let index = 0; index < found.length; index++) checkedSoFar.push(checkOne(found[index]!, index));
      const mentions = checkedSoFar;
      sharesOfUnchecked(text, found, mentions);
      markSwaps(found, claimAt, mentions, lists, set);
      markCrossedChanges(found, claimAt, mentions, set);
      markCrossedValues(text, found, claimAt, mentions, set);
      anchorChanges(text, found, claimAt, mentions, set);
      tables.apply(mentions);
      restatedValues(text, found, mentions, lists, claimAt, set);
      repeatedValues(text, mentions, lists, claimAt, set);
      headlineEchoes(text, found, mentions, claimAt, set);
      correctedValues(text, found, mentions, claimAt, set);
      discussedValues(text, found, mentions, lists, claimAt, set);
      answerOptions(text, mentions);
      return mentions;
    },
  };
}

/** The longest line an option may stand on. */
const QUESTION_LINE_MAX = 400;

/** How far before a correction the number it corrects may stand. */
const CORRECTED_SPAN = 300;
/** How far, as a factor, a correction's value may lie from the official value of what it corrects. */
const CORRECTION_RANGE = 10;

/**
 * A correction alone in its sentence right after a number found wrong ('"By the end of 2024 the
 * count had reached 20,215." It is 20,251.', "… 40.68 million cars. Typo? Typo. 4.068 million."):
 * judged against the figure the wrong number was checked against, as the same measure, date and
 * scope, whatever its own clause fails to name.
 */
function correctedValues(
  text: string,
  found: readonly Mention[],
  mentions: CheckedMention[],
  claimAt: (index: number) => Claim,
  set: FigureSet,
): void {
  for (let k = 1; k < mentions.length; k++) {
    const m = mentions[k]!;
    const earlier = mentions[k - 1]!;
    if (
      m.verdict !== 'unverified' ||
      m.figure !== null ||
      earlier.verdict !== 'contradicted' ||
      !earlier.figure
    )
      continue;
    const mention = found[k]!;
    // (In the sentence right before, near enough to be what the correction answers.)
    if (found[k - 1]!.contextStart === mention.contextStart || mention.start - earlier.end > CORRECTED_SPAN)
      continue;
    // (A correction is of the same order as the value it corrects: "2." opening the next item is none.)
    const official = earlier.figure.value;
    if (
      earlier.unit !== m.unit ||
      m.value * CORRECTION_RANGE < official ||
      m.value > official * CORRECTION_RANGE
    )
      continue;
    const lead = text.slice(mention.contextStart, mention.start);
    if (!bareAnswer(text, mention) && !isCorrectionLead(lead)) continue;
    const cue = lead.trim() || m.text;
    mentions[k] = withVerdict(
      m,
      matcherFor(set).judgeRestatement(claimAt(k), earlier.figure, cue, 'corrects'),
    );
  }
}

/**
 * An option's letter and its mark: "(A)", "（A）", "A.", "A．", "A、", "A)" (A to D, either case). A
 * bracketed one may follow the option before it directly ("（A）97.8%（B）93.65%"); an unbracketed
 * one stands after a space or at the line's start.
 */
const OPTION_MARK = String.raw`(?:[(（]([A-Da-d])[)）]|(?:^|(?<=[\s\u3000]))([A-Da-d])[)）.．、])`;
let optionBefore: RegExp | undefined;
/** An option's mark right before its number, or before a hedge of it ("A. 约100万件", "B) about 5 million"). */
function optionBeforeRe(): RegExp {
  optionBefore ??= new RegExp(
    `${OPTION_MARK}\\s*(?:(?:${alternation([...hedgeWords().keys()])})\\s*)?$`,
    'i',
  );
  return optionBefore;
}
const OPTION_MARK_RE = new RegExp(`${OPTION_MARK}\\s*\\S`, 'g');
/** An option's mark opening its line. */
const OPTION_LINE_START_RE = new RegExp(`^\\s*${OPTION_MARK}`);
/** How far before a number its option's mark is looked for (a hedge may stand between). */
const OPTION_MARK_SPAN = 24;
/**
 * The longest line read as one option, every number on it an option: "A. 约100万件 / about 1
 * million" gives one choice in two languages.
 */
const OPTION_LINE_MAX = 48;
/** The most characters an option may run after its number: an option is a value, not a sentence. */
const OPTION_TAIL = 12;
/** How many lines above its options a question may stand, and how many option lines are read. */
const OPTION_LINES = 4;

/**
 * A lettered option of a multiple-choice question ("第一题：…是多少？" over "（A）97.8% （B）98% （C）99%",
 * "Q3. How many …?" over "A. 190  B. 233"): a choice offered, not a claim, whichever is right.
 */
function answerOptions(text: string, mentions: CheckedMention[]): void {
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    const question = optionQuestion(text, m.start, m.end);
    if (question === undefined) continue;
    const verdict = unverified('An option of a multiple-choice question, not a claim.', 'option');
    mentions[k] = withVerdict(m, hasChinese(question) ? explainInChinese(verdict, m.text) : verdict);
  }
}

/** The letters of the option markers on a line ("（A）97.8% （B）98%" -> A, B). */
function optionLetters(line: string): string[] {
  return [...line.matchAll(OPTION_MARK_RE)].map((m) => (m[1] ?? m[2]!).toUpperCase());
}

/**
 * The question the number at [at, end) is an option of: it stands after an option's letter, under
 * a line that asks, among options of two letters or more (a "Q: …? A: 44,499" answer is no option),
 * and only a few characters follow it before the next option.
 */
function optionQuestion(text: string, at: number, end: number): string | undefined {
  // (The cheap test first, and a bounded search for the line: most numbers are no option.)
  const before = text.slice(Math.max(0, at - OPTION_MARK_SPAN), at);
  const mark = optionBeforeRe().exec(before);
  const lineStart = lineStartWithin(text, at, mark ? QUESTION_LINE_MAX : OPTION_LINE_MAX);
  if (lineStart === undefined) return undefined;
  // (Within reach only: a text of one long line is no list of options, and is not scanned to its end
  // for every number.)
  const lineEndAt = lineEndWithin(text, at, QUESTION_LINE_MAX);
  if (lineEndAt === undefined) return undefined;
  const line = text.slice(lineStart, lineEndAt);
  // (-1: the text ends with this line, and no option lines follow it.)
  const lineEnd = lineEndAt === text.length ? -1 : lineEndAt;
  // (A short line opened by an option's mark is one option, whatever its numbers; otherwise the
  // mark stands right before the number, and what follows it up to the next option is short: an
  // option is a value.)
  const optionLine = line.trim().length <= OPTION_LINE_MAX && OPTION_LINE_START_RE.test(line);
  if (!optionLine) {
    if (!mark || lineStart > at - before.length + mark.index) return undefined;
    const tail = line.slice(end - lineStart).split(OPTION_MARK_RE)[0] ?? '';
    if (tail.trim().length > OPTION_TAIL) return undefined;
  }
  const letters = new Set(optionLetters(line));
  // (One option to a line: the option lines below it count too.)
  for (let from = lineEnd, n = 0; from !== -1 && n < OPTION_LINES; n++) {
    const next = text.indexOf('\n', from + 1);
    const line = text.slice(from + 1, next === -1 ? undefined : next);
    const more = optionLetters(line);
    if (more.length === 0) break;
    for (const l of more) letters.add(l);
    from = next;
  }
  let upTo = lineStart - 1;
  for (let n = 0; n < OPTION_LINES && upTo > 0; n++) {
    const start = text.lastIndexOf('\n', upTo - 1) + 1;
    const above = text.slice(start, upTo).trim();
    if (asksQuestion(above)) return letters.size >= 2 ? above : undefined;
    const more = above ? optionLetters(above) : [];
    if (above && more.length === 0) return undefined;
    for (const l of more) letters.add(l);
    upTo = start - 1;
  }
  return undefined;
}

/** A share said of the count just before it: "38,600 cars, a fifth of them", "3.86万辆，其中两成". */
const SHARE_OF_AFTER_RE = /^\s*of\s+(?:them|those|these|which|it)\b/i;
const SHARE_OF_BEFORE_RE = /其中[^，,。；;\d]{0,6}$/;

/** Words that make a number a part of the one before it: "…, of which 53,015", "…，其中5.3万". */
const PART_CUE_BEFORE_RE = new RegExp(
  String.raw`\b(?:of which|of them|of these|among them)\s+(?:[a-z]+\s+){0,2}$|${SHARE_OF_BEFORE_RE.source}`,
  'i',
);

/**
 * A share of a count that is no official figure (a company's, a province's) is a share of that
 * count: whatever official share its value happens to equal, it cannot be checked.
 */
function sharesOfUnchecked(text: string, found: readonly Mention[], mentions: CheckedMention[]): void {
  for (let k = 1; k < found.length; k++) {
    const m = found[k]!;
    const base = found[k - 1]!;
    const checked = mentions[k]!;
    if (checked.verdict === 'unverified' || m.unit !== 'percent' || base.contextStart !== m.contextStart)
      continue;
    if (
      !SHARE_OF_AFTER_RE.test(text.slice(m.end, m.end + 20)) &&
      !SHARE_OF_BEFORE_RE.test(text.slice(base.end, m.start))
    )
      continue;
    const of = mentions[k - 1]!;
    if (base.unit !== 'count' || of.verdict !== 'unverified' || of.figure !== null) continue;
    const why = hasChinese(m.context)
      ? `这是${base.text}中的占比，而${base.text}不是官方数据，无法核对。`
      : `A share of ${base.text}, which is not an official figure: it cannot be checked.`;
    mentions[k] = withVerdict(m, unverified(why, 'not-checkable'));
  }
}

/** A list value read with its own item, the other items masked ("Jiangsu … 1,203" only). */
function listClaim(
  claim: Claim,
  item: string,
  others: readonly string[],
  shared: string,
  sharedOthers: readonly string[],
): Claim {
  // (Longest first: a piece is masked only where its whole item is not.)
  const masked = [...others, ...others.flatMap((o) => piecesOf(o, item)), ...sharedOthers];
  const mask = (s: string) => masked.reduce((acc, o) => acc.split(o).join(' '.repeat(o.length)), s);
  const { nearSpans: _spans, nearSkip: _skip, scopeText, periodText, ...rest } = claim;
  // (Assigned, not a spread followed by keys the claim lacks: on Node 20 that takes a slow path.)
  const read: Claim = Object.assign({}, rest, {
    near: `${item} ${mask(shared)} ${mask(claim.near)}`,
    sentence: mask(claim.sentence),
    // (The item is the value's own words: the words around the value are every item's.)
    ownWords: item,
    listItem: item,
  });
  // ("In 2023 and 2024, NEV recalls involved 4.49mn and 1.6mn vehicles respectively": each value is
  // dated by its own item only.)
  // (A value's own clause that dates itself dates it, not the item an earlier figure's clause is:
  // "截至2023年底共批准设立75类…，前年底分别为73类和78431项".)
  if (periodText !== undefined) {
    const own = mask(periodText);
    read.periodText = namesAPeriod(own) ? own : `${item} ${own}`;
  }
  // (Items that are the years of the sentence before date their values alone.)
  else if (YEAR_ITEM_RE.test(item)) read.periodText = item;
  // (The other items are masked from the clause's scope too: "四川、安徽分别为…" is Sichuan's first.)
  if (scopeText !== undefined) read.scopeText = `${item} ${mask(scopeText)}`;
  return read;
}

/** A list item that is a year alone ("in 2022", "2022年"): see document/lists.ts. */
const YEAR_ITEM_RE = /^(?:in )?(?:19|20)\d{2}年?$/;

function othersThan(items: readonly string[], position: number): string[] {
  return items.filter((_, k) => k !== position);
}

function listClaimOf(claim: Claim, member: ListMember): Claim {
  return listClaim(
    claim,
    member.item,
    member.mask ? [...member.others, ...othersThan(member.written, member.position)] : [],
    member.shared,
    othersThan(member.sharedItems, member.position),
  );
}

/** A list value judged as read with its item (`read`), or on its own (`claim`) if that fails. */
function checkListMember(mention: Mention, claim: Claim, read: Claim, set: FigureSet): CheckedMention {
  try {
    return withVerdict(mention, matcherFor(set).judge(read));
  } catch {
    // A list reading that fails is no reason to lose the figure: check it on its own.
    return withVerdict(mention, judgeClaim(set, claim));
  }
}

/**
 * A pair of list values that fit each other's items and not their own ("Jiangsu and Zhejiang had
 * 987 and 1,203" where the sources give 1,203 and 987) is swapped: both are contradicted, never
 * either verified.
 */
function markSwaps(
  found: readonly Mention[],
  claimAt: (index: number) => Claim,
  mentions: CheckedMention[],
  lists: ReadonlyMap<number, ListMember>,
  set: FigureSet,
): void {
  const matcher = matcherFor(set);
  const fitsItem = (index: number, position: number): Verdict | undefined => {
    const member = lists.get(index)!;
    const items = [...member.others];
    items.splice(member.position, 0, member.item);
    const item = items[position]!;
    const v = matcher.judge(
      listClaim(
        claimAt(index),
        item,
        member.mask ? [...othersThan(items, position), ...othersThan(member.written, position)] : [],
        member.shared,
        othersThan(member.sharedItems, position),
      ),
    );
    return v.verdict === 'verified' ? v : undefined;
  };
  for (const member of lists.values()) {
    if (member.position !== 0) continue;
    const run = member.members;
    for (let a = 0; a < run.length; a++) {
      for (let b = a + 1; b < run.length; b++) {
        const x = run[a]!;
        const y = run[b]!;
        // Only values that do not fit their own items can be a swapped pair.
        if (mentions[x]!.verdict === 'verified' || mentions[y]!.verdict === 'verified') continue;
        const xAsB = fitsItem(x, b);
        const yAsA = xAsB ? fitsItem(y, a) : undefined;
        if (!xAsB || !yAsA) continue;
        mentions[x] = swapped(mentions[x]!, yAsA.figure!, yAsA.alternatives, found[y]!.text);
        mentions[y] = swapped(mentions[y]!, xAsB.figure!, xAsB.alternatives, found[x]!.text);
      }
    }
  }
}

/**
 * Two changes of one sentence that each say what they count, campaigns and what they covered
 * ("recalls up 4.6% and items up 11.7%", 召回次数增长4.6%，件数增长11.7%): when neither is verified and
 * each is exactly the other's official change of the same release and period, they are swapped.
 */
function markCrossedChanges(
  found: readonly Mention[],
  claimAt: (index: number) => Claim,
  mentions: CheckedMention[],
  set: FigureSet,
): void {
  const matcher = matcherFor(set);
  for (let x = 0; x + 1 < found.length; x++) {
    const y = x + 1;
    if (found[x]!.contextStart !== found[y]!.contextStart) continue;
    if (mentions[x]!.verdict === 'verified' || mentions[y]!.verdict === 'verified') continue;
    const a = claimAt(x);
    const b = claimAt(y);
    if (!a.changeCounts || !b.changeCounts || a.changeCounts === b.changeCounts) continue;
    // (The figure each value equals must count what the other's subject names.)
    const equalChanges = (claim: Claim, counts: Claim['changeCounts']) =>
      matcher.values
        .candidates(claim.value, claim.unit)
        .filter((f) => compareValues(claim, f) === 'equal' && matcher.changeCounts(f) === counts);
    // (Each figure must fit the claim it would belong to, by period and by what it counts.)
    const asB = equalChanges(a, b.changeCounts).filter((f) => matcher.fitsClaim(b, f));
    const asA = asB.length > 0 ? equalChanges(b, a.changeCounts).filter((f) => matcher.fitsClaim(a, f)) : [];
    for (const xAsB of asB) {
      const yAsA = asA.find((f) => f.sourceId === xAsB.sourceId && f.period.end === xAsB.period.end);
      if (!yAsA) continue;
      mentions[x] = swapped(mentions[x]!, yAsA, [], found[y]!.text);
      mentions[y] = swapped(mentions[y]!, xAsB, [], found[x]!.text);
      break;
    }
  }
}

/** How many numbers apart two values of one sentence may stand and still be read as a crossed pair. */
const CROSSED_SPAN = 3;

/**
 * Two values of one sentence, each with the words of a measure of one release and date, that
 * exactly give each other's figures and not their own ("24 departmental rules and 17 normative
 * documents" where the source gives 17 rules and 24 documents; 设计缺陷占61.6%，制造缺陷占36.5%):
 * swapped, both contradicted. Exact values both ways, one source, one date: a coincidence would
 * need two. Each value's own words are read apart: in English the noun after it (the words up to
 * the next value), in Chinese the words before it (from the value before).
 */
function markCrossedValues(
  text: string,
  found: readonly Mention[],
  claimAt: (index: number) => Claim,
  mentions: CheckedMention[],
  set: FigureSet,
): void {
  const matcher = matcherFor(set);
  const open = (m: CheckedMention) => m.verdict === 'unverified';
  for (let x = 0; x < found.length; x++) {
    if (!open(mentions[x]!)) continue;
    const mx = found[x]!;
    for (let y = x + 1; y < found.length && y <= x + CROSSED_SPAN; y++) {
      const my = found[y]!;
      if (my.contextStart !== mx.contextStart) break;
      if (!open(mentions[y]!)) continue;
      const zh = hasChinese(mx.context);
      const prevEnd =
        x > 0 && found[x - 1]!.contextStart === mx.contextStart ? found[x - 1]!.end : mx.contextStart;
      const nextStart = found[y + 1]?.contextStart === mx.contextStart ? found[y + 1]!.start : my.contextEnd;
      const ownX = ownWords(zh ? text.slice(prevEnd, mx.start) : text.slice(mx.end, my.start), zh);
      const ownY = ownWords(zh ? text.slice(mx.end, my.start) : text.slice(my.end, nextStart), zh);
      const a = claimAt(x);
      const b = claimAt(y);
      // (The figures a value equals that the other value's words name, and not its own, at the other's date.)
      const namedFor = (value: Claim, own: string, other: Claim, theirs: string) =>
        matcher.values
          .candidates(value.value, value.unit)
          .filter(
            (f) =>
              compareValues(value, f) === 'equal' &&
              matcher.namesIn(theirs, f) &&
              !matcher.namesIn(own, f) &&
              matcher.fitsClaim(other, f),
          );
      const asB = namedFor(a, ownX, b, ownY);
      if (asB.length === 0) continue;
      const asA = namedFor(b, ownY, a, ownX);
      const pair = asB
        .map(
          (f) =>
            [
              f,
              asA.find((g) => g !== f && g.sourceId === f.sourceId && g.period.end === f.period.end),
            ] as const,
        )
        .find(([, g]) => g !== undefined);
      if (!pair) continue;
      mentions[x] = swapped(mentions[x]!, pair[1]!, [], my.text);
      mentions[y] = swapped(mentions[y]!, pair[0], [], mx.text);
      break;
    }
  }
}

/** Where a value's own words stop: a clause's punctuation, a bracket, or "and" before the next value. */
const OWN_WORDS_END_RE = /[,;:()（）]|\band\b/;
/** Where a Chinese value's own words start: after the last clause punctuation before it. */
const ZH_OWN_WORDS_START_RE = /[^，,；;：:（）()、]*$/;

/** A value's own words in the span markCrossedValues gives it (English after the value, Chinese before). */
function ownWords(span: string, zh: boolean): string {
  return zh ? (ZH_OWN_WORDS_START_RE.exec(span)?.[0] ?? '') : span.split(OWN_WORDS_END_RE)[0]!;
}

/** Whether a figure shares words with another item of a list and none with the value's own item. */
function namedByAnotherItem(figure: SourcedFigure | null, member: ListMember, set: FigureSet): boolean {
  if (!figure) return false;
  const matcher = matcherFor(set);
  return !matcher.mayNameIn(member.item, figure) && member.others.some((o) => matcher.mayNameIn(o, figure));
}

/** A value contradicted by its own item's figure, which the other value of the pair equals. */
function swapped(
  mention: CheckedMention,
  figure: SourcedFigure,
  alternatives: SourcedFigure[],
  otherText: string,
): CheckedMention {
  const official = formatOfficialValue(figure);
  const verdict: Verdict = {
    verdict: 'contradicted',
    figure,
    alternatives,
    explanation: `The source says ${describeFigure(figure)} (${shortAttribution(figure)}); likely error: the values are swapped: "${mention.text}" and "${otherText}" change places.`,
    likelyError: {
      kind: 'swapped',
      message: `the values are swapped: "${mention.text}" stands where the source gives ${official} ("${otherText}")`,
    },
  };
  // (A Chinese text's card is in Chinese, as every other verdict's.)
  // (Built from the mention's own fields: the reason it was unverified does not carry over.)
  if (!hasChinese(mention.context)) return withVerdict(mention, verdict);
  const zh = explainInChinese(verdict, mention.text);
  return withVerdict(mention, {
    ...zh,
    explanation: `${zh.explanation}“${mention.text}”与“${otherText}”互换了位置。`,
  });
}

const CHANGE_UNITS: ReadonlySet<Mention['unit']> = new Set(['percent', 'percentage-points', 'times']);
/** What may join the values of one run of changes: "8.9% and 67%", "18.5 percent and 39.1 percent". */
const CHANGE_JOIN_RE = /^\s*(?:percent|per cent|,|，|、|and|和|与|及)?\s*(?:and|和|与|及)?\s*$/i;
/** Between a level and a change set right after it: its noun, a comma and the verb ("staff, up about"). */
const APPOSED_CHANGE_RE = new RegExp(
  `^[^\\d.;:!?。；：\\n,，]{0,30}[,，]\\s*(?:up|down|rising|falling|an? (?:increase|rise|decrease|drop|fall) of)\\s+(?:by\\s+)?(?:${CHANGE_HEDGE_WORDS})?\\s*$`,
  'i',
);

/**
 * The figure a level stands for when a change is written after it: its verdict's, or, when its
 * value is too far to check, the figure its words clearly name ("some 1.6 million staff").
 */
function levelFigureOf(mention: CheckedMention): SourcedFigure | undefined {
  if (mention.verdict !== 'unverified') return mention.figure ?? undefined;
  return mention.reason === 'too-far' ? mention.alternatives[0] : undefined;
}

/**
 * Changes written after the levels they change ("233 recalls involving 11.24 million vehicles, up
 * 8.9% and 67% respectively"; 认证机构共计1242家，同比增长超过10%) take those levels' measures: with
 * "respectively" (分别) a run of changes pairs with the levels before it in order, otherwise a change
 * goes with the nearest level before it. A paired run is read again whatever its verdicts; a
 * lone change only when it was left unverified or read with an earlier sentence's measure.
 */
function anchorChanges(
  text: string,
  found: readonly Mention[],
  claimAt: (index: number) => Claim,
  mentions: CheckedMention[],
  set: FigureSet,
): void {
  const matcher = matcherFor(set);
  const isChange = (k: number) => CHANGE_UNITS.has(found[k]!.unit) && isChangeText(claimAt(k).near);
  let i = 0;
  let previous: number[] = [];
  while (i < found.length) {
    const sentence = found[i]!.contextStart;
    let j = i;
    while (j < found.length && found[j]!.contextStart === sentence) j++;
    // A sentence that begins by pointing back ("该数字同比增长32.3%", "That was up 246.8%") continues
    // from the levels of the sentence before.
    const pointsBack = referenceCue(text.slice(sentence, found[i]!.start))?.strength === 'strong';
    const levels: number[] = pointsBack ? [...previous] : [];
    for (let k = i; k < j;) {
      if (!isChange(k)) {
        const figure = levelFigureOf(mentions[k]!);
        // (A share, "占…两成多", is no level a change is written after.)
        if (figure && figure.changeOf === undefined && figure.shareOf === undefined) levels.push(k);
        k++;
        continue;
      }
      let r = k + 1;
      while (r < j && CHANGE_JOIN_RE.test(text.slice(found[r - 1]!.end, found[r]!.start))) r++;
      const run = Array.from({ length: r - k }, (_, t) => k + t);
      const paired =
        run.length > 1 &&
        levels.length >= run.length &&
        hasListCue(text.slice(found[k]!.contextStart, found[r - 1]!.contextEnd));
      const levelOf = (t: number) => {
        const level = paired ? levels[levels.length - run.length + t] : levels[levels.length - 1];
        return level === undefined ? undefined : levelFigureOf(mentions[level]!);
      };
      const judgeAs = (c: number, t: number) => {
        const figure = levelOf(t);
        if (!figure) return undefined;
        const claim = claimAt(c);
        try {
          return matcher.judgeChangeOf(claim, figure, changeDirectionOf(claim.near));
        } catch {
          // A change that cannot be read with its level keeps the verdict it had.
          return undefined;
        }
      };
      // A change left unverified, or read with an earlier sentence's measure, is read again with
      // the level of its own sentence ("…涉及车辆160万辆；该数字同比增长32.3%").
      // With "respectively" the pairing is the text's own: it overrides any other reading.
      // A change set right after a level ("some 1.6 million staff, up about 10%") is that level's,
      // whatever other measure's change its value fits.
      const last = levels[levels.length - 1];
      const apposed = (c: number) => {
        const level = last === undefined ? undefined : levelFigureOf(mentions[last]!);
        const figure = mentions[c]!.figure;
        return (
          level !== undefined &&
          figure !== null &&
          figure.changeOf !== level.measureKey &&
          APPOSED_CHANGE_RE.test(text.slice(found[last!]!.end, found[c]!.start))
        );
      };
      const rereads = (c: number) =>
        paired ||
        mentions[c]!.verdict === 'unverified' ||
        mentions[c]!.referredTo !== undefined ||
        apposed(c);
      const own = run.map((c, t) => (rereads(c) ? judgeAs(c, t) : undefined));
      // Two changes that fit each other's levels and not their own are swapped: both wrong.
      if (paired)
        for (let a = 0; a < run.length; a++)
          for (let b = a + 1; b < run.length; b++) {
            if (own[a]?.verdict === 'verified' || own[b]?.verdict === 'verified') continue;
            const ca = run[a]!;
            const cb = run[b]!;
            const aAsB = judgeAs(ca, b);
            const bAsA = aAsB?.verdict === 'verified' ? judgeAs(cb, a) : undefined;
            if (!aAsB || bAsA?.verdict !== 'verified') continue;
            own[a] = swapped(mentions[ca]!, bAsA.figure!, bAsA.alternatives, found[cb]!.text);
            own[b] = swapped(mentions[cb]!, aAsB.figure!, aAsB.alternatives, found[ca]!.text);
          }
      run.forEach((c, t) => {
        const verdict = own[t];
        if (verdict) mentions[c] = withVerdict(mentions[c]!, verdict);
      });
      k = r;
    }
    previous = levels;
    i = j;
  }
}

/**
 * A number its own clause does not place, read with an earlier sentence's measure: the previous
 * sentence with any cue or none, the one before only with a cue, the headline only to confirm.
 */
function resolveReference(
  text: string,
  mention: Mention,
  claim: Claim,
  set: FigureSet,
  bounds: readonly number[],
  listItem = false,
): CheckedMention | undefined {
  // A number heading an item ("1. 93.93%") is what the line below it says.
  const caption = captionBelow(text, mention.start, mention.end);
  if (caption) {
    const verdict = matcherFor(set).judgeReferenced(claim, caption, true, '', 'caption');
    if (verdict) return withVerdict(mention, verdict);
  }
  // "1,450 samples a day": a number followed by a noun of its own counts that, not an antecedent;
  // a noun the set counts ("72 recalls") may take its kind from the sentences before.
  const ownNoun = nounAfter(text, mention.end);
  if (ownNoun !== undefined)
    return (
      byQuestion(text, mention, claim, set) ??
      (!listItem && matcherFor(set).countsAMeasureNoun(claim, ownNoun)
        ? byEarlierSentences(text, mention, claim, set, bounds)
        : undefined) ??
      byTopic(text, mention, claim, set)
    );
  const cue = referenceCue(claim.near) ?? zeroSubject(text, mention) ?? bareAnswer(text, mention);
  // Only a paragraph that opens by pointing back ("该数字比…", "That figure was …") continues the
  // one before; "the figure" further on in a paragraph is that paragraph's. In a transcript a
  // turn's first sentence answers the turn before ("HOST: … in August, the figure given was …").
  // (The paragraph's start is looked for only a little way back: on a long text without line
  // breaks a search back to its start, for every number, would be quadratic.)
  const paragraphStart =
    cue?.strength === 'strong' ? lineStartWithin(text, mention.contextStart, PARAGRAPH_LOOKBACK) : undefined;
  let opensWithCue = false;
  if (cue && paragraphStart !== undefined) {
    const paragraph = text.slice(paragraphStart, mention.start);
    const label = SPEAKER_LABEL_RE.exec(paragraph)?.[0].length ?? 0;
    const opening = paragraph.slice(label, label + OPENING_SPAN);
    const turnOpening = label > 0 && mention.contextStart <= paragraphStart + label;
    opensWithCue = turnOpening || opening.toLowerCase().includes(cue.words.toLowerCase());
  }
  // ("OTA campaigns: 2022, 17; 2023, 6; 2024, 19": an item of a series, a date and a value and
  // nothing else, is as pinned to the series' label as a list's item is.)
  const seriesItem = isBareItem(mention.context);
  for (const antecedent of antecedentsOf(text, mention.contextStart, bounds, opensWithCue)) {
    if (antecedent.distance !== 1 && !cue) break;
    const strong =
      (cue?.strength === 'strong' || listItem || seriesItem) && antecedent.distance !== 'headline';
    const verdict = matcherFor(set).judgeReferenced(
      claim,
      antecedent.text,
      strong,
      cue?.words ?? UNCUED[hasChinese(mention.context) ? 'zh' : 'en'][listItem ? 'list' : 'none'],
      'reference',
      cue?.bare === true,
    );
    if (verdict) return withVerdict(mention, verdict);
  }
  return (
    byQuestion(text, mention, claim, set) ??
    // (A Chinese count's classifier is its noun: "2023年214次、672.8万辆" after "汽车召回…".)
    // (Not a list's item: its list says which of the items it is.)
    (claim.classifier && !listItem ? byEarlierSentences(text, mention, claim, set, bounds) : undefined) ??
    byTopic(text, mention, claim, set)
  );
}

/**
 * A number on a line under a question, read as its answer ("Answer: 233" under "Q1. How many
 * vehicle recalls were carried out in 2024?"): after the number's own paragraph, which is nearer.
 */
function byQuestion(
  text: string,
  mention: Mention,
  claim: Claim,
  set: FigureSet,
): CheckedMention | undefined {
  const question = questionAbove(text, mention.start);
  if (!question) return undefined;
  const verdict = matcherFor(set).judgeReferenced(answerTo(claim, question), question, true, '', 'question');
  return verdict ? withVerdict(mention, verdict) : undefined;
}

/** A year anywhere in a text (YEAR_RE without its global flag, so that a test keeps no state). */
const A_YEAR_RE = new RegExp(YEAR_RE.source);

/**
 * A number read as the answer to a question: the question's date is the answer's ("Q7. … for
 * 2024?" over "Calibrators: 93.65% (that was 2023)" is a claim about 2024), and its words of stock
 * and flow count ("in total by the end of 2024").
 */
function answerTo(claim: Claim, question: string): Claim {
  // (A question that names no date leaves the answer's own reading of its date as it was, and so
  // does an answer whose own words before it name one: "EXTRA: End-2022: 43,027".)
  const cueText = `${question} ${claim.cueText ?? claim.near}`;
  // (Bracketed asides date no answer: "93.65% (that was 2023)" is still about the question's year.)
  const ownDate = namesAPeriod(withoutAsides(claim.lead ?? ''));
  return A_YEAR_RE.test(question) && !ownDate
    ? { ...claim, periodText: question, cueText }
    : { ...claim, cueText };
}

/**
 * A number with a noun of the measure's own ("In 2023 that rose to 72 recalls and 1.603 million
 * vehicles") whose clause leaves out the kind the sentences before named ("new-energy vehicle
 * recalls"): the clause and those sentences together name the measure, read as a heading completes
 * a clause (Matcher.judgeReferenced, 'kind').
 */
function byEarlierSentences(
  text: string,
  mention: Mention,
  claim: Claim,
  set: FigureSet,
  bounds: readonly number[],
): CheckedMention | undefined {
  for (const antecedent of antecedentsOf(text, mention.contextStart, bounds)) {
    if (antecedent.distance === 'headline') break;
    const verdict = matcherFor(set).judgeReferenced(claim, antecedent.text, false, '', 'kind');
    if (verdict) return withVerdict(mention, verdict);
  }
  return undefined;
}

/** A clause that names its measure only in part, completed by its section's heading or the headline. */
function byTopic(text: string, mention: Mention, claim: Claim, set: FigureSet): CheckedMention | undefined {
  // (The section's heading and the headline together: "再看新能源车：" under "…汽车召回…".)
  const topics = topicsOf(text, mention.contextStart);
  if (topics.length === 0) return undefined;
  const verdict = matcherFor(set).judgeReferenced(claim, topics.join(' / '), false, '', 'topic');
  return verdict ? withVerdict(mention, verdict) : undefined;
}

/** What the card says pointed back when no word did: a list's item, or nothing at all. */
const UNCUED = {
  en: { list: 'a list item', none: 'no measure named' },
  zh: { list: '列表中的一项', none: '未指明指标' },
} as const;

/** How far into a paragraph a cue may stand and still open it ("But that figure …", "而该数字"). */
const OPENING_SPAN = 16;
/** How far before a sentence its paragraph's start is looked for (a speaker's label and more). */
const PARAGRAPH_LOOKBACK = 200;
/** A speaker's name opening a turn of a transcript: "HOST:", "FANG RUI (lead assessor, …):", "记者：". */
const SPEAKER_LABEL_RE =
  /^\s*(?:[A-Z][A-Z.'’-]*(?: [A-Z][A-Z.'’-]*){0,3}(?: \([^)\n]{0,80}\))?|[\u4e00-\u9fff]{1,4})[:：]\s*/;

/** What may follow an answer's number: the sentence's end, or a counting word first ("27次。", "996.6万件。"). */
const ANSWER_END_RE = new RegExp(`^[${ZH_CLASSIFIER_CHARS}]?\\s*(?:[,.?!，。？！；;]|$)`);

/**
 * A sentence that is only a number ("963, up 30.3% on a year earlier.", "936, wasn't it?",
 * "乙：27次。", "It's 246.8%."): an answer, an echo or a correction, about the measure just named.
 */
function bareAnswer(text: string, mention: Mention): ReferenceCue | undefined {
  const lead = text.slice(mention.contextStart, mention.start).replace(SPEAKER_LABEL_RE, '');
  if (!isAnswerLead(lead) || !ANSWER_END_RE.test(text.slice(mention.end, mention.end + 3))) return undefined;
  return { strength: 'strong', words: 'a number answering the sentence before', bare: true };
}

/**
 * A Chinese clause with no subject at all, only a date and a verb before the number ("2023年新成立
 * 23个", "当年新开展301个"): its subject is the sentence before's, as surely as with 该数字.
 */
const ZERO_SUBJECT_RE =
  /(?:^|[。；;！？\n])\s*(?:(?:19|20)\d{2}年(?:底|末)?|当年|當年|全年|同期)?[，,]?\s*(?:又|再|另|共|还|還)?新?(?:成立|设立|設立|增加|新增|开展|開展|发布|發布|批准|建成|达到|達到)了?\s*(?:约|約|近|超过|超過|逾)?$/;

/** How far before a number a subject-less Chinese clause is looked for. */
const ZERO_SUBJECT_SPAN = 16;

function zeroSubject(text: string, mention: Mention): ReferenceCue | undefined {
  const from = mention.start - ZERO_SUBJECT_SPAN;
  const before = text.slice(Math.max(mention.contextStart, from), mention.start);
  // (A sentence's start counts as the start of a clause.)
  const lead = from <= mention.contextStart ? `。${before}` : before;
  return ZERO_SUBJECT_RE.test(lead) ? { strength: 'strong', words: before.trim() } : undefined;
}

/**
 * Numbers in a table written as text take the table check's verdict (row label, column header),
 * the same as a spreadsheet's cells. The tables are found once per text, and each is checked once,
 * whole, when a run of mentions first reaches it.
 */
function textTablesOf(text: string, set: FigureSet): { apply(mentions: CheckedMention[]): void } {
  let tables: TextTable[] | undefined;
  const reports = new Map<TextTable, TableReport>();
  return {
    apply(mentions) {
      const first = mentions[0];
      const last = mentions[mentions.length - 1];
      if (!first || !last) return;
      tables ??= [...findTextTables(text), ...findAlignedTables(text), ...findChartLines(text)];
      for (const table of tables) {
        if (table.end < first.start || table.start > last.end) continue;
        let report = reports.get(table);
        if (!report) {
          // A loop, not Math.max(...rows): a long table would overflow the call stack.
          let width = 0;
          for (const r of table.rows) if (r.length > width) width = r.length;
          const values = table.rows.map((r) => Array.from({ length: width }, (_, c) => r[c]?.text ?? ''));
          const caption = table.caption ?? captionOf(text, table.start);
          report = checkTable({ values, ...(caption ? { caption } : {}) }, set);
          reports.set(table, report);
        }
        for (const cell of report.cells) {
          const span = table.rows[cell.row]?.[cell.col];
          if (!span) continue;
          const i = firstMentionIn(mentions, span.start, span.end);
          if (i < 0) continue;
          const { verdict, figure, alternatives, explanation, likelyError } = cell;
          mentions[i] = withVerdict(mentions[i]!, {
            verdict,
            figure,
            alternatives,
            explanation,
            ...(likelyError ? { likelyError } : {}),
          });
        }
      }
    },
  };
}

/** How long a line above a table may be and still be its caption. */
const MAX_CAPTION = 200;

/**
 * The line above a table written as text (a blank line between them is usual in Markdown), when
 * it is short enough to be its caption.
 */
function captionOf(text: string, tableStart: number): string | undefined {
  let end = text.lastIndexOf('\n', tableStart - 1);
  for (let blank = 0; end >= 0; blank++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end).trim();
    if (line) return line.length <= MAX_CAPTION ? line : undefined;
    if (blank === 1 || start === 0) return undefined;
    end = start - 1;
  }
  return undefined;
}

/**
 * Index of the first mention (sorted by start) lying within [start, end], or -1: a binary search,
 * so that a table of many cells is read in linear time.
 */
function firstMentionIn(mentions: readonly CheckedMention[], start: number, end: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (mentions[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  const m = mentions[lo];
  return m && m.end <= end ? lo : -1;
}
