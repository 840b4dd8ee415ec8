/**
 * Character pairs as small numbers, for finding Chinese keywords by their pairs. Only a pair of two
 * characters that both occur in some keyword can be one of a keyword's pairs, so the characters of
 * the keywords are numbered (1, 2, …) and a pair is `first * size + second`: a set of numbers per
 * window instead of a set of two-character strings, and the pairs of other characters never stored.
 * Pairs are of UTF-16 code units, as `text.slice(i, i + 2)` reads them.
 */
export class PairAlphabet {
  /** Code unit -> its number in the alphabet; 0 for a character of no keyword. */
  private readonly ids = new Uint16Array(0x10000);
  private readonly size: number;

  constructor(keywords: Iterable<string>) {
    let n = 0;
    for (const keyword of keywords) {
      for (let i = 0; i < keyword.length; i++) {
        const c = keyword.charCodeAt(i);
        if (this.ids[c] === 0) this.ids[c] = ++n;
      }
    }
    this.size = n + 1;
  }

  /** The pairs of a text that can be pairs of a keyword. */
  codesOf(text: string): Set<number> {
    const out = new Set<number>();
    let a = text.length > 0 ? this.ids[text.charCodeAt(0)]! : 0;
    for (let i = 1; i < text.length; i++) {
      const b = this.ids[text.charCodeAt(i)]!;
      if (a !== 0 && b !== 0) out.add(a * this.size + b);
      a = b;
    }
    return out;
  }

  /** The pairs of a keyword in order, a repeated pair repeated. */
  listOf(keyword: string): number[] {
    const out: number[] = [];
    for (let i = 0; i + 1 < keyword.length; i++) {
      const a = this.ids[keyword.charCodeAt(i)]!;
      const b = this.ids[keyword.charCodeAt(i + 1)]!;
      if (a === 0 || b === 0) throw new Error(`"${keyword}" is not made of the alphabet's characters`);
      out.push(a * this.size + b);
    }
    return out;
  }
}
