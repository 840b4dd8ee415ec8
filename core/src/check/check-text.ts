/** Checking free text: extract every figure and judge each against a figure set. */
import { extractFigures, type Mention } from '../extract/extract.ts';
import type { FigureSet } from '../set/figure-set.ts';
import { claimFromMention, matcherFor, type Claim, type Verdict } from '../judge/verdict.ts';
import { findLists, type ListMember } from '../document/lists.ts';
import { findTextTables } from '../document/text-tables.ts';
import { checkTable } from './check-table.ts';
import { describeFigure, formatOfficialValue, shortAttribution } from '../report/format.ts';
import { summarize, type VerdictCounts } from '../judge/verdicts.ts';
import { textTime, type TextTime } from '../document/text-date.ts';
import { sentenceBounds } from '../document/sentences.ts';
import { antecedentsOf, countsItsOwnNoun, referenceCue } from '../resolve/reference.ts';

/** A figure found in text, with its verdict. */
export type CheckedMention = Pick<
  Mention,
  'text' | 'start' | 'end' | 'value' | 'unit' | 'qualifier' | 'context'
> &
  Verdict;

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

/** Judges one extracted mention; errors stay with the mention, never stop the others. */
export function checkMention(
  text: string,
  mention: Mention,
  set: FigureSet,
  time?: TextTime,
): CheckedMention {
  let verdict: Verdict;
  try {
    verdict = matcherFor(set).judge(claimFromMention(text, mention, time ?? textTime(text)));
  } catch (error) {
    verdict = {
      verdict: 'unverified',
      figure: null,
      alternatives: [],
      explanation: `Could not be checked: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  const { text: mentionText, start, end, value, unit, qualifier, context } = mention;
  return { text: mentionText, start, end, value, unit, qualifier, context, ...verdict };
}

/** Finds and checks every figure in `text`. */
export function checkText(text: string, set: FigureSet, options: CheckOptions = {}): TextReport {
  const time = textTime(text, options.date);
  let bounds: number[] | undefined;
  const found = extractFigures(text);
  const lists = findLists(text, found);
  const mentions = found.map((m, index) => {
    const member = lists.get(index);
    if (member) return checkListMember(text, m, member, set, time);
    const checked = checkMention(text, m, set, time);
    if (checked.verdict !== 'unverified' || checked.figure !== null) return checked;
    bounds ??= sentenceBounds(text);
    return resolveReference(text, m, set, time, bounds) ?? checked;
  });
  markSwaps(text, found, mentions, lists, set, time);
  readTextTables(text, mentions, set);
  return { mentions, summary: summarize(mentions), time };
}

/**
 * Numbers in a table written as text take the table check's verdict (row label, column header),
 * the same as a spreadsheet's cells.
 */
function readTextTables(text: string, mentions: CheckedMention[], set: FigureSet): void {
  const tables = findTextTables(text);
  if (tables.length === 0) return;
  for (const table of tables) {
    const width = Math.max(...table.rows.map((r) => r.length));
    const values = table.rows.map((r) => Array.from({ length: width }, (_, c) => r[c]?.text ?? ''));
    const report = checkTable({ values }, set);
    for (const cell of report.cells) {
      const span = table.rows[cell.row]?.[cell.col];
      if (!span) continue;
      const i = mentions.findIndex((m) => m.start >= span.start && m.end <= span.end);
      if (i < 0) continue;
      const { verdict, figure, alternatives, explanation, likelyError } = cell;
      const m = mentions[i]!;
      mentions[i] = {
        text: m.text,
        start: m.start,
        end: m.end,
        value: m.value,
        unit: m.unit,
        qualifier: m.qualifier,
        context: m.context,
        verdict,
        figure,
        alternatives,
        explanation,
        ...(likelyError ? { likelyError } : {}),
      };
    }
  }
}

/** A list value read with its own item, the other items masked ("Jiangsu … 1,203" only). */
function listClaim(
  text: string,
  mention: Mention,
  item: string,
  others: readonly string[],
  shared: string,
  time: TextTime,
): Claim {
  const claim = claimFromMention(text, mention, time);
  const mask = (s: string) => others.reduce((acc, o) => acc.split(o).join(' '.repeat(o.length)), s);
  const { nearSpans: _spans, nearSkip: _skip, ...rest } = claim;
  return { ...rest, near: `${item} ${mask(shared)} ${mask(claim.near)}`, sentence: mask(claim.sentence) };
}

function checkListMember(
  text: string,
  mention: Mention,
  member: ListMember,
  set: FigureSet,
  time: TextTime,
): CheckedMention {
  const { text: mentionText, start, end, value, unit, qualifier, context } = mention;
  let verdict: Verdict;
  try {
    verdict = matcherFor(set).judge(
      listClaim(text, mention, member.item, member.mask ? member.others : [], member.shared, time),
    );
  } catch {
    // A list reading that fails is no reason to lose the figure: check it on its own.
    return checkMention(text, mention, set, time);
  }
  return { text: mentionText, start, end, value, unit, qualifier, context, ...verdict };
}

/**
 * A pair of list values that fit each other's items and not their own ("Jiangsu and Zhejiang had
 * 987 and 1,203" where the sources give 1,203 and 987) is swapped: both are contradicted, never
 * either verified.
 */
function markSwaps(
  text: string,
  found: readonly Mention[],
  mentions: CheckedMention[],
  lists: ReadonlyMap<number, ListMember>,
  set: FigureSet,
  time: TextTime,
): void {
  const matcher = matcherFor(set);
  const fitsItem = (index: number, position: number): Verdict | undefined => {
    const member = lists.get(index)!;
    const items = [...member.others];
    items.splice(member.position, 0, member.item);
    const item = items[position]!;
    const v = matcher.judge(
      listClaim(
        text,
        found[index]!,
        item,
        member.mask ? items.filter((_, k) => k !== position) : [],
        member.shared,
        time,
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
        mentions[x] = swapped(mentions[x]!, yAsA, found[y]!.text);
        mentions[y] = swapped(mentions[y]!, xAsB, found[x]!.text);
      }
    }
  }
}

/** A value contradicted by its own item's figure, which the other value of the pair equals. */
function swapped(mention: CheckedMention, own: Verdict, otherText: string): CheckedMention {
  const figure = own.figure!;
  const official = formatOfficialValue(figure);
  return {
    ...mention,
    verdict: 'contradicted',
    figure,
    alternatives: own.alternatives,
    explanation: `The source says ${describeFigure(figure)} (${shortAttribution(figure)}); likely error: the values are swapped: "${mention.text}" and "${otherText}" change places.`,
    likelyError: {
      kind: 'swapped',
      message: `the values are swapped: "${mention.text}" stands where the source gives ${official} ("${otherText}")`,
    },
  };
}

/**
 * A number its own clause does not place, read with an earlier sentence's measure: the previous
 * sentence with any cue or none, the one before only with a cue, the headline only to confirm.
 */
function resolveReference(
  text: string,
  mention: Mention,
  set: FigureSet,
  time: TextTime,
  bounds: readonly number[],
): CheckedMention | undefined {
  // "1,450 samples a day": a number followed by a noun of its own counts that, not an antecedent.
  if (countsItsOwnNoun(text, mention.end)) return undefined;
  const claim = claimFromMention(text, mention, time);
  const cue = referenceCue(claim.near);
  for (const antecedent of antecedentsOf(text, mention.contextStart, bounds)) {
    if (antecedent.distance !== 1 && !cue) break;
    const strong = cue?.strength === 'strong' && antecedent.distance !== 'headline';
    const verdict = matcherFor(set).judgeReferenced(
      claim,
      antecedent.text,
      strong,
      cue?.words ?? 'no measure named',
    );
    if (verdict) {
      const { text: mentionText, start, end, value, unit, qualifier, context } = mention;
      return { text: mentionText, start, end, value, unit, qualifier, context, ...verdict };
    }
  }
  return undefined;
}
