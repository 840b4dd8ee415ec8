/**
 * Decides how clearly the words around a number name a figure's measure. Exact keyword
 * tokens are looked up directly; other words are matched fuzzily (fuse.js) against the set's
 * keyword vocabulary, so "standardisation" or "benchmarcks" still count. The vocabulary index
 * is built once per figure set and each distinct word is resolved once.
 */
import Fuse from 'fuse.js';
import { seriesKey, type SourcedFigure } from '../set/figure-set.ts';
import { normalizeScope, scopeWords, scopeWordsOf, tokenize } from '../document/context.ts';
import { CJK_RE, foldChinese } from '../extract/chinese.ts';
import { chineseVariants, lexicon, scopeWordList } from '../document/lexicon.ts';
import { escapeRegExp } from '../extract/lexicon.ts';
import { PairAlphabet } from './char-pairs.ts';
import { ZH_CLASSIFIER_CHARS } from '../rules/chinese-units.ts';
import { addBit, bitIndexes, emptyBits, hasBit, orInto, type FigureBits } from './figure-bits.ts';

/** How clearly a context names a figure: 2 = a whole keyword phrase next to the number. */
type ContextStrength = 0 | 1 | 2;

export interface ContextMatch {
  strength: ContextStrength;
  /** The keyword that matched, for explanations. */
  keyword?: string;
  /** Tokens in the best phrase; longer is more specific. */
  specificity: number;
  /** The best phrase was found next to the number with one of its words missing. */
  partial?: true;
}

interface FigureTerms {
  /** The figure's bit in FigureBits (its index in the set). */
  bit: number;
  /**
   * Figures whose words are the same (mostly the dates of one series, see keywordsBySeries) are
   * named alike by any pair of windows: each such group is matched once per pair (see match).
   * Numbered among the groups of two or more figures; -1 for a figure whose words are its own.
   */
  group: number;
  /** Its phrases, each token also by vocabulary id (see ContextMatcher.wordIds). */
  phrases: { tokens: string[]; ids: number[]; text: string }[];
  /**
   * The phrases' ids end to end, and where each phrase ends in them: the matching loop reads
   * these for every candidate, without going through an object and an array per phrase.
   */
  phraseIds: Int32Array;
  phraseEnds: Int32Array;
  /**
   * 1 for a phrase written with a scope alias ("electric vehicle recalls"): it names its figure only
   * whole, never with a word missing, since the missing word may be the very one that sets the
   * scope apart.
   */
  phraseStrict: Uint8Array;
  /** For each phrase written with a scope alias, the alias's word ids (its scope, as written). */
  aliasIds: ReadonlyArray<readonly number[] | undefined>;
  /** Its Chinese keywords as the set writes them (its series'). */
  zhWritten: readonly string[];
  /**
   * Those keywords folded, and their ids (see ContextMatcher.keywordIds), once read (see
   * ContextMatcher.chineseOf). A field filled later, not a getter: an object with getters of its
   * own keeps its properties in a dictionary, and the matching loop reads these for every candidate.
   */
  zh: ChineseTerms | undefined;
  /** Scope words the figure itself carries (in its scope, measure or keywords). */
  scopes: Set<string>;
  /** Every distinct token of its phrases. */
  allTokens: string[];
  /** Tokens of its scope words ("henan"), by vocabulary id. */
  scopeIds: number[];
  /** For each scope phrase, in order: its tokens, then those of each alias (data/lexicon/scopes.json). */
  scopeTokenLists: string[][][];
  /** Its scopes as missingScopes reads them, once read (see ContextMatcher.scopeFormsOf). */
  scopeForms: ScopeForms[] | undefined;
}

/** A figure's folded Chinese keywords and their ids, in the same order. */
interface ChineseTerms {
  keywords: string[];
  ids: number[];
}

/**
 * Fuse options, chosen deliberately: a low threshold so only near-spellings match, no location
 * bias (a word is a word wherever the typo is), and scores so we can rank.
 */
const VOCABULARY_FUSE_OPTIONS = {
  threshold: 0.25,
  ignoreLocation: true,
  includeScore: true,
  isCaseSensitive: false,
  minMatchCharLength: 3,
  shouldSort: true,
} as const;

const MAX_MEMO = 50_000;

/** What most candidates get: nothing names them (shared, as matches are never changed). */
const NO_MATCH: ContextMatch = Object.freeze({ strength: 0, specificity: 0 });
const NO_KEYWORDS: string[] = [];
const NO_IDS: number[] = [];

export class ContextMatcher {
  private readonly terms = new Map<SourcedFigure, FigureTerms>();
  /**
   * Ids of the folded Chinese keywords: a window remembers which it holds in an array by id,
   * which costs far less than a map keyed by the keyword for every window.
   */
  private readonly keywordIds = new Map<string, number>();
  /**
   * Vocabulary words by id: a window's words are kept as bits too, and a phrase's tokens are
   * counted by testing bits instead of looking strings up in sets, candidate after candidate.
   */
  private readonly wordIds = new Map<string, number>();
  /** The figures by bit, for reading a FigureBits back. */
  private readonly byBit: SourcedFigure[] = [];
  private readonly vocabulary: Set<string>;
  /** One small fuse index per first letter: a misspelling rarely gets the first letter wrong. */
  private readonly fuseByInitial = new Map<string, Fuse<string>>();
  private readonly memo = new Map<string, string | null>();
  /** Each keyword phrase (its word ids, sorted) and the series whose figures have it, with their unit. */
  private readonly phraseOwners = new Map<string, Map<string, SourcedFigure['unit']>>();
  /** How many groups of two or more figures with the same words (FigureTerms.group). */
  private readonly groupCount: number;
  /** Inverted index: keyword token (by vocabulary id) -> figures using it. */
  private readonly figuresByWord: Array<FigureBits | undefined> = [];
  /** Vocabulary words by id (see wordIds). */
  private readonly vocabularyById: string[] = [];
  /** A window's token -> the vocabulary id it resolves to (-1 for none): see wordsOf. */
  private readonly idOfToken = new Map<string, number>();
  /** The Chinese keywords' character pairs, indexed when a Chinese text is first read. */
  private pairIndex: ChineseIndex | undefined;

  /**
   * A keyword found in a window, exactly or by most of its pairs, shares at least one of its
   * character pairs with it: every pair is indexed, so a Chinese clause reads only those figures.
   */
  get chineseIndex(): ChineseIndex {
    if (this.pairIndex) return this.pairIndex;
    const all = [...this.terms.values()];
    // (Reading every figure's keywords folds them and gives each its id.)
    const alphabet = new PairAlphabet(all.flatMap((terms) => this.chineseOf(terms).keywords));
    const figuresByPair = new Map<number, FigureBits>();
    for (const terms of all) {
      for (const pair of this.chineseOf(terms).keywords.flatMap((k) => alphabet.listOf(k))) {
        let bits = figuresByPair.get(pair);
        if (!bits) figuresByPair.set(pair, (bits = emptyBits(this.byBit.length)));
        addBit(bits, terms.bit);
      }
    }
    const pairsById: number[][] = [];
    for (const [keyword, id] of this.keywordIds) pairsById[id] = alphabet.listOf(keyword);
    this.pairIndex = { alphabet, figuresByPair, pairsById };
    return this.pairIndex;
  }

  constructor(figures: readonly SourcedFigure[]) {
    const vocabulary = new Set<string>();
    const tokenFigures = new Map<string, number[]>();
    const wordId = (t: string): number => {
      let id = this.wordIds.get(t);
      if (id === undefined) this.wordIds.set(t, (id = this.wordIds.size));
      return id;
    };
    const seriesKeywords = keywordsBySeries(figures);
    const groups = new Map<string, SourcedFigure[]>();
    for (const figure of figures) {
      // (A figure listed twice keeps its first bit.)
      const bit = this.terms.get(figure)?.bit ?? this.byBit.push(figure) - 1;
      const keywords = seriesKeywords.get(seriesKey(figure)) ?? figure.keywords;
      // A figure's scope names it as much as its keywords do: "nearly 20%" next to
      // "electrical machinery and equipment manufacturing" is that sector's share.
      const phrases = withScopeAliases(
        [...keywords.en, ...figure.scope.filter((s) => tokenize(s).length >= 2)]
          .map((text) => ({ text, tokens: headLast(tokenize(text)) }))
          .filter((p) => p.tokens.length > 0),
        figure.scope,
      ).map((p) => ({ ...p, ids: p.tokens.map(wordId) }));
      for (const p of phrases) {
        for (const t of p.tokens) vocabulary.add(t);
        const key = phraseKey(p.ids);
        const owners = this.phraseOwners.get(key) ?? new Map<string, SourcedFigure['unit']>();
        owners.set(seriesKey(figure), figure.unit);
        this.phraseOwners.set(key, owners);
      }
      for (const scope of figure.scope) for (const t of tokenize(scope)) vocabulary.add(t);
      const scopes = new Set<string>(figure.scope.map(normalizeScope));
      // (Its scopes' aliases too: "Beijing, Tianjin and Hebei" is the region's, not another scope.)
      const aliases = figure.scope.flatMap((x) => scopeWordList.aliases[x] ?? []);
      for (const word of scopeWords(
        `${figure.measure} ${keywords.en.join(' ')} ${keywords.zh.join(' ')} ${aliases.join(' ')}`,
      ))
        scopes.add(word);
      const allTokens = [...new Set(phrases.flatMap((p) => p.tokens))];
      for (const t of allTokens) {
        const list = tokenFigures.get(t) ?? [];
        list.push(bit);
        tokenFigures.set(t, list);
      }
      const scopeTokenLists = figure.scope.map((x) =>
        [x, ...(scopeWordList.aliases[x] ?? [])].map((phrase) => tokenize(phrase)),
      );
      const scopeTokens = [...new Set(scopeTokenLists.map((alternatives) => alternatives[0] ?? []).flat())];
      // (Everything the match reads of a figure: its phrases, as written and by id, its scope's
      // words and its Chinese keywords. Which windows touch it follows from these too.)
      // (And its series and unit, which namesOtherWhole reads.)
      const groupKey = JSON.stringify([
        phrases.map((p) => [p.text, p.tokens, p.strict === true, p.aliasTokens ?? null]),
        scopeTokens,
        keywords.zh,
        seriesKey(figure),
        figure.unit,
      ]);
      const group = groups.get(groupKey) ?? [];
      group.push(figure);
      groups.set(groupKey, group);
      this.terms.set(figure, {
        bit,
        group: -1,
        phrases,
        phraseIds: Int32Array.from(phrases.flatMap((p) => p.ids)),
        phraseEnds: phraseEnds(phrases),
        phraseStrict: Uint8Array.from(phrases.map((p) => (p.strict ? 1 : 0))),
        aliasIds: phrases.map((p) => p.aliasTokens?.map(wordId)),
        zhWritten: keywords.zh,
        zh: undefined,
        scopes,
        allTokens,
        scopeIds: scopeTokens.map(wordId),
        scopeTokenLists,
        scopeForms: undefined,
      });
    }
    for (const [t, list] of tokenFigures) {
      const bits = emptyBits(this.byBit.length);
      for (const bit of list) addBit(bits, bit);
      this.figuresByWord[wordId(t)] = bits;
    }
    for (const [word, id] of this.wordIds) this.vocabularyById[id] = word;
    let shared = 0;
    for (const group of groups.values()) {
      if (group.length < 2) continue;
      for (const figure of group) this.terms.get(figure)!.group = shared;
      shared++;
    }
    this.groupCount = shared;
    this.vocabulary = vocabulary;
    const buckets = new Map<string, string[]>();
    for (const term of vocabulary) {
      const list = buckets.get(term[0]!) ?? [];
      list.push(term);
      buckets.set(term[0]!, list);
    }
    for (const [initial, terms] of buckets)
      this.fuseByInitial.set(initial, new Fuse(terms, VOCABULARY_FUSE_OPTIONS));
  }

  /**
   * A figure's Chinese keywords, folded (OpenCC) when a Chinese text first needs them: English
   * text, and a CLI run on it, never load the conversion tables.
   */
  private chineseOf(terms: FigureTerms): ChineseTerms {
    if (terms.zh) return terms.zh;
    const keywords = [
      ...new Set(
        terms.zhWritten.flatMap((k) => chineseVariants(foldChineseIfAny(k))).filter((k) => k.length >= 2),
      ),
    ];
    const ids = keywords.map((k) => {
      let id = this.keywordIds.get(k);
      if (id === undefined) this.keywordIds.set(k, (id = this.keywordIds.size));
      return id;
    });
    terms.zh = { keywords, ids };
    return terms.zh;
  }

  /** How many Chinese keywords have an id so far. */
  get keywordCount(): number {
    return this.keywordIds.size;
  }

  /** Maps a context word to the set's vocabulary: itself, a near spelling, or null. */
  resolve(token: string): string | null {
    if (this.vocabulary.has(token)) return token;
    if (token.length < 5) return null;
    const cached = this.memo.get(token);
    if (cached !== undefined) return cached;
    let found: string | null = null;
    let bestCost = Infinity;
    const fuse = this.fuseByInitial.get(token[0]!);
    for (const r of fuse ? fuse.search(token, { limit: 5 }) : []) {
      // Fuse matches substrings too: only accept words of about the same length, closest first.
      const lengthDiff = Math.abs(r.item.length - token.length);
      const score = r.score ?? 1;
      if (score > VOCABULARY_FUSE_OPTIONS.threshold || lengthDiff > 2) continue;
      const cost = lengthDiff + score;
      if (cost < bestCost) {
        bestCost = cost;
        found = r.item;
      }
    }
    if (this.memo.size >= MAX_MEMO) this.memo.clear();
    this.memo.set(token, found);
    return found;
  }

  /**
   * A window's resolved vocabulary words (see resolve): as a set, as bits by vocabulary id, and
   * their ids. Every window reads its tokens so; each token is resolved to an id once.
   */
  wordsOf(tokens: readonly string[]): WindowWords {
    const words = new Set<string>();
    const bits = new Uint32Array((this.wordIds.size + 31) >>> 5);
    const ids: number[] = [];
    for (const t of tokens) {
      let id = this.idOfToken.get(t);
      if (id === undefined) {
        const r = this.resolve(t);
        // (Every vocabulary word has an id: the constructor numbers each word it adds.)
        id = r === null ? -1 : (this.wordIds.get(r) ?? -1);
        if (this.idOfToken.size >= MAX_MEMO) this.idOfToken.clear();
        this.idOfToken.set(t, id);
      }
      if (id < 0 || hasBit(bits, id)) continue;
      addBit(bits, id);
      ids.push(id);
      words.add(this.vocabularyById[id]!);
    }
    return { words, bits, ids };
  }

  /**
   * How clearly the windows name `figure`: `near` is the text next to the number (its own
   * clause), `sentence` the whole sentence.
   */
  match(figure: SourcedFigure, near: Window, sentence: Window): ContextMatch {
    const terms = this.terms.get(figure);
    if (!terms) return NO_MATCH;
    if (terms.group < 0) return this.matchTerms(terms, near, sentence);
    // The dates of a series are candidates of one number together: their words are read once.
    let memo = near.matches;
    if (!memo || near.matchedWith !== sentence) {
      memo = near.matches = new Array<ContextMatch | undefined>(this.groupCount);
      near.matchedWith = sentence;
    }
    return (memo[terms.group] ??= this.matchTerms(terms, near, sentence));
  }

  private matchTerms(terms: FigureTerms, near: Window, sentence: Window): ContextMatch {
    // Cheap rejection first: most candidates share no word at all with the sentence.
    const cjk = sentence.cjk || near.cjk;
    // (The clause lies within its sentence, so the sentence's words are enough for this test.)
    if (!cjk && !hasBit(this.touched(sentence), terms.bit)) return NO_MATCH;
    let best: ContextMatch = NO_MATCH;
    // Chinese text without Latin words cannot hold an English phrase: only its Chinese keywords count.
    // A phrase none of whose words is in either window names nothing, and is not read.
    const phraseCount =
      sentence.words.size === 0 ||
      (cjk && !hasBit(this.touched(sentence), terms.bit) && !hasBit(this.touched(near), terms.bit))
        ? 0
        : terms.phraseEnds.length;
    // Likewise a Chinese keyword is found, exactly or nearly, only where one of its pairs is.
    const zh =
      cjk &&
      (hasBit(this.touchedByPairs(sentence), terms.bit) || hasBit(this.touchedByPairs(near), terms.bit))
        ? this.chineseOf(terms)
        : undefined;
    const zhKeywords = zh ? zh.keywords : NO_KEYWORDS;
    const nearWords = near.wordBits;
    const sentenceWords = sentence.wordBits;
    const phraseIds = terms.phraseIds;
    const phraseEnds = terms.phraseEnds;
    // (Phrase p's ids are phraseIds[from, to).)
    for (let p = 0, from = 0; p < phraseCount; from = phraseEnds[p]!, p++) {
      const to = phraseEnds[p]!;
      const n = to - from;
      const strict = terms.phraseStrict[p] === 1;
      // A phrase is at most as specific as it is long: no longer than a whole phrase already
      // found next to the number, it cannot beat it.
      if (best.strength === 2 && n <= best.specificity) continue;
      let inNear = 0;
      let inSentence = 0;
      for (let k = from; k < to; k++) {
        const id = phraseIds[k]!;
        if (hasBit(nearWords, id)) inNear++;
        if (hasBit(sentenceWords, id)) inSentence++;
      }
      const head = phraseIds[to - 1]!;
      let strength: ContextStrength = 0;
      // Whole phrase next to the number; or, for long phrases, all but one word with the head noun;
      // or the whole phrase in the sentence with the figure's own scope next to the number, as in
      // lists: "... industry standards: Hebei has 24,163, Henan 23,309".
      let completed = false;
      if (strict && inSentence < n) continue;
      if (
        inNear === n ||
        (!strict &&
          n >= 3 &&
          inNear >= n - 1 &&
          hasBit(nearWords, head) &&
          !this.namesOtherWhole(this.byBit[terms.bit]!, phraseIds, from, to, nearWords, sentence.wordBits))
      )
        strength = 2;
      // The head noun next to the number and the figure's scope earlier in the sentence: "Over-the-air
      // (OTA) updates … were used in 19 campaigns" names the OTA recalls. (Only the scope: other
      // modifiers named elsewhere may belong to another number.)
      else if (
        n >= 2 &&
        inSentence === n &&
        hasBit(nearWords, head) &&
        allNearOrScope(phraseIds, from, to, nearWords, terms.aliasIds[p] ?? terms.scopeIds) &&
        completes(phraseIds, from, to, near)
      ) {
        strength = 2;
        completed = true;
      } else if (
        inSentence === n &&
        terms.scopeIds.length > 0 &&
        terms.scopeIds.every((id) => hasBit(nearWords, id))
      )
        strength = 2;
      // In the sentence: the whole phrase, or two thirds of a longer one with its head noun ("pass rate"
      // alone does not name "qualification rate of products").
      else if (
        inSentence === n ||
        (!strict && n >= 3 && inSentence * 3 >= n * 2 && hasBit(sentenceWords, head))
      )
        strength = 1;
      // Specificity is what matched: a phrase missing its modifier is no more specific than the bare noun.
      // (A phrase completed from the sentence ranks just below the same phrase whole in the clause.)
      const specificity = completed ? inSentence - 0.5 : strength === 2 ? inNear : inSentence;
      if (
        strength > best.strength ||
        (strength === best.strength && strength > 0 && specificity > best.specificity)
      ) {
        best = { strength, keyword: terms.phrases[p]!.text, specificity };
        if (strength === 2 && !completed && inNear < n) best.partial = true;
      }
    }
    const ids = zh ? zh.ids : NO_IDS;
    for (let k = 0; k < zhKeywords.length; k++) {
      const zh = zhKeywords[k]!;
      const specificity = Math.ceil(zh.length / 2);
      // A keyword that could not beat the best so far, found in the clause or only in the
      // sentence, is not looked for there: the lookups decide nothing else.
      const beatsAs2 = best.strength < 2 || specificity > best.specificity;
      const beatsAs1 = best.strength < 1 || (best.strength === 1 && specificity > best.specificity);
      if (!beatsAs2) continue;
      const id = ids[k]!;
      const strength: ContextStrength = near.hasKeyword(id, zh)
        ? 2
        : beatsAs1 && sentence.hasKeyword(id, zh)
          ? 1
          : 0;
      if (
        strength > best.strength ||
        (strength === best.strength && strength > 0 && specificity > best.specificity)
      ) {
        best = { strength, keyword: zh, specificity };
      }
    }
    return best;
  }

  /**
   * Whether the words of a phrase found with one missing, a word the sentence does not have either,
   * are as they stand the whole keyword of another measure counted in the same unit: "766 TCs"
   * names technical committees, not "sub-technical committees" without its "sub".
   */
  private namesOtherWhole(
    figure: SourcedFigure,
    ids: Int32Array,
    from: number,
    to: number,
    nearWords: Uint32Array,
    sentenceWords: Uint32Array,
  ): boolean {
    const present: number[] = [];
    for (let k = from; k < to; k++) {
      const id = ids[k]!;
      if (hasBit(nearWords, id)) present.push(id);
      else if (hasBit(sentenceWords, id)) return false;
    }
    const owners = this.phraseOwners.get(phraseKey(present));
    if (!owners) return false;
    const own = seriesKey(figure);
    for (const [key, unit] of owners) if (key !== own && unit === figure.unit) return true;
    return false;
  }

  /**
   * Whether a keyword that named `other` (ContextMatch.keyword) has a word, or in Chinese a
   * character pair, that none of `figure`'s keywords has: a modifier that sets the two apart
   * ("steering" beside engine recalls), not a head noun they share ("recalls").
   */
  setsApart(other: SourcedFigure, keyword: string, figure: SourcedFigure): boolean {
    const own = this.terms.get(figure);
    const theirs = this.terms.get(other);
    if (!own || !theirs) return false;
    if (CJK_RE.test(keyword)) {
      const ownPairs = new Set(this.chineseOf(own).keywords.flatMap(bigramList));
      return bigramList(keyword).some((pair) => !CLASSIFIER_PAIR_RE.test(pair) && !ownPairs.has(pair));
    }
    const phrase = theirs.phrases.find((p) => p.text === keyword);
    return phrase !== undefined && phrase.tokens.some((t) => !own.allTokens.includes(t));
  }

  /**
   * Whether an English window has a word of `figure`'s keywords that none of `other`'s has: a word
   * that names `figure` apart from `other` ("manufacturing" beside the design share), not one both
   * share ("of the total recalled").
   */
  namesApart(figure: SourcedFigure, other: SourcedFigure, window: Window): boolean {
    const own = this.terms.get(figure);
    const theirs = this.terms.get(other);
    if (!own || !theirs) return false;
    for (const phrase of own.phrases)
      for (let k = 0; k < phrase.tokens.length; k++)
        if (!theirs.allTokens.includes(phrase.tokens[k]!) && hasBit(window.wordBits, phrase.ids[k]!))
          return true;
    return false;
  }

  /** Whether a window shares any keyword word with the figure (a cheap first test). */
  mayName(figure: SourcedFigure, window: Window): boolean {
    const terms = this.terms.get(figure);
    return terms !== undefined && hasBit(this.touched(window), terms.bit);
  }

  /** Whether a figure has a Chinese keyword sharing a character pair with the (folded) window. */
  sharesPair(figure: SourcedFigure, window: Window): boolean {
    const terms = this.terms.get(figure);
    return terms !== undefined && hasBit(this.touchedByPairs(window), terms.bit);
  }

  /** Figures sharing at least one keyword word with a window; computed once per window. */
  private touched(window: Window): FigureBits {
    if (window.touched) return window.touched;
    const out = emptyBits(this.byBit.length);
    for (const id of window.wordIds) {
      const bits = this.figuresByWord[id];
      if (bits) orInto(out, bits);
    }
    window.touched = out;
    return out;
  }

  /** Figures with a Chinese keyword sharing a character pair with the (folded) window; once per window. */
  private touchedByPairs(window: Window): FigureBits {
    if (window.touchedZh) return window.touchedZh;
    const out = emptyBits(this.byBit.length);
    const { figuresByPair } = this.chineseIndex;
    for (const pair of window.pairs()) {
      const bits = figuresByPair.get(pair);
      if (bits) orInto(out, bits);
    }
    window.touchedZh = out;
    return out;
  }

  /** How fully the number's own clause names any figure of the set (specificity of the best whole-phrase match). */
  clearestInClause(near: Window): number {
    if (near.clearest !== undefined) return near.clearest;
    // Only figures sharing a word with the clause can be named by it.
    const seen = emptyBits(this.byBit.length);
    orInto(seen, this.touched(near));
    if (near.cjk) orInto(seen, this.touchedByPairs(near));
    let best = 0;
    for (const bit of bitIndexes(seen)) {
      const figure = this.byBit[bit]!;
      const m = this.match(figure, near, near);
      if (m.strength === 2 && m.specificity > best) best = m.specificity;
    }
    near.clearest = best;
    return best;
  }

  /** Scope words right next to the number that the figure does not carry ("mandatory", "Hebei"). */
  foreignScopes(figure: SourcedFigure, tightScopes: readonly string[]): string[] {
    const terms = this.terms.get(figure);
    const own = terms?.scopes ?? new Set<string>();
    return tightScopes.filter((s) => !own.has(s));
  }

  /**
   * Whether a figure's own words (its measure, its keywords and its series') name what a number
   * counts: "44,499 people" is no count of national standards.
   */
  namesNoun(figure: SourcedFigure, noun: string): boolean {
    const terms = this.terms.get(figure);
    if (!terms) return true;
    let tokens = this.nounTokens.get(noun);
    // (Read as the windows are, near spellings too: "44,499 natonal standrads".)
    if (!tokens) this.nounTokens.set(noun, (tokens = tokenize(noun).map((t) => this.resolve(t) ?? t)));
    if (tokens.length === 0) return true;
    let own = this.ownTokens.get(figure);
    if (!own) this.ownTokens.set(figure, (own = new Set([...terms.allTokens, ...tokenize(figure.measure)])));
    return tokens.every((t) => own.has(t));
  }

  /**
   * The one measure a counted noun names by its head alone ("1,450 stations": only the one-stop
   * service stations are counted in stations): one of that measure's English keywords ending in the
   * head, or undefined when no measure or more than one counts it.
   */
  onlyMeasureCounting(noun: string): string | undefined {
    let found = this.onlyCounting.get(noun);
    if (found === undefined) {
      const head = tokenize(noun).pop();
      const resolved = head === undefined ? undefined : (this.resolve(head) ?? head);
      const keys = new Set<string>();
      let keyword = '';
      for (const [figure] of this.terms) {
        if (resolved === undefined || !this.namesNoun(figure, noun)) continue;
        const ending = figure.keywords.en.find((k) => {
          const last = tokenize(k).pop();
          return last !== undefined && (this.resolve(last) ?? last) === resolved;
        });
        if (ending === undefined) continue;
        keys.add(figure.measureKey);
        keyword ||= ending;
      }
      this.onlyCounting.set(noun, (found = keys.size === 1 ? keyword : ''));
    }
    return found || undefined;
  }
  private readonly onlyCounting = new Map<string, string>();

  /** Memos of namesNoun: a noun's tokens; a figure's keyword and measure tokens. */
  private readonly nounTokens = new Map<string, readonly string[]>();
  private readonly ownTokens = new Map<SourcedFigure, ReadonlySet<string>>();

  private scopeAlternatives: Array<{ scope: string; alternatives: string[][] }> | undefined;

  /**
   * The figures' scopes (as the set writes them) that an English text names by any of their ways of
   * writing (data/lexicon/scopes.json aliases), by most of their words as in `missingScopes`.
   */
  scopesNamedIn(text: string): string[] {
    if (!this.scopeAlternatives) {
      // (Each figure's terms hold its scopes' ways of writing, tokenized: one entry per scope.)
      const byScope = new Map<string, string[][]>();
      for (const [figure, terms] of this.terms)
        figure.scope.forEach((scope, i) => {
          if (!CJK_RE.test(scope) && !byScope.has(scope))
            byScope.set(
              scope,
              (terms.scopeTokenLists[i] ?? []).filter((tokens) => tokens.length > 0),
            );
        });
      this.scopeAlternatives = [...byScope].map(([scope, alternatives]) => ({ scope, alternatives }));
    }
    const words = new Set(tokenize(text));
    return this.scopeAlternatives
      .filter(({ alternatives }) =>
        alternatives.some((tokens) => tokens.filter((t) => words.has(t)).length >= enoughOf(tokens)),
      )
      .map(({ scope }) => scope);
  }

  /**
   * Scope words the figure needs that the context does not name (a province's count, say).
   * `before` is text preceding the sentence, searched plainly, where a scope may have been named
   * ("... strategic emerging industries. Nearly 12,000 of them ...").
   */
  missingScopes(figure: SourcedFigure, sentence: Window, before = ''): string[] {
    const terms = this.terms.get(figure);
    if (!terms || figure.scope.length === 0) return [];
    const scopes = this.scopeFormsOf(figure, terms);
    let beforeTokens: ReadonlySet<string> | undefined;
    return figure.scope.filter((scope, i) => {
      const forms = scopes[i]!;
      const { alternatives } = forms;
      // Most of the scope's words suffice: "key and emerging fields" names "key and emerging technology
      // fields"; so does any alias ("at the urging of" for "prompted by SAMR").
      const enough = enoughOf;
      if (alternatives.some((tokens) => tokens.filter((t) => sentence.words.has(t)).length >= enough(tokens)))
        return false;
      if (sentence.scopes.includes(forms.normalized)) return false;
      // (Folded when first needed: folding loads OpenCC's tables.)
      if (forms.chinese && sentence.has((forms.folded ??= foldChinese(scope)))) return false;
      if (before && alternatives.length > 0) {
        // (Whole words, "ev" is not in "television"; and only the paragraph's: a scope named in
        // an earlier paragraph is not this sentence's.)
        beforeTokens ??= this.paragraphTokens(before.slice(before.lastIndexOf('\n') + 1));
        if (
          alternatives.some((tokens) => tokens.filter((t) => beforeTokens!.has(t)).length >= enough(tokens))
        )
          return false;
      }
      return true;
    });
  }

  /** A figure's scopes as missingScopes reads them, worked out once per figure. */
  private scopeFormsOf(figure: SourcedFigure, terms: FigureTerms): readonly ScopeForms[] {
    terms.scopeForms ??= figure.scope.map((scope, i) => ({
      alternatives: (terms.scopeTokenLists[i] ?? []).filter((tokens) => tokens.length > 0),
      normalized: normalizeScope(scope),
      chinese: CJK_RE.test(scope),
      folded: undefined,
    }));
    return terms.scopeForms;
  }

  private lastParagraph: { text: string; tokens: ReadonlySet<string> } | undefined;

  /** The tokens of the paragraph before a sentence: every candidate of its numbers reads them. */
  private paragraphTokens(text: string): ReadonlySet<string> {
    if (this.lastParagraph?.text !== text) this.lastParagraph = { text, tokens: new Set(tokenize(text)) };
    return this.lastParagraph.tokens;
  }
}

/** One scope of a figure, as missingScopes compares it. */
interface ScopeForms {
  /** Its ways of writing (its name, its aliases) as tokens, those with any. */
  alternatives: string[][];
  /** As compared with a window's scope words (normalizeScope). */
  normalized: string;
  chinese: boolean;
  /** A Chinese scope folded (foldChinese), once read. */
  folded: string | undefined;
}

/** Most of a scope's words name it: "key and emerging fields" names "key and emerging technology fields". */
function enoughOf(tokens: readonly string[]): number {
  return Math.ceil(tokens.length * 0.75);
}

/**
 * Each series' keywords, the union of its figures' own (in the order the set lists them): a measure
 * named one way for 2022 (批准设立…类行业标准) is named so for 2023 too, whatever words its curator chose.
 */
function keywordsBySeries(
  figures: readonly SourcedFigure[],
): Map<string, { en: readonly string[]; zh: readonly string[] }> {
  const all = new Map<string, { en: Set<string>; zh: Set<string> }>();
  for (const f of figures) {
    const key = seriesKey(f);
    const entry = all.get(key) ?? { en: new Set<string>(), zh: new Set<string>() };
    for (const k of f.keywords.en) entry.en.add(k);
    for (const k of f.keywords.zh) entry.zh.add(k);
    all.set(key, entry);
  }
  const out = new Map<string, { en: readonly string[]; zh: readonly string[] }>();
  for (const [key, { en, zh }] of all) out.set(key, { en: [...en], zh: [...zh] });
  return out;
}

/** The vocabulary words of a window (see ContextMatcher.wordsOf). */
interface WindowWords {
  words: Set<string>;
  bits: Uint32Array;
  ids: number[];
}

/** A span of text prepared once for matching against many figures. */
export interface Window {
  text: string;
  words: Set<string>;
  /** `words` as bits by vocabulary id. */
  wordBits: Uint32Array;
  /** `words` by vocabulary id, each once. */
  wordIds: readonly number[];
  scopes: string[];
  cjk: boolean;
  /** Cached by ContextMatcher.clearestInClause. */
  clearest?: number;
  /** Cached by ContextMatcher.touched. */
  touched?: FigureBits;
  /** Cached by ContextMatcher.touchedByPairs. */
  touchedZh?: FigureBits;
  /** Cached by ContextMatcher.match: its matches by figure group, with `matchedWith` as the sentence. */
  matches?: Array<ContextMatch | undefined>;
  matchedWith?: Window;
  /**
   * For a clause of a sentence: the sentence's words that may complete a phrase the clause names
   * in part (see completes), as bits by vocabulary id; undefined when any of the sentence's may.
   */
  leadWordBits?(): Uint32Array | undefined;
  /**
   * Whether a (folded) Chinese keyword occurs here: exactly, or by most of its character pairs
   * (the near-spelling test that suits Chinese, where words are not separated).
   */
  has(zhKeyword: string): boolean;
  /** `has` for a keyword of the set, by its id: remembered per window, as many figures share keywords. */
  hasKeyword(id: number, zhKeyword: string): boolean;
  /** Whether a (folded) Chinese keyword is written here as it stands, not only nearly. */
  spells(zhKeyword: string): boolean;
  /** The character pairs of the folded Chinese text that keywords have (none for other text), as numbers. */
  pairs(): ReadonlySet<number>;
}

/** The Chinese keywords' pairs as numbers (see PairAlphabet), and the figures having each. */
interface ChineseIndex {
  alphabet: PairAlphabet;
  figuresByPair: Map<number, FigureBits>;
  /** A keyword's pairs, by keyword id. */
  pairsById: number[][];
}

/** Folded Chinese keyword without digits and 个: "18部门" names 部门 next to any spelling of 18. */
function foldChineseIfAny(text: string): string {
  return CJK_RE.test(text) ? foldChinese(text).replace(/[0-9０-９.]+个?/g, '') : text;
}

const EMPTY_PAIRS: ReadonlySet<number> = new Set();

/** A character pair that opens with a counting word (家企业's 家企): part of no measure's name. */
const CLASSIFIER_PAIR_RE = new RegExp(`^[${ZH_CLASSIFIER_CHARS}]`);

function bigramList(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < text.length; i++) out.push(text.slice(i, i + 2));
  return out;
}

function bigramSet(text: string): Set<string> {
  return new Set(bigramList(text));
}

/** A window whose tokens are kept with their offsets, so parts of it can be windows too. */
export interface SentenceWindow extends Window {
  readonly tokens: readonly string[];
  readonly starts: readonly number[];
}

/**
 * The text with the agencies that state figures blanked (scopes.json `speakers`, offsets kept):
 * "according to the State Administration for Market Regulation" says who, not what.
 */
function withoutSpeakers(text: string): string {
  const blank = (name: string) => ' '.repeat(name.length);
  const named = SPEAKER_HINT_RE.test(text) ? text.replace(SPEAKERS_RE, blank) : text;
  const spoken = DELEGATE_HINT_RE.test(named) ? named.replace(DELEGATE_RE, blank) : named;
  return CAPITAL_HINT_RE.test(spoken)
    ? spoken.replace(CAPITAL_SPEAKS_RE, (all, _from: string, reported?: string, reporting?: string) => {
        const capital = reported ?? reporting ?? '';
        return all.replace(capital, blank(capital));
      })
    : spoken;
}
/**
 * A capital standing for its government (scopes.json `capitals`): "figures from Beijing",
 * "according to Beijing", "Beijing reports …", "Beijing's own figures say …". Only the capital is
 * blanked.
 */
const CAPITALS = scopeWordList.capitals.join('|');
const CAPITAL_SPEAKS_RE = new RegExp(
  String.raw`\b(from|according to)\s+(${CAPITALS})\b(?!['’]s\s)|\b(${CAPITALS})(?=(?:['’]s\s+(?:own\s+)?(?:figures?|data|statistics|numbers?))?\s+(?:reports?|reported|says?|said|claims?|claimed|announced|publishe[sd]|gives?|gave|counts?|counted|puts?|states?|stated)\b)`,
  'g',
);
const CAPITAL_HINT_RE = new RegExp(String.raw`\b(?:${CAPITALS})\b`);
/**
 * Who speaks for a country in minutes and reports, "The representative of Australia observed that
 * China's testing revenue …": the country says who spoke, not what the figure covers.
 */
const DELEGATE_RE = new RegExp(
  String.raw`\b(?:${[...scopeWordList.delegates].sort((a, b) => b.length - a.length).join('|')})\s+(?:of|from)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}`,
  'g',
);
/** One test that passes over most texts: every delegate word (scopes.json) in any case. */
const DELEGATE_HINT_RE = new RegExp(scopeWordList.delegates.join('|'), 'i');
const SPEAKERS_RE = new RegExp(
  `\\b(?:${[...scopeWordList.speakers]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})\\b`,
  'gi',
);
/** Every speaker's name says "Administration": most texts are passed over by this one test. */
const SPEAKER_HINT_RE = /administration/i;

export function makeWindow(matcher: ContextMatcher, written: string): SentenceWindow {
  const text = withoutSpeakers(written);
  const starts: number[] = [];
  const tokens = tokenize(text, starts);
  return windowOf(matcher, text, tokens, starts);
}

/**
 * The window of some spans of a sentence (the number's clause), from the sentence's own tokens:
 * nothing is tokenized or resolved twice. Tokens inside `skip` spans (a dateline) are left out.
 */
export function subWindow(
  matcher: ContextMatcher,
  sentence: SentenceWindow,
  spans: ReadonlyArray<readonly [number, number]>,
  text: string,
  skip: ReadonlyArray<readonly [number, number]> = [],
): Window {
  const tokens: string[] = [];
  const starts: number[] = [];
  const all = sentence.starts;
  for (const [from, to] of spans) {
    // Token starts are sorted: find the first in the span, then walk to its end.
    let lo = 0;
    let hi = all.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (all[mid]! < from) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < all.length && all[i]! < to; i++) {
      const at = all[i]!;
      if (skip.length > 0 && skip.some(([a, b]) => at >= a && at < b)) continue;
      tokens.push(sentence.tokens[i]!);
      starts.push(at);
    }
  }
  const window = new TextWindow(matcher, text, tokens, starts);
  const last = spans[spans.length - 1];
  if (last) window.lead = { sentence, from: last[1] };
  return window;
}
/** How far after a clause the words that may complete its phrases are read (see leadWordBits). */
const LEAD_SPAN = 200;
const DIGIT_RE = /\d/;

function windowOf(matcher: ContextMatcher, text: string, tokens: string[], starts: number[]): SentenceWindow {
  return new TextWindow(matcher, text, tokens, starts);
}

/**
 * A window's state, read lazily. A class, not an object of closures: a window is made for every
 * figure's clause, and its methods are then shared instead of allocated for each.
 */
class TextWindow implements SentenceWindow {
  readonly cjk: boolean;
  readonly words: Set<string>;
  readonly wordBits: Uint32Array;
  readonly wordIds: readonly number[];
  clearest?: number;
  touched?: FigureBits;
  touchedZh?: FigureBits;
  matches?: Array<ContextMatch | undefined>;
  matchedWith?: Window;
  /** For a clause: its sentence, and where the clause ends in it. */
  lead: { sentence: SentenceWindow; from: number } | undefined;
  private leadBits: Uint32Array | undefined;
  private scopeList: string[] | undefined;
  private folded: string | undefined;
  private bigrams: Set<string> | undefined;
  private pairCodes: Set<number> | undefined;
  private seen: Map<string, boolean> | undefined;
  /** Per keyword id: 0 not yet looked for, 1 absent, 2 present. */
  private seenById: Uint8Array | undefined;

  constructor(
    private readonly matcher: ContextMatcher,
    readonly text: string,
    readonly tokens: string[],
    readonly starts: number[],
  ) {
    this.cjk = CJK_RE.test(text);
    const { words, bits, ids } = matcher.wordsOf(tokens);
    this.words = words;
    this.wordBits = bits;
    this.wordIds = ids;
  }

  leadWordBits(): Uint32Array | undefined {
    if (!this.lead) return undefined;
    if (!this.leadBits) {
      // Up to the next number after the clause (the words between belong to no other number's
      // clause), read no further than LEAD_SPAN: a long sentence is not scanned once per number.
      const { sentence, from } = this.lead;
      const after = sentence.text.slice(from, from + LEAD_SPAN);
      const next = after.search(DIGIT_RE);
      const limit = from + (next < 0 ? after.length : next);
      const tokens: string[] = [];
      for (let i = 0; i < sentence.tokens.length && sentence.starts[i]! < limit; i++)
        tokens.push(sentence.tokens[i]!);
      this.leadBits = this.matcher.wordsOf(tokens).bits;
    }
    return this.leadBits;
  }

  /** Scope words are only needed for the few candidates whose keywords match: read them lazily. */
  get scopes(): string[] {
    this.scopeList ??= scopeWordsOf(this.text, this.tokens);
    return this.scopeList;
  }

  pairs(): ReadonlySet<number> {
    if (!this.cjk) return EMPTY_PAIRS;
    this.pairCodes ??= this.matcher.chineseIndex.alphabet.codesOf(this.foldedText());
    return this.pairCodes;
  }

  has(zhKeyword: string): boolean {
    if (!this.cjk) return false;
    // Many figures share keywords (国家标准): each is looked for once per window.
    this.seen ??= new Map();
    let known = this.seen.get(zhKeyword);
    if (known === undefined) {
      known = this.lookFor(zhKeyword);
      this.seen.set(zhKeyword, known);
    }
    return known;
  }

  hasKeyword(id: number, zhKeyword: string): boolean {
    if (!this.cjk) return false;
    let seen = this.seenById;
    if (!seen || id >= seen.length) {
      // Sized for every keyword known so far (all of them once any Chinese text was read).
      const grown = new Uint8Array(Math.max(id + 1, this.matcher.keywordCount));
      if (seen) grown.set(seen);
      this.seenById = seen = grown;
    }
    let known = seen[id];
    if (!known) seen[id] = known = this.lookForKeyword(id, zhKeyword) ? 2 : 1;
    return known === 2;
  }

  spells(zhKeyword: string): boolean {
    return this.cjk && this.foldedText().includes(zhKeyword);
  }

  private foldedText(): string {
    this.folded ??= foldChinese(this.text).replace(COUNT_BETWEEN_RE, '$1');
    return this.folded;
  }

  private lookFor(zhKeyword: string): boolean {
    const folded = this.foldedText();
    if (folded.includes(zhKeyword)) return true;
    if (zhKeyword.length < 4) return false; // too short to tell a near spelling from another word
    // Most of the keyword's character pairs present: 养老服务标准 in 养老服务相关标准.
    this.bigrams ??= bigramSet(folded);
    const own = bigramList(zhKeyword);
    let present = 0;
    for (const b of own) if (this.bigrams.has(b)) present++;
    return nearlyAll(present, own.length);
  }

  /** `lookFor` a keyword of the set, its pairs compared as numbers. */
  private lookForKeyword(id: number, zhKeyword: string): boolean {
    const folded = this.foldedText();
    if (folded.includes(zhKeyword)) return true;
    if (zhKeyword.length < 4) return false;
    const index = this.matcher.chineseIndex;
    const own = index.pairsById[id];
    // (Every keyword has an id and its pairs once the index is built; this is only a guard.)
    if (!own) return this.lookFor(zhKeyword);
    const pairs = (this.pairCodes ??= index.alphabet.codesOf(folded));
    // Counted until the keyword is found or can no longer be: most keywords are absent.
    const need = Math.max(2, Math.ceil(own.length * 0.75));
    let present = 0;
    for (let k = 0; k < own.length; k++) {
      if (pairs.has(own[k]!)) {
        if (++present >= need) return true;
      } else if (own.length - k - 1 + present < need) return false;
    }
    return false;
  }
}

/**
 * A count with its classifier standing between a verb and its noun: "召回1123.7万辆汽车" reads as
 * 召回汽车, as "召回汽车1123.7万辆" does (the keyword is the verb and noun together).
 */
const COUNT_BETWEEN_RE = new RegExp(
  `([\\p{Script=Han}])[\\d.,]+(?:[万亿千百]|萬|億)*[${ZH_CLASSIFIER_CHARS}](?=\\p{Script=Han})`,
  'gu',
);

/** A phrase's word ids as one key, whatever their order. */
function phraseKey(ids: readonly number[]): string {
  return [...new Set(ids)].sort((a, b) => a - b).join(' ');
}

let postmodifierTokens: string[][] | undefined;

/**
 * A keyword's tokens with its head noun last, where the match looks for it: a postmodifier after
 * the head ("national standard samples in force") is moved to the front, as a modifier.
 */
function headLast(tokens: string[]): string[] {
  postmodifierTokens ??= (lexicon().postmodifiers ?? []).map((p) => tokenize(p)).filter((t) => t.length > 0);
  for (const post of postmodifierTokens) {
    const at = tokens.length - post.length;
    if (at > 0 && post.every((t, k) => tokens[at + k] === t)) return [...post, ...tokens.slice(0, at)];
  }
  return tokens;
}

/** Where each phrase's ids end when they are written end to end (see FigureTerms.phraseIds). */
function phraseEnds(phrases: ReadonlyArray<{ ids: readonly number[] }>): Int32Array {
  const ends = new Int32Array(phrases.length);
  let end = 0;
  for (let p = 0; p < phrases.length; p++) ends[p] = end += phrases[p]!.ids.length;
  return ends;
}

/** Whether each id of ids[from, to) is next to the number or one of the figure's scope words. */
function allNearOrScope(
  ids: Int32Array,
  from: number,
  to: number,
  nearWords: Uint32Array,
  scopeIds: readonly number[],
): boolean {
  for (let k = from; k < to; k++) {
    const id = ids[k]!;
    if (!hasBit(nearWords, id) && !scopeIds.includes(id)) return false;
  }
  return true;
}

/**
 * Whether the sentence words that complete a phrase stand where they may complete the clause's:
 * before its end, or after it before the next number. "108 cooperation documents with 65 countries
 * and regions, including 57 with 47 Belt and Road partners": the Belt and Road of 57's clause does
 * not make 65 the Belt and Road documents.
 */
function completes(ids: Int32Array, from: number, to: number, near: Window): boolean {
  const lead = near.leadWordBits?.();
  if (!lead) return true;
  for (let k = from; k < to; k++) if (!hasBit(lead, ids[k]!)) return false;
  return true;
}

/** Enough of a keyword's character pairs to call it found: at least two, and three in four. */
function nearlyAll(present: number, pairs: number): boolean {
  return present >= Math.max(2, Math.ceil(pairs * 0.75));
}

/**
 * A keyword that spells out its figure's scope is also written with the scope's aliases
 * (data/lexicon/scopes.json): "recalls prompted by SAMR" is also "recalls … at its urging".
 */
function withScopeAliases(
  phrases: Array<{ text: string; tokens: string[] }>,
  scopes: readonly string[],
): Array<{ text: string; tokens: string[]; strict?: true; aliasTokens?: string[] }> {
  const out: Array<{ text: string; tokens: string[]; strict?: true; aliasTokens?: string[] }> = [...phrases];
  for (const scope of scopes) {
    const aliases = scopeWordList.aliases[scope];
    const scopeTokens = tokenize(scope);
    if (!aliases || scopeTokens.length === 0) continue;
    for (const p of phrases) {
      if (p.tokens.length < scopeTokens.length || !scopeTokens.every((t) => p.tokens.includes(t))) continue;
      const rest = p.tokens.filter((t) => !scopeTokens.includes(t));
      for (const alias of aliases) {
        const aliasTokens = tokenize(alias);
        // (A keyword that is the scope itself, "manufacturing defects", is written with an alias of
        // two words or more, "manufacturing faults"; one word, "design", names nothing alone.)
        if (rest.length === 0 && aliasTokens.length < 2) continue;
        const tokens = [...new Set([...rest, ...aliasTokens])];
        // (Shown as written with the alias, so that a card says which words named the measure.)
        const at = p.text.toLowerCase().indexOf(scope.toLowerCase());
        const text =
          at < 0 ? `${p.text} (${alias})` : p.text.slice(0, at) + alias + p.text.slice(at + scope.length);
        out.push({ text, tokens, strict: true, aliasTokens });
      }
    }
  }
  return out;
}
