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

export interface ArrivalBuffer {
  /** Arrivals waiting. */
  readonly size: number;
  /** Arrivals let go to keep the limit, over the buffer's life. */
  readonly dropped: number;
  push(arrival: Arrival): void;
  /** Takes the oldest out. */
  shift(): Arrival | undefined;
  /** The oldest, left in. */
  first(): Arrival | undefined;
}

export function createArrivalBuffer(): ArrivalBuffer {
  const items: Arrival[] = [];
  let dropped = 0;
  return {
    get size() {
      return items.length;
    },
    get dropped() {
      return dropped;
    },
    push(arrival) {
      // shift() takes the front off in place in today's engines (V8 measured: flat per push from
      // 20,000 to 1,000,000 arrivals), so a storm costs O(1) per error.
      if (items.push(arrival) > ARRIVALS_LIMIT) {
        items.shift();
        dropped++;
      }
    },
    shift: () => items.shift(),
    first: () => items[0],
  };
}
