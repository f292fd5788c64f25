/**
 * The toaster's brain, with no React in it: visible limit, a bounded queue, dedupe, timers with
 * pause, and the bounded history. Components subscribe to snapshots; everything they do goes through
 * these methods.
 *
 * Cost: `show` is O(1) amortized whatever arrives (100,000 distinct errors or 100,000 identical
 * ones): dedupe is a map lookup, the queue is a bounded deque, the history appends to chunks, and
 * the snapshot (a new object only when something changed) builds `queued` and `history` only when
 * read. `pnpm bench` measures it.
 */
import { dedupeKey } from './dedupeKey.js';
import { HistoryLog, materializeHistory } from './historyLog.js';
import type {
  ErrorAction,
  ErrorRecord,
  ErrorStoreSnapshot,
  HistoryEntry,
  RequestContext,
  ShowErrorOptions,
} from './types.js';
import type { ResolvedBinanceError } from '@exchange-errors/core';
import { loadedCatalogs, loadRegisteredCatalogs } from '../catalogs/load.js';
import type * as Engine from '../engine/resolveRecord.js';
import { plainValues, read } from '../resolved/read.js';

export interface ErrorStoreOptions {
  /** Toasts on screen at once; the rest wait. Default 3. */
  readonly limit?: number;
  /**
   * Toasts waiting behind the visible ones. Beyond it the oldest waiting one folds into the
   * `overflow` count ("+N more", which opens your log); its errors stay in the history. Default 20.
   */
  readonly queueLimit?: number;
  /** The same error again within this many ms adds to the existing toast's count. Default 4000. */
  readonly dedupeWindowMs?: number;
  /** Entries kept in the history; older ones are dropped and counted. Default 1000. */
  readonly historyLimit?: number;
  /** Default time on screen in ms for errors, or `'persistent'`. Default 10000. */
  readonly errorDuration?: number | 'persistent';
  /** Default time on screen for warnings and info. Default 6000. */
  readonly noticeDuration?: number | 'persistent';
  /** Clock, for tests. */
  readonly now?: () => number;
  /**
   * Resolves errors synchronously with your own resolver. By default the store loads the kit's
   * engine and the registered products' catalogs with the first error (chunks of their own, so an
   * app pays nothing for them until something fails) and shows what arrived meanwhile, in order,
   * as soon as they are in.
   */
  readonly resolve?: (input: unknown, hints: Engine.RecordHints) => ResolvedBinanceError;
}

/* The engine, loaded on first use: no byte of the resolver or of a catalog is in an app's first load. */
let engine: typeof Engine | null = null;
let engineLoading: Promise<typeof Engine> | null = null;

function loadEngine(): Promise<typeof Engine> {
  engineLoading ??= import('../engine/resolveRecord.js').then(
    (module) => (engine = module),
    (error: unknown) => {
      // A chunk that failed to load (a deploy in between, offline) is tried again with the next error.
      engineLoading = null;
      throw error;
    },
  );
  return engineLoading;
}

/** Loads the engine and the registered catalogs now, e.g. before server rendering or in tests. */
export function preloadErrorEngine(): Promise<void> {
  return Promise.all([loadEngine(), loadRegisteredCatalogs()]).then(() => undefined);
}

/** What arrived before the engine did, kept in order. */
interface Pending {
  readonly error: unknown;
  readonly options: ReturnType<typeof readOptions>;
  readonly at: number;
  readonly id: string;
}

/** At most this many errors wait for the engine; a storm beyond it keeps the newest. */
const PENDING_LIMIT = 10_000;

/** Why timers are paused; any one of them holds every toast on screen. */
export type PauseReason = 'hover' | 'focus' | 'hidden' | (string & {});

export interface ErrorStore {
  /** Shows an error (anything `resolveBinanceError` accepts). Returns the toast's id. Never throws. */
  show(error: unknown, options?: ShowErrorOptions): string;
  dismiss(id: string): void;
  /** Dismisses every toast, waiting ones included, and resets the overflow count. */
  dismissAll(): void;
  pause(reason: PauseReason): void;
  resume(reason: PauseReason): void;
  clearHistory(): void;
  /** Resets `overflow` (say, once the trader opened the log the "+N more" pointed to). */
  clearOverflow(): void;
  subscribe(listener: () => void): () => void;
  getSnapshot(): ErrorStoreSnapshot;
}

interface Timer {
  handle: ReturnType<typeof setTimeout> | undefined;
  startedAt: number;
  remaining: number;
}

/** Where a shown record lives, for O(1) dedupe and dismissal. */
interface Slot {
  readonly key: string;
  where: 'visible' | 'queued';
  /** Position in the queue, counted from the first record ever queued. */
  queueIndex: number;
}

function positive(value: number | undefined, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.floor(value) : fallback;
}

function nonNegative(value: number | undefined, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.floor(value) : fallback;
}

function durationOf(value: unknown, fallback: number | null): number | null {
  if (value === 'persistent') return null;
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback;
}

/** The options of one `show` call, read once and defensively (app code may pass anything). */
function readOptions(options: unknown) {
  const action = read(options, 'action');
  const onClick = read(action, 'onClick');
  const label = read(action, 'label');
  const context = read(options, 'context');
  const time = read(options, 'time');
  const variant = read(options, 'variant');
  const product = read(options, 'product');
  const explain = read(options, 'explain');
  const fieldLabels = read(options, 'fieldLabels');
  const onApplySuggestion = read(options, 'onApplySuggestion');
  return {
    hints: { variant: typeof variant === 'string' ? variant : undefined, values: plainValues(read(options, 'values')) },
    product: typeof product === 'string' ? product : undefined,
    duration: read(options, 'duration'),
    action:
      typeof onClick === 'function'
        ? ({ onClick: onClick as () => void, ...(typeof label === 'string' ? { label } : {}) } satisfies ErrorAction)
        : undefined,
    context: typeof context === 'object' && context !== null ? (context as RequestContext) : undefined,
    time: typeof time === 'number' && Number.isFinite(time) ? time : undefined,
    // Kept as given; the components read them defensively when they render.
    explain: typeof explain === 'object' && explain !== null ? explain : undefined,
    fieldLabels:
      typeof fieldLabels === 'object' && fieldLabels !== null
        ? (fieldLabels as Readonly<Record<string, string>>)
        : undefined,
    onApplySuggestion:
      typeof onApplySuggestion === 'function'
        ? (onApplySuggestion as ShowErrorOptions['onApplySuggestion'])
        : undefined,
  };
}

let storeCounter = 0;
const EMPTY: readonly ErrorRecord[] = Object.freeze([]);

export function createErrorStore(options: ErrorStoreOptions = {}): ErrorStore {
  const limit = positive(options.limit, 3);
  const queueLimit = nonNegative(options.queueLimit, 20);
  const dedupeWindowMs = Math.max(0, nonNegative(options.dedupeWindowMs, 4000));
  const historyLimit = positive(options.historyLimit, 1000);
  const errorDuration = durationOf(options.errorDuration, 10_000);
  const noticeDuration = durationOf(options.noticeDuration, 6000);
  const now = typeof options.now === 'function' ? options.now : Date.now;
  const prefix = `ee${++storeCounter}-`;

  let nextId = 0;
  let seq = 0;
  let overflow = 0;
  /** Replaced, never mutated: at most `limit` records, so a copy per change is O(1). */
  let visible: readonly ErrorRecord[] = EMPTY;

  // The queue: a deque over an array. Records are appended and taken from `queueHead`; a slot is
  // only rewritten (coalesce, dismissal of a waiting toast) after copying the array if a snapshot
  // still reads it. `queueBase` is the absolute index of `queue[0]`.
  let queue: (ErrorRecord | undefined)[] = [];
  let queueHead = 0;
  let queueBase = 0;
  let queueLive = 0;
  let queueShared = false;

  const history = new HistoryLog(historyLimit);
  const slots = new Map<string, Slot>();
  const keys = new Map<string, string>();
  const timers = new Map<string, Timer>();
  const pauses = new Set<string>();
  const listeners = new Set<() => void>();
  let snapshot: ErrorStoreSnapshot | null = null;
  const customResolve = typeof options.resolve === 'function' ? options.resolve : undefined;
  let pending: Pending[] = [];
  let pendingDropped = 0;

  function emit(): void {
    snapshot = null;
    for (const listener of Array.from(listeners)) {
      try {
        listener();
      } catch (error) {
        // One broken listener must not starve the others; the error still surfaces.
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  }

  function buildSnapshot(): ErrorStoreSnapshot {
    const q = queue;
    const from = queueHead;
    const to = queue.length;
    queueShared = true;
    const view = history.view();
    let queued: readonly ErrorRecord[] | undefined;
    let entries: readonly HistoryEntry[] | undefined;
    return Object.freeze({
      visible,
      waiting: queueLive,
      pending: pending.length,
      overflow,
      dropped: history.dropped + pendingDropped,
      total: seq + pendingDropped,
      get queued(): readonly ErrorRecord[] {
        if (!queued) {
          const out: ErrorRecord[] = [];
          for (let i = from; i < to; i++) {
            const record = q[i];
            if (record) out.push(record);
          }
          queued = Object.freeze(out);
        }
        return queued;
      },
      get history(): readonly HistoryEntry[] {
        entries ??= Object.freeze(materializeHistory(view));
        return entries;
      },
    });
  }

  /* Queue ------------------------------------------------------------------------------------ */

  function ownQueue(): void {
    if (!queueShared) return;
    queue = queue.slice(queueHead);
    queueBase += queueHead;
    queueHead = 0;
    queueShared = false;
  }

  function compactQueue(): void {
    if (queueHead < 64 || queueHead * 2 < queue.length) return;
    // A new array: snapshots reading the old one keep it.
    queue = queue.slice(queueHead);
    queueBase += queueHead;
    queueHead = 0;
    queueShared = false;
  }

  function enqueue(record: ErrorRecord, slot: Slot): void {
    slot.where = 'queued';
    slot.queueIndex = queueBase + queue.length;
    queue.push(record);
    queueLive += 1;
  }

  function takeOldest(): ErrorRecord | undefined {
    while (queueHead < queue.length) {
      const record = queue[queueHead];
      queueHead += 1;
      if (record) {
        queueLive -= 1;
        compactQueue();
        return record;
      }
    }
    return undefined;
  }

  function setQueued(slot: Slot, record: ErrorRecord | undefined): void {
    ownQueue();
    queue[slot.queueIndex - queueBase] = record;
  }

  /* Timers ----------------------------------------------------------------------------------- */

  function startTimer(record: ErrorRecord): void {
    stopTimer(record.id);
    if (record.duration === null) return;
    const timer: Timer = { handle: undefined, startedAt: now(), remaining: record.duration };
    timers.set(record.id, timer);
    if (pauses.size === 0) arm(record.id, timer);
  }

  function arm(id: string, timer: Timer): void {
    timer.startedAt = now();
    timer.handle = setTimeout(() => dismiss(id), timer.remaining);
  }

  function stopTimer(id: string): void {
    const timer = timers.get(id);
    if (timer?.handle !== undefined) clearTimeout(timer.handle);
    timers.delete(id);
  }

  /* Records ---------------------------------------------------------------------------------- */

  function forget(id: string): void {
    const slot = slots.get(id);
    if (!slot) return;
    slots.delete(id);
    if (keys.get(slot.key) === id) keys.delete(slot.key);
  }

  function promote(): void {
    let next = visible;
    while (next.length < limit && queueLive > 0) {
      const record = takeOldest();
      if (!record) break;
      const slot = slots.get(record.id);
      if (slot) slot.where = 'visible';
      next = [record, ...next];
      startTimer(record);
    }
    if (next !== visible) visible = Object.freeze(next);
  }

  /** Keeps the queue within its bound: the oldest waiting toasts fold into `overflow`. */
  function trimQueue(): void {
    while (queueLive > queueLimit) {
      const record = takeOldest();
      if (!record) break;
      forget(record.id);
      overflow += 1;
    }
  }

  function resolverNow(): ((input: unknown, hints: Engine.RecordHints) => ResolvedBinanceError) | null {
    if (customResolve) return customResolve;
    return engine && loadedCatalogs() ? engine.resolveRecord : null;
  }

  function flush(): void {
    const resolve = resolverNow();
    if (!resolve || pending.length === 0) return;
    const waiting = pending;
    pending = [];
    for (const item of waiting) process(resolve, item.error, item.options, item.at, item.id);
    emit();
  }

  function wait(error: unknown, o: ReturnType<typeof readOptions>, at: number): string {
    const id = `${prefix}${++nextId}`;
    pending.push({ error, options: o, at, id });
    if (pending.length > PENDING_LIMIT) {
      pending = pending.slice(pending.length - PENDING_LIMIT);
      pendingDropped += 1;
    }
    if (pending.length === 1) {
      preloadErrorEngine().then(flush, () => {
        // Nothing to show it with yet: the next error tries again.
      });
      // The toaster starts loading its list now, beside the engine.
      emit();
    }
    return id;
  }

  function show(error: unknown, opts?: ShowErrorOptions): string {
    const o = readOptions(opts);
    const at = o.time ?? now();
    const resolve = resolverNow();
    if (!resolve || pending.length > 0) return wait(error, o, at);
    const id = process(resolve, error, o, at);
    emit();
    return id;
  }

  function process(
    resolve: (input: unknown, hints: Engine.RecordHints) => ResolvedBinanceError,
    error: unknown,
    o: ReturnType<typeof readOptions>,
    at: number,
    givenId?: string,
  ): string {
    let resolved: ResolvedBinanceError;
    try {
      resolved = resolve(error, { ...o.hints, product: o.product, url: read(o.context, 'path') });
    } catch {
      resolved = resolve(undefined, {});
    }
    const key = dedupeKey(resolved);
    const existingId = keys.get(key);
    const slot = existingId === undefined ? undefined : slots.get(existingId);
    seq += 1;

    if (existingId !== undefined && slot) {
      const existing =
        slot.where === 'visible' ? visible.find((r) => r.id === existingId) : queue[slot.queueIndex - queueBase];
      if (existing && at - existing.lastAt <= dedupeWindowMs) {
        // Spelled out: an object spread here is most of the cost of a storm of identical errors.
        const updated: ErrorRecord = {
          id: existing.id,
          input: error,
          resolved,
          hints: existing.hints,
          count: existing.count + 1,
          firstAt: existing.firstAt,
          lastAt: at,
          duration: existing.duration,
          action: existing.action,
          context: existing.context,
          // The order of the latest arrival that came with one: the toast explains the latest rejection.
          explain: o.explain ?? existing.explain,
          fieldLabels: o.fieldLabels ?? existing.fieldLabels,
          onApplySuggestion: o.onApplySuggestion ?? existing.onApplySuggestion,
        };
        if (slot.where === 'visible') {
          visible = Object.freeze(visible.map((r) => (r.id === existingId ? updated : r)));
          startTimer(updated);
        } else {
          setQueued(slot, updated);
        }
        history.append({
          seq,
          toastId: existingId,
          at,
          resolved,
          context: o.context,
          explain: o.explain,
          fieldLabels: o.fieldLabels,
          coalesced: true,
        });
        return existingId;
      }
    }

    const id = givenId ?? `${prefix}${++nextId}`;
    const fallback = resolved.severity === 'error' ? errorDuration : noticeDuration;
    const created: ErrorRecord = {
      id,
      input: error,
      resolved,
      hints: o.hints,
      count: 1,
      firstAt: at,
      lastAt: at,
      duration: durationOf(o.duration, fallback),
      action: o.action,
      context: o.context,
      explain: o.explain,
      fieldLabels: o.fieldLabels,
      onApplySuggestion: o.onApplySuggestion,
    };
    const createdSlot: Slot = { key, where: 'queued', queueIndex: -1 };
    slots.set(id, createdSlot);
    keys.set(key, id);
    enqueue(created, createdSlot);
    promote();
    trimQueue();
    history.append({
      seq,
      toastId: id,
      at,
      resolved,
      context: o.context,
      explain: o.explain,
      fieldLabels: o.fieldLabels,
      coalesced: false,
    });
    return id;
  }

  function dismiss(id: string): void {
    const slot = slots.get(id);
    if (!slot) return;
    if (slot.where === 'visible') {
      visible = Object.freeze(visible.filter((r) => r.id !== id));
    } else {
      setQueued(slot, undefined);
      queueLive -= 1;
    }
    stopTimer(id);
    forget(id);
    promote();
    emit();
  }

  function dismissAll(): void {
    for (const id of Array.from(timers.keys())) stopTimer(id);
    visible = EMPTY;
    queue = [];
    queueHead = 0;
    queueBase = 0;
    queueLive = 0;
    queueShared = false;
    overflow = 0;
    slots.clear();
    keys.clear();
    emit();
  }

  function pause(reason: PauseReason): void {
    if (pauses.has(reason)) return;
    pauses.add(reason);
    if (pauses.size > 1) return;
    for (const timer of timers.values()) {
      if (timer.handle === undefined) continue;
      clearTimeout(timer.handle);
      timer.handle = undefined;
      timer.remaining = Math.max(0, timer.remaining - (now() - timer.startedAt));
    }
  }

  function resume(reason: PauseReason): void {
    if (!pauses.delete(reason) || pauses.size > 0) return;
    for (const [id, timer] of timers) if (timer.handle === undefined) arm(id, timer);
  }

  return {
    show,
    dismiss,
    dismissAll,
    pause,
    resume,
    clearHistory() {
      history.clear();
      emit();
    },
    clearOverflow() {
      if (overflow === 0) return;
      overflow = 0;
      emit();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    getSnapshot() {
      snapshot ??= buildSnapshot();
      return snapshot;
    },
  };
}
