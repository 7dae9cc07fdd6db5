// SPDX-License-Identifier: EUPL-1.2
/**
 * A bounded memo for per-word results. Two generations instead of a plain Map that is cleared when full: an
 * import of 100,000 texts meets millions of distinct tokens, and clearing everything would also throw away the
 * few thousand frequent words that make up most of every text. Entries used in the old generation are copied
 * into the new one, so frequent words survive every turnover; memory stays below two generations.
 */
export class WordCache<V> {
  private young = new Map<string, V>();
  private old = new Map<string, V>();

  /** @param generationSize entries per generation; at most twice this many are held. */
  constructor(private readonly generationSize: number) {}

  /** The cached value, or undefined when the key was never stored or has aged out. */
  get(key: string): V | undefined {
    const hit = this.young.get(key);
    if (hit !== undefined) return hit;
    const aged = this.old.get(key);
    if (aged !== undefined) this.set(key, aged);
    return aged;
  }

  /** Stores a value; when the young generation is full it becomes the old one and the previous old one goes. */
  set(key: string, value: V): void {
    if (this.young.size >= this.generationSize) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(key, value);
  }
}
