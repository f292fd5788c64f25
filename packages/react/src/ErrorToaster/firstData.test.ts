import { afterEach, describe, expect, it, vi } from 'vitest';
import { expectFirstData, FIRST_DATA_GRACE_MS, firstDataOrGrace, releaseOverdue } from './firstData.js';

afterEach(() => {
  vi.useRealTimers();
});

/** Whether the promise has settled after the timers ran to `ms` (fake clock). */
async function settledBy(promise: Promise<void>, ms: number): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await vi.advanceTimersByTimeAsync(ms);
  return done;
}

describe('the controller waiting for the first toast’s data', () => {
  it('does not wait when nothing is in flight', async () => {
    vi.useFakeTimers();
    expect(await settledBy(firstDataOrGrace(), 0)).toBe(true);
  });

  it('waits for data in flight, and no longer than it takes', async () => {
    vi.useFakeTimers();
    let arrive = () => {};
    expectFirstData(new Promise<void>((resolve) => (arrive = resolve)));
    const waiting = firstDataOrGrace();
    expect(await settledBy(waiting, 10)).toBe(false);
    arrive();
    expect(await settledBy(waiting, 0)).toBe(true);
    // Once in, the next load does not wait at all.
    expect(await settledBy(firstDataOrGrace(), 0)).toBe(true);
  });

  it('gives up after the grace period: data that never comes (or fails) never holds the toast back', async () => {
    vi.useFakeTimers();
    expectFirstData(new Promise<void>(() => {}));
    const waiting = firstDataOrGrace();
    expect(await settledBy(waiting, FIRST_DATA_GRACE_MS - 1)).toBe(false);
    expect(await settledBy(waiting, 1)).toBe(true);
    expectFirstData(Promise.reject(new Error('chunk failed')));
    expect(await settledBy(firstDataOrGrace(), 0)).toBe(true);
  });

  it('lets go of an overdue wait whose timer was lost, with the next error', async () => {
    // A test's fake clock put away before the grace timer ran: the timer is gone for good.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    expectFirstData(new Promise<void>(() => {}));
    let done = false;
    void firstDataOrGrace().then(() => (done = true));
    vi.useRealTimers();
    await new Promise((resolve) => setTimeout(resolve, FIRST_DATA_GRACE_MS + 20));
    expect(done).toBe(false);
    releaseOverdue();
    await Promise.resolve();
    expect(done).toBe(true);
  });

  it('keeps a wait that is not overdue yet', async () => {
    vi.useFakeTimers();
    expectFirstData(new Promise<void>(() => {}));
    const waiting = firstDataOrGrace();
    releaseOverdue();
    expect(await settledBy(waiting, FIRST_DATA_GRACE_MS / 2)).toBe(false);
    expect(await settledBy(waiting, FIRST_DATA_GRACE_MS / 2)).toBe(true);
  });
});
