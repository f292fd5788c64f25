/**
 * An app with several products fetches a product's catalog when one of its errors comes (or at
 * idle): an error whose product the caller or the request names waits for that catalog alone; one
 * that says nothing waits for every catalog, since any of them may read it.
 */
import { binanceOptions } from '@exchange-errors/binance-options';
import type { Catalog, ProductModule } from '@exchange-errors/core';
import { describe, expect, it, vi } from 'vitest';
import { registerCatalogs } from '../catalogs/registry.js';
import { createErrorStore } from './createErrorStore.js';

/** A second product on the same exchange (Options' codes under another name and path), loaded lazily. */
function products() {
  const options = { ...binanceOptions, loadCatalog: vi.fn(() => binanceOptions.loadCatalog()) };
  const other: ProductModule = {
    ...binanceOptions,
    product: 'other',
    namespace: 'binanceOther',
    paths: ['/zapi/'],
    loadCatalog: vi.fn(() =>
      binanceOptions
        .loadCatalog()
        .then((catalog): Catalog => ({ ...catalog, product: 'other', namespace: 'binanceOther' })),
    ),
  };
  registerCatalogs(options, other);
  return { options, other };
}

const BODY = { code: -1121, msg: 'Invalid symbol.' };

describe('several products', () => {
  it('an error from a named product loads that product’s catalog only', async () => {
    const { options, other } = products();
    const store = createErrorStore();
    store.show(BODY, { request: { method: 'POST', url: '/eapi/v1/order' } });
    await vi.waitFor(() => expect(store.getSnapshot().visible).toHaveLength(1));
    expect(store.getSnapshot().visible[0]?.resolved).toMatchObject({ product: 'options', name: 'BAD_SYMBOL' });
    expect(options.loadCatalog).toHaveBeenCalledTimes(1);
    expect(other.loadCatalog).not.toHaveBeenCalled();

    store.show(BODY, { product: 'other' });
    await vi.waitFor(() => expect(store.getSnapshot().visible).toHaveLength(2));
    expect(store.getSnapshot().visible[0]?.resolved).toMatchObject({ product: 'other', namespace: 'binanceOther' });
    expect(other.loadCatalog).toHaveBeenCalledTimes(1);
    expect(options.loadCatalog).toHaveBeenCalledTimes(1);
  });

  it('an error that names no product waits for every catalog, then reads as with all of them', async () => {
    const { options, other } = products();
    const store = createErrorStore();
    store.show(BODY);
    expect(store.getSnapshot().visible).toHaveLength(0);
    await vi.waitFor(() => expect(store.getSnapshot().visible).toHaveLength(1));
    expect(options.loadCatalog).toHaveBeenCalledTimes(1);
    expect(other.loadCatalog).toHaveBeenCalledTimes(1);
    // Both know -1121 and read it the same way: that reading, no product picked.
    expect(store.getSnapshot().visible[0]?.resolved).toMatchObject({
      product: null,
      name: 'BAD_SYMBOL',
      productCandidates: ['options', 'other'],
    });
  });

  it('keeps the order errors came in while an earlier one waits for its catalog', async () => {
    const { other } = products();
    let open = () => {};
    const gate = new Promise<void>((resolve) => (open = resolve));
    const load = other.loadCatalog;
    registerCatalogs({ ...other, loadCatalog: () => gate.then(() => load()) });
    const store = createErrorStore();
    store.show({ code: -1100, msg: 'Illegal characters found in a parameter.' }, { product: 'other' });
    store.show(BODY, { product: 'options' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(store.getSnapshot().visible).toHaveLength(0);
    open();
    await vi.waitFor(() => expect(store.getSnapshot().visible).toHaveLength(2));
    expect(store.getSnapshot().history.map((h) => h.resolved.code)).toEqual([-1100, -1121]);
  });
});
