/**
 * The venues' rules cache: fetched once and kept, fetched again in the background once stale, a
 * failure said (and reported) and retried only when asked or after a pause, a failed refresh keeping
 * the rules in use, a reader that throws reading no symbols. On a clock the test moves.
 */
import { describe, expect, it } from 'vitest';
import { binanceSpotVenue, binanceUsdmVenue } from '../venues/binance.js';
import type { Venue } from '../venues/types.js';
import { createRulesCache } from './rulesCache.js';

const INFO = { symbols: [{ symbol: 'BTCUSDT', filters: [] }] };

function setup() {
  let clock = 1_000_000;
  const calls: Venue[] = [];
  const errors: unknown[] = [];
  let answer: () => Promise<unknown> = () => Promise.resolve(INFO);
  const cache = createRulesCache({
    load: (venue) => {
      calls.push(venue);
      return answer();
    },
    onError: (_venue, error) => errors.push(error),
    now: () => clock,
    ttlMs: 60_000,
    retryMs: 10_000,
  });
  let changes = 0;
  cache.subscribe(() => (changes += 1));
  return {
    cache,
    calls,
    errors,
    changes: () => changes,
    advance: (ms: number) => void (clock += ms),
    answer: (next: () => Promise<unknown>) => void (answer = next),
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the venues’ rules cache', () => {
  it('fetches a venue’s rules once, keeps them, and each venue apart', async () => {
    const t = setup();
    expect(t.cache.get(binanceSpotVenue).status).toBe('loading');
    t.cache.want(binanceSpotVenue);
    t.cache.want(binanceSpotVenue);
    expect(t.calls).toHaveLength(1);
    await settle();
    const rules = t.cache.get(binanceSpotVenue);
    expect(rules.status).toBe('ready');
    expect(rules.symbols.map((s) => s.symbol)).toEqual(['BTCUSDT']);
    t.cache.want(binanceSpotVenue);
    expect(t.calls).toHaveLength(1);
    expect(t.cache.get(binanceSpotVenue)).toBe(rules);
    t.cache.want(binanceUsdmVenue);
    expect(t.calls).toEqual([binanceSpotVenue, binanceUsdmVenue]);
  });

  it('fetches stale rules again in the background, keeping the old ones meanwhile', async () => {
    const t = setup();
    t.cache.want(binanceSpotVenue);
    await settle();
    const first = t.cache.get(binanceSpotVenue);
    t.advance(60_001);
    t.answer(() => Promise.resolve({ symbols: [{ symbol: 'ETHUSDT' }] }));
    t.cache.want(binanceSpotVenue);
    expect(t.calls).toHaveLength(2);
    expect(t.cache.get(binanceSpotVenue)).toBe(first);
    await settle();
    expect(t.cache.get(binanceSpotVenue).symbols.map((s) => s.symbol)).toEqual(['ETHUSDT']);
  });

  it('a failure is said and reported; retried when asked, or once the pause has passed', async () => {
    const t = setup();
    const failure = new TypeError('Failed to fetch');
    t.answer(() => Promise.reject(failure));
    t.cache.want(binanceSpotVenue);
    await settle();
    expect(t.cache.get(binanceSpotVenue)).toMatchObject({ status: 'failed', symbols: [], fetchedAt: null });
    expect(t.errors).toEqual([failure]);
    t.cache.want(binanceSpotVenue);
    expect(t.calls).toHaveLength(1);
    t.advance(10_001);
    t.cache.want(binanceSpotVenue);
    expect(t.calls).toHaveLength(2);
    expect(t.cache.get(binanceSpotVenue).status).toBe('loading');
    await settle();
    expect(t.cache.get(binanceSpotVenue).status).toBe('failed');
    t.answer(() => Promise.resolve(INFO));
    t.cache.retry(binanceSpotVenue);
    await settle();
    expect(t.cache.get(binanceSpotVenue).status).toBe('ready');
    expect(t.calls).toHaveLength(3);
  });

  it('a failed refresh keeps the rules in use; a load that throws or a reader that throws are failures or no symbols', async () => {
    const t = setup();
    t.cache.want(binanceSpotVenue);
    await settle();
    t.advance(60_001);
    t.answer(() => Promise.reject(new Error('502')));
    t.cache.want(binanceSpotVenue);
    await settle();
    expect(t.cache.get(binanceSpotVenue)).toMatchObject({ status: 'ready', symbols: [{ symbol: 'BTCUSDT' }] });

    t.answer(() => {
      throw new Error('synchronous');
    });
    t.cache.want(binanceUsdmVenue);
    await settle();
    expect(t.cache.get(binanceUsdmVenue).status).toBe('failed');

    const odd: Venue = {
      ...binanceSpotVenue,
      symbolsOf: () => {
        throw new Error('reader');
      },
    };
    t.answer(() => Promise.resolve(INFO));
    t.cache.want(odd);
    await settle();
    expect(t.cache.get(odd)).toMatchObject({ status: 'ready', symbols: [] });
    expect(t.changes()).toBeGreaterThan(0);
  });
});
