/** A store's options, read once and defensively when it is made: every setting has a usable value. */
import type { ErrorStoreOptions } from './createErrorStore.js';
import { readDuration } from './normalizeShowOptions.js';
import { read } from '../resolved/read.js';

export interface StoreSettings {
  readonly limit: number;
  readonly queueLimit: number;
  readonly dedupeWindowMs: number;
  readonly historyLimit: number;
  /** `null`: persistent. */
  readonly errorDuration: number | null;
  readonly noticeDuration: number | null;
  readonly now: () => number;
  readonly resolve: ErrorStoreOptions['resolve'];
}

function count(value: unknown, min: number, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= min ? Math.floor(value) : fallback;
}

export function readStoreSettings(options: unknown): StoreSettings {
  const now = read(options, 'now');
  const resolve = read(options, 'resolve');
  return {
    limit: count(read(options, 'limit'), 1, 3),
    queueLimit: count(read(options, 'queueLimit'), 0, 20),
    dedupeWindowMs: count(read(options, 'dedupeWindowMs'), 0, 4000),
    historyLimit: count(read(options, 'historyLimit'), 1, 1000),
    errorDuration: readDuration(read(options, 'errorDuration'), 10_000),
    noticeDuration: readDuration(read(options, 'noticeDuration'), 6000),
    now: typeof now === 'function' ? (now as () => number) : Date.now,
    resolve: typeof resolve === 'function' ? (resolve as StoreSettings['resolve']) : undefined,
  };
}
