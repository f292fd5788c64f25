/**
 * A product whose catalog comes in parts (the generated Binance modules): an error read by its code
 * waits for the part that holds the code alone, and reads exactly as with the whole catalog; an
 * error without a code waits for the whole.
 */
import { binanceOptions } from '@exchange-errors/binance-options';
import { binanceOptionsEager } from '@exchange-errors/binance-options/eager';
import type { ProductModule } from '@exchange-errors/core';
import { codePart, resolveAmong } from '@exchange-errors/core/internal';
import { describe, expect, it, vi } from 'vitest';
import { registerCatalogs } from '../catalogs/registry.js';
import { createErrorStore } from './createErrorStore.js';

function spied() {
  const module: ProductModule = {
    ...binanceOptions,
    loadCatalog: vi.fn(() => binanceOptions.loadCatalog()),
    loadCatalogPart: vi.fn((part: number) => binanceOptions.loadCatalogPart!(part)),
  };
  registerCatalogs(module);
  return module;
}

/** The reading with the whole catalog in memory, for comparison. */
function wholeReading(input: unknown) {
  const eager = binanceOptionsEager;
  return resolveAmong([{ module: eager, adapter: eager.exchange, catalog: eager.catalog! }], input, {});
}

describe('a catalog in parts', () => {
  it('an error with a code loads only the part holding it, and reads as with the whole catalog', async () => {
    const module = spied();
    const store = createErrorStore();
    const bodies = [
      { code: -1121, msg: 'Invalid symbol.' },
      { code: 1121, msg: 'Invalid symbol.' },
      { code: -1102, msg: "Mandatory parameter 'symbol' was not sent, was empty/null, or malformed." },
      { code: -99999, msg: 'Something new.' },
    ];
    for (const body of bodies) store.show(body);
    await vi.waitFor(() => expect(store.getSnapshot().history).toHaveLength(bodies.length));
    expect(module.loadCatalog).not.toHaveBeenCalled();
    const parts = new Set(bodies.map((b) => codePart(b.code, 8)));
    expect(new Set(vi.mocked(module.loadCatalogPart!).mock.calls.map(([part]) => part))).toEqual(parts);
    const byCode = new Map(store.getSnapshot().history.map((h) => [h.resolved.code, h.resolved]));
    for (const body of bodies) {
      const whole = wholeReading(body);
      expect(byCode.get(whole.code)).toMatchObject({
        code: whole.code,
        name: whole.name,
        variant: whole.variant,
        keys: whole.keys,
        category: whole.category,
        outcome: whole.outcome,
      });
    }
  });

  it('an error without a code (matched by its words against every code) waits for the whole catalog', async () => {
    const module = spied();
    const store = createErrorStore();
    store.show('Invalid symbol.');
    await vi.waitFor(() => expect(store.getSnapshot().visible).toHaveLength(1));
    expect(module.loadCatalog).toHaveBeenCalledTimes(1);
    expect(store.getSnapshot().visible[0]?.resolved).toMatchObject({ code: wholeReading('Invalid symbol.').code });
  });

  it('a part that cannot load: the whole catalog is loaded instead (no loop of retries)', async () => {
    const module: ProductModule = {
      ...binanceOptions,
      loadCatalog: vi.fn(() => binanceOptions.loadCatalog()),
      loadCatalogPart: vi.fn(() => Promise.reject(new Error('offline'))),
    };
    registerCatalogs(module);
    const store = createErrorStore();
    store.show({ code: -1121, msg: 'Invalid symbol.' });
    await vi.waitFor(() => expect(store.getSnapshot().visible).toHaveLength(1));
    expect(store.getSnapshot().visible[0]?.resolved.name).toBe('BAD_SYMBOL');
    expect(module.loadCatalogPart).toHaveBeenCalledTimes(1);
    expect(module.loadCatalog).toHaveBeenCalledTimes(1);
  });
});
