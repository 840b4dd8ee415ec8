/**
 * Sentence boundaries for context windows. Returns sorted offsets where sentences start,
 * beginning with 0. A sentence's reference markers ("in force.[3][4]", ".[citation needed]") are
 * its own. Decimal points ("3.3"), abbreviations followed by lower case ("U.S. officials")
 * and hard-wrapped lines do not end a sentence; Chinese full stops and paragraph breaks do.
 */
import { CJK_CHAR } from '../rules/scripts.ts';
import { SYMBOL_BULLET_RE, opensListItem } from '../rules/bullets.ts';

const BOUNDARY_RE = new RegExp(
  String.raw`[.!?](?:["'”’)\]]|\[(?:\d{1,3}|[a-z ]{4,30})\])*\s+(?=["“'‘(\[]?[A-Z0-9${CJK_CHAR}])|[。！？；;]|\n\s*\n|\n(?=\s*(?:[-*•]|\d+[.)]\s))`,
  'g',
);

/** The shortest line read as hard-wrapped prose: a shorter one ends its sentence (a heading, a last line). */
export const WRAPPED_LINE_MIN = 60;
/** A line wholly in brackets, complete as an aside is: a script's cue, "(GFX LINE 3: … 40%)". */
const BRACKETED_LINE_RE = /^\s*[(（[].*[)）\]]$/;
/** A line that ends a sentence, complete by its punctuation. */
const COMPLETE_LINE_RE = /[.!?。！？”"]$/;
/**
 * A short line that still runs on: it ends in a comma or in a word no sentence ends with, and the
 * next line goes on in lower case (after a transcript's line number): "Q. And in 2023, when you
 * were still at Veltra, the" / "19       regulator prompted 26 recalls". A heading ends in neither.
 */
const RUNS_ON_END_RE =
  /(?:,|\b(?:the|a|an|of|in|to|and|or|for|with|by|from|at|on|that|which|was|were|is|are|than|as|its|their)\b)$/;
const GOES_ON_RE = /^\s*(?:\d{1,3}\s{2,})?[a-z]/;
/**
 * Whether a line wraps on into the next, as hard-wrapped prose does: it ends no sentence, and it
 * is long, or short but cut off mid-phrase before a line that goes on in lower case.
 */
function wrapsOn(line: string, next: string): boolean {
  return (
    !COMPLETE_LINE_RE.test(line) &&
    !LABEL_VALUE_LINE_RE.test(line) &&
    !BRACKETED_LINE_RE.test(line) &&
    (line.length >= WRAPPED_LINE_MIN || (RUNS_ON_END_RE.test(line) && GOES_ON_RE.test(next)))
  );
}
/**
 * A label's line that ends in its value, complete however long its label: "Internationally
 * recognised calibration and measurement capabilities, end-2024: 1,958", "…: over 1,400", "…: 93.65%",
 * a chart's "…: 1,879 -> 1,958".
 */
const LABEL_VALUE_LINE_RE =
  /[:：][^:：\d]{0,24}\d(?:[\d.,]*\d)?(?:\s*(?:->|→|=>|\bto\b)\s*[^:：\d]{0,12}\d(?:[\d.,]*\d)?)*\s*(?:%|per ?cent|percent|million|billion|trillion|bn|mn|万|萬|亿|億)?$/i;
/** How much of the next line tells whether it goes on in lower case. */
const NEXT_LINE_PEEK = 16;
/** A line that introduces what follows ("Here's a summary of … in 2025:", "2024年主要数据如下："). */
export const LEAD_IN_END_RE = /[:：]$/;

/**
 * The paragraph that `before` ends in: back to its last line break, or, in hard-wrapped text, to
 * the line that begins it. A wrapped paragraph runs on through long lines that end no sentence
 * and through a lead-in ending in a colon ("- End-2024 certification and testing (…):" over the
 * lines that continue it); a list item's first line begins one.
 */
export function paragraphEnding(before: string): string {
  let start = before.lastIndexOf('\n') + 1;
  // (A sentence that starts its line follows a complete line, a short one or a list item: it
  // starts its paragraph, as far as wrapping goes.)
  if (start === before.length) return '';
  while (start > 0 && !opensListItem(before.slice(start, start + 12))) {
    const previousStart = before.lastIndexOf('\n', start - 2) + 1;
    const previous = before.slice(previousStart, start - 1).trimEnd();
    const wraps =
      previous.length > 0 &&
      (wrapsOn(previous, before.slice(start, start + NEXT_LINE_PEEK)) || LEAD_IN_END_RE.test(previous));
    // (A paragraph cut off by the span read before the sentence starts where the span does.)
    if (!wraps || previousStart === 0) return before.slice(wraps ? 0 : start);
    start = previousStart;
  }
  return before.slice(start);
}

export function sentenceBounds(text: string): number[] {
  const bounds = [0];
  BOUNDARY_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BOUNDARY_RE.exec(text)) !== null) {
    const end = m.index + m[0].length;
    if (isAbbreviation(text, m.index)) continue;
    if (end > bounds[bounds.length - 1]!) bounds.push(end);
    if (m[0].length === 0) BOUNDARY_RE.lastIndex++;
  }
  // A single newline ends a sentence when the line before reads as complete (ends in
  // punctuation) or is short like a heading, or when the next line opens with a symbol bullet
  // ("✅ …", "↳ …"); a hard-wrapped line of prose does not.
  let nl = text.indexOf('\n');
  let lineStart = 0;
  const extra: number[] = [];
  while (nl !== -1) {
    const line = text.slice(lineStart, nl).trimEnd();
    const next = text.slice(nl + 1, nl + 1 + NEXT_LINE_PEEK);
    if (
      (!wrapsOn(line, next) && !labelsValueBelow(line, text, nl + 1) && !continuedBelow(line, next)) ||
      LEAD_IN_END_RE.test(line) ||
      SYMBOL_BULLET_RE.test(next.slice(0, 7))
    )
      extra.push(nl + 1);
    lineStart = nl + 1;
    nl = text.indexOf('\n', lineStart);
  }
  if (extra.length === 0) return bounds;
  return mergeSorted(bounds, extra);
}

/**
 * The longest line read as a label over the value on the line below it, and the longest such
 * value line: an infographic's text, a slide's card ("2023年全国实施汽车召回" over "214 次 ↑ 4.9%",
 * "涉及车辆" over "672.8万 辆").
 */
const CARD_LINE_MAX = 24;
/** A label line: words and perhaps a year, no other number, no punctuation that ends or opens. */
const CARD_LABEL_RE = new RegExp(
  String.raw`^[^\d.!?。！？:：;；]*(?:(?:19|20)\d{2}年?[^\d.!?。！？:：;；]*)?$`,
);
/** A value line: it starts with its number. */
const CARD_VALUE_RE = /^\s*[+\-−]?\d/;

/** Whether `line` is a card's label over the value that starts the line at `next`. */
function labelsValueBelow(line: string, text: string, next: number): boolean {
  if (line.trim().length === 0 || line.length > CARD_LINE_MAX || !CARD_LABEL_RE.test(line)) return false;
  const end = text.indexOf('\n', next);
  const valueLine = text.slice(next, end === -1 ? text.length : end);
  return valueLine.length <= CARD_LINE_MAX && CARD_VALUE_RE.test(valueLine);
}

/**
 * A card's next line that cannot stand alone: it opens with what continues a statement, 涉及 (the
 * vehicles a recall count covers), 占 (a share), 同比 (a change), as the clauses after a comma do
 * in prose ("新能源汽车召回 72 次" over "涉及车辆 160.3万 辆").
 */
const CONTINUES_RE = /^\s*(?:涉及|占|同比|环比|環比|比上年|较上年|較上年)/;

/** Whether the short line `line` goes on in the line that starts with `next`. */
function continuedBelow(line: string, next: string): boolean {
  return (
    line.trim().length > 0 &&
    line.length <= CARD_LINE_MAX &&
    !COMPLETE_LINE_RE.test(line) &&
    CONTINUES_RE.test(next)
  );
}

/** Two ascending lists as one, each offset once (a merge: a long text has many of both). */
function mergeSorted(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    const next = y === undefined || (x !== undefined && x <= y) ? x! : y;
    if (next === x) i++;
    if (next === y) j++;
    if (out[out.length - 1] !== next) out.push(next);
  }
  return out;
}

const ABBREVIATIONS =
  /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|St|No|Nos|Vol|Fig|Art|Inc|Ltd|Co|Corp|Jr|Sr|vs|etc|e\.g|i\.e|U\.S|U\.K|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec))$/;

function isAbbreviation(text: string, dot: number): boolean {
  if (text[dot] !== '.') return false;
  return ABBREVIATIONS.test(text.slice(Math.max(0, dot - 6), dot));
}

/**
 * Where the line holding `at` starts, looked for at most `span` characters back; undefined for a
 * line longer than that. (Read for every number: a search back to the start of a text written on
 * one line, for each of its numbers, would take time quadratic in its length.)
 */
export function lineStartWithin(text: string, at: number, span: number): number | undefined {
  const from = Math.max(0, at - span);
  const nl = text.slice(from, at).lastIndexOf('\n');
  if (nl >= 0) return from + nl + 1;
  return from === 0 ? 0 : undefined;
}

/** Where the line holding `at` ends, looked for at most `span` characters on; undefined if further. */
export function lineEndWithin(text: string, at: number, span: number): number | undefined {
  const nl = text.slice(at, at + span).indexOf('\n');
  if (nl >= 0) return at + nl;
  return at + span >= text.length ? text.length : undefined;
}
