/**
 * The bounded history as fixed-size chunks that are only ever appended to. Appending is O(1); a
 * snapshot keeps a view (the chunk list and a sequence range) in O(1), and builds its array only
 * when someone reads it. Chunks are never rewritten, so an old view still reads exactly what it saw.
 */
import type { HistoryEntry } from './types.js';

export interface HistoryView {
  readonly chunks: readonly (readonly HistoryEntry[])[];
  /** Sequence number of `chunks[0][0]`. */
  readonly firstSeq: number;
  /** First and last sequence number in the view (empty when `startSeq > endSeq`). */
  readonly startSeq: number;
  readonly endSeq: number;
  readonly chunkSize: number;
}

export class HistoryLog {
  private chunks: HistoryEntry[][] = [];
  private firstSeq = 1;
  private startSeq = 1;
  private endSeq = 0;
  /** Sequence number of the last entry before the last `clear()`. */
  private clearedAt = 0;
  private readonly chunkSize: number;

  constructor(private readonly limit: number) {
    this.chunkSize = Math.max(1, Math.min(256, limit));
  }

  /** Entries let go to keep the bound (since the last clear). */
  get dropped(): number {
    return this.startSeq - this.clearedAt - 1;
  }

  get length(): number {
    return this.endSeq - this.startSeq + 1;
  }

  append(entry: HistoryEntry): void {
    const last = this.chunks[this.chunks.length - 1];
    if (last && last.length < this.chunkSize) last.push(entry);
    // A new chunk list, so views holding the old one are untouched.
    else this.chunks = [...this.chunks, [entry]];
    // Sequence numbers are contiguous (the store numbers every arrival), so `firstSeq` stays right.
    this.endSeq = entry.seq;
    this.startSeq = Math.max(this.startSeq, this.endSeq - this.limit + 1);
    // Whole chunks that fell out of the window go; at most `chunkSize - 1` stale entries linger.
    while (this.chunks.length > 1 && this.firstSeq + this.chunkSize <= this.startSeq) {
      this.chunks = this.chunks.slice(1);
      this.firstSeq += this.chunkSize;
    }
  }

  clear(): void {
    this.chunks = [];
    this.clearedAt = this.endSeq;
    this.firstSeq = this.endSeq + 1;
    this.startSeq = this.endSeq + 1;
  }

  view(): HistoryView {
    return {
      chunks: this.chunks,
      firstSeq: this.firstSeq,
      startSeq: this.startSeq,
      endSeq: this.endSeq,
      chunkSize: this.chunkSize,
    };
  }
}

export function materializeHistory(view: HistoryView): HistoryEntry[] {
  const out: HistoryEntry[] = [];
  for (let seq = view.startSeq; seq <= view.endSeq; seq++) {
    const offset = seq - view.firstSeq;
    const entry = view.chunks[Math.floor(offset / view.chunkSize)]?.[offset % view.chunkSize];
    if (entry) out.push(entry);
  }
  return out;
}
