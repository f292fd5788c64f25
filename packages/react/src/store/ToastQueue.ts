/**
 * Toasts on screen and waiting, with their timers, knowing nothing of what a toast holds: at most
 * `maxVisible` on screen (newest first), at most `maxWaiting` behind them (oldest first), and beyond
 * that the oldest waiting one folds into an `overflow` count. A toast on screen leaves when its
 * `duration` runs out (`null`: never), counted only while no pause reason is active.
 *
 * Every operation is O(1) amortized, whatever the number of toasts added (`maxVisible` is small).
 * Snapshots, for `useSyncExternalStore`, are new objects only after a change; `queued` is built
 * on first call.
 */
import { listen, notifyAll } from './notify.js';
import { Timer } from './Timer.js';
import { createWaitingLine } from './WaitingLine.js';

/** What the queue needs of a toast; the rest is the caller's. */
export interface QueuedToast {
  readonly id: string;
  /** Milliseconds on screen; `null` stays until dismissed. */
  readonly duration: number | null;
}

/** Why timers are paused; any one of them holds every toast on screen. */
export type PauseReason = 'hover' | 'focus' | 'hidden' | (string & {});

export interface ToastQueueOptions<T> {
  /** Toasts on screen at once: at least 1 (the caller's to check). */
  readonly maxVisible: number;
  /** Toasts waiting behind them (0 or more); beyond it the oldest waiting one folds into `overflow`. */
  readonly maxWaiting: number;
  /** The clock the timers count with. Default `Date.now`. */
  readonly now?: () => number;
  /**
   * Called for each toast that leaves on its own: dismissed, timed out, or folded away (not for
   * `dismissAll`, which empties everything at once).
   */
  readonly onRemove?: (toast: T) => void;
}

export interface ToastQueueSnapshot<T> {
  /** On screen, newest first. */
  readonly visible: readonly T[];
  /**
   * Waiting for a free place, oldest first: built on first call (then kept). A function, not a
   * getter: an accessor in an object literal costs V8 ~0.6 µs per snapshot, and a storm makes one per error.
   */
  readonly queued: () => readonly T[];
  /** `queued.length`, without building the array. */
  readonly waiting: number;
  /** Toasts folded away since the last `clearOverflow()` or `dismissAll()`. */
  readonly overflow: number;
}

/** Where a toast is, by id: its position in the waiting line, or ON_SCREEN. */
const ON_SCREEN = -1;

const NONE: readonly never[] = Object.freeze([]);

export interface ToastQueue<T extends QueuedToast> {
  /** Adds a toast (its id not in the queue yet) behind the waiting ones; it shows at once if there is room. */
  add(toast: T): void;
  /** The toast with this id, on screen or waiting. */
  get(id: string): T | undefined;
  /** Puts `toast` in the place of the one with its id; on screen, its time starts over. */
  update(toast: T): void;
  dismiss(id: string): void;
  /** Dismisses every toast, waiting ones included, and resets the overflow count; no `onRemove` calls. */
  dismissAll(): void;
  clearOverflow(): void;
  /** Holds every timer until each reason given is resumed. Not a change: no new snapshot. */
  pause(reason: PauseReason): void;
  resume(reason: PauseReason): void;
  subscribe(listener: () => void): () => void;
  getSnapshot(): ToastQueueSnapshot<T>;
}

export function createToastQueue<T extends QueuedToast>(options: ToastQueueOptions<T>): ToastQueue<T> {
  const { maxVisible, maxWaiting, now = Date.now, onRemove } = options;
  /** Replaced, never mutated: at most `maxVisible` toasts, so a copy per change is O(1). */
  let visible: readonly T[] = NONE;
  const line = createWaitingLine<T>();
  let overflow = 0;
  const slots = new Map<string, number>();
  const timers = new Map<string, Timer>();
  const pauses = new Set<string>();
  const listeners = new Set<() => void>();
  let snapshot: ToastQueueSnapshot<T> | null = null;

  function changed(): void {
    snapshot = null;
    notifyAll(listeners);
  }

  function startTimer(toast: T): void {
    const id = toast.id;
    timers.get(id)?.pause();
    timers.delete(id);
    if (toast.duration === null) return;
    const timer = new Timer(() => dismiss(id), toast.duration, now);
    timers.set(id, timer);
    if (pauses.size === 0) timer.resume();
  }

  /** Moves the oldest waiting toasts on screen while there is room, and starts their timers. */
  function promote(): void {
    let next = visible;
    while (next.length < maxVisible) {
      const toast = line.shift();
      if (!toast) break;
      slots.set(toast.id, ON_SCREEN);
      next = [toast, ...next];
      startTimer(toast);
    }
    if (next !== visible) visible = Object.freeze(next);
  }

  function get(id: string): T | undefined {
    const slot = slots.get(id);
    if (slot === undefined) return undefined;
    return slot === ON_SCREEN ? visible.find((t) => t.id === id) : line.at(slot);
  }

  function dismiss(id: string): void {
    const slot = slots.get(id);
    if (slot === undefined) return;
    const toast = get(id);
    slots.delete(id);
    if (slot === ON_SCREEN) {
      visible = Object.freeze(visible.filter((t) => t.id !== id));
      timers.get(id)?.pause();
      timers.delete(id);
    } else {
      line.set(slot, undefined);
    }
    if (toast) onRemove?.(toast);
    promote();
    changed();
  }

  return {
    add(toast) {
      slots.set(toast.id, line.push(toast));
      promote();
      while (line.size > maxWaiting) {
        const folded = line.shift();
        if (!folded) break;
        slots.delete(folded.id);
        overflow += 1;
        onRemove?.(folded);
      }
      changed();
    },
    get,
    update(toast) {
      const slot = slots.get(toast.id);
      if (slot === undefined) return;
      if (slot === ON_SCREEN) {
        visible = Object.freeze(visible.map((t) => (t.id === toast.id ? toast : t)));
        startTimer(toast);
      } else {
        line.set(slot, toast);
      }
      changed();
    },
    dismiss,
    dismissAll() {
      for (const timer of timers.values()) timer.pause();
      timers.clear();
      visible = NONE;
      slots.clear();
      line.clear();
      overflow = 0;
      changed();
    },
    clearOverflow() {
      if (overflow === 0) return;
      overflow = 0;
      changed();
    },
    pause(reason) {
      pauses.add(reason);
      for (const timer of timers.values()) timer.pause();
    },
    resume(reason) {
      if (!pauses.delete(reason) || pauses.size > 0) return;
      for (const timer of timers.values()) timer.resume();
    },
    subscribe: (listener) => listen(listeners, listener),
    getSnapshot() {
      snapshot ??= Object.freeze({ visible, queued: line.view(), waiting: line.size, overflow });
      return snapshot;
    },
  };
}
