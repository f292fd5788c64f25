/**
 * `errorsOf` on modules of the test's own making: an exchange whose batch answers are an array mixing
 * orders and errors (Alpha), and one that keeps each item's result in a list of its own beside the
 * items (Beta's `retExtInfo.list`, its adapter's `batchResults`), with both registered.
 */
import { describe, expect, it } from 'vitest';
import { errorsOf } from './batch.js';
import { ALPHA, BETA, info, moduleOf } from './test-support/modules.js';

const ALPHA_FUTURES = moduleOf(
  ALPHA,
  'usdm',
  ['/fapi/'],
  [info(-2022, 'REDUCE_ONLY_REJECT', 'ReduceOnly Order is rejected.')],
);
const BETA_V5 = moduleOf(
  BETA,
  'v5',
  ['/v5/'],
  [info(10001, '', 'Params error.'), info(170131, '', 'Balance insufficient'), info(10016, '', 'Server error.')],
);
const BOTH = [ALPHA_FUTURES, BETA_V5];

/** Beta's batch answer: the items in `result.list`, their results in `retExtInfo.list`, in the same order. */
function betaBatch(results: readonly { code: number; msg: string }[], retCode = 0) {
  return {
    retCode,
    retMsg: retCode === 0 ? 'OK' : 'Params error.',
    result: { list: results.map((_, i) => ({ category: 'spot', symbol: 'BTCUSDT', orderId: String(i) })) },
    retExtInfo: { list: results },
    time: 1,
  };
}

describe('a batch answer that keeps each item’s result beside the items (adapter data)', () => {
  const answer = betaBatch([
    { code: 0, msg: 'OK' },
    { code: 10001, msg: 'Params error.' },
    { code: 0, msg: 'OK' },
    { code: 170131, msg: 'Balance insufficient' },
  ]);

  it('returns one error per failed item, with its index; items that went through are left out', () => {
    const read = errorsOf(BOTH, answer);
    expect(read.total).toBe(4);
    expect(read.errors.map((e) => [e.index, e.error.exchange, e.error.product, e.error.code, e.error.variant])).toEqual(
      [
        [1, 'beta', 'v5', 10001, 'default'],
        [3, 'beta', 'v5', 170131, 'default'],
      ],
    );
    expect(read.errors.every((e) => e.error.outcome === 'rejected' && e.leg === null)).toBe(true);
  });

  it('reads the answer as its text, inside an HTTP client’s response, and with the request’s URL', () => {
    expect(errorsOf(BOTH, JSON.stringify(answer)).errors).toHaveLength(2);
    expect(errorsOf(BOTH, { status: 200, headers: {}, data: answer }).errors).toHaveLength(2);
    const read = errorsOf(BOTH, answer, { request: { url: 'https://api.beta.test/v5/order/create-batch' } });
    expect(read.errors.map((e) => e.error.product)).toEqual(['v5', 'v5']);
  });

  it('says nothing failed when every item went through', () => {
    expect(errorsOf(BOTH, betaBatch([{ code: 0, msg: 'OK' }]))).toEqual({ total: 1, errors: [] });
  });

  it('is one error when the batch failed as a whole, list or not', () => {
    const whole = { retCode: 10001, retMsg: 'Params error.', result: {}, retExtInfo: {}, time: 1 };
    expect(errorsOf(BOTH, whole)).toMatchObject({ total: 1, errors: [{ index: null, error: { code: 10001 } }] });
    const withList = betaBatch([{ code: 10016, msg: 'Server error.' }], 10001);
    expect(errorsOf(BOTH, withList)).toMatchObject({ total: 1, errors: [{ error: { code: 10001 } }] });
  });

  it('keeps an item’s unknown outcome (the request may have gone through)', () => {
    const read = errorsOf(BETA_V5, betaBatch([{ code: 10016, msg: 'Server error.' }]));
    expect(read.errors[0]?.error).toMatchObject({ outcome: 'unknown', retryable: false });
  });

  it('leaves Alpha’s array answers as they were', () => {
    const read = errorsOf(BOTH, [{ orderId: 1 }, { code: -2022, msg: 'ReduceOnly Order is rejected.' }]);
    expect(read).toMatchObject({ total: 2, errors: [{ index: 1, error: { exchange: 'alpha', code: -2022 } }] });
  });

  it('stays total and linear on hostile lists', () => {
    const trap = new Proxy([], {
      get() {
        throw new Error('trap');
      },
    });
    expect(errorsOf(BOTH, { retCode: 0, retExtInfo: { list: trap } })).toMatchObject({ total: 1, errors: [] });
    const getter = { retCode: 0 };
    Object.defineProperty(getter, 'retExtInfo', {
      get() {
        throw new Error('getter');
      },
    });
    expect(() => errorsOf(BOTH, getter)).not.toThrow();
    const odd = { retCode: 0, retExtInfo: { list: [null, 7, 'x', { code: '10001' }, { code: 10001 }] } };
    expect(errorsOf(BOTH, odd).total).toBe(5);
    const huge = betaBatch(
      Array.from({ length: 50_000 }, (_, i) => ({ code: i % 2 === 0 ? 0 : 10001, msg: 'Params error.' })),
    );
    const start = performance.now();
    expect(errorsOf(BETA_V5, huge).errors).toHaveLength(25_000);
    expect(performance.now() - start).toBeLessThan(10_000);
  });
});
