/**
 * The bounded history as fixed-size chunks that are only ever appended to. Appending is O(1); a
 * snapshot keeps a view (the chunk list and a sequence range) in O(1), and builds its array only
 * when someone reads it. Chunks are never rewritten, so an old view still reads exactly what it saw.
 */
import type { HistoryEntry } from './types.js';

export class HistoryLog {
  #chunks: HistoryEntry[][] = [];
  #firstSeq = 1;
  #startSeq = 1;
  #endSeq = 0;
  /** Sequence number of the last entry before the last `clear()`. */
  #clearedAt = 0;
  readonly #limit: number;
  readonly #chunkSize: number;

  constructor(limit: number) {
    this.#limit = limit;
    this.#chunkSize = Math.max(1, Math.min(256, limit));
  }

  /** Entries let go to keep the bound (since the last clear). */
  get dropped(): number {
    return this.#startSeq - this.#clearedAt - 1;
  }

  append(entry: HistoryEntry): void {
    const last = this.#chunks[this.#chunks.length - 1];
    if (last && last.length < this.#chunkSize) last.push(entry);
    // A new chunk list, so views holding the old one are untouched.
    else this.#chunks = [...this.#chunks, [entry]];
    // Sequence numbers are contiguous (the store numbers every arrival), so `firstSeq` stays right.
    this.#endSeq = entry.seq;
    this.#startSeq = Math.max(this.#startSeq, this.#endSeq - this.#limit + 1);
    // Whole chunks that fell out of the window go; at most `chunkSize - 1` stale entries linger.
    while (this.#chunks.length > 1 && this.#firstSeq + this.#chunkSize <= this.#startSeq) {
      this.#chunks = this.#chunks.slice(1);
      this.#firstSeq += this.#chunkSize;
    }
  }

  clear(): void {
    this.#chunks = [];
    this.#clearedAt = this.#endSeq;
    this.#firstSeq = this.#endSeq + 1;
    this.#startSeq = this.#endSeq + 1;
  }

  /** The history as it is now, built into an array (frozen, kept) on first call. O(1) until then. */
  view(): () => readonly HistoryEntry[] {
    const chunks = this.#chunks;
    const firstSeq = this.#firstSeq;
    const startSeq = this.#startSeq;
    const endSeq = this.#endSeq;
    const chunkSize = this.#chunkSize;
    let built: readonly HistoryEntry[] | undefined;
    return () => {
      if (!built) {
        const out: HistoryEntry[] = [];
        for (let seq = startSeq; seq <= endSeq; seq++) {
          const offset = seq - firstSeq;
          const entry = chunks[Math.floor(offset / chunkSize)]?.[offset % chunkSize];
          if (entry) out.push(entry);
        }
        built = Object.freeze(out);
      }
      return built;
    };
  }
}
