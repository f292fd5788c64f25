/**
 * Errors that come before the engine: `showError` before the store's chunk, the store before the
 * catalogs. The real engine and the real Options catalog, only late: its loader waits for the test.
 */
import { binanceOptions } from '@exchange-errors/binance-options';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ARRIVALS_LIMIT } from './arrivals.js';
import { createErrorStore } from './createErrorStore.js';
import { defaultArrivals, showError } from './showError.js';
import { registerCatalogs } from '../catalogs/registry.js';

const body = (param: string) => ({
  code: -1102,
  msg: `Mandatory parameter '${param}' was not sent, was empty/null, or malformed.`,
});

/** As an app whose Options catalog has not loaded yet; it loads once the returned function is called. */
function lateCatalog(): () => void {
  let open = () => {};
  const gate = new Promise<void>((resolve) => (open = resolve));
  registerCatalogs({ ...binanceOptions, loadCatalog: () => gate.then(() => binanceOptions.loadCatalog()) });
  return open;
}

/** Options with every key `show` reads, behind Proxies that count each read of a key. */
function countedOptions() {
  const reads: Record<string, number> = {};
  const counted = <T extends object>(name: string, target: T): T =>
    new Proxy(target, {
      get(object, key, receiver) {
        if (typeof key === 'string') reads[`${name}${key}`] = (reads[`${name}${key}`] ?? 0) + 1;
        return Reflect.get(object, key, receiver) as unknown;
      },
    });
  const options = counted('', {
    variant: 'v',
    values: { param: 'qty' },
    product: 'options' as const,
    duration: 5000,
    time: 42,
    action: counted('action.', { onClick: () => {}, label: 'Retry' }),
    request: counted('request.', { url: '/eapi/v1/order' }),
    explain: { order: {} },
    fieldLabels: { qty: 'Quantity' },
    onApplySuggestion: () => {},
  });
  return { options, reads };
}

const READ_ONCE = {
  variant: 1,
  values: 1,
  product: 1,
  duration: 1,
  time: 1,
  action: 1,
  'action.onClick': 1,
  'action.label': 1,
  request: 1,
  'request.url': 1,
  explain: 1,
  fieldLabels: 1,
  onApplySuggestion: 1,
};

afterEach(() => {
  vi.useRealTimers();
});

describe('errors before the engine', () => {
  it('wait in one buffer, before the store and before the catalogs, in order, with their times', async () => {
    const open = lateCatalog();
    vi.useFakeTimers({ toFake: ['Date'], now: 1_000 });
    const first = showError(body('a'));
    vi.setSystemTime(2_000);
    const counted = countedOptions();
    const second = showError(body('b'), counted.options);
    // Kept as given until the store takes them: the reader is in the store's chunk.
    expect(counted.reads).toEqual({});
    expect(defaultArrivals.size).toBe(2);

    const { getDefaultErrorStore } = await import('./defaultStore.js');
    const store = getDefaultErrorStore();
    expect(store.getSnapshot()).toMatchObject({ pending: 2, visible: [], total: 0 });
    vi.setSystemTime(3_000);
    const third = store.show(body('c'));
    vi.setSystemTime(4_000);
    const fourth = showError(body('d'));
    // One place: what the store waits with is the buffer showError filled.
    expect(defaultArrivals.size).toBe(4);
    expect(store.getSnapshot().pending).toBe(4);

    open();
    await vi.waitFor(() => expect(store.getSnapshot().pending).toBe(0));
    const { history, visible, queued, total } = store.getSnapshot();
    expect(total).toBe(4);
    // In arrival order, each at the time it arrived (or the time its caller gave: 42).
    expect(history.map((h) => [h.resolved.values['param'], h.at, h.toastId])).toEqual([
      ['a', 1_000, first],
      ['b', 42, second],
      ['c', 3_000, third],
      ['d', 4_000, fourth],
    ]);
    expect(counted.reads).toEqual(READ_ONCE);
    expect(visible.map((r) => r.id)).toEqual([third, second, first]);
    expect(queued.map((r) => r.id)).toEqual([fourth]);
    // The id showError gave before the store existed is its toast's.
    store.dismiss(first);
    expect(store.getSnapshot().visible.map((r) => r.id)).toEqual([fourth, third, second]);
  });

  it(`keep the newest ${ARRIVALS_LIMIT.toLocaleString('en')} under one limit, the others counted`, async () => {
    const open = lateCatalog();
    const store = (await import('./defaultStore.js')).getDefaultErrorStore();
    store.dismissAll();
    store.clearHistory();
    const before = store.getSnapshot().total;
    const extra = 5;
    // Through both doors: showError and the store's own show go to the same buffer.
    for (let i = 0; i < ARRIVALS_LIMIT + extra; i++) (i % 2 ? showError : store.show)(body(`p${i}`));
    expect(store.getSnapshot()).toMatchObject({ pending: ARRIVALS_LIMIT, dropped: extra, total: before + extra });
    open();
    await vi.waitFor(() => expect(store.getSnapshot().pending).toBe(0));
    const snapshot = store.getSnapshot();
    expect(snapshot.total).toBe(before + ARRIVALS_LIMIT + extra);
    // The oldest let go, the newest kept (the history keeps its own 1,000).
    expect(snapshot.history.at(-1)?.resolved.values['param']).toBe(`p${ARRIVALS_LIMIT + extra - 1}`);
    expect(snapshot.dropped).toBe(extra + ARRIVALS_LIMIT - 1_000);
  });
});

describe('options read once', () => {
  it('by show, with the engine in: every key once', () => {
    const store = createErrorStore();
    const { options, reads } = countedOptions();
    store.show(body('x'), options);
    expect(reads).toEqual(READ_ONCE);
    expect(store.getSnapshot().visible[0]).toMatchObject({ duration: 5000, firstAt: 42, hints: { variant: 'v' } });
  });

  it('by show before the engine: once, when it arrives, none when it is shown', async () => {
    const open = lateCatalog();
    const store = createErrorStore();
    const { options, reads } = countedOptions();
    store.show(body('x'), options);
    expect(reads).toEqual(READ_ONCE);
    open();
    await vi.waitFor(() => expect(store.getSnapshot().visible).toHaveLength(1));
    expect(reads).toEqual(READ_ONCE);
  });

  it('even when a throwing getter or a Proxy trap hides them, before the engine too', async () => {
    const open = lateCatalog();
    const store = createErrorStore();
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
      },
    );
    expect(() => store.show(body('x'), hostile as never)).not.toThrow();
    expect(() => showError(body('y'), hostile as never)).not.toThrow();
    open();
    await vi.waitFor(() => expect(store.getSnapshot().pending).toBe(0));
    expect(store.getSnapshot().history.map((h) => h.resolved.code)).toEqual([-1102]);
  });
});
