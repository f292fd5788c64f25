/**
 * Every Spot sentence, asserted in both languages on one order each (test-support/spot-cases.ts):
 * the answer Binance sends, the symbol's real or Binance-shaped exchangeInfo entry, and the sentence
 * and fixes that come out. The sentences are read from packages/binance-spot/curated/explain.ts,
 * which the generator writes into the binanceSpot namespace.
 */
import { describe, expect, it } from 'vitest';
import { SPOT_CASES } from '../test-support/spot-cases.js';
import { explainKeys, SPOT_TEXTS, spotText } from '../test-support/texts.js';
import { spotRules } from './index.js';

/** key → [en, zh, fixes as `field=value`]. */
const EXPECTED: Readonly<Record<string, readonly [string, string, readonly string[]]>> = {
  priceBelowMin: [
    'Price 0.001 is below the minimum price 0.01 for BTCUSDT.',
    '价格 0.001 低于 BTCUSDT 允许的最低价格 0.01。',
    ['price=0.01'],
  ],
  priceAboveMax: [
    'Price 2000000 is above the maximum price 1000000 for BTCUSDT.',
    '价格 2000000 高于 BTCUSDT 允许的最高价格 1000000。',
    ['price=1000000'],
  ],
  priceOffTick: [
    'Price 30000.005 is not a multiple of the tick size 0.01: the nearest valid prices are 30000 and 30000.01.',
    '价格 30000.005 不是价格步进间隔 0.01 的整数倍，最接近的有效价格为 30000 和 30000.01。',
    ['price=30000', 'price=30000.01'],
  ],
  priceOffTickOne: [
    'Price 0.06 is not a multiple of the tick size 0.1: the nearest valid price is 0.1.',
    '价格 0.06 不是价格步进间隔 0.1 的整数倍，最接近的有效价格为 0.1。',
    ['price=0.1'],
  ],
  stopPriceBelowMin: [
    'Stop price 0.005 is below the minimum price 0.01 for BTCUSDT.',
    '止盈止损价 0.005 低于 BTCUSDT 允许的最低价格 0.01。',
    ['stopPrice=0.01'],
  ],
  stopPriceAboveMax: [
    'Stop price 1000000.01 is above the maximum price 1000000 for BTCUSDT.',
    '止盈止损价 1000000.01 高于 BTCUSDT 允许的最高价格 1000000。',
    ['stopPrice=1000000'],
  ],
  stopPriceOffTick: [
    'Stop price 29000.001 is not a multiple of the tick size 0.01: the nearest valid stop prices are 29000 and 29000.01.',
    '止盈止损价 29000.001 不是价格步进间隔 0.01 的整数倍，最接近的有效止盈止损价为 29000 和 29000.01。',
    ['stopPrice=29000', 'stopPrice=29000.01'],
  ],
  stopPriceOffTickOne: [
    'Stop price 0.07 is not a multiple of the tick size 0.1: the nearest valid stop price is 0.1.',
    '止盈止损价 0.07 不是价格步进间隔 0.1 的整数倍，最接近的有效止盈止损价为 0.1。',
    ['stopPrice=0.1'],
  ],
  priceAboveBand: [
    'Price 200000 is more than 5× the average price 30000.12345678: BTCUSDT accepts prices from 6000.03 to 150000.61 now.',
    '价格 200000 超过平均成交价 30000.12345678 的 5 倍，BTCUSDT 当前允许的价格为 6000.03 至 150000.61。',
    ['price=150000.61'],
  ],
  priceBelowBand: [
    'Price 5000 is less than 0.2× the average price 64000.12: BTCUSDT accepts prices from 12800.03 to 320000.6 now.',
    '价格 5000 低于平均成交价 64000.12 的 0.2 倍，BTCUSDT 当前允许的价格为 12800.03 至 320000.6。',
    ['price=12800.03'],
  ],
  priceOutsideBand: [
    'Price 500000 is too far from the average price of recent trades: BTCUSDT accepts prices from 0.2× to 5× that average.',
    '价格 500000 偏离前序交易的平均成交价过多，BTCUSDT 只接受该均价 0.2 倍至 5 倍之间的价格。',
    [],
  ],
  quantityBelowMin: [
    'Quantity 0.000001 is below the minimum quantity 0.00001 BTC for BTCUSDT.',
    '数量 0.000001 低于 BTCUSDT 允许的最小数量 0.00001 BTC。',
    ['quantity=0.00001'],
  ],
  quantityAboveMax: [
    'Quantity 10000 is above the maximum quantity 9000 BTC for BTCUSDT.',
    '数量 10000 高于 BTCUSDT 允许的最大数量 9000 BTC。',
    ['quantity=9000'],
  ],
  quantityOffStep: [
    'Quantity 0.000015 is not a multiple of the step size 0.00001: the nearest valid quantities are 0.00001 and 0.00002.',
    '数量 0.000015 不是数量步进值 0.00001 的整数倍，最接近的有效数量为 0.00001 和 0.00002。',
    ['quantity=0.00001', 'quantity=0.00002'],
  ],
  quantityOffStepOne: [
    'Quantity 0.07 is not a multiple of the step size 0.1: the nearest valid quantity is 0.1.',
    '数量 0.07 不是数量步进值 0.1 的整数倍，最接近的有效数量为 0.1。',
    ['quantity=0.1'],
  ],
  icebergQtyBelowMin: [
    'Visible quantity 0.000001 is below the minimum quantity 0.00001 BTC for BTCUSDT.',
    '冰山订单的显示数量 0.000001 低于 BTCUSDT 允许的最小数量 0.00001 BTC。',
    ['icebergQty=0.00001'],
  ],
  icebergQtyAboveMax: [
    'Visible quantity 9001 is above the maximum quantity 9000 BTC for BTCUSDT.',
    '冰山订单的显示数量 9001 高于 BTCUSDT 允许的最大数量 9000 BTC。',
    ['icebergQty=9000'],
  ],
  icebergQtyOffStep: [
    'Visible quantity 0.0012345 is not a multiple of the step size 0.00001: the nearest valid visible quantities are 0.00123 and 0.00124.',
    '冰山订单的显示数量 0.0012345 不是数量步进值 0.00001 的整数倍，最接近的有效显示数量为 0.00123 和 0.00124。',
    ['icebergQty=0.00123', 'icebergQty=0.00124'],
  ],
  icebergQtyOffStepOne: [
    'Visible quantity 0.06 is not a multiple of the step size 0.1: the nearest valid visible quantity is 0.1.',
    '冰山订单的显示数量 0.06 不是数量步进值 0.1 的整数倍，最接近的有效显示数量为 0.1。',
    ['icebergQty=0.1'],
  ],
  marketQuantityBelowMin: [
    'Quantity 0.0005 is below the minimum 0.001 BTC for a market order on BTCUSDT.',
    '市价单数量 0.0005 低于 BTCUSDT 市价单允许的最小数量 0.001 BTC。',
    ['quantity=0.001'],
  ],
  marketQuantityAboveMax: [
    'Quantity 300 is above the maximum 269.21182993 BTC for a market order on BTCUSDT.',
    '市价单数量 300 高于 BTCUSDT 市价单允许的最大数量 269.21182993 BTC。',
    ['quantity=269.21182'],
  ],
  marketQuantityOffStep: [
    'Quantity 0.00150 is not a multiple of the market order step size 0.001: the nearest valid quantities are 0.001 and 0.002.',
    '市价单数量 0.00150 不是市价单数量步进值 0.001 的整数倍，最接近的有效数量为 0.001 和 0.002。',
    ['quantity=0.001', 'quantity=0.002'],
  ],
  marketQuantityOffStepOne: [
    'Quantity 4.9992 is not a multiple of the market order step size 0.001: the nearest valid quantity is 4.999.',
    '市价单数量 4.9992 不是市价单数量步进值 0.001 的整数倍，最接近的有效数量为 4.999。',
    ['quantity=4.999'],
  ],
  notionalBelowMin: [
    'Order value 9 USDT (0.0003 × 30000) is below the minimum 10 USDT for BTCUSDT: at this price the smallest quantity is 0.00034.',
    '订单名义价值 9 USDT（0.0003 × 30000）低于 BTCUSDT 的最小名义价值 10 USDT，按此价格最小数量为 0.00034。',
    ['quantity=0.00034'],
  ],
  notionalBelowMinNoFix: [
    'Order value 0.05 USDT (0.0005 × 100) is below the minimum 10 USDT for BTCUSDT.',
    '订单名义价值 0.05 USDT（0.0005 × 100）低于 BTCUSDT 的最小名义价值 10 USDT。',
    [],
  ],
  notionalAboveMax: [
    'Order value 10000000 USDT (10 × 1000000) is above the maximum 9000000 USDT for BTCUSDT: at this price the largest quantity is 9.',
    '订单名义价值 10000000 USDT（10 × 1000000）高于 BTCUSDT 的最大名义价值 9000000 USDT，按此价格最大数量为 9。',
    ['quantity=9'],
  ],
  notionalAboveMaxNoFix: [
    'Order value 2000000 USDT (0.01 × 200000000) is above the maximum 1000 USDT for BTCUSDT.',
    '订单名义价值 2000000 USDT（0.01 × 200000000）高于 BTCUSDT 的最大名义价值 1000 USDT。',
    [],
  ],
  marketNotionalBelowMin: [
    'At the average price 30000, 0.0001 is worth 3 USDT, below the minimum order value 10 USDT for BTCUSDT: the smallest quantity is 0.00034.',
    '按平均成交价 30000 计算，数量 0.0001 的名义价值为 3 USDT，低于 BTCUSDT 的最小名义价值 10 USDT，最小数量为 0.00034。',
    ['quantity=0.00034'],
  ],
  marketNotionalBelowMinNoFix: [
    'At the average price 1, 0.001 is worth 0.001 USDT, below the minimum order value 10 USDT for BTCUSDT.',
    '按平均成交价 1 计算，数量 0.001 的名义价值为 0.001 USDT，低于 BTCUSDT 的最小名义价值 10 USDT。',
    [],
  ],
  marketNotionalAboveMax: [
    'At the average price 30000, 1 is worth 30000 USDT, above the maximum order value 1000 USDT for BTCUSDT: the largest quantity is 0.033.',
    '按平均成交价 30000 计算，数量 1 的名义价值为 30000 USDT，高于 BTCUSDT 的最大名义价值 1000 USDT，最大数量为 0.033。',
    ['quantity=0.033'],
  ],
  marketNotionalAboveMaxNoFix: [
    'At the average price 2000000, 0.001 is worth 2000 USDT, above the maximum order value 1000 USDT for BTCUSDT.',
    '按平均成交价 2000000 计算，数量 0.001 的名义价值为 2000 USDT，高于 BTCUSDT 的最大名义价值 1000 USDT。',
    [],
  ],
  quoteBelowMin: [
    'A market order for 4 USDT is below the minimum order value 5 USDT for BTCUSDT.',
    '金额为 4 USDT 的市价单低于 BTCUSDT 的最小名义价值 5 USDT。',
    ['quoteOrderQty=5'],
  ],
  quoteAboveMax: [
    'A market order for 1500.5 USDT is above the maximum order value 1000 USDT for BTCUSDT.',
    '金额为 1500.5 USDT 的市价单高于 BTCUSDT 的最大名义价值 1000 USDT。',
    ['quoteOrderQty=1000'],
  ],
  icebergTooManyParts: [
    'An iceberg order of 1 showing 0.05 at a time splits into 20 parts, more than the 10 BTCUSDT allows: the smallest visible quantity is 0.1.',
    '数量 1、显示数量 0.05 的冰山订单会拆分为 20 个部分，超过 BTCUSDT 允许的 10 个，最小显示数量为 0.1。',
    ['icebergQty=0.1'],
  ],
  icebergTooManyPartsNoFix: [
    'An iceberg order of 100000 showing 1 at a time splits into 100000 parts, more than the 10 BTCUSDT allows.',
    '数量 100000、显示数量 1 的冰山订单会拆分为 100000 个部分，超过 BTCUSDT 允许的 10 个。',
    [],
  ],
  maxNumOrders: [
    'You have 200 open orders on BTCUSDT, and it allows 200 per account: cancel one before placing another.',
    '您在 BTCUSDT 上有 200 笔挂单，每个账户最多 200 笔，请先撤销一笔再下单。',
    [],
  ],
  maxNumOrdersReached: [
    'You have reached the 200 open orders BTCUSDT allows per account: cancel one before placing another.',
    '您在 BTCUSDT 上的挂单已达每个账户 200 笔的上限，请先撤销一笔再下单。',
    [],
  ],
  maxNumAlgoOrders: [
    'You have 5 open stop-loss and take-profit orders on BTCUSDT, and it allows 5: cancel one before placing another.',
    '您在 BTCUSDT 上有 5 笔止盈止损条件单，最多 5 笔，请先撤销一笔再下单。',
    [],
  ],
  maxNumAlgoOrdersReached: [
    'You have reached the 5 open stop-loss and take-profit orders BTCUSDT allows: cancel one before placing another.',
    '您在 BTCUSDT 上的止盈止损条件单已达 5 笔的上限，请先撤销一笔再下单。',
    [],
  ],
  maxNumIcebergOrders: [
    'You have 5 open iceberg orders on BTCUSDT, and it allows 5: cancel one before placing another.',
    '您在 BTCUSDT 上有 5 笔冰山订单，最多 5 笔，请先撤销一笔再下单。',
    [],
  ],
  maxNumIcebergOrdersReached: [
    'You have reached the 5 open iceberg orders BTCUSDT allows: cancel one before placing another.',
    '您在 BTCUSDT 上的冰山订单已达 5 笔的上限，请先撤销一笔再下单。',
    [],
  ],
  maxNumOrderLists: [
    'You have 20 open order lists (such as OCO) on BTCUSDT, and it allows 20: cancel one before placing another.',
    '您在 BTCUSDT 上有 20 个订单列表（如 OCO），最多 20 个，请先撤销一个再下单。',
    [],
  ],
  maxNumOrderListsReached: [
    'You have reached the 20 open order lists (such as OCO) BTCUSDT allows: cancel one before placing another.',
    '您在 BTCUSDT 上的订单列表（如 OCO）已达 20 个的上限，请先撤销一个再下单。',
    [],
  ],
  maxNumOrderAmendsReached: [
    'This order has been amended 10 times, the most BTCUSDT allows: cancel it and place a new one instead.',
    '该订单已修改 10 次，达到 BTCUSDT 允许的上限，请撤单后重新下单。',
    [],
  ],
  exchangeMaxNumOrders: [
    'You have 1000 open orders across the exchange, and an account may have 1000: cancel one before placing another.',
    '您在整个交易所有 1000 笔挂单，每个账户最多 1000 笔，请先撤销一笔再下单。',
    [],
  ],
  exchangeMaxNumOrdersReached: [
    'You have reached the 1000 open orders an account may have across the exchange: cancel one before placing another.',
    '您在整个交易所的挂单已达每个账户 1000 笔的上限，请先撤销一笔再下单。',
    [],
  ],
  exchangeMaxNumAlgoOrders: [
    'You have 200 open stop-loss and take-profit orders across the exchange, and an account may have 200: cancel one before placing another.',
    '您在整个交易所有 200 笔止盈止损条件单，每个账户最多 200 笔，请先撤销一笔再下单。',
    [],
  ],
  exchangeMaxNumAlgoOrdersReached: [
    'You have reached the 200 open stop-loss and take-profit orders an account may have across the exchange: cancel one before placing another.',
    '您在整个交易所的止盈止损条件单已达每个账户 200 笔的上限，请先撤销一笔再下单。',
    [],
  ],
  exchangeMaxNumIcebergOrders: [
    'You have 10000 open iceberg orders across the exchange, and an account may have 10000: cancel one before placing another.',
    '您在整个交易所有 10000 笔冰山订单，每个账户最多 10000 笔，请先撤销一笔再下单。',
    [],
  ],
  exchangeMaxNumIcebergOrdersReached: [
    'You have reached the 10000 open iceberg orders an account may have across the exchange: cancel one before placing another.',
    '您在整个交易所的冰山订单已达每个账户 10000 笔的上限，请先撤销一笔再下单。',
    [],
  ],
  exchangeMaxNumOrderLists: [
    'You have 20 open order lists (such as OCO) across the exchange, and an account may have 20: cancel one before placing another.',
    '您在整个交易所有 20 个订单列表（如 OCO），每个账户最多 20 个，请先撤销一个再下单。',
    [],
  ],
  exchangeMaxNumOrderListsReached: [
    'You have reached the 20 open order lists (such as OCO) an account may have across the exchange: cancel one before placing another.',
    '您在整个交易所的订单列表（如 OCO）已达每个账户 20 个的上限，请先撤销一个再下单。',
    [],
  ],
  positionAboveMax: [
    'Buying 0.5 would bring your BTC position to 1.2 (balance and open buys now: 0.7), above the maximum position 1 BTC for BTCUSDT: the largest buy is 0.3.',
    '买入 0.5 后，您的 BTC 仓位将达到 1.2（当前余额加未成交买单为 0.7），超过 BTCUSDT 的最大仓位 1 BTC，最多可买入 0.3。',
    ['quantity=0.3'],
  ],
  positionAtMax: [
    'Your BTC position (balance and open buys) is 1, already at the maximum position 1 BTC for BTCUSDT: buying 0.1 would bring it to 1.1.',
    '您的 BTC 仓位（余额加未成交买单）为 1，已达到 BTCUSDT 的最大仓位 1 BTC，买入 0.1 将使其达到 1.1。',
    [],
  ],
  positionLimit: [
    'BTCUSDT caps your BTC position (balance plus open buy orders) at 1: this buy would exceed it.',
    'BTCUSDT 将您的 BTC 仓位（余额加未成交买单）限制在 1 以内，此次买入会超过该上限。',
    [],
  ],
  trailingDeltaBelowMin: [
    'Trailing delta 5 is below the minimum 10 basis points for this order on BTCUSDT (allowed: 10 to 2000).',
    '追踪价差 5 低于 BTCUSDT 对此类订单允许的最小值 10 个基点（允许范围为 10 至 2000）。',
    ['trailingDelta=10'],
  ],
  trailingDeltaAboveMax: [
    'Trailing delta 2500 is above the maximum 2000 basis points for this order on BTCUSDT (allowed: 10 to 2000).',
    '追踪价差 2500 高于 BTCUSDT 对此类订单允许的最大值 2000 个基点（允许范围为 10 至 2000）。',
    ['trailingDelta=2000'],
  ],
  maxAssetQuantity: [
    'This order moves 0.6 BTC, more than your limit of 0.5 BTC per order.',
    '该订单涉及 0.6 BTC，超过您每笔订单 0.5 BTC 的上限。',
    ['quantity=0.5'],
  ],
  maxAssetValue: [
    'This order is worth 1200 USDT, more than your limit of 1000 USDT per order.',
    '该订单价值 1200 USDT，超过您每笔订单 1000 USDT 的上限。',
    ['quantity=0.03333'],
  ],
  priceTooPrecise: [
    'Price 30000.123456789 has 9 decimal places, but BTCUSDT allows at most 8: the nearest valid prices are 30000.12 and 30000.13.',
    '价格 30000.123456789 有 9 位小数，BTCUSDT 最多允许 8 位，最接近的有效价格为 30000.12 和 30000.13。',
    ['price=30000.12', 'price=30000.13'],
  ],
  priceTooPreciseOne: [
    'Price 1000000.000000001 has 9 decimal places, but BTCUSDT allows at most 8: the nearest valid price is 1000000.',
    '价格 1000000.000000001 有 9 位小数，BTCUSDT 最多允许 8 位，最接近的有效价格为 1000000。',
    ['price=1000000'],
  ],
  priceNotWhole: [
    'Price 30000.5 must be a whole number on BTCUSDT: the nearest valid prices are 30000 and 30001.',
    'BTCUSDT 的价格只能是整数，30000.5 最接近的有效价格为 30000 和 30001。',
    ['price=30000', 'price=30001'],
  ],
  priceNotWholeOne: [
    'Price 0.5 must be a whole number on BTCUSDT: the nearest valid price is 1.',
    'BTCUSDT 的价格只能是整数，0.5 最接近的有效价格为 1。',
    ['price=1'],
  ],
  quantityTooPrecise: [
    'Quantity 0.000010001 has 9 decimal places, but BTCUSDT allows at most 8: the nearest valid quantities are 0.00001 and 0.00002.',
    '数量 0.000010001 有 9 位小数，BTCUSDT 最多允许 8 位，最接近的有效数量为 0.00001 和 0.00002。',
    ['quantity=0.00001', 'quantity=0.00002'],
  ],
  quantityTooPreciseOne: [
    'Quantity 0.000000001 has 9 decimal places, but BTCUSDT allows at most 8: the nearest valid quantity is 0.00001.',
    '数量 0.000000001 有 9 位小数，BTCUSDT 最多允许 8 位，最接近的有效数量为 0.00001。',
    ['quantity=0.00001'],
  ],
  quantityNotWhole: [
    'Quantity 2.5 must be a whole number on BTCUSDT: the nearest valid quantities are 2 and 3.',
    'BTCUSDT 的数量只能是整数，2.5 最接近的有效数量为 2 和 3。',
    ['quantity=2', 'quantity=3'],
  ],
  quantityNotWholeOne: [
    'Quantity 0.5 must be a whole number on BTCUSDT: the nearest valid quantity is 1.',
    'BTCUSDT 的数量只能是整数，0.5 最接近的有效数量为 1。',
    ['quantity=1'],
  ],
  stopPriceTooPrecise: [
    'Stop price 29000.000000001 has 9 decimal places, but BTCUSDT allows at most 8: the nearest valid stop prices are 29000 and 29000.01.',
    '止盈止损价 29000.000000001 有 9 位小数，BTCUSDT 最多允许 8 位，最接近的有效止盈止损价为 29000 和 29000.01。',
    ['stopPrice=29000', 'stopPrice=29000.01'],
  ],
  stopPriceTooPreciseOne: [
    'Stop price 0.000000001 has 9 decimal places, but BTCUSDT allows at most 8: the nearest valid stop price is 0.01.',
    '止盈止损价 0.000000001 有 9 位小数，BTCUSDT 最多允许 8 位，最接近的有效止盈止损价为 0.01。',
    ['stopPrice=0.01'],
  ],
  stopPriceNotWhole: [
    'Stop price 29000.5 must be a whole number on BTCUSDT: the nearest valid stop prices are 29000 and 29001.',
    'BTCUSDT 的止盈止损价只能是整数，29000.5 最接近的有效止盈止损价为 29000 和 29001。',
    ['stopPrice=29000', 'stopPrice=29001'],
  ],
  stopPriceNotWholeOne: [
    'Stop price 0.4 must be a whole number on BTCUSDT: the nearest valid stop price is 1.',
    'BTCUSDT 的止盈止损价只能是整数，0.4 最接近的有效止盈止损价为 1。',
    ['stopPrice=1'],
  ],
  icebergQtyTooPrecise: [
    'Visible quantity 0.001000001 has 9 decimal places, but BTCUSDT allows at most 8: the nearest valid visible quantities are 0.001 and 0.00101.',
    '冰山订单显示数量 0.001000001 有 9 位小数，BTCUSDT 最多允许 8 位，最接近的有效显示数量为 0.001 和 0.00101。',
    ['icebergQty=0.001', 'icebergQty=0.00101'],
  ],
  icebergQtyTooPreciseOne: [
    'Visible quantity 0.000000009 has 9 decimal places, but BTCUSDT allows at most 8: the nearest valid visible quantity is 0.00001.',
    '冰山订单显示数量 0.000000009 有 9 位小数，BTCUSDT 最多允许 8 位，最接近的有效显示数量为 0.00001。',
    ['icebergQty=0.00001'],
  ],
  icebergQtyNotWhole: [
    'Visible quantity 2.5 must be a whole number on BTCUSDT: the nearest valid visible quantities are 2 and 3.',
    'BTCUSDT 的冰山订单显示数量只能是整数，2.5 最接近的有效显示数量为 2 和 3。',
    ['icebergQty=2', 'icebergQty=3'],
  ],
  icebergQtyNotWholeOne: [
    'Visible quantity 0.5 must be a whole number on BTCUSDT: the nearest valid visible quantity is 1.',
    'BTCUSDT 的冰山订单显示数量只能是整数，0.5 最接近的有效显示数量为 1。',
    ['icebergQty=1'],
  ],
  quoteOrderQtyTooPrecise: [
    'Order amount 100.123456789 has 9 decimal places, but BTCUSDT allows at most 8: the nearest valid amounts are 100.12345678 and 100.12345679.',
    '下单金额 100.123456789 有 9 位小数，BTCUSDT 最多允许 8 位，最接近的有效金额为 100.12345678 和 100.12345679。',
    ['quoteOrderQty=100.12345678', 'quoteOrderQty=100.12345679'],
  ],
  quoteOrderQtyTooPreciseOne: [
    'Order amount 0.000000001 has 9 decimal places, but BTCUSDT allows at most 8: the nearest valid amount is 0.00000001.',
    '下单金额 0.000000001 有 9 位小数，BTCUSDT 最多允许 8 位，最接近的有效金额为 0.00000001。',
    ['quoteOrderQty=0.00000001'],
  ],
  quoteOrderQtyNotWhole: [
    'Order amount 100.5 must be a whole number on BTCUSDT: the nearest valid amounts are 100 and 101.',
    'BTCUSDT 的下单金额只能是整数，100.5 最接近的有效金额为 100 和 101。',
    ['quoteOrderQty=100', 'quoteOrderQty=101'],
  ],
  quoteOrderQtyNotWholeOne: [
    'Order amount 0.5 must be a whole number on BTCUSDT: the nearest valid amount is 1.',
    'BTCUSDT 的下单金额只能是整数，0.5 最接近的有效金额为 1。',
    ['quoteOrderQty=1'],
  ],
  buyAboveBalance: [
    'Buying 1 at 30000 needs 30000 USDT, and only 1000 USDT is free: at this price you can buy up to 0.03333.',
    '以 30000 买入 1 需要 30000 USDT，而可用余额只有 1000 USDT，按此价格最多可买入 0.03333。',
    ['quantity=0.03333'],
  ],
  buyAboveBalanceNoFix: [
    'Buying 1 at 30000 needs 30000 USDT, and only 0.1 USDT is free.',
    '以 30000 买入 1 需要 30000 USDT，而可用余额只有 0.1 USDT。',
    [],
  ],
  quoteAboveBalance: [
    'This market buy spends 500 USDT, and only 123.45678912 USDT is free.',
    '该市价买单需花费 500 USDT，而可用余额只有 123.45678912 USDT。',
    ['quoteOrderQty=123.45678912'],
  ],
  sellAboveBalance: [
    'Selling 1 BTC needs 1 BTC free, and only 0.12345678 BTC is free.',
    '卖出 1 BTC 需要 1 BTC 可用余额，而可用的 BTC 只有 0.12345678。',
    ['quantity=0.12345'],
  ],
};

describe('Spot explanations', () => {
  it.each(SPOT_CASES.map((c) => [c.key, c] as const))('%s, in en and zh', (key, c) => {
    const [en, zh, fixes] = EXPECTED[key]!;
    const english = spotRules.explain(c.code, c.context, 'en', spotText('en'), c.answer);
    const chinese = spotRules.explain(c.code, c.context, 'zh', spotText('zh'), c.answer);
    expect(english).toMatchObject({ code: c.code, key, text: en, lng: 'en' });
    expect(chinese).toMatchObject({ code: c.code, key, text: zh, lng: 'zh' });
    expect(english!.suggestions.map((s) => `${s.field}=${s.value}`)).toEqual(fixes);
    expect(chinese!.suggestions.map((s) => s.value)).toEqual(english!.suggestions.map((s) => s.value));
    for (const s of chinese!.suggestions) expect(s.label).toBe(`改用 ${s.value}`);
    for (const s of english!.suggestions) expect(s.label).toBe(`Use ${s.value}`);
  });

  it('covers every sentence of the Spot texts', () => {
    const sentences = explainKeys(SPOT_TEXTS.en.explain).filter((k) => k !== 'thisSymbol' && !k.startsWith('suggest.'));
    expect(SPOT_CASES.map((c) => c.key).sort()).toEqual(sentences.sort());
    expect(Object.keys(EXPECTED).sort()).toEqual(sentences.sort());
  });
});
