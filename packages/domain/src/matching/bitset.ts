/**
 * Sets of words (languages, interests, sectors, goals) as fixed-width bit masks, so that
 * "what do these two have in common" is an AND and a popcount in the pair loop instead of
 * string comparisons. One dictionary per pool maps each distinct word to a bit.
 */
export class Vocabulary {
  readonly #bits = new Map<string, number>();
  readonly #words: string[] = [];

  add(values: readonly string[]): void {
    for (const value of values) {
      if (!this.#bits.has(value)) {
        this.#bits.set(value, this.#words.length);
        this.#words.push(value);
      }
    }
  }

  bitOf(value: string): number {
    return this.#bits.get(value) ?? -1;
  }

  wordAt(bit: number): string {
    return this.#words[bit] ?? '';
  }

  /** 32-bit words per set. */
  get width(): number {
    return Math.max(1, Math.ceil(this.#words.length / 32));
  }
}

/** Packs one set per person into `count × vocabulary.width` words. */
export function packSets(
  vocabulary: Vocabulary,
  sets: readonly (readonly string[])[],
): Uint32Array {
  const width = vocabulary.width;
  const packed = new Uint32Array(sets.length * width);
  sets.forEach((values, person) => {
    for (const value of values) {
      const bit = vocabulary.bitOf(value);
      const at = person * width + (bit >>> 5);
      packed[at] = ((packed[at] as number) | (1 << (bit & 31))) >>> 0;
    }
  });
  return packed;
}

export function popcount32(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) as number;
}

/** Number of elements two packed sets share. */
export function commonCount(
  a: Uint32Array,
  aOffset: number,
  b: Uint32Array,
  bOffset: number,
  width: number,
): number {
  let count = 0;
  for (let w = 0; w < width; w++)
    count += popcount32(((a[aOffset + w] as number) & (b[bOffset + w] as number)) >>> 0);
  return count;
}

/** The words two packed sets share, for explanations (not the hot path). */
export function commonWords(
  vocabulary: Vocabulary,
  a: Uint32Array,
  aOffset: number,
  b: Uint32Array,
  bOffset: number,
): string[] {
  const words: string[] = [];
  for (let w = 0; w < vocabulary.width; w++) {
    let shared = ((a[aOffset + w] as number) & (b[bOffset + w] as number)) >>> 0;
    while (shared !== 0) {
      const low = 31 - Math.clz32(shared & -shared);
      words.push(vocabulary.wordAt(w * 32 + low));
      shared = (shared & (shared - 1)) >>> 0;
    }
  }
  return words;
}
