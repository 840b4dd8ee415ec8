/**
 * Decides how clearly the words around a number name a figure's measure. Exact keyword
 * tokens are looked up directly; other words are matched fuzzily (fuse.js) against the set's
 * keyword vocabulary, so "standardisation" or "benchmarcks" still count. The vocabulary index
 * is built once per figure set and each distinct word is resolved once.
 */
import Fuse from 'fuse.js';
import type { SourcedFigure } from './figure-set.ts';
import { normalizeScope, scopeWords, stem, tokenize } from './context.ts';

/** How clearly a context names a figure: 2 = a whole keyword phrase next to the number. */
export type ContextStrength = 0 | 1 | 2;

export interface ContextMatch {
  strength: ContextStrength;
  /** The keyword that matched, for explanations. */
  keyword?: string;
  /** Tokens in the best phrase; longer is more specific. */
  specificity: number;
}

interface FigureTerms {
  phrases: { tokens: string[]; text: string }[];
  zh: string[];
  /** Scope words the figure itself carries (in its scope, measure or keywords). */
  scopes: Set<string>;
}

/**
 * Fuse options, chosen deliberately: a low threshold so only near-spellings match, no location
 * bias (a word is a word wherever the typo is), and scores so we can rank.
 */
export const VOCABULARY_FUSE_OPTIONS = {
  threshold: 0.25,
  ignoreLocation: true,
  includeScore: true,
  isCaseSensitive: false,
  minMatchCharLength: 3,
  shouldSort: true,
} as const;

const MAX_MEMO = 50_000;

export class ContextMatcher {
  private readonly terms = new Map<SourcedFigure, FigureTerms>();
  private readonly vocabulary: Set<string>;
  private readonly fuse: Fuse<string>;
  private readonly memo = new Map<string, string | null>();

  constructor(figures: readonly SourcedFigure[]) {
    const vocabulary = new Set<string>();
    for (const figure of figures) {
      const phrases = figure.keywords.en.map((text) => ({ text, tokens: tokenize(text) })).filter((p) => p.tokens.length > 0);
      for (const p of phrases) for (const t of p.tokens) vocabulary.add(t);
      const scopes = new Set<string>(figure.scope.map(normalizeScope));
      for (const word of scopeWords(`${figure.measure} ${figure.keywords.en.join(' ')} ${figure.keywords.zh.join(' ')}`)) scopes.add(word);
      this.terms.set(figure, { phrases, zh: figure.keywords.zh, scopes });
    }
    this.vocabulary = vocabulary;
    this.fuse = new Fuse([...vocabulary], VOCABULARY_FUSE_OPTIONS);
  }

  /** Maps a context word to the set's vocabulary: itself, a near spelling, or null. */
  resolve(token: string): string | null {
    if (this.vocabulary.has(token)) return token;
    if (token.length < 5) return null;
    const cached = this.memo.get(token);
    if (cached !== undefined) return cached;
    let found: string | null = null;
    for (const r of this.fuse.search(token, { limit: 5 })) {
      // Fuse matches substrings too; only accept words of about the same length.
      if ((r.score ?? 1) <= VOCABULARY_FUSE_OPTIONS.threshold && Math.abs(r.item.length - token.length) <= 2) {
        found = r.item;
        break;
      }
    }
    if (this.memo.size >= MAX_MEMO) this.memo.clear();
    this.memo.set(token, found);
    return found;
  }

  /** The resolved vocabulary words of a piece of text. */
  words(text: string): Set<string> {
    const out = new Set<string>();
    for (const t of tokenize(text)) {
      const r = this.resolve(t);
      if (r) out.add(r);
    }
    return out;
  }

  /**
   * How clearly the windows name `figure`: `near` is the text next to the number (its own
   * clause), `sentence` the whole sentence.
   */
  match(figure: SourcedFigure, near: Window, sentence: Window): ContextMatch {
    const terms = this.terms.get(figure);
    if (!terms) return { strength: 0, specificity: 0 };
    let best: ContextMatch = { strength: 0, specificity: 0 };
    for (const phrase of terms.phrases) {
      const n = phrase.tokens.length;
      let inNear = 0;
      let inSentence = 0;
      for (const t of phrase.tokens) {
        if (near.words.has(t)) inNear++;
        if (sentence.words.has(t)) inSentence++;
      }
      let strength: ContextStrength = 0;
      if (inNear === n) strength = 2;
      else if (inSentence === n || (n >= 2 && inNear * 2 >= n)) strength = 1;
      if (strength > best.strength || (strength === best.strength && strength > 0 && n > best.specificity)) {
        best = { strength, keyword: phrase.text, specificity: n };
      }
    }
    for (const zh of terms.zh) {
      const strength: ContextStrength = near.text.includes(zh) ? 2 : sentence.text.includes(zh) ? 1 : 0;
      const specificity = Math.ceil(zh.length / 2);
      if (strength > best.strength || (strength === best.strength && strength > 0 && specificity > best.specificity)) {
        best = { strength, keyword: zh, specificity };
      }
    }
    return best;
  }

  /** Scope words next to the number that the figure does not carry ("mandatory", "Hebei"). */
  foreignScopes(figure: SourcedFigure, near: Window): string[] {
    const terms = this.terms.get(figure);
    const own = terms?.scopes ?? new Set<string>();
    return near.scopes.filter((s) => !own.has(s));
  }

  /** Scope words the figure needs that the context does not name (a province's count, say). */
  missingScopes(figure: SourcedFigure, sentence: Window): string[] {
    return figure.scope.map(normalizeScope).filter((s) => !sentence.scopes.includes(s) && !sentence.text.toLowerCase().includes(s));
  }
}

/** A span of text prepared once for matching against many figures. */
export interface Window {
  text: string;
  words: Set<string>;
  scopes: string[];
}

export function makeWindow(matcher: ContextMatcher, text: string): Window {
  return { text, words: matcher.words(text), scopes: scopeWords(text) };
}

export { stem };
