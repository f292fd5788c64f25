import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createToastQueue, type ToastQueueOptions } from './ToastQueue.js';

/** A toast the queue knows nothing about beyond `id` and `duration`. */
interface Note {
  readonly id: string;
  readonly duration: number | null;
  readonly text: string;
}

const note = (id: string, duration: number | null = null, text = id): Note => ({ id, duration, text });

function queue(options: Partial<ToastQueueOptions<Note>> = {}) {
  const removed: string[] = [];
  const q = createToastQueue<Note>({
    maxVisible: 2,
    maxWaiting: 3,
    onRemove: (toast) => removed.push(toast.id),
    ...options,
  });
  const ids = () => {
    const s = q.getSnapshot();
    return { visible: s.visible.map((t) => t.id), queued: s.queued().map((t) => t.id), overflow: s.overflow };
  };
  return { q, removed, ids };
}

describe('ToastQueue', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows up to maxVisible, newest first; the rest wait, oldest first', () => {
    const { q, ids } = queue();
    for (const id of ['a', 'b', 'c', 'd']) q.add(note(id));
    expect(ids()).toEqual({ visible: ['b', 'a'], queued: ['c', 'd'], overflow: 0 });
    expect(q.getSnapshot().waiting).toBe(2);
    q.dismiss('a');
    expect(ids()).toEqual({ visible: ['c', 'b'], queued: ['d'], overflow: 0 });
  });

  it('folds the oldest waiting toasts into overflow beyond maxWaiting, and says each one left', () => {
    const { q, removed, ids } = queue({ maxVisible: 1, maxWaiting: 2 });
    for (const id of ['a', 'b', 'c', 'd', 'e']) q.add(note(id));
    expect(ids()).toEqual({ visible: ['a'], queued: ['d', 'e'], overflow: 2 });
    expect(removed).toEqual(['b', 'c']);
    expect(q.get('b')).toBeUndefined();
    q.clearOverflow();
    expect(ids().overflow).toBe(0);
  });

  it('with maxWaiting 0, a toast that finds no room folds at once', () => {
    const { q, removed, ids } = queue({ maxVisible: 1, maxWaiting: 0 });
    q.add(note('a'));
    q.add(note('b'));
    expect(ids()).toEqual({ visible: ['a'], queued: [], overflow: 1 });
    expect(removed).toEqual(['b']);
  });

  it('finds and updates a toast on screen or waiting, in place', () => {
    const { q, ids } = queue({ maxVisible: 1 });
    q.add(note('a'));
    q.add(note('b'));
    q.update(note('a', null, 'a2'));
    q.update(note('b', null, 'b2'));
    expect(q.get('a')?.text).toBe('a2');
    expect(q.get('b')?.text).toBe('b2');
    expect(q.getSnapshot().queued()[0]?.text).toBe('b2');
    q.update(note('missing'));
    expect(q.get('missing')).toBeUndefined();
    expect(ids()).toEqual({ visible: ['a'], queued: ['b'], overflow: 0 });
  });

  it('dismisses a waiting toast by id, and tells onRemove of every dismissal', () => {
    const { q, removed, ids } = queue({ maxVisible: 1 });
    for (const id of ['a', 'b', 'c']) q.add(note(id));
    q.dismiss('b');
    q.dismiss('b');
    q.dismiss('nothing');
    expect(ids()).toEqual({ visible: ['a'], queued: ['c'], overflow: 0 });
    expect(q.getSnapshot().waiting).toBe(1);
    q.dismiss('a');
    expect(ids()).toEqual({ visible: ['c'], queued: [], overflow: 0 });
    expect(removed).toEqual(['b', 'a']);
  });

  it('dismissAll empties everything and resets the overflow, without an onRemove per toast', () => {
    const { q, removed, ids } = queue({ maxVisible: 1, maxWaiting: 1 });
    for (const id of ['a', 'b', 'c']) q.add(note(id, 1000));
    removed.length = 0;
    q.dismissAll();
    expect(ids()).toEqual({ visible: [], queued: [], overflow: 0 });
    expect(removed).toEqual([]);
    // No timer of a cleared toast is left to fire.
    vi.advanceTimersByTime(10_000);
    expect(removed).toEqual([]);
  });

  it('times a toast out from when it shows, not from when it was added', () => {
    const { q, removed, ids } = queue({ maxVisible: 1 });
    q.add(note('a', 1000));
    q.add(note('b', 1000));
    vi.advanceTimersByTime(1000);
    expect(ids().visible).toEqual(['b']);
    vi.advanceTimersByTime(999);
    expect(ids().visible).toEqual(['b']);
    vi.advanceTimersByTime(1);
    expect(ids().visible).toEqual([]);
    expect(removed).toEqual(['a', 'b']);
  });

  it('never times out a toast whose duration is null', () => {
    const { q, ids } = queue();
    q.add(note('a', null));
    vi.advanceTimersByTime(1e9);
    expect(ids().visible).toEqual(['a']);
  });

  it('restarts the time of a toast on screen when it is updated', () => {
    const { q, ids } = queue();
    q.add(note('a', 1000));
    vi.advanceTimersByTime(900);
    q.update(note('a', 1000, 'again'));
    vi.advanceTimersByTime(900);
    expect(ids().visible).toEqual(['a']);
    vi.advanceTimersByTime(100);
    expect(ids().visible).toEqual([]);
  });

  it('holds every timer while any pause reason is active, toasts shown meanwhile included', () => {
    const { q, ids } = queue();
    q.add(note('a', 1000));
    vi.advanceTimersByTime(400);
    q.pause('hover');
    q.pause('hidden');
    q.add(note('b', 1000));
    vi.advanceTimersByTime(10_000);
    q.resume('hover');
    q.resume('nothing');
    vi.advanceTimersByTime(10_000);
    expect(ids().visible).toEqual(['b', 'a']);
    q.resume('hidden');
    vi.advanceTimersByTime(600);
    expect(ids().visible).toEqual(['b']);
    vi.advanceTimersByTime(400);
    expect(ids().visible).toEqual([]);
  });

  it('uses the clock it is given for the time left', () => {
    let now = 0;
    const { q, ids } = queue({ now: () => now });
    q.add(note('a', 1000));
    vi.advanceTimersByTime(100);
    now = 800;
    q.pause('hover');
    q.resume('hover');
    vi.advanceTimersByTime(199);
    expect(ids().visible).toEqual(['a']);
    vi.advanceTimersByTime(1);
    expect(ids().visible).toEqual([]);
  });
});

describe('ToastQueue snapshots', () => {
  it('gives the same frozen snapshot until something changes; a pause is no change', () => {
    const { q } = queue();
    const first = q.getSnapshot();
    expect(q.getSnapshot()).toBe(first);
    q.add(note('a'));
    const second = q.getSnapshot();
    expect(second).not.toBe(first);
    q.pause('hover');
    q.resume('hover');
    q.clearOverflow();
    q.dismiss('nothing');
    expect(q.getSnapshot()).toBe(second);
    expect(Object.isFrozen(second)).toBe(true);
    expect(Object.isFrozen(second.visible)).toBe(true);
    expect(Object.isFrozen(second.queued())).toBe(true);
    expect(second.queued()).toBe(second.queued());
  });

  it('keeps an old snapshot as it was, its waiting line read after later changes included', () => {
    const { q } = queue({ maxVisible: 1, maxWaiting: 2 });
    q.add(note('a'));
    q.add(note('b'));
    const before = q.getSnapshot();
    // Not read yet: the waiting line must still describe this moment when read later.
    q.update(note('b', null, 'b2'));
    q.add(note('c'));
    q.add(note('d'));
    q.dismiss('c');
    expect(before.queued().map((t) => t.text)).toEqual(['b']);
    expect(
      q
        .getSnapshot()
        .queued()
        .map((t) => t.text),
    ).toEqual(['d']);
    expect(q.getSnapshot().overflow).toBe(1);
  });

  it('tells every subscriber of each change, one that throws included, and stops after unsubscribe', () => {
    const { q } = queue();
    const rethrown: unknown[] = [];
    // The error of a broken listener surfaces in a microtask, after the others were told.
    const microtask = vi.spyOn(globalThis, 'queueMicrotask').mockImplementation((callback) => {
      try {
        callback();
      } catch (error) {
        rethrown.push(error);
      }
    });
    try {
      const seen: unknown[] = [];
      const broken = q.subscribe(() => {
        throw new Error('listener');
      });
      const stop = q.subscribe(() => seen.push(q.getSnapshot()));
      q.add(note('a'));
      q.add(note('b'));
      stop();
      broken();
      q.add(note('c'));
      expect(seen).toHaveLength(2);
      expect(new Set(seen).size).toBe(2);
      expect(rethrown).toHaveLength(2);
    } finally {
      microtask.mockRestore();
    }
  });

  it('costs the same per toast for 10,000 toasts as for 100,000 (O(1) amortized, bounded memory)', () => {
    const run = (n: number) => {
      const q = createToastQueue<Note>({ maxVisible: 3, maxWaiting: 20 });
      let reads = 0;
      q.subscribe(() => {
        reads += q.getSnapshot().visible.length;
      });
      // CPU time: what other processes on a shared machine take is not counted.
      const start = process.cpuUsage();
      for (let i = 0; i < n; i++) {
        q.add(note(`t${i}`));
        // Every other toast is dismissed while waiting: holes the line must skip and cut away.
        if (i % 2 === 1) q.dismiss(`t${i - 5}`);
      }
      const used = process.cpuUsage(start);
      const perToast = (used.user + used.system) / n;
      const s = q.getSnapshot();
      expect(s.visible).toHaveLength(3);
      expect(s.waiting).toBeLessThanOrEqual(20);
      expect(reads).toBeGreaterThan(0);
      return perToast;
    };
    run(10_000);
    const small = Math.min(run(10_000), run(10_000));
    const big = Math.min(run(100_000), run(100_000));
    // Quadratic would be ×10; a loaded machine gets a wide margin.
    expect(big / small).toBeLessThan(4);
  });
});
