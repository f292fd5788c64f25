import { describe, expect, it } from 'vitest';
import { HistoryLog } from './historyLog.js';
import type { HistoryEntry } from './types.js';

const entry = (seq: number) => ({ seq }) as unknown as HistoryEntry;
const seqs = (view: () => readonly HistoryEntry[]) => view().map((e) => e.seq);

describe('HistoryLog', () => {
  it('keeps the newest `limit` entries and counts the others, through many cuts', () => {
    const log = new HistoryLog(3);
    for (let i = 1; i <= 10; i++) log.append(entry(i));
    expect(seqs(log.view())).toEqual([8, 9, 10]);
    expect(log.dropped).toBe(7);
  });

  it('with a limit of 1, keeps the last entry', () => {
    const log = new HistoryLog(1);
    for (let i = 1; i <= 5; i++) log.append(entry(i));
    expect(seqs(log.view())).toEqual([5]);
    expect(log.dropped).toBe(4);
  });

  it('keeps each view as it was, read after appends, cuts and a clear', () => {
    const log = new HistoryLog(4);
    log.append(entry(1));
    log.append(entry(2));
    const early = log.view();
    for (let i = 3; i <= 9; i++) log.append(entry(i));
    const later = log.view();
    log.clear();
    log.append(entry(10));
    expect(seqs(early)).toEqual([1, 2]);
    expect(seqs(later)).toEqual([6, 7, 8, 9]);
    expect(seqs(log.view())).toEqual([10]);
    // Counted since the clear.
    expect(log.dropped).toBe(0);
    const view = log.view();
    expect(Object.isFrozen(view())).toBe(true);
    expect(view()).toBe(view());
  });

  it('never shows more than its limit, whenever it is read, through 10,000 entries', () => {
    const log = new HistoryLog(100);
    let longest = 0;
    for (let i = 1; i <= 10_000; i++) {
      log.append(entry(i));
      longest = Math.max(longest, log.view()().length);
    }
    expect(longest).toBe(100);
    expect(log.dropped).toBe(9_900);
  });
});
