/**
 * explainError: for every explained code, exact decimal cases with the sentence asserted in
 * English and in Chinese, the suggestions, and null wherever the context does not show the rule failing.
 */
import i18next from 'i18next';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tidyCjkSpacing } from '@exchange-errors/core/internal';
import { NAMESPACE, explainError, formatError } from './test-support/options.js';
import type { ExplainContext, OrderDraft } from './order-context.js';
import { EXPLAINED_CODES } from './order-rules.js';
import { BTC_SYMBOL, DOCS_SYMBOL, FINE_SYMBOL, HALF_SYMBOL, PRECISION_PAYLOAD } from './test-support/symbols.js';

const buy = (order: OrderDraft): OrderDraft => ({
  symbol: 'BTC-261225-100000-C',
  side: 'BUY',
  type: 'LIMIT',
  price: '500',
  quantity: '1',
  ...order,
});

interface Case {
  readonly name: string;
  readonly code: number;
  readonly context: ExplainContext;
  readonly en: string;
  readonly zh: string;
  readonly suggestions: readonly (readonly [string, string])[];
  readonly field?: string;
  readonly ruleCode?: number;
}

const docs = (order: OrderDraft): ExplainContext => ({
  order: { ...order, symbol: 'BTC-220815-50000-C' },
  symbolInfo: DOCS_SYMBOL,
});

const CASES: readonly Case[] = [
  // -4029 tick size
  {
    name: 'a price between two ticks of 5',
    code: -4029,
    context: { order: buy({ price: '12306' }), symbolInfo: BTC_SYMBOL },
    en: 'Price 12306 is not a multiple of the tick size 5: the nearest valid prices are 12305 and 12310.',
    zh: '价格 12306 不是最小价格变动单位 5 的整数倍，最接近的有效价格为 12305 和 12310。',
    suggestions: [
      ['price', '12305'],
      ['price', '12310'],
    ],
  },
  {
    name: 'a tick of 0.0001 (no float drift)',
    code: -4029,
    context: { order: buy({ price: '0.30005', symbol: 'DOGE-261225-0.25-P' }), symbolInfo: FINE_SYMBOL },
    en: 'Price 0.30005 is not a multiple of the tick size 0.0001: the nearest valid prices are 0.3 and 0.3001.',
    zh: '价格 0.30005 不是最小价格变动单位 0.0001 的整数倍，最接近的有效价格为 0.3 和 0.3001。',
    suggestions: [
      ['price', '0.3'],
      ['price', '0.3001'],
    ],
  },
  {
    name: 'a tick of 0.5',
    code: -4029,
    context: { order: buy({ price: '12.3', symbol: 'ETH-261225-3000-C' }), symbolInfo: HALF_SYMBOL },
    en: 'Price 12.3 is not a multiple of the tick size 0.5: the nearest valid prices are 12 and 12.5.',
    zh: '价格 12.3 不是最小价格变动单位 0.5 的整数倍，最接近的有效价格为 12 和 12.5。',
    suggestions: [
      ['price', '12'],
      ['price', '12.5'],
    ],
  },
  {
    name: 'a price whose lower neighbour is under the minimum (Binance’s own example symbol)',
    code: -4029,
    context: docs({ side: 'SELL', type: 'LIMIT', price: '0.015', quantity: '1' }),
    en: 'Price 0.015 is not a multiple of the tick size 0.01: the nearest valid price is 0.02.',
    zh: '价格 0.015 不是最小价格变动单位 0.01 的整数倍，最接近的有效价格为 0.02。',
    suggestions: [['price', '0.02']],
  },
  // -4030 step size
  {
    name: 'a quantity between two steps of 0.05',
    code: -4030,
    context: { order: buy({ quantity: '0.07', symbol: 'ETH-261225-3000-C' }), symbolInfo: HALF_SYMBOL },
    en: 'Quantity 0.07 is not a multiple of the step size 0.05: the nearest valid quantities are 0.05 and 0.1.',
    zh: '数量 0.07 不是数量步长 0.05 的整数倍，最接近的有效数量为 0.05 和 0.1。',
    suggestions: [
      ['quantity', '0.05'],
      ['quantity', '0.1'],
    ],
  },
  {
    name: 'a step of 0.00000001',
    code: -4030,
    context: { order: buy({ quantity: '1.000000015', symbol: 'DOGE-261225-0.25-P' }), symbolInfo: FINE_SYMBOL },
    en: 'Quantity 1.000000015 is not a multiple of the step size 0.00000001: the nearest valid quantities are 1.00000001 and 1.00000002.',
    zh: '数量 1.000000015 不是数量步长 0.00000001 的整数倍，最接近的有效数量为 1.00000001 和 1.00000002。',
    suggestions: [
      ['quantity', '1.00000001'],
      ['quantity', '1.00000002'],
    ],
  },
  // -1111 precision
  {
    name: 'decimals in a whole-number price',
    code: -1111,
    context: { order: buy({ price: '12306.5' }), symbolInfo: BTC_SYMBOL },
    en: 'Price 12306.5 must be a whole number for BTC-261225-100000-C: the nearest valid prices are 12305 and 12310.',
    zh: 'BTC-261225-100000-C 的价格只能是整数，12306.5 最接近的有效价格为 12305 和 12310。',
    suggestions: [
      ['price', '12305'],
      ['price', '12310'],
    ],
  },
  {
    name: 'three decimals where two are allowed (the payload traders report)',
    code: -1111,
    context: docs({ side: 'BUY', type: 'LIMIT', price: '100.123', quantity: '1' }),
    en: 'Price 100.123 has 3 decimal places, but BTC-220815-50000-C allows at most 2: the nearest valid prices are 100.12 and 100.13.',
    zh: '价格 100.123 有 3 位小数，BTC-220815-50000-C 最多允许 2 位，最接近的有效价格为 100.12 和 100.13。',
    suggestions: [
      ['price', '100.12'],
      ['price', '100.13'],
    ],
  },
  {
    name: 'a quantity with more decimals than the contract takes',
    code: -1111,
    context: { order: buy({ quantity: '0.015' }), symbolInfo: BTC_SYMBOL },
    en: 'Quantity 0.015 has 3 decimal places, but BTC-261225-100000-C allows at most 2: the nearest valid quantities are 0.01 and 0.02.',
    zh: '数量 0.015 有 3 位小数，BTC-261225-100000-C 最多允许 2 位，最接近的有效数量为 0.01 和 0.02。',
    suggestions: [
      ['quantity', '0.01'],
      ['quantity', '0.02'],
    ],
  },
  // -4001 / -4013 / -4002 price range
  {
    name: 'a negative price',
    code: -4001,
    context: { order: buy({ price: '-5' }), symbolInfo: BTC_SYMBOL },
    en: 'Price -5 is below zero: the lowest price BTC-261225-100000-C accepts is 5.',
    zh: '价格 -5 小于零，BTC-261225-100000-C 可接受的最低价格为 5。',
    suggestions: [['price', '5']],
  },
  {
    name: 'a price under the minimum',
    code: -4013,
    context: docs({ side: 'BUY', type: 'LIMIT', price: '0.01', quantity: '1' }),
    en: 'Price 0.01 is below the minimum price 0.02 for BTC-220815-50000-C.',
    zh: '价格 0.01 低于 BTC-220815-50000-C 的最低价格 0.02。',
    suggestions: [['price', '0.02']],
  },
  {
    name: 'a price over a maximum that is not a round number',
    code: -4002,
    context: docs({ side: 'BUY', type: 'LIMIT', price: '90000', quantity: '1' }),
    en: 'Price 90000 is above the maximum price 80000.01 for BTC-220815-50000-C.',
    zh: '价格 90000 高于 BTC-220815-50000-C 的最高价格 80000.01。',
    suggestions: [['price', '80000.01']],
  },
  {
    name: 'a price over the maximum, suggested on the tick',
    code: -4002,
    context: {
      order: buy({ price: '250000' }),
      symbolInfo: {
        ...BTC_SYMBOL,
        filters: [{ filterType: 'PRICE_FILTER', minPrice: '5', maxPrice: '200002', tickSize: '5' }],
      },
    },
    en: 'Price 250000 is above the maximum price 200002 for BTC-261225-100000-C.',
    zh: '价格 250000 高于 BTC-261225-100000-C 的最高价格 200002。',
    suggestions: [['price', '200000']],
  },
  // -4003 / -4004 / -4005 / -6054 quantity range
  {
    name: 'a negative quantity',
    code: -4003,
    context: { order: buy({ quantity: '-1' }), symbolInfo: BTC_SYMBOL },
    en: 'Quantity -1 is below zero: the smallest quantity BTC-261225-100000-C accepts is 0.01.',
    zh: '数量 -1 小于零，BTC-261225-100000-C 可接受的最小数量为 0.01。',
    suggestions: [['quantity', '0.01']],
  },
  {
    name: 'a quantity under the minimum',
    code: -4004,
    context: { order: buy({ quantity: '0' }), symbolInfo: BTC_SYMBOL },
    en: 'Quantity 0 is below the minimum quantity 0.01 for BTC-261225-100000-C.',
    zh: '数量 0 低于 BTC-261225-100000-C 的最小数量 0.01。',
    suggestions: [['quantity', '0.01']],
  },
  {
    name: 'a quantity over the maximum',
    code: -4005,
    context: { order: buy({ quantity: '150' }), symbolInfo: BTC_SYMBOL },
    en: 'Quantity 150 is above the maximum quantity 100 for BTC-261225-100000-C.',
    zh: '数量 150 高于 BTC-261225-100000-C 的最大数量 100。',
    suggestions: [['quantity', '100']],
  },
  {
    name: 'more than one order may carry',
    code: -6054,
    context: {
      order: buy({ quantity: '99999.5', symbol: 'DOGE-261225-0.25-P', price: '0.3' }),
      symbolInfo: FINE_SYMBOL,
    },
    en: 'Quantity 99999.5 is more than one order on DOGE-261225-0.25-P can carry (50000 at most): split it into 2 orders, or lower it to 50000.',
    zh: '数量 99999.5 超过 DOGE-261225-0.25-P 单笔订单的上限 50000，可拆分为 2 笔订单，或将数量降至 50000。',
    suggestions: [['quantity', '50000']],
  },
  // -6046 fill or kill
  {
    name: 'a fill-or-kill buy under the best ask',
    code: -6046,
    context: {
      order: buy({ price: '500', timeInForce: 'FOK' }),
      symbolInfo: BTC_SYMBOL,
      book: { bestBid: '495', bestAsk: '520' },
    },
    en: 'A fill-or-kill buy at 500 cannot fill at once: the best ask is 520.',
    zh: '以 500 买入的全部成交或撤销（FOK）订单无法立即成交：当前最低卖价为 520。',
    suggestions: [
      ['price', '520'],
      ['timeInForce', 'GTC'],
    ],
  },
  {
    name: 'a fill-or-kill sell over the best bid',
    code: -6046,
    context: {
      order: buy({ side: 'SELL', price: '530', timeInForce: 'FOK' }),
      symbolInfo: BTC_SYMBOL,
      book: { bestBid: '495', bestAsk: '520' },
    },
    en: 'A fill-or-kill sell at 530 cannot fill at once: the best bid is 495.',
    zh: '以 530 卖出的全部成交或撤销（FOK）订单无法立即成交：当前最高买价为 495。',
    suggestions: [
      ['price', '495'],
      ['timeInForce', 'GTC'],
    ],
  },
  {
    name: 'a fill-or-kill order without the book',
    code: -6046,
    context: { order: buy({ price: '520', quantity: '6', timeInForce: 'FOK' }), symbolInfo: BTC_SYMBOL },
    en: 'A fill-or-kill order fills all 6 at once at 520 or better, or not at all: the book did not hold enough to fill it.',
    zh: '全部成交或撤销（FOK）订单须以 520 或更优的价格立即成交全部 6，否则整单撤销；盘口上的挂单不足以全部成交。',
    suggestions: [
      ['timeInForce', 'IOC'],
      ['timeInForce', 'GTC'],
    ],
    field: 'timeInForce',
  },
  // -6047 post only
  {
    name: 'a post-only buy at or over the best ask',
    code: -6047,
    context: {
      order: buy({ price: '525', postOnly: true }),
      symbolInfo: BTC_SYMBOL,
      book: { bestBid: '495', bestAsk: '520' },
    },
    en: 'A post-only buy at 525 would trade at once against the best ask 520: the highest price that rests on the book is 515.',
    zh: '以 525 买入的只做 Maker 订单会与最低卖价 520 立即成交，能挂在盘口上的最高价格为 515。',
    suggestions: [
      ['price', '515'],
      ['postOnly', 'false'],
    ],
  },
  {
    name: 'a post-only sell at or under the best bid, on a 0.0001 tick',
    code: -6047,
    context: {
      order: buy({ side: 'SELL', price: '0.2998', postOnly: 'true', symbol: 'DOGE-261225-0.25-P' }),
      symbolInfo: FINE_SYMBOL,
      book: { bestBid: '0.3', bestAsk: '0.3004' },
    },
    en: 'A post-only sell at 0.2998 would trade at once against the best bid 0.3: the lowest price that rests on the book is 0.3001.',
    zh: '以 0.2998 卖出的只做 Maker 订单会与最高买价 0.3 立即成交，能挂在盘口上的最低价格为 0.3001。',
    suggestions: [
      ['price', '0.3001'],
      ['postOnly', 'false'],
    ],
  },
  {
    name: 'a post-only order without the book',
    code: -6047,
    context: { order: buy({ price: '525', postOnly: true }), symbolInfo: BTC_SYMBOL },
    en: 'A post-only order must rest on the book, but at 525 it would have traded at once.',
    zh: '只做 Maker 订单必须挂在盘口上，而以 525 下单会立即成交。',
    suggestions: [['postOnly', 'false']],
    field: 'postOnly',
  },
  // -2010: the cause found in the request; -6039 and -6038 share -4030's and -1111's rules
  {
    name: 'NEW_ORDER_REJECTED for an order off the tick',
    code: -2010,
    context: { order: buy({ price: '12306' }), symbolInfo: BTC_SYMBOL },
    en: 'Price 12306 is not a multiple of the tick size 5: the nearest valid prices are 12305 and 12310.',
    zh: '价格 12306 不是最小价格变动单位 5 的整数倍，最接近的有效价格为 12305 和 12310。',
    suggestions: [
      ['price', '12305'],
      ['price', '12310'],
    ],
    ruleCode: -4029,
  },
  {
    name: '-6039, which sends -4030’s text',
    code: -6039,
    context: { order: buy({ quantity: '0.07', symbol: 'ETH-261225-3000-C' }), symbolInfo: HALF_SYMBOL },
    en: 'Quantity 0.07 is not a multiple of the step size 0.05: the nearest valid quantities are 0.05 and 0.1.',
    zh: '数量 0.07 不是数量步长 0.05 的整数倍，最接近的有效数量为 0.05 和 0.1。',
    suggestions: [
      ['quantity', '0.05'],
      ['quantity', '0.1'],
    ],
    ruleCode: -4030,
  },
  {
    name: '-6038 (scale not match)',
    code: -6038,
    context: { order: buy({ quantity: '0.015' }), symbolInfo: BTC_SYMBOL },
    en: 'Quantity 0.015 has 3 decimal places, but BTC-261225-100000-C allows at most 2: the nearest valid quantities are 0.01 and 0.02.',
    zh: '数量 0.015 有 3 位小数，BTC-261225-100000-C 最多允许 2 位，最接近的有效数量为 0.01 和 0.02。',
    suggestions: [
      ['quantity', '0.01'],
      ['quantity', '0.02'],
    ],
    ruleCode: -1111,
  },
];

describe('explainError, code by code', () => {
  it.each(CASES.map((c) => [c.code, c.name, c] as const))('%i: %s', (code, _name, c) => {
    const en = explainError({ code }, c.context, { lng: 'en' });
    const zh = explainError({ code }, c.context, { lng: 'zh-CN' });
    expect(en?.text).toBe(c.en);
    expect(zh?.text).toBe(c.zh);
    expect(en?.suggestions.map((s) => [s.field, s.value])).toEqual(c.suggestions);
    expect(en?.code).toBe(c.ruleCode ?? code);
    if (c.field) expect(en?.field).toBe(c.field);
    expect(zh?.lng).toBe('zh-CN');
  });

  it('covers every code it claims to explain', () => {
    expect([...new Set(CASES.map((c) => c.code))].sort()).toEqual([...EXPLAINED_CODES].sort());
  });

  it('labels suggestions as buttons in the trader’s language', () => {
    const context = { order: buy({ price: '525', postOnly: true }), symbolInfo: BTC_SYMBOL, book: { bestAsk: '520' } };
    expect(explainError(-6047, context, { lng: 'en' })?.suggestions.map((s) => s.label)).toEqual([
      'Use 515',
      'Turn off post-only',
    ]);
    expect(explainError(-6047, context, { lng: 'zh' })?.suggestions.map((s) => s.label)).toEqual([
      '改用 515',
      '取消只做 Maker',
    ]);
  });

  it('says "this contract" when neither the order nor the entry names the symbol', () => {
    const { symbol: _ignored, ...anonymous } = BTC_SYMBOL;
    const context = { order: { side: 'BUY', price: '-5', quantity: '1' }, symbolInfo: anonymous };
    expect(explainError(-4001, context, { lng: 'en' })?.text).toBe(
      'Price -5 is below zero: the lowest price this contract accepts is 5.',
    );
    expect(explainError(-4001, context, { lng: 'zh' })?.text).toBe('价格 -5 小于零，该合约可接受的最低价格为 5。');
  });

  it('reads the order as numbers too (their plain shortest decimal), and exchangeInfo with trailing zeros', () => {
    const padded = {
      ...BTC_SYMBOL,
      filters: [
        { filterType: 'PRICE_FILTER', minPrice: '5.00000000', maxPrice: '200000.00000000', tickSize: '5.00000000' },
      ],
    };
    const found = explainError(-4029, { order: buy({ price: 12306 }), symbolInfo: padded }, { lng: 'en' });
    expect(found?.text).toBe(
      'Price 12306 is not a multiple of the tick size 5: the nearest valid prices are 12305 and 12310.',
    );
  });

  it('accepts the error in any shape the resolver reads', () => {
    const context = { order: buy({ price: '12306.5' }), symbolInfo: BTC_SYMBOL };
    const expected =
      'Price 12306.5 must be a whole number for BTC-261225-100000-C: the nearest valid prices are 12305 and 12310.';
    expect(explainError(PRECISION_PAYLOAD, context)?.text).toBe(expected);
    expect(explainError(JSON.stringify(PRECISION_PAYLOAD), context)?.text).toBe(expected);
    expect(explainError(-1111, context)?.text).toBe(expected);
    expect(explainError(formatError(PRECISION_PAYLOAD), context)?.text).toBe(expected);
    expect(explainError('Precision is over the maximum defined for this asset.', context)?.text).toBe(expected);
  });
});

describe('no explanation without the numbers', () => {
  it.each([
    ['no context at all', -4029, undefined],
    ['no symbol entry', -4029, { order: buy({ price: '12306' }) }],
    ['no order', -4029, { symbolInfo: BTC_SYMBOL }],
    [
      'a price the rules accept (the app’s rules may be stale)',
      -4029,
      { order: buy({ price: '12305' }), symbolInfo: BTC_SYMBOL },
    ],
    ['a price that is not a number', -4029, { order: buy({ price: '12a' }), symbolInfo: BTC_SYMBOL }],
    ['a code no rule explains', -2018, { order: buy({ price: '12306' }), symbolInfo: BTC_SYMBOL }],
    [
      'NEW_ORDER_REJECTED for an order that passes every rule',
      -2010,
      { order: buy({ price: '12305' }), symbolInfo: BTC_SYMBOL },
    ],
    ['FOK on a GTC order', -6046, { order: buy({}), symbolInfo: BTC_SYMBOL }],
    ['post-only on an order without the flag', -6047, { order: buy({ postOnly: 'false' }), symbolInfo: BTC_SYMBOL }],
    [
      'a tick of 0, which turns the rule off',
      -4029,
      {
        order: buy({ price: '12306' }),
        symbolInfo: { ...BTC_SYMBOL, filters: [{ filterType: 'PRICE_FILTER', tickSize: '0' }] },
      },
    ],
  ] as const)('%s', (_name, code, context) => {
    expect(explainError({ code }, context as ExplainContext | undefined, { lng: 'en' })).toBeNull();
  });

  it('leaves format as it was without the explain option', () => {
    const plain = formatError({ code: -4029, msg: 'Tick size precision is invalid.' }, { lng: 'zh' });
    expect(plain.explanation).toBeNull();
    expect(plain.message).toBe('价格精度小数点位数不正确。');
    const withContext = formatError(
      { code: -4029, msg: 'Tick size precision is invalid.' },
      { lng: 'zh', explain: { order: buy({ price: '12306' }), symbolInfo: BTC_SYMBOL } },
    );
    expect({ ...withContext, explanation: null }).toEqual(plain);
    expect(withContext.explanation?.text).toBe(
      '价格 12306 不是最小价格变动单位 5 的整数倍，最接近的有效价格为 12305 和 12310。',
    );
  });
});

describe('the app’s own wording', () => {
  it('uses the app’s i18next text for a sentence, and the shipped one for the rest', () => {
    const i18n = i18next.createInstance();
    void i18n.init({
      lng: 'en',
      resources: {
        en: {
          [NAMESPACE]: { explain: { priceOffTick: '{{price}}: use {{below}} or {{above}} (tick {{tickSize}}).' } },
        },
      },
    });
    const context = { order: buy({ price: '12306' }), symbolInfo: BTC_SYMBOL };
    expect(explainError(-4029, context, { i18n })?.text).toBe('12306: use 12305 or 12310 (tick 5).');
    expect(explainError(-1111, { ...context, order: buy({ price: '12306.5' }) }, { i18n })?.text).toContain(
      'must be a whole number',
    );
  });
});

describe('hostile callers', () => {
  it('never throws, whatever it is given', () => {
    const throwing = new Proxy(
      {},
      {
        get: () => {
          throw new Error('boom');
        },
        ownKeys: () => {
          throw new Error('boom');
        },
        has: () => {
          throw new Error('boom');
        },
        getOwnPropertyDescriptor: () => {
          throw new Error('boom');
        },
      },
    );
    const getter = Object.defineProperty({}, 'order', {
      enumerable: true,
      get: () => {
        throw new Error('boom');
      },
    });
    for (const context of [
      throwing,
      getter,
      { order: throwing, symbolInfo: throwing },
      { order: buy({}), symbolInfo: { filters: throwing } },
      { order: 42, symbolInfo: 'x' },
      { symbolInfo: { filters: [null, 1, throwing] } },
    ]) {
      for (const code of EXPLAINED_CODES)
        expect(() => explainError(code, context as never, throwing as never)).not.toThrow();
    }
  });

  it('fuzz: any error, context and options (5,000 runs)', () => {
    const decimalish = fc.oneof(
      fc.string(),
      fc.constantFrom('5', '0.01', '0', '-1', '1e5', '12306', '0.00000001'),
      fc.double(),
    );
    const filter = fc.record(
      {
        filterType: fc.constantFrom('PRICE_FILTER', 'LOT_SIZE', 'X'),
        minPrice: decimalish,
        maxPrice: decimalish,
        tickSize: decimalish,
        minQty: decimalish,
        maxQty: decimalish,
        stepSize: decimalish,
      },
      { requiredKeys: [] },
    );
    const context = fc.record({
      order: fc.record(
        {
          side: fc.constantFrom('BUY', 'SELL', 'x'),
          price: decimalish,
          quantity: decimalish,
          timeInForce: fc.constantFrom('FOK', 'GTC'),
          postOnly: fc.anything(),
        },
        { requiredKeys: [] },
      ),
      symbolInfo: fc.record(
        {
          symbol: fc.string(),
          filters: fc.array(filter, { maxLength: 3 }),
          priceScale: fc.anything(),
          quantityScale: fc.anything(),
          maxQty: decimalish,
        },
        { requiredKeys: [] },
      ),
      book: fc.record({ bestBid: decimalish, bestAsk: decimalish }, { requiredKeys: [] }),
    });
    fc.assert(
      fc.property(
        fc.oneof(fc.constantFrom(...EXPLAINED_CODES), fc.anything()),
        fc.oneof(context, fc.anything()),
        fc.anything(),
        (code, ctx, options) => {
          const found = explainError(code, ctx as never, options as never);
          if (found) {
            expect(found.text.length).toBeGreaterThan(0);
            expect(found.text).not.toMatch(/\{\{/);
            for (const s of found.suggestions) expect(s.value).toMatch(/^(-?\d+(\.\d+)?|IOC|GTC|false)$/);
          }
        },
      ),
      { numRuns: 5_000 },
    );
  }, 60_000);
});

describe('tidyCjkSpacing', () => {
  it('spaces Chinese from Latin letters and digits, and nothing else', () => {
    expect(tidyCjkSpacing('BTC-1-C可接受的最低价格为 5。')).toBe('BTC-1-C 可接受的最低价格为 5。');
    expect(tidyCjkSpacing('该合约 可接受')).toBe('该合约可接受');
    expect(tidyCjkSpacing('价格 5 ， 数量 1 。')).toBe('价格 5，数量 1。');
    expect(tidyCjkSpacing('Price 5: fine.')).toBe('Price 5: fine.');
  });
});
