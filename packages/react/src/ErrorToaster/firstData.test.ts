import { binanceOptions } from '@exchange-errors/binance-options';
import { binanceOptionsEager } from '@exchange-errors/binance-options/eager';
import type { Catalog, ProductModule } from '@exchange-errors/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { catalogs, keyOf, registerCatalogs } from '../catalogs/registry.js';
import { FIRST_DATA_GRACE_MS, firstDataOrGrace, releaseOverdue } from './firstData.js';
import { notePrefetched, prefetchedCatalog } from './prefetched.js';

afterEach(() => {
  vi.useRealTimers();
  registerCatalogs(binanceOptionsEager);
});

/** Whether the promise has settled after the timers ran to `ms` (fake clock). */
async function settledBy(promise: Promise<void>, ms: number): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await vi.advanceTimersByTimeAsync(ms);
  return done;
}

/** Options as a lazy module, registered, whose catalog and texts the prefetch asked for: they settle when the test says. */
function prefetching() {
  let catalogIn: (catalog: Catalog) => void = () => {};
  let catalogFailed: (error: Error) => void = () => {};
  let textsIn = () => {};
  const catalog = new Promise<Catalog>((resolve, reject) => {
    catalogIn = resolve;
    catalogFailed = reject;
  });
  const texts = new Promise<void>((resolve) => (textsIn = resolve));
  const module: ProductModule = { ...binanceOptions, loadCatalog: () => catalog };
  registerCatalogs(module);
  notePrefetched({ module, catalog: module.loadCatalog(), texts });
  return { module, catalogIn, catalogFailed, textsIn };
}

describe('the controller waiting for the first toast’s data', () => {
  it('does not wait when nothing was prefetched', async () => {
    vi.useFakeTimers();
    expect(await settledBy(firstDataOrGrace(), 0)).toBe(true);
  });

  it('waits for the catalog (into the registry) and the texts, and no longer than they take', async () => {
    vi.useFakeTimers();
    const data = prefetching();
    const waiting = firstDataOrGrace();
    data.textsIn();
    expect(await settledBy(waiting, 10)).toBe(false);
    const catalog = await binanceOptions.loadCatalog();
    data.catalogIn(catalog);
    expect(await settledBy(waiting, 0)).toBe(true);
    // In the registry before the controller renders, and the catalog the prefetch asked for (no second load).
    expect(catalogs.get(keyOf(data.module))).toBe(catalog);
    // Once in, the next load does not wait at all.
    expect(await settledBy(firstDataOrGrace(), 0)).toBe(true);
  });

  it('gives up after the grace period: data that never comes never holds the toast back', async () => {
    vi.useFakeTimers();
    prefetching();
    const waiting = firstDataOrGrace();
    expect(await settledBy(waiting, FIRST_DATA_GRACE_MS - 1)).toBe(false);
    expect(await settledBy(waiting, 1)).toBe(true);
  });

  it('does not wait on a failed load, and a later load asks the module again', async () => {
    vi.useFakeTimers();
    const data = prefetching();
    data.textsIn();
    const waiting = firstDataOrGrace();
    data.catalogFailed(new Error('chunk failed'));
    expect(await settledBy(waiting, 0)).toBe(true);
    expect(prefetchedCatalog(data.module)).toBeNull();
  });

  it('lets go of an overdue wait whose timer was lost, with the next error', async () => {
    // A test's fake clock put away before the grace timer ran: the timer is gone for good.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    prefetching();
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
    prefetching();
    const waiting = firstDataOrGrace();
    releaseOverdue();
    expect(await settledBy(waiting, FIRST_DATA_GRACE_MS / 2)).toBe(false);
    expect(await settledBy(waiting, FIRST_DATA_GRACE_MS / 2)).toBe(true);
  });
});
