import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { binanceOptionsEager } from '@exchange-errors/binance-options/eager';
import { resolve } from '@exchange-errors/core';
import { createErrorStore } from './createErrorStore.js';
import { dedupeKey } from './dedupeKey.js';

const body = (param: string) => ({
  code: -1102,
  msg: `Mandatory parameter '${param}' was not sent, was empty/null, or malformed.`,
});

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

  it('survives hostile options: throwing getters, BigInt and cyclic values, a Proxy', () => {
    const store = createErrorStore();
    const cyclic: Record<string, unknown> = { param: 'qty' };
    cyclic['self'] = cyclic;
    const throwing = Object.defineProperty({}, 'values', {
      get() {
        throw new Error('boom');
      },
      enumerable: true,
    });
    const proxy = new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
        ownKeys() {
          throw new Error('trap');
        },
      },
    );
    for (const options of [
      throwing,
      proxy,
      { values: { param: 10n } },
      { values: cyclic },
      { action: proxy, request: proxy },
    ]) {
      expect(() => store.show(-1102, options as never)).not.toThrow();
    }
    expect(store.getSnapshot().total).toBe(5);
    expect(store.getSnapshot().history.map((h) => h.resolved.code)).toEqual([-1102, -1102, -1102, -1102, -1102]);
  });
});

describe('createErrorStore snapshots', () => {
  it('gives the same snapshot until something changes, and a new one after', () => {
    const store = createErrorStore();
    const first = store.getSnapshot();
    expect(store.getSnapshot()).toBe(first);
    store.show(body('qty'));
    const second = store.getSnapshot();
    expect(second).not.toBe(first);
    expect(store.getSnapshot()).toBe(second);
    store.pause('hover');
    expect(store.getSnapshot()).toBe(second);
    expect(Object.isFrozen(second)).toBe(true);
    expect(Object.isFrozen(second.visible)).toBe(true);
    expect(Object.isFrozen(second.history)).toBe(true);
  });

  it('keeps an old snapshot exactly as it was, even when read after later changes', () => {
    const store = createErrorStore({ limit: 1, errorDuration: 'persistent' });
    store.show(body('a'));
    store.show(body('b'));
    const before = store.getSnapshot();
    // Not read yet: the lazy parts must still describe this moment when read later.
    store.show(body('b'));
    store.show(body('c'));
    store.clearHistory();
    store.show(body('d'));
    expect(before.queued.map((r) => [r.resolved.values['param'], r.count])).toEqual([['b', 1]]);
    expect(before.history.map((h) => h.resolved.values['param'])).toEqual(['a', 'b']);
    const after = store.getSnapshot();
    expect(after.queued.map((r) => [r.resolved.values['param'], r.count])).toEqual([
      ['b', 2],
      ['c', 1],
      ['d', 1],
    ]);
    expect(after.history.map((h) => h.resolved.values['param'])).toEqual(['d']);
    expect(after.total).toBe(5);
  });

  it('spreads and serializes like a plain object', () => {
    const store = createErrorStore();
    store.show(body('qty'));
    const copy = { ...store.getSnapshot() };
    expect(copy.history).toHaveLength(1);
    expect(copy.queued).toEqual([]);
    expect(JSON.parse(JSON.stringify(store.getSnapshot())).history).toHaveLength(1);
  });
});

describe('createErrorStore under a storm', () => {
  it('bounds what waits: the oldest waiting toasts fold into the overflow count, every error stays in history', () => {
    const store = createErrorStore({ limit: 2, queueLimit: 3, errorDuration: 'persistent' });
    for (let i = 0; i < 10; i++) store.show(body(`p${i}`));
    const snapshot = store.getSnapshot();
    expect(snapshot.visible.map((r) => r.resolved.values['param'])).toEqual(['p1', 'p0']);
    // The newest wait; the oldest waiting ones folded away.
    expect(snapshot.queued.map((r) => r.resolved.values['param'])).toEqual(['p7', 'p8', 'p9']);
    expect(snapshot.waiting).toBe(3);
    expect(snapshot.overflow).toBe(5);
    expect(snapshot.history).toHaveLength(10);
    expect(snapshot.total).toBe(10);
    // A folded error coming back is a new toast, not lost in a stale slot.
    store.show(body('p2'));
    expect(store.getSnapshot().queued.map((r) => r.resolved.values['param'])).toEqual(['p8', 'p9', 'p2']);
    store.clearOverflow();
    expect(store.getSnapshot().overflow).toBe(0);
    store.dismiss(snapshot.visible[0]?.id ?? '');
    expect(store.getSnapshot().visible.map((r) => r.resolved.values['param'])).toEqual(['p8', 'p0']);
    store.dismissAll();
    expect(store.getSnapshot()).toMatchObject({ visible: [], queued: [], waiting: 0, overflow: 0, total: 11 });
  });

  it('coalesces into a waiting toast and dismisses a waiting one by id', () => {
    const store = createErrorStore({ limit: 1, errorDuration: 'persistent' });
    store.show(body('a'));
    const b = store.show(body('b'));
    const c = store.show(body('c'));
    expect(store.show(body('b'))).toBe(b);
    expect(store.getSnapshot().queued.map((r) => r.count)).toEqual([2, 1]);
    store.dismiss(c);
    expect(store.getSnapshot().queued.map((r) => r.id)).toEqual([b]);
    expect(store.getSnapshot().waiting).toBe(1);
  });

  it('stays bounded through 100,000 distinct errors, and counts every one', () => {
    const store = createErrorStore({ errorDuration: 'persistent' });
    for (let i = 0; i < 100_000; i++) store.show(body(`p${i}`));
    const snapshot = store.getSnapshot();
    expect(snapshot.visible).toHaveLength(3);
    expect(snapshot.waiting).toBe(20);
    expect(snapshot.overflow).toBe(100_000 - 23);
    expect(snapshot.history).toHaveLength(1000);
    expect(snapshot.dropped).toBe(99_000);
    expect(snapshot.total).toBe(100_000);
    expect(snapshot.history.at(-1)?.resolved.values['param']).toBe('p99999');
    expect(snapshot.history[0]?.seq).toBe(99_001);
  });

  it('stays one toast through 100,000 identical errors', () => {
    const store = createErrorStore({ errorDuration: 'persistent' });
    for (let i = 0; i < 100_000; i++) store.show({ code: -1008, msg: 'Too many requests queued.' });
    const snapshot = store.getSnapshot();
    expect(snapshot.visible).toHaveLength(1);
    expect(snapshot.visible[0]?.count).toBe(100_000);
    expect(snapshot.waiting + snapshot.overflow).toBe(0);
    expect(snapshot.history).toHaveLength(1000);
  });

  it('keeps one snapshot per change for a subscriber that reads every one, like useSyncExternalStore', () => {
    const store = createErrorStore({ errorDuration: 'persistent' });
    const seen = new Set<unknown>();
    store.subscribe(() => seen.add(store.getSnapshot()));
    for (let i = 0; i < 1000; i++) store.show(body(`p${i % 50}`));
    expect(seen.size).toBe(1000);
  });
});

describe('dedupeKey', () => {
  it('does not let a value forge a separator', () => {
    const base = resolve(binanceOptionsEager, -1102, { values: { param: 'a' } });
    const one = { ...base, values: { param: 'a\u0000otherParam=b' } };
    const two = { ...base, values: { param: 'a', otherParam: 'b' } };
    const three = { ...base, values: { param: 'a","b' } };
    const four = { ...base, values: { param: 'a', b: '' } };
    const keys = [one, two, three, four].map(dedupeKey);
    expect(new Set(keys).size).toBe(4);
    expect(dedupeKey({ ...base, values: { b: '1', a: '2' } })).toBe(dedupeKey({ ...base, values: { a: '2', b: '1' } }));
  });
});

describe('createErrorStore options', () => {
  it('reads its own options defensively: a Proxy whose traps throw gives the defaults', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
      },
    );
    const store = createErrorStore(hostile as never);
    for (let i = 0; i < 30; i++) store.show(body(`p${i}`));
    expect(store.getSnapshot()).toMatchObject({ waiting: 20, overflow: 7 });
    expect(store.getSnapshot().visible).toHaveLength(3);
  });

  it('takes a limit below 1 as no limit given, never as zero toasts on screen', () => {
    const store = createErrorStore({ limit: 0.5, historyLimit: 0.5 });
    store.show(body('a'));
    expect(store.getSnapshot().visible).toHaveLength(1);
    expect(store.getSnapshot().history).toHaveLength(1);
  });
});
