import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createErrorStore } from './createErrorStore.js';

const body = (param: string) => ({ code: -1102, msg: `Mandatory parameter '${param}' was not sent, was empty/null, or malformed.` });

describe('createErrorStore', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows newest first up to the limit and queues the rest', () => {
    const store = createErrorStore({ limit: 2 });
    const ids = ['a', 'b', 'c', 'd'].map((p) => store.show(body(p)));
    const { visible, queued } = store.getSnapshot();
    expect(visible.map((r) => r.id)).toEqual([ids[1], ids[0]]);
    expect(queued.map((r) => r.id)).toEqual([ids[2], ids[3]]);
    store.dismiss(ids[0] ?? '');
    expect(store.getSnapshot().visible.map((r) => r.id)).toEqual([ids[2], ids[1]]);
  });

  it('coalesces the same code and values within the window, and only those', () => {
    const store = createErrorStore();
    const first = store.show(body('qty'));
    expect(store.show(body('qty'))).toBe(first);
    expect(store.show(JSON.stringify(body('qty')))).toBe(first);
    const other = store.show(body('price'));
    expect(other).not.toBe(first);
    const snapshot = store.getSnapshot();
    expect(snapshot.visible.find((r) => r.id === first)?.count).toBe(3);
    expect(snapshot.history.map((h) => h.coalesced)).toEqual([false, true, true, false]);
  });

  it('does not coalesce once the window has passed', () => {
    let now = 0;
    const store = createErrorStore({ dedupeWindowMs: 1000, errorDuration: 'persistent', now: () => now });
    const first = store.show(body('qty'));
    now = 5000;
    expect(store.show(body('qty'))).not.toBe(first);
  });

  it('dismisses after the duration by severity, and never a persistent one', () => {
    const store = createErrorStore({ errorDuration: 1000, noticeDuration: 500 });
    store.show(body('qty'));
    store.show({ code: -1008, msg: 'Too many requests queued.' });
    store.show(-2010, { duration: 'persistent' });
    vi.advanceTimersByTime(600);
    expect(store.getSnapshot().visible).toHaveLength(2);
    vi.advanceTimersByTime(500);
    expect(store.getSnapshot().visible.map((r) => r.resolved.code)).toEqual([-2010]);
    vi.advanceTimersByTime(1_000_000);
    expect(store.getSnapshot().visible).toHaveLength(1);
  });

  it('holds every timer while any pause reason is active, then resumes with the time left', () => {
    const store = createErrorStore({ errorDuration: 1000 });
    store.show(body('qty'));
    vi.advanceTimersByTime(400);
    store.pause('hover');
    store.pause('hidden');
    vi.advanceTimersByTime(10_000);
    store.resume('hover');
    vi.advanceTimersByTime(10_000);
    expect(store.getSnapshot().visible).toHaveLength(1);
    store.resume('hidden');
    vi.advanceTimersByTime(599);
    expect(store.getSnapshot().visible).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(store.getSnapshot().visible).toHaveLength(0);
  });

  it('restarts the timer when a coalesced error arrives', () => {
    const store = createErrorStore({ errorDuration: 1000, dedupeWindowMs: 10_000, now: () => Date.now() });
    store.show(body('qty'));
    vi.advanceTimersByTime(900);
    store.show(body('qty'));
    vi.advanceTimersByTime(900);
    expect(store.getSnapshot().visible[0]?.count).toBe(2);
  });

  it('keeps a bounded history and counts what it dropped', () => {
    const store = createErrorStore({ historyLimit: 100 });
    for (let i = 0; i < 1000; i++) store.show({ code: -1008, msg: 'Too many requests queued.' });
    const snapshot = store.getSnapshot();
    expect(snapshot.history).toHaveLength(100);
    expect(snapshot.dropped).toBe(900);
    expect(snapshot.total).toBe(1000);
    expect(snapshot.visible).toHaveLength(1);
    expect(snapshot.visible[0]?.count).toBe(1000);
    store.clearHistory();
    expect(store.getSnapshot().history).toHaveLength(0);
  });

  it('notifies subscribers and stops after unsubscribe', () => {
    const store = createErrorStore();
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.show(-1121);
    unsubscribe();
    store.show(-2010);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('survives bad input and bad options', () => {
    const store = createErrorStore({ limit: -3, historyLimit: Number.NaN, errorDuration: -1 });
    for (const input of [undefined, null, Number.NaN, '<b>x</b>', {}, Symbol('s')]) {
      expect(() => store.show(input, 'nope' as never)).not.toThrow();
    }
    expect(store.getSnapshot().visible.length).toBeLessThanOrEqual(3);
    expect(() => store.dismiss('missing')).not.toThrow();
    store.dismissAll();
    expect(store.getSnapshot().visible).toHaveLength(0);
  });
});
