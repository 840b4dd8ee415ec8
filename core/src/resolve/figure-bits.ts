/**
 * Sets of a matcher's figures as bits (figure i is bit i of a word array). Which figures a window
 * touches is then the OR of a few short arrays, one per word or character pair of the window, and
 * whether it touches one figure a single test: collecting figures into a Set for every window, or
 * walking a figure's keywords for every candidate, cost more than the rest of the match.
 */
export type FigureBits = Uint32Array;

export function emptyBits(size: number): FigureBits {
  return new Uint32Array((size + 31) >>> 5);
}

export function addBit(bits: FigureBits, i: number): void {
  bits[i >>> 5] = (bits[i >>> 5] ?? 0) | (1 << (i & 31));
}

export function hasBit(bits: FigureBits, i: number): boolean {
  return ((bits[i >>> 5] ?? 0) & (1 << (i & 31))) !== 0;
}

/** Adds every bit of `from` to `into` (same size). */
export function orInto(into: FigureBits, from: FigureBits): void {
  for (let w = 0; w < into.length; w++) into[w] = (into[w] ?? 0) | (from[w] ?? 0);
}

/** The indexes of the set bits, in increasing order. */
export function* bitIndexes(bits: FigureBits): Generator<number> {
  for (let w = 0; w < bits.length; w++) {
    let word = bits[w] ?? 0;
    while (word !== 0) {
      const low = word & -word;
      yield w * 32 + 31 - Math.clz32(low);
      word ^= low;
    }
  }
}
