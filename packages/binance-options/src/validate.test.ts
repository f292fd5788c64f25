/**
 * validateOrder: the exchange's request checks before sending, as the errors the exchange would
 * answer. (apps/trading-demo checks it against the simulated exchange on random filters and orders.)
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OrderDraft } from './order-context.js';
import { BTC_SYMBOL, DOCS_SYMBOL, FINE_SYMBOL } from './test-support/symbols.js';
import { formatError, validate as validateOrder } from './test-support/options.js';

const ORDER: OrderDraft = {
  symbol: 'BTC-261225-100000-C',
  side: 'BUY',
  type: 'LIMIT',
  price: '12305',
  quantity: '0.5',
  timeInForce: 'GTC',
};
const codes = (order: OrderDraft, info = BTC_SYMBOL) => validateOrder(order, info).errors.map((e) => [e.code, e.field]);

describe('validateOrder', () => {
  it('accepts an order every rule takes', () => {
    expect(validateOrder(ORDER, BTC_SYMBOL)).toEqual({ ok: true, errors: [], first: null, fields: {} });
    expect(
      validateOrder({ ...ORDER, symbol: 'BTC-220815-50000-C', price: '80000.01', quantity: '100' }, DOCS_SYMBOL).ok,
    ).toBe(true);
    expect(
      validateOrder({ ...ORDER, price: '0.0001', quantity: '0.00000001', symbol: 'DOGE-261225-0.25-P' }, FINE_SYMBOL)
        .ok,
    ).toBe(true);
    expect(
      validateOrder({ ...ORDER, price: 12305, quantity: 0.5, postOnly: true, reduceOnly: 'false' }, BTC_SYMBOL).ok,
    ).toBe(true);
  });

  it('answers like the exchange for a filter failure, with the same texts and explanation', () => {
    const validation = validateOrder({ ...ORDER, price: '12306' }, BTC_SYMBOL, { lng: 'zh' });
    expect(validation.ok).toBe(false);
    const first = validation.first!;
    expect(first).toBe(validation.fields.price);
    expect(first).toMatchObject({
      code: -4029,
      field: 'price',
      title: '价格不符合最小价格变动单位',
      message: '价格精度小数点位数不正确。',
      serverMessage: 'Tick size precision is invalid.',
    });
    expect(first.explanation?.text).toBe(
      '价格 12306 不是最小价格变动单位 5 的整数倍，最接近的有效价格为 12305 和 12310。',
    );
    // What the exchange's own answer formats to, with the same context.
    const fromExchange = formatError(
      { code: -4029, msg: 'Tick size precision is invalid.' },
      { lng: 'zh', explain: { order: { ...ORDER, price: '12306' }, symbolInfo: BTC_SYMBOL } },
    );
    const { field: _field, ...rest } = first;
    expect(rest).toEqual(fromExchange);
  });

  it('lists one failure per field in the exchange’s order; the first is the exchange’s answer', () => {
    const validation = validateOrder(
      { ...ORDER, side: 'HOLD', price: '12306.5', quantity: '150', timeInForce: 'IOC', postOnly: true },
      BTC_SYMBOL,
      { lng: 'en' },
    );
    expect(validation.errors.map((e) => [e.code, e.field])).toEqual([
      [-1117, 'side'],
      [-1111, 'price'],
      [-4005, 'quantity'],
      [-1014, 'postOnly'],
    ]);
    expect(validation.first?.code).toBe(-1117);
    expect(validation.fields.price?.explanation?.text).toBe(
      'Price 12306.5 must be a whole number for BTC-261225-100000-C: the nearest valid prices are 12305 and 12310.',
    );
    expect(validation.fields.quantity?.explanation?.suggestions.map((s) => s.value)).toEqual(['100']);
  });

  it.each([
    ['no symbol', { symbol: '' }, [[-1102, 'symbol']]],
    ['no side', { side: undefined }, [[-1102, 'side']]],
    ['a MARKET order (options are limit-only)', { type: 'MARKET' }, [[-1116, 'type']]],
    ['no price', { price: '' }, [[-1102, 'price']]],
    ['letters in the quantity', { quantity: '1e3' }, [[-1100, 'quantity']]],
    ['a time in force Binance does not take', { timeInForce: 'GTD' }, [[-1115, 'timeInForce']]],
    ['a post-only flag that is not true or false', { postOnly: 'yes' }, [[-1102, 'postOnly']]],
    ['an illegal client order id', { clientOrderId: 'no spaces' }, [[-1100, 'clientOrderId']]],
    ['a negative price', { price: '-5' }, [[-4001, 'price']]],
    ['a price under the minimum', { price: '0' }, [[-4013, 'price']]],
    ['a price over the maximum', { price: '200005' }, [[-4002, 'price']]],
    ['a quantity under the minimum', { quantity: '0' }, [[-4004, 'quantity']]],
  ] as const)('rejects %s', (_name, change, expected) => {
    expect(codes({ ...ORDER, ...change } as OrderDraft)).toEqual(expected);
  });

  it('rejects a quantity above the single-order maximum with -6054', () => {
    expect(codes({ ...ORDER, symbol: 'DOGE-261225-0.25-P', price: '0.3', quantity: '60000' }, FINE_SYMBOL)).toEqual([
      [-6054, 'quantity'],
    ]);
  });

  it('gives the parameter errors the exchange’s own text, with the app’s field labels', () => {
    const validation = validateOrder({ ...ORDER, quantity: '' }, BTC_SYMBOL, {
      lng: 'zh',
      fieldLabels: { quantity: '数量' },
    });
    expect(validation.first).toMatchObject({
      code: -1102,
      variant: 'param',
      values: { param: 'quantity' },
      message: '强制参数“数量”未发送，为空/空或格式错误。',
    });
    const illegal = validateOrder({ ...ORDER, price: '12,305' }, BTC_SYMBOL, { lng: 'en' }).first;
    expect(illegal?.message).toBe(
      'Illegal characters found in parameter `price`; legal range is `^([0-9]{1,20})(\\.[0-9]{1,20})?$`.',
    );
  });

  it('checks only the parameters without a symbol entry', () => {
    expect(validateOrder({ ...ORDER, price: '12306' }).ok).toBe(true);
    expect(codes({ ...ORDER, side: 'x' }, undefined)).toEqual([[-1117, 'side']]);
  });

  it('passes the top of the book on to explanations', () => {
    const validation = validateOrder({ ...ORDER, price: '12306', postOnly: true }, BTC_SYMBOL, {
      book: { bestAsk: '12300' },
    });
    expect(validation.first?.code).toBe(-4029);
  });

  it('never throws, whatever it is given (5,000 runs)', () => {
    const throwing = new Proxy(
      {},
      {
        get: () => {
          throw new Error('boom');
        },
        getOwnPropertyDescriptor: () => {
          throw new Error('boom');
        },
      },
    );
    // An order it cannot read is an order without fields: the exchange would ask for the symbol first.
    expect(validateOrder(throwing as never, throwing as never, throwing as never).first?.code).toBe(-1102);
    const text = fc.oneof(fc.string(), fc.constantFrom('BUY', 'LIMIT', '12305', '0.5', 'FOK', 'true'), fc.anything());
    fc.assert(
      fc.property(
        fc.oneof(
          fc.record(
            {
              symbol: text,
              side: text,
              type: text,
              price: text,
              quantity: text,
              timeInForce: text,
              postOnly: text,
              reduceOnly: text,
              clientOrderId: text,
            },
            { requiredKeys: [] },
          ),
          fc.anything(),
        ),
        fc.oneof(fc.constant(BTC_SYMBOL), fc.anything()),
        fc.anything(),
        (order, info, options) => {
          const validation = validateOrder(order as never, info as never, options as never);
          expect(validation.ok).toBe(validation.errors.length === 0);
          for (const e of validation.errors) expect(e.message.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 5_000 },
    );
  }, 60_000);
});
