/**
 * The bounded history: entries appended to one array, the oldest let go past the limit. Appending
 * is O(1) amortized (the array is cut to the kept entries once as many were let go). A view keeps
 * the array and a range in O(1) and builds its array only when read; the array is only appended to
 * or replaced, never rewritten, so an old view still reads exactly what it saw.
 */
import type { HistoryEntry } from './types.js';

export class HistoryLog {
  #entries: HistoryEntry[] = [];
  /** Index of the first entry kept. */
  #start = 0;
  /** Entries appended over the log's life, and at the last `clear()`. */
  #appended = 0;
  #clearedAt = 0;
  readonly #limit: number;

  /** `limit`: at least 1 (the caller's to check). */
  constructor(limit: number) {
    this.#limit = limit;
  }

  /** Entries let go to keep the bound (since the last clear). */
  get dropped(): number {
    return this.#appended - this.#clearedAt - (this.#entries.length - this.#start);
  }

  append(entry: HistoryEntry): void {
    this.#appended += 1;
    if (this.#entries.push(entry) - this.#start > this.#limit) this.#start += 1;
    // A new array of the kept entries: views holding the old one are untouched.
    if (this.#start >= this.#limit) {
      this.#entries = this.#entries.slice(this.#start);
      this.#start = 0;
    }
  }

  clear(): void {
    this.#entries = [];
    this.#start = 0;
    this.#clearedAt = this.#appended;
  }

  /** The history as it is now, built into an array (frozen, kept) on first call. O(1) until then. */
  view(): () => readonly HistoryEntry[] {
    const entries = this.#entries;
    const from = this.#start;
    const to = entries.length;
    let built: readonly HistoryEntry[] | undefined;
    return () => (built ??= Object.freeze(entries.slice(from, to)));
  }
}
