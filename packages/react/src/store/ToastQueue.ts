/**
 * Toasts on screen and waiting, with their timers, knowing nothing of what a toast holds: at most
 * `maxVisible` on screen (newest first), at most `maxWaiting` behind them (oldest first), and beyond
 * that the oldest waiting one folds into an `overflow` count. A toast on screen leaves when its
 * `duration` runs out (`null`: never), counted only while no pause reason is active.
 *
 * Every operation is O(1) amortized, whatever the number of toasts added (`maxVisible` is small).
 * Snapshots, for `useSyncExternalStore`, are new objects only after a change; `queued` is built
 * on first read.
 */
import { notifyAll } from './notify.js';
import { Timer } from './Timer.js';
import { WaitingLine } from './WaitingLine.js';

/** What the queue needs of a toast; the rest is the caller's. */
export interface QueuedToast {
  readonly id: string;
  /** Milliseconds on screen; `null` stays until dismissed. */
  readonly duration: number | null;
}

/** Why timers are paused; any one of them holds every toast on screen. */
export type PauseReason = 'hover' | 'focus' | 'hidden' | (string & {});

export interface ToastQueueOptions<T> {
  /** Toasts on screen at once (at least 1). */
  readonly maxVisible: number;
  /** Toasts waiting behind them; beyond it the oldest waiting one folds into `overflow`. */
  readonly maxWaiting: number;
  /** The clock the timers count with. Default `Date.now`. */
  readonly now?: () => number;
  /** Called for each toast that leaves: dismissed, timed out, folded away, or cleared. */
  readonly onRemove?: (toast: T) => void;
}

export interface ToastQueueSnapshot<T> {
  /** On screen, newest first. */
  readonly visible: readonly T[];
  /** Waiting for a free place, oldest first. */
  readonly queued: readonly T[];
  /** `queued.length`, without building the array. */
  readonly waiting: number;
  /** Toasts folded away since the last `clearOverflow()` or `dismissAll()`. */
  readonly overflow: number;
}

/** Where a toast is: on screen, or waiting at a position of the line. */
interface Slot {
  visible: boolean;
  position: number;
}

const NONE: readonly never[] = Object.freeze([]);

export class ToastQueue<T extends QueuedToast> {
  readonly #maxVisible: number;
  readonly #maxWaiting: number;
  readonly #now: () => number;
  readonly #onRemove: ((toast: T) => void) | undefined;
  /** Replaced, never mutated: at most `maxVisible` toasts, so a copy per change is O(1). */
  #visible: readonly T[] = NONE;
  readonly #line = new WaitingLine<T>();
  #overflow = 0;
  readonly #slots = new Map<string, Slot>();
  readonly #timers = new Map<string, Timer>();
  readonly #pauses = new Set<string>();
  readonly #listeners = new Set<() => void>();
  #snapshot: ToastQueueSnapshot<T> | null = null;

  constructor(options: ToastQueueOptions<T>) {
    this.#maxVisible = Math.max(1, options.maxVisible);
    this.#maxWaiting = Math.max(0, options.maxWaiting);
    this.#now = options.now ?? Date.now;
    this.#onRemove = options.onRemove;
  }

  /** Adds a toast behind the waiting ones; it shows at once if there is room. */
  add(toast: T): void {
    this.#slots.set(toast.id, { visible: false, position: this.#line.push(toast) });
    this.#promote();
    while (this.#line.size > this.#maxWaiting) {
      const folded = this.#line.shift();
      if (!folded) break;
      this.#slots.delete(folded.id);
      this.#overflow += 1;
      this.#onRemove?.(folded);
    }
    this.#changed();
  }

  /** The toast with this id, on screen or waiting. */
  get(id: string): T | undefined {
    const slot = this.#slots.get(id);
    if (!slot) return undefined;
    return slot.visible ? this.#visible.find((t) => t.id === id) : this.#line.at(slot.position);
  }

  /** Puts `toast` in the place of the one with its id; on screen, its time starts over. */
  update(toast: T): void {
    const slot = this.#slots.get(toast.id);
    if (!slot) return;
    if (slot.visible) {
      this.#visible = Object.freeze(this.#visible.map((t) => (t.id === toast.id ? toast : t)));
      this.#startTimer(toast);
    } else {
      this.#line.replace(slot.position, toast);
    }
    this.#changed();
  }

  dismiss(id: string): void {
    const slot = this.#slots.get(id);
    if (!slot) return;
    const toast = this.get(id);
    this.#slots.delete(id);
    if (slot.visible) {
      this.#visible = Object.freeze(this.#visible.filter((t) => t.id !== id));
      this.#timers.get(id)?.stop();
      this.#timers.delete(id);
    } else {
      this.#line.remove(slot.position);
    }
    if (toast) this.#onRemove?.(toast);
    this.#promote();
    this.#changed();
  }

  /** Dismisses every toast, waiting ones included, and resets the overflow count. */
  dismissAll(): void {
    for (const timer of this.#timers.values()) timer.stop();
    this.#timers.clear();
    const gone = this.#visible;
    this.#visible = NONE;
    this.#slots.clear();
    this.#overflow = 0;
    const onRemove = this.#onRemove;
    if (onRemove) {
      for (const toast of gone) onRemove(toast);
      this.#line.forEach(onRemove);
    }
    this.#line.clear();
    this.#changed();
  }

  clearOverflow(): void {
    if (this.#overflow === 0) return;
    this.#overflow = 0;
    this.#changed();
  }

  /** Holds every timer until each reason given is resumed. Not a change: no new snapshot. */
  pause(reason: PauseReason): void {
    this.#pauses.add(reason);
    for (const timer of this.#timers.values()) timer.pause();
  }

  resume(reason: PauseReason): void {
    if (!this.#pauses.delete(reason) || this.#pauses.size > 0) return;
    for (const timer of this.#timers.values()) timer.resume();
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  };

  readonly getSnapshot = (): ToastQueueSnapshot<T> => {
    if (!this.#snapshot) {
      const queued = this.#line.view();
      this.#snapshot = Object.freeze({
        visible: this.#visible,
        waiting: this.#line.size,
        overflow: this.#overflow,
        get queued() {
          return queued();
        },
      });
    }
    return this.#snapshot;
  };

  /** Moves the oldest waiting toasts on screen while there is room, and starts their timers. */
  #promote(): void {
    let visible = this.#visible;
    while (visible.length < this.#maxVisible) {
      const toast = this.#line.shift();
      if (!toast) break;
      const slot = this.#slots.get(toast.id);
      if (slot) slot.visible = true;
      visible = [toast, ...visible];
      this.#startTimer(toast);
    }
    if (visible !== this.#visible) this.#visible = Object.freeze(visible);
  }

  #startTimer(toast: T): void {
    const id = toast.id;
    this.#timers.get(id)?.stop();
    this.#timers.delete(id);
    if (toast.duration === null) return;
    const timer = new Timer(() => this.dismiss(id), toast.duration, this.#now);
    this.#timers.set(id, timer);
    if (this.#pauses.size === 0) timer.resume();
  }

  #changed(): void {
    this.#snapshot = null;
    notifyAll(this.#listeners);
  }
}
