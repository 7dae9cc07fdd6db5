// SPDX-License-Identifier: EUPL-1.2

/**
 * A small seeded pseudo-random generator (mulberry32): the same seed gives the same synthetic data on
 * every machine, so benchmarks compare like with like. Not for anything that needs real randomness.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max] (both included). */
  int(min: number, max: number): number;
  /** True with the given probability. */
  chance(probability: number): boolean;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** One key of a weight table, chosen in proportion to its weight. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K;
  /** `count` distinct elements (fewer when the list is shorter), in random order. */
  sample<T>(items: readonly T[], count: number): T[];
  /** An index in [0, size) where low indexes are much more likely (a Zipf-like skew for popularity). */
  skewedIndex(size: number, skew?: number): number;
  /** A lower-case hexadecimal string of the given length. */
  hex(length: number): string;
}

/** Creates a generator from a 32-bit seed. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (probability) => next() < probability,
    pick: (items) => items[Math.floor(next() * items.length)]!,
    weighted(weights) {
      const entries = Object.entries(weights) as [keyof typeof weights & string, number][];
      const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
      let roll = next() * total;
      for (const [key, weight] of entries) {
        roll -= weight;
        if (roll < 0) return key;
      }
      return entries[entries.length - 1]![0];
    },
    sample(items, count) {
      const wanted = Math.min(count, items.length);
      // A partial Fisher–Yates on index positions: O(count) for small samples from long lists.
      const swapped = new Map<number, number>();
      const result: (typeof items)[number][] = [];
      for (let i = 0; i < wanted; i += 1) {
        const j = int(i, items.length - 1);
        const atJ = swapped.get(j) ?? j;
        swapped.set(j, swapped.get(i) ?? i);
        result.push(items[atJ]!);
      }
      return result;
    },
    skewedIndex(size, skew = 2.2) {
      return Math.min(size - 1, Math.floor(size * Math.pow(next(), skew)));
    },
    hex(length) {
      let out = '';
      while (out.length < length) out += Math.floor(next() * 0x100000000).toString(16).padStart(8, '0');
      return out.slice(0, length);
    },
  };
}
