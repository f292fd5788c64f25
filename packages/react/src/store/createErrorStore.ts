/**
 * The toaster's brain, with no React in it: queue, visible limit, dedupe, timers with pause, and the
 * bounded history. Components subscribe to snapshots; everything they do goes through these methods.
 */
import { resolveBinanceError, type ResolvedBinanceError } from '@exchange-errors/binance-options';
import type { ErrorRecord, ErrorStoreSnapshot, HistoryEntry, ShowErrorOptions } from './types.js';

export interface ErrorStoreOptions {
  /** Toasts on screen at once; the rest wait. Default 3. */
  readonly limit?: number;
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
}

/** Why timers are paused; any one of them holds every toast on screen. */
export type PauseReason = 'hover' | 'focus' | 'hidden' | (string & {});

export interface ErrorStore {
  /** Shows an error (anything `resolveBinanceError` accepts). Returns the toast's id. */
  show(error: unknown, options?: ShowErrorOptions): string;
  dismiss(id: string): void;
  dismissAll(): void;
  pause(reason: PauseReason): void;
  resume(reason: PauseReason): void;
  clearHistory(): void;
  subscribe(listener: () => void): () => void;
  getSnapshot(): ErrorStoreSnapshot;
}

interface Timer {
  handle: ReturnType<typeof setTimeout> | undefined;
  startedAt: number;
  remaining: number;
}

function positive(value: number | undefined, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.floor(value) : fallback;
}

function durationOf(value: unknown, fallback: number | null): number | null {
  if (value === 'persistent') return null;
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback;
}

/** Same code, variant and values (or, without a known code, the same text): one toast with a count. */
function dedupeKey(resolved: ResolvedBinanceError): string {
  const values = Object.keys(resolved.values)
    .sort()
    .map((k) => `${k}=${resolved.values[k] ?? ''}`)
    .join('\u0000');
  const text = resolved.known ? '' : (resolved.serverMessage ?? '');
  return [resolved.kind, resolved.code, resolved.variant, values, resolved.httpStatus, text].join('\u0001');
}

let storeCounter = 0;

export function createErrorStore(options: ErrorStoreOptions = {}): ErrorStore {
  const limit = positive(options.limit, 3);
  const dedupeWindowMs = Math.max(0, options.dedupeWindowMs ?? 4000);
  const historyLimit = positive(options.historyLimit, 1000);
  const errorDuration = durationOf(options.errorDuration, 10_000);
  const noticeDuration = durationOf(options.noticeDuration, 6000);
  const now = options.now ?? Date.now;
  const prefix = `ee${++storeCounter}-`;

  let nextId = 0;
  let seq = 0;
  let visible: ErrorRecord[] = [];
  let queued: ErrorRecord[] = [];
  let history: HistoryEntry[] = [];
  let dropped = 0;
  const keys = new Map<string, string>();
  const timers = new Map<string, Timer>();
  const pauses = new Set<string>();
  const listeners = new Set<() => void>();
  let snapshot: ErrorStoreSnapshot = { visible, queued, history, dropped, total: 0 };

  function emit(): void {
    snapshot = { visible, queued, history, dropped, total: seq };
    for (const listener of [...listeners]) listener();
  }

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

  function record(entry: Omit<HistoryEntry, 'seq'>): void {
    seq += 1;
    history = [...history, { seq, ...entry }];
    if (history.length > historyLimit) {
      const excess = history.length - historyLimit;
      history = history.slice(excess);
      dropped += excess;
    }
  }

  function promote(): void {
    while (visible.length < limit && queued.length > 0) {
      const [next, ...rest] = queued;
      if (!next) break;
      queued = rest;
      visible = [next, ...visible];
      startTimer(next);
    }
  }

  function show(error: unknown, opts: ShowErrorOptions = {}): string {
    const o: ShowErrorOptions = typeof opts === 'object' && opts !== null ? opts : {};
    const hints = { variant: o.variant, values: o.values };
    const resolved = resolveBinanceError(error, hints);
    const at = typeof o.time === 'number' && Number.isFinite(o.time) ? o.time : now();
    const key = dedupeKey(resolved);
    const existingId = keys.get(key);
    const existing = existingId === undefined ? undefined : [...visible, ...queued].find((r) => r.id === existingId);

    if (existing && at - existing.lastAt <= dedupeWindowMs) {
      const updated: ErrorRecord = { ...existing, count: existing.count + 1, lastAt: at, resolved, input: error };
      const replace = (list: ErrorRecord[]) => list.map((r) => (r.id === existing.id ? updated : r));
      if (visible.some((r) => r.id === existing.id)) {
        visible = replace(visible);
        startTimer(updated);
      } else {
        queued = replace(queued);
      }
      record({ toastId: existing.id, at, resolved, context: o.context, coalesced: true });
      emit();
      return existing.id;
    }

    const id = `${prefix}${++nextId}`;
    const fallback = resolved.severity === 'error' ? errorDuration : noticeDuration;
    const created: ErrorRecord = {
      id,
      input: error,
      resolved,
      hints,
      count: 1,
      firstAt: at,
      lastAt: at,
      duration: durationOf(o.duration, fallback),
      action: o.action,
      context: o.context,
    };
    keys.set(key, id);
    queued = [...queued, created];
    promote();
    record({ toastId: id, at, resolved, context: o.context, coalesced: false });
    emit();
    return id;
  }

  function dismiss(id: string): void {
    const before = visible.length + queued.length;
    visible = visible.filter((r) => r.id !== id);
    queued = queued.filter((r) => r.id !== id);
    if (visible.length + queued.length === before) return;
    stopTimer(id);
    for (const [key, value] of keys) if (value === id) keys.delete(key);
    promote();
    emit();
  }

  function dismissAll(): void {
    for (const id of timers.keys()) stopTimer(id);
    visible = [];
    queued = [];
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
      history = [];
      dropped = 0;
      emit();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
  };
}
