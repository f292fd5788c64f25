/**
 * The one place errors wait for what reads them: `showError`'s before the store's chunk is in, and
 * the store's before the engine and the catalogs are. The default store takes over the buffer
 * `showError` filled, so every early error waits once, in arrival order, under one limit, with the
 * time it arrived. Small on purpose: it is in an app's first load.
 */
import type { NormalizedShowOptions } from './normalizeShowOptions.js';

/** An error as it arrived. */
export interface Arrival {
  readonly error: unknown;
  /** The options as given. */
  readonly options: unknown;
  /**
   * The options read, when the store took the error (`showError` before the store's chunk has no
   * reader: the store reads those once, when it shows them).
   */
  readonly read?: NormalizedShowOptions;
  /** When it arrived (with `read`: the caller's `time` if it gave one). */
  readonly at: number;
  /** The id `show` returned for it: its toast's, unless it coalesces into another. */
  readonly id: string;
}

/** At most this many errors wait; a storm beyond it keeps the newest and counts the others. */
export const ARRIVALS_LIMIT = 10_000;

export class ArrivalBuffer {
  #items: (Arrival | undefined)[] = [];
  #head = 0;
  #dropped = 0;

  get size(): number {
    return this.#items.length - this.#head;
  }

  /** Arrivals let go to keep the limit, over the buffer's life. */
  get dropped(): number {
    return this.#dropped;
  }

  push(arrival: Arrival): void {
    if (this.#items.push(arrival) - this.#head <= ARRIVALS_LIMIT) return;
    this.#items[this.#head++] = undefined;
    this.#dropped++;
    // Dropped places are only skipped; the array is cut when they are half of it: O(1) amortized.
    if (this.#head * 2 >= this.#items.length) this.#items = this.takeAll();
  }

  /** Everything waiting, oldest first; the buffer is empty after. */
  takeAll(): Arrival[] {
    const items = this.#items.slice(this.#head) as Arrival[];
    this.#items = [];
    this.#head = 0;
    return items;
  }
}
