/**
 * Reference across sentences: a number whose own clause names no measure ("A widely shared chart
 * put the figure at 7.6 million", "该数字", "added 35 more") takes the measure of an earlier
 * sentence in its paragraph, or of the headline. The cue words are reviewed data
 * (data/lexicon/references.json); how far back to look and what each distance allows is here.
 */
import { z } from 'zod';
import references from '../../../data/lexicon/references.json' with { type: 'json' };
import { parseWordList } from '../document/lexicon.ts';
import { BULLETS, LIST_ITEM_RE, opensListItem } from '../rules/bullets.ts';
import { LEAD_IN_END_RE, lineEndWithin, lineStartWithin } from '../document/sentences.ts';
import { hasWords } from '../rules/scripts.ts';
import { extractFigures } from '../extract/extract.ts';

const CuesSchema = z.object({ en: z.array(z.string().min(1)), zh: z.array(z.string().min(1)) }).strict();
const ReferencesSchema = z
  .object({
    $comment: z.string().optional(),
    strong: CuesSchema,
    weak: CuesSchema,
    kind: CuesSchema,
    answer: CuesSchema,
    reported: CuesSchema,
    reporters: CuesSchema,
    correction: CuesSchema,
  })
  .strict();

type CueStrength = 'strong' | 'weak';

export interface ReferenceCue {
  strength: CueStrength;
  /** The words of the clause that refer back, for explanations. */
  words: string;
  /**
   * The clause is the number and its cue alone ("The ministry said 80%."): its other words are the
   * cue's (a reporting subject), and name no measure of their own.
   */
  bare?: true;
}

interface CompiledCues {
  en: RegExp;
  zh: string[];
}
let compiled: Record<CueStrength | 'kind', CompiledCues> | undefined;

let lists: z.infer<typeof ReferencesSchema> | undefined;
/** The reviewed word lists of data/lexicon/references.json, validated once, on first use. */
function referenceLists(): z.infer<typeof ReferencesSchema> {
  return (lists ??= parseWordList(ReferencesSchema, references, 'data/lexicon/references.json'));
}

function cues(): Record<CueStrength | 'kind', CompiledCues> {
  if (compiled) return compiled;
  const parsed = referenceLists();
  const compile = (c: z.infer<typeof CuesSchema>): CompiledCues => {
    const words = [...c.en].sort((a, b) => b.length - a.length).map((w) => w.replace(/\s+/g, '\\s+'));
    return { en: new RegExp(`\\b(?:${words.join('|')})\\b`, 'i'), zh: c.zh };
  };
  compiled = { strong: compile(parsed.strong), weak: compile(parsed.weak), kind: compile(parsed.kind) };
  return compiled;
}

const SUCH_AS_RE = /\bsuch\s+as\b/gi;

let answerLead: RegExp | undefined;
/**
 * A short subject before a reporting verb that names a source ("The ministry's representative",
 * "The SCIO briefing", 官方): a few words around one of `reporters`, no more.
 */
const REPORTER_WORDS = "(?:[\\w'’.-]+\\s+){0,3}";
const REPORTER_ZH = '[\\u4e00-\\u9fff]{0,4}';
/**
 * What may stand before a number that answers or corrects the sentence before on its own: nothing,
 * a copula or a correction ("It's 246.8%.", "No, it's …", "Should read 2,869.", "是93.93%，"), or a
 * short subject that names a source and a verb of reporting ("The ministry said 103.", 官方称…), from
 * data/lexicon/references.json `answer`, `reporters` and `reported`.
 */
export function isAnswerLead(lead: string): boolean {
  if (!answerLead) {
    const list = referenceLists();
    const words = (ws: readonly string[]) => ws.map((w) => w.replace(/'/g, "['’]?").replace(/\s+/g, '\\s+'));
    const { en, zh } = list.answer;
    const said = list.reported;
    const sources = list.reporters;
    answerLead = new RegExp(
      `^\\s*(?:(?:no,?\\s+)?(?:${words(en).join('|')})\\s+|${zh.join('|')}|${REPORTER_WORDS}(?:${words(sources.en).join('|')})\\s+${REPORTER_WORDS}(?:${words(said.en).join('|')})\\s+|${REPORTER_ZH}(?:${sources.zh.join('|')})${REPORTER_ZH}(?:${said.zh.join('|')}))?$`,
      'i',
    );
  }
  return answerLead.test(lead);
}

let correctionLead: RegExp | undefined;
/** How many characters may stand between a correction's opening words and its number ("增长"). */
const CORRECTION_GAP = 12;
/**
 * Whether the words before a number open a correction of the number quoted before it ("正确说法：增长",
 * "Correction: "), from data/lexicon/references.json `correction`: the opening words, perhaps a
 * colon, and a few words without a number.
 */
export function isCorrectionLead(lead: string): boolean {
  if (!correctionLead) {
    const { en, zh } = referenceLists().correction;
    const words = [...en.map((w) => `\\b${w.replace(/\s+/g, '\\s+')}\\b`), ...zh];
    correctionLead = new RegExp(`^\\s*(?:${words.join('|')})\\s*[:：]?[^\\d\\n]{0,${CORRECTION_GAP}}$`, 'i');
  }
  return correctionLead.test(lead);
}

/** The strongest reference cue in a number's own clause, if any. */
export function referenceCue(clause: string): ReferenceCue | undefined {
  // "such as" introduces examples, not a reference back.
  clause = clause.replace(SUCH_AS_RE, ' ');
  for (const strength of ['strong', 'weak'] as const) {
    const c = cues()[strength];
    const en = c.en.exec(clause);
    if (en) return { strength, words: en[0] };
    const zh = c.zh.find((w) => clause.includes(w));
    if (zh) return { strength, words: zh };
  }
  return undefined;
}

/**
 * Words pointing back at a kind of thing named before ("such recalls", "27 recalls of that kind",
 * 此类召回), if the clause has them: its noun is its own, the kind (its scope) the sentence before's.
 */
export function kindCue(clause: string): string | undefined {
  const c = cues().kind;
  const en = c.en.exec(clause);
  // ("such as" introduces examples: read again without it, which is rare.)
  const found = en && /^such$/i.test(en[0]) ? c.en.exec(clause.replace(SUCH_AS_RE, ' ')) : en;
  // A determiner ("such", "those") points at a kind only before its noun: "those recalls", not
  // "649 of those" (a part of a number named before).
  const determiner = found && !/\s/.test(found[0]);
  if (found && (!determiner || NOUN_NEXT_RE.test(clause.slice(found.index + found[0].length))))
    return found[0];
  return c.zh.find((w) => clause.includes(w));
}

// (A number may stand between: "Those 27 campaigns covered nearly 4 million vehicles".)
const NOUN_NEXT_RE =
  /^\s+(?:\d[\d,.]*\s+)?(?!(?:who|whom|whose|of|that|which|in|at|on|for|with|from)\b)[a-z]/i;

/** An earlier span that may name the measure, and how far back it is. */
export interface Antecedent {
  text: string;
  /** 1: the previous sentence; 2: the one before; 'headline': the text's first line. */
  distance: 1 | 2 | 'headline';
}

/** A sentence that is only a date and a value ("2023: 59.4%;", "2023年：59.4%；"): a series' item. */
export function isBareItem(sentence: string): boolean {
  return !hasWords(sentence.replace(DATE_CHARS_RE, ''));
}
const DATE_CHARS_RE = /[年月日]/g;
/** How many items of a series a number reaches back past to find its label. */
const MAX_BARE_ITEMS = 12;

/** A headline is a short first line without a closing full stop. */
const HEADLINE_MAX = 160;
/** Characters searched for the headline's line break: a first line longer than this is no headline. */
const HEADLINE_SCAN = 4096;

/**
 * Earlier sentences of the paragraph (nearest first), then the headline. `bounds` are the text's
 * sentence starts (sentenceBounds); a paragraph ends at a line break.
 */
export function antecedentsOf(
  text: string,
  sentenceStart: number,
  bounds: readonly number[],
  acrossParagraph = false,
): Antecedent[] {
  const out: Antecedent[] = [];
  let i = upperBound(bounds, sentenceStart) - 1; // index of the sentence holding sentenceStart
  let bareItems = 0;
  let distance: 1 | 2 = 1;
  for (;;) {
    const end = bounds[i];
    const start = bounds[i - 1];
    if (start === undefined || end === undefined) break;
    // Only within the paragraph. Looked for between the sentences, not back from the number: on a
    // long text without line breaks a search back to its start, for every number, is quadratic.
    // A paragraph that opens by pointing back ("该数字比…", "That figure …") may reach the last
    // sentence of the paragraph before, as writers who break after every sentence do.
    if (text.slice(start, sentenceStart).includes('\n')) {
      if (acrossParagraph && distance === 1) {
        // (The last two sentences of the paragraph before: "Medical labs seem to be the growth
        // story. 936, wasn't it?" — the measure is often in the one before the last.)
        const [last, before] = lastSentencesBefore(text, sentenceStart, bounds, i);
        if (last) out.push({ text: last, distance: 1 });
        if (before) out.push({ text: before, distance: 2 });
      }
      break;
    }
    const sentence = text.slice(start, end).trim();
    i--;
    // ("2022: 39.2%; 2023: 59.4%" under its label: the items before in the series name nothing, and
    // a number reaches back past them to the label, as the first item did.)
    if (isBareItem(sentence) && bareItems < MAX_BARE_ITEMS) {
      bareItems++;
      continue;
    }
    if (sentence) out.push({ text: sentence, distance });
    if (distance === 2) break;
    distance = 2;
  }
  const headline = headlineOf(text);
  if (headline && headline.end < sentenceStart) out.push({ text: headline.text, distance: 'headline' });
  return out;
}

/**
 * The text's first line if it is short enough to be a headline, with the offset of its line
 * break. The headline is short: its line break is near the start (searched there only, for the
 * same reason as above).
 */
function firstLine(text: string): { text: string; end: number } | undefined {
  const firstBreak = text.slice(0, HEADLINE_SCAN).indexOf('\n');
  const line = (firstBreak === -1 ? '' : text.slice(0, firstBreak)).trim();
  return line && line.length <= HEADLINE_MAX ? { text: line, end: firstBreak } : undefined;
}

/** A line that ends like a sentence: a first line that does may be the text's first sentence. */
const SENTENCE_LIKE_END_RE = /[.。!！?？]$/;

/** The text's headline: a short first line that does not end like a sentence. */
export function headlineOf(text: string): { text: string; end: number } | undefined {
  const line = firstLine(text);
  return line && !SENTENCE_LIKE_END_RE.test(line.text) ? line : undefined;
}

/** The text's first line if it is short enough to be a headline and ends before `at`; '' otherwise. */
function headlineBefore(text: string, at: number): string {
  const line = firstLine(text);
  return line && line.end < at ? line.text : '';
}

/** The longest line that may head a section ("SLIDE 3 — Testing market", "再看新能源车："). */
const HEADING_MAX = 100;
/** The longest opening sentence of a paragraph read as its topic. */
const TOPIC_SENTENCE_MAX = 120;
/** How far back from a number its section's heading is looked for. */
const HEADING_SCAN = 3000;
/** A line that ends a sentence, a clause or a list item is no heading (a lead-in's colon is allowed). */
const NOT_HEADING_END_RE = /[.。!！;；,，、]$/;

/**
 * The topics a number's clause may complete, nearest first: the heading of its section (the
 * nearest short line above that is not a sentence or a list item, as a slide title, a sub-head
 * or a lead-in ending with a colon) and the text's first line (a headline, a question too). A
 * clause that names a measure only in part ("2022年：召回204次" under "为什么…汽车召回数量暴增？") is
 * read with them; see Matcher.judgeReferenced.
 */
export function topicsOf(text: string, sentenceStart: number): string[] {
  const out: string[] = [];
  const from = Math.max(0, sentenceStart - HEADING_SCAN);
  // A paragraph's short opening sentence sets its topic ("3/10 Group standards are the fast lane.
  // Social organisations had published 74,240 …"), nearer than any heading.
  // (Within the scan only: a text of one long line has neither a paragraph start nor a heading near.)
  const paragraphStart = lineStartWithin(text, sentenceStart, sentenceStart - from) ?? -1;
  if (paragraphStart >= from && paragraphStart < sentenceStart) {
    const opening = FIRST_SENTENCE_RE.exec(text.slice(paragraphStart, sentenceStart))?.[0].trim();
    if (opening && opening.length <= TOPIC_SENTENCE_MAX && /[.。!！?？]$/.test(opening)) out.push(opening);
  }
  let end = paragraphStart - 1;
  while (end > from) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end).trim();
    if (
      line &&
      line.length <= HEADING_MAX &&
      !NOT_HEADING_END_RE.test(line) &&
      !LIST_ITEM_RE.test(line) &&
      !isDataLine(line)
    ) {
      out.push(line);
      break;
    }
    end = start - 1;
  }
  const headline = headlineBefore(text, sentenceStart);
  if (headline && !out.includes(headline)) out.push(headline);
  return out;
}

/**
 * A line of data, not a heading: a year's values, "2022年：204次；448.8萬輛" over the next year's line
 * (the points of a chart under its caption, which is their heading).
 */
const DATA_LINE_RE = /^(?:19|20)\d{2}\s*年?\s*[:：]\s*[<>≈~]?\s*\d/;
function isDataLine(line: string): boolean {
  return DATA_LINE_RE.test(line);
}

/** How far above a list item its lead-in line is looked for. */
const LEAD_IN_SCAN = 3000;
/** The longest line read as a list item. */
const ITEM_LINE_MAX = 300;
/** The quote marks of an email reply ("> "), which stand before a quoted draft's lines. */
const QUOTE_MARKS_RE = /^(?:>\s?)+/;
/**
 * An "Indicator: value" line ("Testing institutions: over 54,000", "认证机构：1230家"): an item too,
 * with a note after a comma as well ("制造业产品质量合格率：93.65%，较上年提高0.38个百分点").
 */
const LABEL_ITEM_RE =
  /^[^:：.。!！?？\n]{1,60}[:：]\s*[<>≈~]?\s*(?:[A-Za-z]+\s+|[约約近逾超过過]{1,2}){0,2}\d[\d.,]*\s*[^\s.。!！?？;；,，]{0,12}(?:[,，]\s*[^\n。!！?？]{1,40})?(?:\s*[(（][^)）\n]{0,40}[)）])?\s*$/;

/**
 * The line that introduces the list a number's line is an item of: the nearest line above that
 * is not an item or blank, when it ends with a colon or is a heading (short, no sentence). Its
 * date is the items' date ("…recalls in 2025, based on the annual notice:" over "- OTA recalls:
 * 19 campaigns", "SIDEBAR - HOW CHINA CHECKS ITS PRODUCTS (end-2024)" over "Accredited bodies:
 * 19,510"). Undefined for a number whose line is no list item.
 */
export function leadInAbove(text: string, at: number): string | undefined {
  // (An item is a short line: a longer one, or a text on one line, has no lead-in.)
  const lineStart = lineStartWithin(text, at, ITEM_LINE_MAX);
  const lineEnd = lineEndWithin(text, at, ITEM_LINE_MAX);
  if (lineStart === undefined || lineEnd === undefined || !isListItem(text.slice(lineStart, lineEnd)))
    return undefined;
  const from = Math.max(0, lineStart - LEAD_IN_SCAN);
  let end = lineStart - 1;
  while (end > from) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end).trim().replace(QUOTE_MARKS_RE, '');
    // (A box's title may wear a bullet of its own: "■數字看質量（2023年）" over its items.)
    if (line && (!isListItem(line) || BOX_TITLE_RE.test(line)))
      // (A heading names no value of its own: "2024 for comparison: 238 recalls / 11.24m vehicles"
      // is a line of data, not the items' heading.)
      return LEAD_IN_END_RE.test(line) ||
        (line.length <= HEADING_MAX && !NOT_HEADING_END_RE.test(line) && extractFigures(line).length === 0)
        ? line
        : undefined;
    end = start - 1;
  }
  return undefined;
}

/** A box's title: a box mark, words and at most a year in brackets, no value. */
const BOX_TITLE_RE = /^[■□▌▍◆◇●]\s*[^\d:：]{1,30}(?:[(（](?:19|20)\d{2}\s*年?[)）])?$/;

/** A line that is an item of a list: a bullet, a numbered item, an "Indicator: value" line. */
export function isListItem(line: string): boolean {
  const trimmed = line.trimStart().replace(QUOTE_MARKS_RE, '');
  return opensListItem(trimmed) || LABEL_ITEM_RE.test(trimmed);
}

/** What may stand on a line beside a number that heads an item: a list marker or heading mark, a hedge. */
const ALONE_BEFORE_RE = new RegExp(
  `^[\\s#>${BULLETS}–—]*(?:(?:\\d{1,2}|[一二三四五六七八九十]{1,3})[.)、]\\s*)?(?:(?:about|nearly|almost|over|more than|some|roughly|around|约|約|近|超过|超過|逾|超)\\s*)?$`,
  'i',
);
const ALONE_AFTER_RE = /^[\s:：*]*$/;
/** The longest line a number may stand alone on (its bullet, its hedge and itself). */
const ALONE_LINE_MAX = 80;
/** The first sentence of a line. */
const FIRST_SENTENCE_RE = /^[^\n]*?(?:[.。!！?？](?=\s|$)|$)/;

/**
 * The caption of a number that stands alone on its line ("1. 93.93%" over "The manufacturing
 * product quality pass rate at the end of 2024, …"): the first sentence of the next line that has
 * text, which says what the number is. Undefined for a number with words of its own on its line.
 */
export function captionBelow(text: string, start: number, end: number): string | undefined {
  // (A number alone on its line has a short line: found within reach, or it is no such number.)
  const lineStart = lineStartWithin(text, start, ALONE_LINE_MAX);
  let lineEnd = lineEndWithin(text, end, ALONE_LINE_MAX) ?? -1;
  if (lineStart === undefined || lineEnd === -1 || lineEnd === text.length) return undefined;
  if (!ALONE_BEFORE_RE.test(text.slice(lineStart, start)) || !ALONE_AFTER_RE.test(text.slice(end, lineEnd)))
    return undefined;
  // (The caption follows at once, or after one blank line.)
  for (let tries = 0; tries < 2; tries++) {
    const next = text.indexOf('\n', lineEnd + 1);
    const line = text.slice(lineEnd + 1, next === -1 ? undefined : next).trim();
    if (line) return FIRST_SENTENCE_RE.exec(line)?.[0];
    if (next === -1) return undefined;
    lineEnd = next;
  }
  return undefined;
}

/** How many lines above a number its question may stand (a quiz's question over the teams' answers). */
const QUESTION_LINES = 4;
/** The longest line read as a question a number answers. */
const QUESTION_MAX = 300;
/** The longest line read as an answer to a question above it. */
const ANSWER_LINE_MAX = 2000;
/**
 * A line that asks ("… in 2024?", "…有多少家？"), closing quotes or brackets allowed after the mark,
 * or an exam item's blank ("…合格率为（  ）。", "…涉及车辆______万辆。").
 */
const QUESTION_END_RE = /[?？]["'”’)）]*$|[（(][\s\u3000]*[)）][^\d（(]{0,6}$|_{3,}[^\d_]{0,6}$/;

/** Whether a line asks: a question mark, or an exam item's blank to fill. */
export function asksQuestion(line: string): boolean {
  return QUESTION_END_RE.test(line);
}
/** A line that gives an answer: "A:", "Answer:", "答：". May follow its question after a blank line. */
const ANSWER_LABEL_RE = /^\s*(?:A\d{0,2}|Ans(?:wer)?s?|答(?:复|覆)?)\s*[:：.]/i;

/** A line that opens a numbered item: "4.", "(2)", "Q3.", "二、". */
const NUMBERED_ITEM_RE = /^(?:Q?\d{1,2}[.)、:：]|[(（]\d{1,2}[)）]|[一二三四五六七八九十]{1,3}、)/i;

/**
 * The question a number's line answers, in a quiz, an FAQ or a Q&A ("Q1. How many vehicle recalls
 * were carried out in 2024?" over "Answer: 233" and "Calibrators: 223 | Rebels: 233"): the nearest
 * line above that asks, within the number's block of lines (or one blank line above a line that
 * opens with an answer's label). The question names the measure and its date; the answer only the
 * value. Undefined when no such line is there, or the number's own line asks.
 */
export function questionAbove(text: string, at: number): string | undefined {
  // (The number's own line is read within reach: an answer is no page-long line, and a text of one
  // long line is not read whole for each of its numbers.)
  const lineStart = lineStartWithin(text, at, ANSWER_LINE_MAX);
  const lineEnd = lineEndWithin(text, at, ANSWER_LINE_MAX);
  if (lineStart === undefined || lineEnd === undefined) return undefined;
  const own = text.slice(lineStart, lineEnd).trim();
  // (A numbered item is an item of its own, not the answer to the item above: "3. 计算：…是多少？"
  // over "4. 小组活动：全班分成6组".)
  if (QUESTION_END_RE.test(own) || NUMBERED_ITEM_RE.test(own)) return undefined;
  const answers = ANSWER_LABEL_RE.test(own);
  let end = lineStart - 1;
  for (let lines = 0; lines < QUESTION_LINES && end > 0; lines++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end).trim();
    if (!line) {
      // (A blank line ends the block, unless it only parts an answer from its question.)
      if (!(answers && lines === 0)) return undefined;
    } else if (QUESTION_END_RE.test(line)) {
      return line.length <= QUESTION_MAX ? line : undefined;
    }
    end = start - 1;
  }
  return undefined;
}

/**
 * The last two sentences before `at`, across blank lines only (a paragraph break), of one
 * paragraph: the last, then the one before it ('' where there is none).
 */
function lastSentencesBefore(
  text: string,
  at: number,
  bounds: readonly number[],
  i: number,
): [string, string] {
  const found: string[] = [];
  let after = at;
  for (let j = i - 1; j >= 0 && j >= i - 5 && found.length < 2; j--) {
    const start = bounds[j]!;
    const end = bounds[j + 1] ?? at;
    const sentence = text.slice(start, end).trim();
    if (!sentence) continue;
    // (The first must end where the blank lines begin; the second must be of its paragraph.)
    const between = text.slice(end, after);
    if (sentence.includes('\n') || (found.length === 0 ? between.trim() : between.includes('\n'))) break;
    found.push(sentence);
    after = start;
  }
  return [found[0] ?? '', found[1] ?? ''];
}

function upperBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Words that may follow a number without being what it counts ("35 more", "7.6 million in 2025"). */
const NOT_A_NOUN = new Set(
  'a an the of in at on by to and or but more each per ones last this that these those than from for with as was were is are be been had has have had over about up down year years yuan percent per cent times fold in all total respectively both so far such its their'.split(
    ' ',
  ),
);

/**
 * True when an English number is directly followed by a noun of its own ("1,450 samples"): then the
 * clause says what it counts, and no earlier measure should be lent to it.
 */
export function countsItsOwnNoun(text: string, numberEnd: number): boolean {
  return nounAfter(text, numberEnd) !== undefined;
}

/**
 * The noun an English number is directly followed by ("1,450 samples", "35 new standards"), lower
 * case, if any: what the number counts. An adjective is passed over to the word it describes; "35
 * new ones" leaves the noun to the sentence before.
 */
export function nounAfter(text: string, numberEnd: number): string | undefined {
  const words = /^\s+([A-Za-z][A-Za-z-]*)(?:\s+([A-Za-z][A-Za-z-]*))?/.exec(
    text.slice(numberEnd, numberEnd + 40),
  );
  if (!words) return undefined;
  const first = words[1]!.toLowerCase();
  const word = ADJECTIVES.has(first) && words[2] ? words[2].toLowerCase() : first;
  return NOT_A_NOUN.has(word) ? undefined : word;
}

/** Whether a word may stand inside the noun phrase after a number (not "of", "in", "was", …). */
export function isNounPhraseWord(word: string): boolean {
  return !NOT_A_NOUN.has(word);
}

/** Adjectives written between a number and its noun. */
const ADJECTIVES = new Set(['new', 'additional', 'further', 'other', 'more', 'extra']);
