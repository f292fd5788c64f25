/**
 * Every futures sentence, asserted in both languages on one order each (test-support/futures-cases.ts),
 * with the rule set of the product it comes from: USDⓈ-M, COIN-M (whose quantity sentences say what one
 * contract is worth) and Portfolio Margin. The sentences are read from
 * packages/catalog-generator/curated/futures-explain.ts, which the generator writes into the three
 * namespaces.
 */
import { describe, expect, it } from 'vitest';
import { FUTURES_CASES, RULES } from '../test-support/futures-cases.js';
import { explainKeys, FUTURES_TEXTS, futuresText } from '../test-support/texts.js';

/** key → [en, zh, fixes as `field=value`]. */
const EXPECTED: Readonly<Record<string, readonly [string, string, readonly string[]]>> = {
  priceNegative: [
    'Price -45000 is below zero: the lowest price BTCUSDT accepts is 556.72.',
    '价格 -45000 小于零，BTCUSDT 可接受的最低价格为 556.72。',
    ['price=556.72'],
  ],
  priceBelowMin: [
    'Price 100 is below the minimum price 556.72 for BTCUSDT.',
    '价格 100 低于 BTCUSDT 允许的最低价格 556.72。',
    ['price=556.72'],
  ],
  priceAboveMax: [
    'Price 5000000 is above the maximum price 4529764 for BTCUSDT.',
    '价格 5000000 高于 BTCUSDT 允许的最高价格 4529764。',
    ['price=4529764'],
  ],
  priceOffTick: [
    'Price 1.23456 is not a multiple of the tick size 0.0001: the nearest valid prices are 1.2345 and 1.2346.',
    '价格 1.23456 不是价格步进间隔 0.0001 的整数倍，最接近的有效价格为 1.2345 和 1.2346。',
    ['price=1.2345', 'price=1.2346'],
  ],
  priceOffTickOne: [
    'Price 100.03 is not a multiple of the tick size 0.1: the nearest valid price is 100.',
    '价格 100.03 不是价格步进间隔 0.1 的整数倍，最接近的有效价格为 100。',
    ['price=100'],
  ],
  priceAboveCap: [
    'Price 50000 is more than 1.05× the mark price 45000.12345678: the highest price BTCUSDT accepts now is 47250.12.',
    '价格 50000 超过标记价格 45000.12345678 的 1.05 倍，BTCUSDT 当前可接受的最高价格为 47250.12。',
    ['price=47250.12'],
  ],
  priceBelowFloor: [
    'Price 40000 is less than 0.95× the mark price 45000: the lowest price BTCUSDT accepts now is 42750.',
    '价格 40000 低于标记价格 45000 的 0.95 倍，BTCUSDT 当前可接受的最低价格为 42750。',
    ['price=42750'],
  ],
  priceAboveCapNoMark: [
    'Price 50000 is more than 1.05× the mark price: BTCUSDT accepts limit prices from 0.95× to 1.05× the mark price.',
    '价格 50000 超过标记价格的 1.05 倍，BTCUSDT 只接受标记价格 0.95 倍至 1.05 倍之间的限价。',
    [],
  ],
  priceBelowFloorNoMark: [
    'Price 30000 is less than 0.85× the mark price: BTCUSD_PERP accepts limit prices from 0.85× to 1.15× the mark price.',
    '价格 30000 低于标记价格的 0.85 倍，BTCUSD_PERP 只接受标记价格 0.85 倍至 1.15 倍之间的限价。',
    [],
  ],
  quantityNotPositive: [
    'Quantity 0 must be above zero: the smallest quantity BTCUSDT accepts is 0.001.',
    '数量 0 必须大于零，BTCUSDT 可接受的最小数量为 0.001。',
    ['quantity=0.001'],
  ],
  quantityBelowMin: [
    'Quantity 0.002 is below the minimum quantity 0.005 for BTCUSDT.',
    '数量 0.002 低于 BTCUSDT 允许的最小数量 0.005。',
    ['quantity=0.005'],
  ],
  quantityAboveMax: [
    'Quantity 1001 is above the maximum quantity 1000 for BTCUSDT.',
    '数量 1001 高于 BTCUSDT 允许的最大数量 1000。',
    ['quantity=1000'],
  ],
  quantityOffStep: [
    'Quantity 0.012 is not a multiple of the step size 0.005: the nearest valid quantities are 0.01 and 0.015.',
    '数量 0.012 不是数量步进值 0.005 的整数倍，最接近的有效数量为 0.01 和 0.015。',
    ['quantity=0.01', 'quantity=0.015'],
  ],
  quantityOffStepOne: [
    'Quantity 1.001 is not a multiple of the step size 0.005: the nearest valid quantity is 1.',
    '数量 1.001 不是数量步进值 0.005 的整数倍，最接近的有效数量为 1。',
    ['quantity=1'],
  ],
  marketQuantityBelowMin: [
    'Quantity 0.005 is below the minimum 0.01 for a market order on BTCUSDT.',
    '市价单数量 0.005 低于 BTCUSDT 市价单允许的最小数量 0.01。',
    ['quantity=0.01'],
  ],
  marketQuantityAboveMax: [
    'Quantity 250 is above the maximum 200 for a market order on BTCUSDT.',
    '市价单数量 250 高于 BTCUSDT 市价单允许的最大数量 200。',
    ['quantity=200'],
  ],
  marketQuantityOffStep: [
    'Quantity 0.015 is not a multiple of the market order step size 0.01: the nearest valid quantities are 0.01 and 0.02.',
    '市价单数量 0.015 不是市价单数量步进值 0.01 的整数倍，最接近的有效数量为 0.01 和 0.02。',
    ['quantity=0.01', 'quantity=0.02'],
  ],
  marketQuantityOffStepOne: [
    'Quantity 0.993 is not a multiple of the market order step size 0.01: the nearest valid quantity is 0.99.',
    '市价单数量 0.993 不是市价单数量步进值 0.01 的整数倍，最接近的有效数量为 0.99。',
    ['quantity=0.99'],
  ],
  priceTooPrecise: [
    'Price 45000.123 has 3 decimal places, but BTCUSDT allows at most 2: the nearest valid prices are 45000.12 and 45000.13.',
    '价格 45000.123 有 3 位小数，BTCUSDT 最多允许 2 位，最接近的有效价格为 45000.12 和 45000.13。',
    ['price=45000.12', 'price=45000.13'],
  ],
  priceTooPreciseOne: [
    'Price 100.001 has 3 decimal places, but BTCUSDT allows at most 2: the nearest valid price is 100.',
    '价格 100.001 有 3 位小数，BTCUSDT 最多允许 2 位，最接近的有效价格为 100。',
    ['price=100'],
  ],
  priceNotWhole: [
    'Price 45000.5 must be a whole number on BTCUSDT: the nearest valid prices are 45000 and 45001.',
    'BTCUSDT 的价格只能是整数，45000.5 最接近的有效价格为 45000 和 45001。',
    ['price=45000', 'price=45001'],
  ],
  priceNotWholeOne: [
    'Price 0.5 must be a whole number on BTCUSDT: the nearest valid price is 1.',
    'BTCUSDT 的价格只能是整数，0.5 最接近的有效价格为 1。',
    ['price=1'],
  ],
  quantityTooPrecise: [
    'Quantity 0.0105 has 4 decimal places, but BTCUSDT allows at most 3: the nearest valid quantities are 0.01 and 0.011.',
    '数量 0.0105 有 4 位小数，BTCUSDT 最多允许 3 位，最接近的有效数量为 0.01 和 0.011。',
    ['quantity=0.01', 'quantity=0.011'],
  ],
  quantityTooPreciseOne: [
    'Quantity 0.0001 has 4 decimal places, but BTCUSDT allows at most 3: the nearest valid quantity is 0.001.',
    '数量 0.0001 有 4 位小数，BTCUSDT 最多允许 3 位，最接近的有效数量为 0.001。',
    ['quantity=0.001'],
  ],
  quantityNotWhole: [
    'Quantity 100.5 must be a whole number on TRXUSDT: the nearest valid quantities are 100 and 101.',
    'TRXUSDT 的数量只能是整数，100.5 最接近的有效数量为 100 和 101。',
    ['quantity=100', 'quantity=101'],
  ],
  quantityNotWholeOne: [
    'Quantity 0.5 must be a whole number on BTCUSD_PERP: the nearest valid quantity is 1. One BTCUSD_PERP contract is worth 100 USD.',
    'BTCUSD_PERP 的数量只能是整数，0.5 最接近的有效数量为 1。BTCUSD_PERP 每张合约价值 100 USD。',
    ['quantity=1'],
  ],
  notionalBelowMin: [
    'Order value 4.5 USDT (0.001 × 4500) is below the minimum 5 USDT for BTCUSDT (reduce-only orders are exempt): at this price the smallest quantity is 0.002.',
    '订单名义价值 4.5 USDT（0.001 × 4500）低于 BTCUSDT 的最小名义价值 5 USDT（只减仓订单除外），按此价格最小数量为 0.002。',
    ['quantity=0.002'],
  ],
  notionalBelowMinNoFix: [
    'Order value 1 USDT (0.001 × 1000) is below the minimum 5 USDT for BTCUSDT (reduce-only orders are exempt).',
    '订单名义价值 1 USDT（0.001 × 1000）低于 BTCUSDT 的最小名义价值 5 USDT（只减仓订单除外）。',
    [],
  ],
  marketNotionalBelowMin: [
    'At the mark price 0.09, 10 is worth 0.9 USDT, below the minimum order value 5 USDT for TRXUSDT (reduce-only orders are exempt): the smallest quantity is 56.',
    '按标记价格 0.09 计算，数量 10 的名义价值为 0.9 USDT，低于 TRXUSDT 的最小名义价值 5 USDT（只减仓订单除外），最小数量为 56。',
    ['quantity=56'],
  ],
  marketNotionalBelowMinNoFix: [
    'At the mark price 1000, 0.001 is worth 1 USDT, below the minimum order value 5 USDT for BTCUSDT (reduce-only orders are exempt).',
    '按标记价格 1000 计算，数量 0.001 的名义价值为 1 USDT，低于 BTCUSDT 的最小名义价值 5 USDT（只减仓订单除外）。',
    [],
  ],
  contractNotionalBelowMin: [
    'Order value 100 USD (1 × 100) is below the minimum 200 USD for BTCUSD_PERP (reduce-only orders are exempt): the smallest quantity is 2. One BTCUSD_PERP contract is worth 100 USD.',
    '订单名义价值 100 USD（1 × 100）低于 BTCUSD_PERP 的最小名义价值 200 USD（只减仓订单除外），最小数量为 2。BTCUSD_PERP 每张合约价值 100 USD。',
    ['quantity=2'],
  ],
  contractNotionalBelowMinNoFix: [
    'Order value 100 USD (1 × 100) is below the minimum 200 USD for BTCUSD_PERP (reduce-only orders are exempt). One BTCUSD_PERP contract is worth 100 USD.',
    '订单名义价值 100 USD（1 × 100）低于 BTCUSD_PERP 的最小名义价值 200 USD（只减仓订单除外）。BTCUSD_PERP 每张合约价值 100 USD。',
    [],
  ],
  marketBuyOutsideBand: [
    'A market buy would fill at the best ask 48000, above 1.05× the mark price 45000: place a limit buy at 47250 or below instead.',
    '市价买单将以最优卖价 48000 成交，超过标记价格 45000 的 1.05 倍，请改为以 47250 或更低的价格下限价买单。',
    [],
  ],
  marketSellOutsideBand: [
    'A market sell would fill at the best bid 30000, below 0.85× the mark price 45000: place a limit sell at 38250 or above instead.',
    '市价卖单将以最优买价 30000 成交，低于标记价格 45000 的 0.85 倍，请改为以 38250 或更高的价格下限价卖单。',
    [],
  ],
  marketOutsideBand: [
    'The best price on the other side of the book is outside what BTCUSDT accepts around the mark price (0.95× to 1.05×): place a limit order instead.',
    '对手方最优价格超出 BTCUSDT 在标记价格附近可接受的范围（0.95 倍至 1.05 倍），请改用限价单。',
    [],
  ],
  stopLimitAboveCap: [
    'Limit price 50000 is more than 1.05× the stop price 45000: the highest limit price for this stop is 47250.',
    '限价 50000 超过触发价 45000 的 1.05 倍，该止损单可用的最高限价为 47250。',
    ['price=47250'],
  ],
  stopLimitBelowFloor: [
    'Limit price 30000 is less than 0.85× the stop price 45000: the lowest limit price for this stop is 38250.',
    '限价 30000 低于触发价 45000 的 0.85 倍，该止损单可用的最低限价为 38250。',
    ['price=38250'],
  ],
  marginShort: [
    'This order needs about 2250 USDT of initial margin (45000 USDT at 20× leverage), and 1000 USDT is available: up to 0.444 fits.',
    '该订单约需 2250 USDT 初始保证金（名义价值 45000 USDT，20 倍杠杆），而可用余额为 1000 USDT，最多可下 0.444。',
    ['quantity=0.444'],
  ],
  marginShortNoFix: [
    'This order needs about 2250 USDT of initial margin (45000 USDT at 20× leverage), and 1 USDT is available.',
    '该订单约需 2250 USDT 初始保证金（名义价值 45000 USDT，20 倍杠杆），而可用余额为 1 USDT。',
    [],
  ],
  marginShortNoLeverage: [
    'This order of 100 is worth 0.22222223 BTC, and 0.01 BTC is available: lower the quantity or raise the leverage. One BTCUSD_PERP contract is worth 100 USD.',
    '数量为 100 的订单名义价值为 0.22222223 BTC，而可用余额为 0.01 BTC，请降低数量或提高杠杆。BTCUSD_PERP 每张合约价值 100 USD。',
    [],
  ],
};

describe('futures explanations', () => {
  it.each(FUTURES_CASES.map((c) => [c.key, c] as const))('%s, in en and zh', (key, c) => {
    const [en, zh, fixes] = EXPECTED[key]!;
    const rules = RULES[c.product];
    const english = rules.explain(c.code, c.context, 'en', futuresText('en'));
    const chinese = rules.explain(c.code, c.context, 'zh', futuresText('zh'));
    expect(english).toMatchObject({ code: c.code, key, text: en, lng: 'en' });
    expect(chinese).toMatchObject({ code: c.code, key, text: zh, lng: 'zh' });
    expect(english!.suggestions.map((s) => `${s.field}=${s.value}`)).toEqual(fixes);
    expect(chinese!.suggestions.map((s) => s.label)).toEqual(english!.suggestions.map((s) => `改用 ${s.value}`));
  });

  it('covers every sentence of the futures texts', () => {
    const notes = new Set(['thisSymbol', 'contractWorth']);
    const sentences = explainKeys(FUTURES_TEXTS.en.explain).filter((k) => !notes.has(k) && !k.startsWith('suggest.'));
    expect(FUTURES_CASES.map((c) => c.key).sort()).toEqual(sentences.sort());
    expect(Object.keys(EXPECTED).sort()).toEqual(sentences.sort());
  });

  it('says what one contract is worth on COIN-M, and only there', () => {
    const coinm = FUTURES_CASES.filter((c) => c.product === 'coinm');
    const worth = /One BTCUSD_PERP contract is worth 100 USD\.$/;
    const about = (key: string) => /quantity|Quantity|notional|Notional|margin/.test(key);
    for (const c of coinm) {
      const text = RULES.coinm.explain(c.code, c.context, 'en', futuresText('en'))!.text;
      expect(worth.test(text), `${c.key}: ${text}`).toBe(about(c.key));
    }
    for (const c of FUTURES_CASES.filter((c) => c.product !== 'coinm'))
      expect(RULES[c.product].explain(c.code, c.context, 'en', futuresText('en'))!.text).not.toMatch(
        /contract is worth/,
      );
  });
});
