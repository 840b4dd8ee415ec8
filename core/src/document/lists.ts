/**
 * Lists that pair items with values in order: "Jiangsu, Zhejiang and Anhui had 1,203, 987 and 640
 * respectively", "国家标准和行业标准分别为44499项和80828项", and "…实施汽车召回214次，涉及车辆672.8万辆，
 * 分别比上年增长4.9%和49.9%" (the items are the clauses of the earlier figures). Each value is then
 * read with its own item, the other items masked, so that a region keeps its own scope and a swapped
 * pair can be told from a right one.
 */
import { z } from 'zod';
import type { Mention } from '../extract/extract.ts';
import { CJK_CHAR, hasChinese } from '../rules/scripts.ts';
import { parseWordList } from './lexicon.ts';
import { YEAR_RE } from './context.ts';
import listHeadWords from '../../../data/lexicon/list-heads.json' with { type: 'json' };

const ListHeadsSchema = z
  .object({
    $comment: z.string().optional(),
    zh: z.array(z.string().min(1)),
    en: z.array(z.string().min(1)),
  })
  .strict();
let listHeads: { zh: readonly string[]; en: readonly string[] } | undefined;
function headsOfLists(): { zh: readonly string[]; en: readonly string[] } {
  listHeads ??= parseWordList(ListHeadsSchema, listHeadWords, 'data/lexicon/list-heads.json');
  return listHeads;
}

/**
 * A list's items with the head noun written once after the last one given to every item
 * ("发动机以及仪表、照明及附属装置缺陷" → 发动机缺陷, 仪表、照明及附属装置缺陷; "Steering-system and engine
 * defects" → steering-system defects, engine defects).
 */
function withSharedHead(items: string[]): string[] {
  const last = items[items.length - 1];
  if (!last) return items;
  const zh = headsOfLists().zh.find((h) => last.endsWith(h) && last.length > h.length);
  if (zh) return items.map((item) => (item.endsWith(zh) ? item : `${item}${zh}`));
  const lower = last.toLowerCase();
  const en = headsOfLists().en.find((h) => lower.endsWith(` ${h}`));
  // (Not an item with a plural noun of its own: "toys and children's products" keeps "toys".)
  return en
    ? items.map((item) => (item.toLowerCase().endsWith(en) || /s$/i.test(item) ? item : `${item} ${en}`))
    : items;
}

/** One value of a list: its item, and the items of the other values (to be masked). */
export interface ListMember {
  item: string;
  others: string[];
  /**
   * Every item as written, in order: where a shared head noun was added to an item ("Design" for
   * "Design defects"), the other items' written forms are masked too.
   */
  written: string[];
  /** Indexes (into the mentions given) of every value of the list, in order. */
  members: number[];
  position: number;
  /**
   * Whether the other items are masked: yes for items written as a list ("Jiangsu, Zhejiang and
   * Anhui"), no for items that are clauses of earlier figures, whose words (汽车召回) all share.
   */
  mask: boolean;
  /** Words the values share ("分别比上年增长", "were … respectively"): read with every value. */
  shared: string;
  /**
   * A second list in the shared words, one part per value in order ([] for none): the parts of the
   * other values are masked too, as "召回699次，涉及产品612.8万件，分别占召回总次数和召回总数量的58.8%和90.7%"
   * pairs 58.8% with 总次数 only.
   */
  sharedItems: string[];
}

/** After the values in English ("… 987 and 640 respectively"), before them in Chinese (分别为 …). */
const CUE_AFTER_RE = /\b(?:respectively|in that order)\b/gi;
const CUE_BEFORE_RE = /分[别別]|依次/g;
/** Any word that pairs values with items, English or Chinese (simplified or traditional). */
const LIST_CUE_RE = /respectively|in that order|分[别別]|依次/i;
/**
 * Two values that end their sentence after a verb that states them, "…for life services and public
 * services were 81.43 and 81.30.": the order is the items', as if "respectively" were written.
 * (Its end is the cue's place; the items are found before the values, as for "respectively".)
 */
const IMPLICIT_CUE_RE =
  /\b(?:were|are|stood at|came to|totall?ed|reached)\s+(?:about\s+|nearly\s+|more than\s+)?\d(?:[\d.,]*\d)?\s*(?:%|per ?cent|percent)?\s+and\s+(?:about\s+|nearly\s+|more than\s+)?\d(?:[\d.,]*\d)?\s*(?:%|per ?cent|percent)?(?=\s*(?:[.;]|$))/gi;
const ANY_IMPLICIT_CUE_RE = new RegExp(IMPLICIT_CUE_RE.source, 'i');
/** What may stand between two values of one list: a separator, perhaps with a unit or a hedge. */
const GAP_RE = /^[^\d。.!?；;]{0,14}$/;
/** Between the last value and "respectively", or 分别 and the first value: a few words at most. */
const CUE_GAP_RE = /^[^\d。.!?；;]{0,30}$/;
const GAP_SEPARATOR_RE = /,|，|、|\band\b|和|与|及|以及|;|；/;
/** The separators that only join items, never the words of one: commas, "and", 、, 和. */
const MAIN_ITEM_SPLIT_RE = /\s*,\s*(?:and\s+)?|\s+and\s+|、|和/;
/** Items of a list written out: split at commas, "and", 、, 和, 与, 及. */
const ITEM_SPLIT_RE = new RegExp(`${MAIN_ITEM_SPLIT_RE.source}|与|與|及|以及`);
/** The verb after a list's last item ("… and Hubei had", "… and Hubei followed with"). */
const ITEM_PREDICATE_RE =
  /\s+(?:had|have|has|were|was|are|is|followed|recorded|reported|saw|posted|came|stood|reached|totall?ed|numbered|registered|accounted|published|issued|with|led)\b.*$/s;
/** Where a list of items begins: after the clause before it. */
const CLAUSE_BREAK_RE = new RegExp(String.raw`[，；;:：。]|,\s(?=[a-z]+\s)|,(?=\s?[${CJK_CHAR}])`, 'g');
/** CLAUSE_BREAK_RE without the comma before a lower-case word, which may join an enumeration. */
const STRONG_BREAK_RE = new RegExp(String.raw`[，；;:：。]|,(?=\s?[${CJK_CHAR}])`, 'g');

/** The shortest piece of an item masked on its own. */
const ITEM_PIECE_MIN = 2;

/**
 * An item's words joined inside it ("仪表、照明及附属装置缺陷" → 仪表, 照明, 附属装置缺陷): a number's
 * clause may begin inside another item, so its pieces are masked too, except those `own` has.
 */
export function piecesOf(item: string, own: string): string[] {
  const pieces = item.split(ITEM_SPLIT_RE).map((p) => p.trim());
  return pieces.length < 2 ? [] : pieces.filter((p) => p.length >= ITEM_PIECE_MIN && !own.includes(p));
}

/** Whether `text` has a word that pairs values with items: without one there is no list. */
export function hasListCue(text: string): boolean {
  return LIST_CUE_RE.test(text) || ANY_IMPLICIT_CUE_RE.test(text);
}

/** The list members among `mentions` (all of one text), by mention index. */
export function findLists(text: string, mentions: readonly Mention[]): Map<number, ListMember> {
  const out = new Map<number, ListMember>();
  if (!hasListCue(text)) return out;
  let i = 0;
  while (i < mentions.length) {
    // Mentions of one sentence.
    const start = mentions[i]!.contextStart;
    let j = i;
    while (j < mentions.length && mentions[j]!.contextStart === start) j++;
    readSentence(text, mentions, i, j, out);
    i = j;
  }
  return out;
}

function readSentence(
  text: string,
  mentions: readonly Mention[],
  from: number,
  to: number,
  out: Map<number, ListMember>,
): void {
  if (to - from < 2) return;
  const first = mentions[from]!;
  const sentence = text.slice(first.contextStart, first.contextEnd);
  // (An implicit cue stands where its values end, and has no word of its own.)
  const cues = [
    ...[...sentence.matchAll(CUE_AFTER_RE), ...sentence.matchAll(CUE_BEFORE_RE)].map((m) => ({
      index: m.index,
      word: m[0],
      implicit: false,
    })),
    ...[...sentence.matchAll(IMPLICIT_CUE_RE)].map((m) => ({
      index: m.index + m[0].length,
      word: '',
      implicit: true,
    })),
  ];
  for (const cue of cues) {
    const at = first.contextStart + cue.index;
    // The Chinese cues (分别, 依次) stand before their values; the English ones after.
    const after = /^[分依]/.test(cue.word);
    const run = after
      ? runAfter(text, mentions, from, to, at + cue.word.length)
      : runBefore(text, mentions, from, to, at);
    if (run.length < 2) continue;
    // (An implicit cue pairs values that open their sentence's numbers with items named before them.)
    if (cue.implicit && run[0] !== from) continue;
    const found =
      (after ? undefined : itemsAfterCue(text, at + cue.word.length, run.length, first.contextStart)) ??
      itemsOf(text, mentions, from, run, after ? at : mentions[run[0]!]!.start);
    if (!found) continue;
    const { items, mask } = found;
    const firstValue = mentions[run[0]!]!;
    const lastValue = mentions[run[run.length - 1]!]!;
    const shared = after
      ? text.slice(at, firstValue.start)
      : `${text.slice(found.regionEnd, firstValue.start)} ${text.slice(lastValue.end, at + cue.word.length)}`;
    const parallel = after ? parallelParts(shared, run.length) : undefined;
    run.forEach((index, position) => {
      out.set(index, {
        item: items[position]!,
        others: items.filter((_, k) => k !== position),
        written: found.written ?? items,
        members: run,
        position,
        mask,
        shared,
        sharedItems: parallel ?? [],
      });
    });
  }
}

/** The shortest part of a second list read as one ("总次数"). */
const PARALLEL_PART_MIN = 2;

/**
 * The words after a Chinese cue as a second list, one part per value ("分别占召回总次数和召回总数量的"
 * → 占召回总次数, 召回总数量), or undefined when they do not split into as many parts.
 */
function parallelParts(shared: string, values: number): string[] | undefined {
  // (A verb before the parts, 占, is every part's: "占召回总次数和召回总数量的".)
  const words = shared
    .replace(CUE_BEFORE_RE, '')
    .replace(/^\s*[占佔为為是达達]/, '')
    .replace(/[的为為是达達]+\s*$/, '');
  const parts = words.split(ITEM_SPLIT_RE).map((p) => p.trim());
  return parts.length === values && parts.every((p) => p.length >= PARALLEL_PART_MIN) ? parts : undefined;
}

/** Consecutive values starting right after a Chinese cue. */
function runAfter(
  text: string,
  mentions: readonly Mention[],
  from: number,
  to: number,
  cueEnd: number,
): number[] {
  let k = from;
  while (k < to && mentions[k]!.start < cueEnd) k++;
  if (k >= to || !CUE_GAP_RE.test(text.slice(cueEnd, mentions[k]!.start))) return [];
  return extend(text, mentions, k, to);
}

/** Consecutive values ending right before an English cue. */
function runBefore(
  text: string,
  mentions: readonly Mention[],
  from: number,
  to: number,
  cueStart: number,
): number[] {
  let k = to - 1;
  while (k >= from && mentions[k]!.end > cueStart) k--;
  if (k < from || !CUE_GAP_RE.test(text.slice(mentions[k]!.end, cueStart))) return [];
  let s = k;
  while (s > from && isGap(text.slice(mentions[s - 1]!.end, mentions[s]!.start))) s--;
  return range(s, k + 1);
}

function extend(text: string, mentions: readonly Mention[], k: number, to: number): number[] {
  let e = k;
  while (e + 1 < to && isGap(text.slice(mentions[e]!.end, mentions[e + 1]!.start))) e++;
  return range(k, e + 1);
}

function isGap(between: string): boolean {
  return GAP_RE.test(between) && GAP_SEPARATOR_RE.test(between) && LIST_GAP_RE.test(between.trim());
}

/**
 * Between two values of one list only a unit, a separator and a hedge: "1,203, 987 and 640",
 * "134.7万辆及229.4万辆", "8.9% and 67%". A gap with words of its own ("辆，前者占总数的") ends the list.
 */
const LIST_GAP_RE = new RegExp(
  String.raw`^(?:[A-Za-z%-]+\s*|[${CJK_CHAR}])?(?:,|;|，|、|；|\band\b|\bor\b|和|与|與|及|以及)\s*(?:and\s+)?(?:about|nearly|more than|over|some|近|约|約|超过|超過|逾)?$`,
);

/** Items written after the cue: "… 17, 6, 19 and 13 respectively in 2022, 2023, 2024 and 2025". */
const ITEMS_AFTER_CUE_RE = /^\s+(?:in|for|at|during|among)\s+([^.;:!?\n]{1,160})/;
/** The longest item written after the cue. */
const MAX_ITEM_AFTER = 30;

function itemsAfterCue(
  text: string,
  cueEnd: number,
  k: number,
  sentenceStart: number,
): { items: string[]; written?: string[]; mask: boolean; regionEnd: number } | undefined {
  const span = ITEMS_AFTER_CUE_RE.exec(text.slice(cueEnd, cueEnd + 200))?.[1];
  if (!span) return undefined;
  // (Up to the item after "and": "2024 and 2025, so a few …" ends at 2025.)
  const last = new RegExp(`^((?:[^,]+,\\s*){${k - 2}}[^,]+?\\s*,?\\s+and\\s+[^,]+)`).exec(span)?.[1];
  if (!last) return undefined;
  const items = last.split(MAIN_ITEM_SPLIT_RE).map((x) => x.trim());
  if (items.length !== k || items.some((x) => !x || x.length > MAX_ITEM_AFTER)) return undefined;
  // (What the values share is then the whole clause before them: "OTA campaigns numbered".)
  return { items, mask: true, regionEnd: sentenceStart };
}

function range(a: number, b: number): number[] {
  const out: number[] = [];
  for (let x = a; x < b; x++) out.push(x);
  return out;
}

/**
 * The items of a run of values: the clauses of as many earlier figures of the sentence when there
 * are (分别比上年增长…), else the list written just before the values (or the cue).
 */
function itemsOf(
  text: string,
  mentions: readonly Mention[],
  from: number,
  run: readonly number[],
  regionEnd: number,
): { items: string[]; written?: string[]; mask: boolean; regionEnd: number } | undefined {
  const k = run.length;
  const earlier = range(from, run[0]!).filter((x) => mentions[x]!.end <= regionEnd);
  // (Not when the cue's own clause lists exactly as many items itself: "…寫成286家，更把部門規章和
  // 規範性文件數目分別寫成24個和17個" pairs 24 and 17 with the rules and the documents.)
  const ownClause = text.slice(
    Math.max(lastBreak(text, mentions[from]!.contextStart, regionEnd), mentions[run[0]! - 1]?.end ?? 0),
    regionEnd,
  );
  const listedHere = earlier.length >= k && splitItems(ownClause, k).length === k;
  if (earlier.length >= k && !listedHere) {
    const own = earlier.slice(-k);
    const english = !hasChinese(text.slice(mentions[own[0]!]!.contextStart, regionEnd));
    const items = own.map((x, t) => {
      const m = mentions[x]!;
      const clauseStart = Math.max(m.localStart, lastBreak(text, m.contextStart, m.start));
      if (!english) return text.slice(clauseStart, m.end);
      // "classed 5,784 national standards as strongly implemented and 2,772 as weakly implemented,
      // 6.3 per cent and 13.1 per cent … respectively": an English item's words may follow its
      // number, up to the next item; and an item begins after the "and" that ends the one before.
      const next = t + 1 < own.length ? mentions[own[t + 1]!]!.start : mentions[run[0]!]!.start;
      const words = CLAUSE_WORDS_RE.exec(text.slice(m.end, next))![0];
      const after = ITEM_WORDS_AFTER_RE.exec(words)?.[0] ?? '';
      const before = text.slice(clauseStart, m.start);
      const joined = t > 0 ? lastJoin(before) : 0;
      return text.slice(clauseStart + joined, m.end) + after.replace(TRAILING_JOIN_RE, '');
    });
    return { items, mask: false, regionEnd };
  }
  const sentenceStart = mentions[from]!.contextStart;
  const regionStart = Math.max(
    lastBreak(text, sentenceStart, regionEnd),
    earlier.length ? mentions[earlier.at(-1)!]!.end : 0,
  );
  let region = text.slice(regionStart, regionEnd);
  // "In 2023 and 2024, NEV recalls involved 4.49mn and 1.6mn vehicles respectively": after the
  // items, a clause of its own (subject and verb, no "and") is what the values share, no item.
  const comma = region.lastIndexOf(', ');
  const tail = comma >= 0 ? region.slice(comma + 2).trim() : '';
  if (tail && !/\band\b/.test(tail) && SUBJECT_VERB_RE.test(tail)) {
    const head = splitItems(region.slice(0, comma));
    if (head.length >= k) region = region.slice(0, comma);
  }
  let parts = splitItems(region, k);
  // "Engine defects and faults in instruments, lighting and related parts accounted for 18.1% and
  // 19.7%, respectively": the comma before "lighting" joins the object of a preposition, not two
  // items; read from the clause's real start, the enumeration after "in" is one item's.
  const wide = PREPOSITION_LIST_BEFORE_RE.test(
    text.slice(Math.max(sentenceStart, regionStart - PREPOSITION_SPAN), regionStart),
  )
    ? prepositionalItems(
        text.slice(lastBreak(text, sentenceStart, regionStart, STRONG_BREAK_RE), regionEnd),
        k,
      )
    : undefined;
  if (wide) parts = wide;
  // "2022年、2023年和2024年，汽车召回次数分别是204次、214次和233次": the items are the clause before
  // the one the cue stands in, when they are exactly as many as the values.
  if (parts.length < k && regionStart > sentenceStart) {
    const before = text
      .slice(lastBreak(text, sentenceStart, regionStart - 1), regionStart)
      .replace(TRAILING_BREAK_RE, '');
    const earlierParts = splitItems(before, k);
    if (earlierParts.length === k) parts = earlierParts;
  }
  if (parts.length < k) {
    // "…2022年448.8万辆，2023年672.8万辆，2024年1123.7万辆。召回次数分别是204次、214次和233次": the
    // years of the sentence before, as many as the values and in order, are the items.
    const years = yearsOfSentenceBefore(text, sentenceStart, k);
    return years ? { items: years, mask: false, regionEnd } : undefined;
  }
  const listed = parts.slice(-k);
  // "Sichuan, Anhui and Hubei followed with 9,242, …": the last item ends where its verb begins.
  listed[k - 1] = listed[k - 1]!.replace(ITEM_PREDICATE_RE, '');
  // (The items as written are kept for masking: "Design defects" is not in the text, "Design" is.)
  return { items: withSharedHead(listed), written: listed, mask: true, regionEnd };
}

function splitItems(region: string, k = 0): string[] {
  const split = (re: RegExp) =>
    region
      .split(re)
      .map((p) => p.trim())
      .filter((p) => p.length > 0);
  // "认证机构和审定与核查机构分别为…": 与 and 及 may join the words of one item; when the main
  // separators alone give as many items as values, they are the items.
  // (以及 joins larger parts than 、 and 和: "发动机以及仪表、照明及附属装置" is two items.)
  const top = k > 0 && region.includes('以及') ? split(/以及/) : [];
  if (k > 0 && top.length === k) return top;
  const main = k > 0 ? split(MAIN_ITEM_SPLIT_RE) : [];
  return k > 0 && main.length === k ? main : split(ITEM_SPLIT_RE);
}

/** A comma right after a preposition's object: the enumeration it starts may be inside one item. */
const PREPOSITION_LIST_BEFORE_RE = /\b(?:in|of|for|with|from|on)\s+[\w-]+(?:\s+[\w-]+)?,\s$/;
/** How far before a list's region PREPOSITION_LIST_BEFORE_RE reads. */
const PREPOSITION_SPAN = 40;
const SEPARATOR_KEPT_RE = new RegExp(`(${MAIN_ITEM_SPLIT_RE.source})`);
/** A preposition inside an item: the pieces after it are its object's, not items of their own. */
const PREPOSITION_RE = /\s(?:in|of|for|with|from|on)\s/;

/**
 * The items of `region` when an item's prepositional object is itself an enumeration ("faults in
 * instruments, lighting and related parts"): the pieces after an item with a preposition join it.
 * Undefined unless that gives exactly `k` items.
 */
function prepositionalItems(region: string, k: number): string[] | undefined {
  const items: string[] = [];
  let open = false;
  // (Split with the separators kept, so that a joined item reads as written.)
  const pieces = region.split(SEPARATOR_KEPT_RE);
  for (let i = 0; i < pieces.length; i += 2) {
    const p = pieces[i]!.trim();
    if (!p) continue;
    if (open && items.length > 0) items[items.length - 1] += `${pieces[i - 1] ?? ' '}${p}`;
    else items.push(p);
    if (PREPOSITION_RE.test(` ${p} `)) open = true;
  }
  return items.length === k ? items : undefined;
}

/**
 * The words that qualify an English item after its number, up to a clause break: from a preposition
 * on ("5,784 national standards as strongly implemented"), not the number's own noun ("73 campaigns",
 * which counts what the item's number counts, not what the values do).
 */
const ITEM_WORDS_AFTER_RE = /\s(?:as|for|with|under|in|from|by|on)\s[^,;:.!?()]*/;
/** The words after a number up to a clause break. */
const CLAUSE_WORDS_RE = /^[^,;:.!?()]*/;
/** What ends one English item before the next: "and", a comma. */
const ITEM_JOIN_RE = /\band\b|,/gi;
/** An "and" (or "or") that closes the words after an item's number. */
const TRAILING_JOIN_RE = /\s+(?:and|or)\s*$/i;
/** Offset just after the last "and" or comma in an item's words before its number, or 0. */
function lastJoin(before: string): number {
  let at = 0;
  for (const m of before.matchAll(ITEM_JOIN_RE)) at = m.index + m[0].length;
  return at;
}

/** How far back the sentence before a list is read for its years. */
const SENTENCE_BEFORE_SPAN = 240;
/** Where a sentence ends, to find the one before a list. */
const SENTENCE_END_RE = /[。！？!?]|\.\s|\n/g;

/**
 * The years the sentence before names, when they are exactly `k`, distinct and in order, written
 * as items a period is read from ("2022年", "in 2022").
 */
function yearsOfSentenceBefore(text: string, sentenceStart: number, k: number): string[] | undefined {
  const span = text.slice(Math.max(0, sentenceStart - SENTENCE_BEFORE_SPAN), sentenceStart).trimEnd();
  let from = 0;
  // (The last sentence end before the span's own closing one starts the sentence before.)
  for (const m of span.slice(0, -1).matchAll(SENTENCE_END_RE)) from = m.index + m[0].length;
  const years = [...span.slice(from).matchAll(YEAR_RE)].map((m) => Number(m[0]));
  if (years.length !== k || years.some((y, i) => i > 0 && y <= years[i - 1]!)) return undefined;
  return years.map((y) => (hasChinese(span) ? `${y}年` : `in ${y}`));
}

/** The clause break a clause ends with. */
const TRAILING_BREAK_RE = /[\s,，;；:：]+$/;

/** A subject and its verb: "NEV recalls involved", "the two provinces had". */
const SUBJECT_VERB_RE =
  /^\S+(?:\s+\S+){0,4}\s+(?:had|have|has|were|was|are|is|recorded|reported|saw|posted|reached|totall?ed|numbered|registered|involved|covered|accounted for|published|issued|stood at)$/;

/** Offset just after the last clause break in [from, to), or `from`. */
function lastBreak(text: string, from: number, to: number, breaks: RegExp = CLAUSE_BREAK_RE): number {
  let at = from;
  const span = text.slice(from, to);
  for (const m of span.matchAll(breaks)) at = from + m.index + m[0].length;
  return at;
}
