/**
 * The toaster's brain, with no React in it: the error records on top of a generic toast queue. It
 * resolves each error through the engine, coalesces the same error into one toast with a count,
 * and keeps the bounded history; the queue (ToastQueue.ts) holds what is on screen and waiting, and
 * the timers. Errors that arrive before the engine wait in one buffer (arrivals.ts). Components
 * subscribe to snapshots; everything they do goes through these methods.
 *
 * Cost: `show` is O(1) amortized whatever arrives (100,000 distinct errors or 100,000 identical
 * ones): dedupe is a map lookup, the queue is bounded, the history appends to one array cut now
 * and then, and the snapshot (a new object only when something changed) builds `queued` and
 * `history` only when read.
 * `pnpm bench` measures it.
 */
import { createArrivalBuffer, type Arrival, type ArrivalBuffer } from './arrivals.js';
import { dedupeKey } from './dedupeKey.js';
import { engineResolverFor, loadEngineFor } from './engineLoader.js';
import { HistoryLog } from './historyLog.js';
import { normalizeShowOptions, readDuration, type NormalizedShowOptions } from './normalizeShowOptions.js';
import { listen, notifyAll } from './notify.js';
import { createToastQueue, type PauseReason } from './ToastQueue.js';
import type { ErrorRecord, ErrorStoreSnapshot, HistoryEntry, ShowErrorOptions } from './types.js';
import type { ResolvedError } from '@exchange-errors/core';
import type * as Engine from '../engine/resolveRecord.js';
import { read } from '../resolved/read.js';

export { preloadErrorEngine } from './engineLoader.js';
export type { PauseReason } from './ToastQueue.js';

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
  readonly resolve?: (input: unknown, hints: Engine.RecordHints) => ResolvedError;
}

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

type Resolve = (input: unknown, hints: Engine.EngineHints) => ResolvedError;

let storeCounter = 0;

export function createErrorStore(options: ErrorStoreOptions = {}): ErrorStore {
  return createErrorStoreOn(createArrivalBuffer(), options);
}

/**
 * A store whose early errors wait in `arrivals`: the default store's is the buffer `showError`
 * filled before the store's chunk was in, so those wait once, with everything after them.
 */
export function createErrorStoreOn(arrivals: ArrivalBuffer, options?: ErrorStoreOptions): ErrorStore {
  // Read once, defensively: every setting has a usable value.
  const setting = (key: keyof ErrorStoreOptions, min: number, fallback: number) => {
    const value = read(options, key);
    return typeof value === 'number' && Number.isFinite(value) && value >= min ? Math.floor(value) : fallback;
  };
  const dedupeWindowMs = setting('dedupeWindowMs', 0, 4000);
  const errorDuration = readDuration(read(options, 'errorDuration'), 10_000);
  const noticeDuration = readDuration(read(options, 'noticeDuration'), 6000);
  const givenNow = read(options, 'now');
  const now = typeof givenNow === 'function' ? (givenNow as () => number) : Date.now;
  const givenResolve = read(options, 'resolve');
  const customResolve = typeof givenResolve === 'function' ? (givenResolve as Resolve) : undefined;
  const prefix = `ee${++storeCounter}-`;
  const history = new HistoryLog(setting('historyLimit', 1, 1000));
  const listeners = new Set<() => void>();
  /** Dedupe key → the toast it shows in, and back, so a toast that leaves takes its key along. */
  const toastOfKey = new Map<string, string>();
  const keyOfToast = new Map<string, string>();
  const queue = createToastQueue<ErrorRecord>({
    maxVisible: setting('limit', 1, 3),
    maxWaiting: setting('queueLimit', 0, 20),
    now,
    onRemove: ({ id }) => {
      const key = keyOfToast.get(id);
      keyOfToast.delete(id);
      if (key !== undefined && toastOfKey.get(key) === id) toastOfKey.delete(key);
    },
  });
  let nextId = 0;
  /** Arrivals read so far: the history's sequence numbers. */
  let seq = 0;
  /** Inside `show` or a flush: the queue's changes are told once, at the end. */
  let busy = false;
  let engineRequested = false;
  let snapshot: ErrorStoreSnapshot | null = null;

  function emit(): void {
    snapshot = null;
    notifyAll(listeners);
  }

  queue.subscribe(() => {
    // A timer ran out, or a dismissal: told at once. Within `show`, at its end.
    if (busy) snapshot = null;
    else emit();
  });

  function buildSnapshot(): ErrorStoreSnapshot {
    const shown = queue.getSnapshot();
    const entries = history.view();
    return Object.freeze({
      visible: shown.visible,
      waiting: shown.waiting,
      pending: arrivals.size,
      overflow: shown.overflow,
      dropped: history.dropped + arrivals.dropped,
      total: seq + arrivals.dropped,
      get queued(): readonly ErrorRecord[] {
        return shown.queued();
      },
      get history(): readonly HistoryEntry[] {
        return entries();
      },
    });
  }

  /** The app's resolver, or the engine's once it and the catalogs this error needs are in. */
  function resolverFor(error: unknown, o: NormalizedShowOptions): Resolve | null {
    return customResolve ?? engineResolverFor(error, o.engineHints);
  }

  /** Options of waiting errors `showError` took before this store existed, read once each. */
  const readOptions = new WeakMap<Arrival, NormalizedShowOptions>();
  function optionsOf(arrival: Arrival): NormalizedShowOptions {
    let o = arrival.read ?? readOptions.get(arrival);
    if (!o) readOptions.set(arrival, (o = normalizeShowOptions(arrival.options)));
    return o;
  }

  /** Reads one error into a toast, new or coalesced, and into the history. Returns its toast's id. */
  function record(resolve: Resolve, error: unknown, o: NormalizedShowOptions, at: number, givenId?: string): string {
    let resolved: ResolvedError;
    try {
      resolved = resolve(error, o.engineHints);
    } catch {
      resolved = resolve(undefined, {});
    }
    const key = dedupeKey(resolved);
    seq += 1;
    const existingId = toastOfKey.get(key);
    const existing = existingId === undefined ? undefined : queue.get(existingId);
    const coalesced = existing !== undefined && at - existing.lastAt <= dedupeWindowMs;
    let id: string;
    if (coalesced) {
      id = existing.id;
      // Spelled out: an object spread here is most of the cost of a storm of identical errors.
      queue.update({
        id,
        input: error,
        resolved,
        hints: existing.hints,
        count: existing.count + 1,
        firstAt: existing.firstAt,
        lastAt: at,
        duration: existing.duration,
        action: existing.action,
        request: existing.request,
        // The order of the latest arrival that came with one: the toast explains the latest rejection.
        explain: o.explain ?? existing.explain,
        fieldLabels: o.fieldLabels ?? existing.fieldLabels,
        onApplySuggestion: o.onApplySuggestion ?? existing.onApplySuggestion,
      });
    } else {
      id = givenId ?? `${prefix}${++nextId}`;
      toastOfKey.set(key, id);
      keyOfToast.set(id, key);
      queue.add({
        id,
        input: error,
        resolved,
        hints: o.hints,
        count: 1,
        firstAt: at,
        lastAt: at,
        duration:
          o.duration !== undefined ? o.duration : resolved.severity === 'error' ? errorDuration : noticeDuration,
        action: o.action,
        request: o.request,
        explain: o.explain,
        fieldLabels: o.fieldLabels,
        onApplySuggestion: o.onApplySuggestion,
      });
    }
    history.append({
      seq,
      toastId: id,
      at,
      resolved,
      request: o.request,
      explain: o.explain,
      fieldLabels: o.fieldLabels,
      coalesced,
    });
    return id;
  }

  /** Runs `work` with the queue's changes told once, at the end. */
  function batch<R>(work: () => R): R {
    busy = true;
    try {
      return work();
    } finally {
      busy = false;
      emit();
    }
  }

  /**
   * Shows what waited, in order, as far as the engine and the catalogs each error needs are in: the
   * first one still waiting for its product's catalog holds back the ones after it.
   */
  function flush(): void {
    const head = arrivals.first();
    if (!head) return;
    if (!resolverFor(head.error, optionsOf(head))) {
      requestEngine();
      return;
    }
    batch(() => {
      for (let arrival = arrivals.first(); arrival; arrival = arrivals.first()) {
        const o = optionsOf(arrival);
        const resolve = resolverFor(arrival.error, o);
        if (!resolve) {
          requestEngine();
          return;
        }
        arrivals.shift();
        record(resolve, arrival.error, o, o.time ?? arrival.at, arrival.id);
      }
    });
  }

  /** Loads the engine and what the first waiting error needs, then shows what it can. */
  function requestEngine(): void {
    const head = arrivals.first();
    if (engineRequested || !head) return;
    engineRequested = true;
    loadEngineFor(head.error, optionsOf(head).engineHints).then(
      () => {
        engineRequested = false;
        flush();
      },
      () => {
        // Nothing to show them with yet: the next error tries again.
        engineRequested = false;
      },
    );
  }

  function show(error: unknown, options?: ShowErrorOptions): string {
    const o = normalizeShowOptions(options);
    const at = o.time ?? now();
    const resolve = arrivals.size === 0 ? resolverFor(error, o) : null;
    if (resolve) return batch(() => record(resolve, error, o, at));
    const id = `${prefix}${++nextId}`;
    arrivals.push({ error, options, read: o, at, id });
    requestEngine();
    // `pending` changed; the toaster also starts loading its list now, beside the engine.
    emit();
    return id;
  }

  // What `showError` kept before this store existed: shown as soon as the engine is in.
  if (arrivals.size > 0) requestEngine();

  return {
    show,
    dismiss: queue.dismiss,
    dismissAll() {
      toastOfKey.clear();
      keyOfToast.clear();
      queue.dismissAll();
    },
    pause: queue.pause,
    resume: queue.resume,
    clearHistory() {
      history.clear();
      emit();
    },
    clearOverflow: queue.clearOverflow,
    subscribe: (listener) => listen(listeners, listener),
    getSnapshot() {
      snapshot ??= buildSnapshot();
      return snapshot;
    },
  };
}
