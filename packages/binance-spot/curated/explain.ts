/**
 * Our sentences for Spot's filter failures (`explain.*` in the binanceSpot namespace): the rule behind
 * a rejection with the order's own values and the symbol's numbers, written by the Spot rules of
 * @exchange-errors/binance (packages/binance/src/rules/spot). English and Chinese side by side; zh is
 * typed by en, so a missing key does not compile, and the generator checks that both use the same
 * placeholders.
 *
 * Values: `{{price}}`, `{{quantity}}` … are the trader's own text as sent; the rule's numbers and the
 * suggestions are exact decimals; `{{symbol}}` is the symbol (`explain.thisSymbol` when unknown),
 * `{{baseAsset}}` / `{{quoteAsset}}` its assets ('' when the entry does not name them). Keys ending in
 * `One` are used when only one neighbouring value is valid, `NoFix` when no value fixes the order.
 *
 * zh: the terms of Binance's Chinese filter document (packages/binance/source/binance-spot-filters.zh.md):
 * 价格步进间隔 (tickSize, "步进间隔"), 数量步进值 (stepSize, "步进值"), 平均成交价 (the average of
 * previous trade prices), 名义价值 (notional), 冰山订单 and 拆分 (ICEBERG_PARTS), 挂单 (open orders),
 * 条件单 (algo orders: 止盈止损), 最大仓位 (MAX_POSITION); 交易对 for a symbol, 基点 for basis points
 * (its trailing-stop FAQ). House style: a space between Chinese and Latin letters or digits, none next
 * to full-width punctuation.
 */

/** The four precision sentences (-1111) of one parameter, in one language. */
function precision(
  label: string,
  one: string,
  plural: string,
  field: string,
  zh: boolean,
): Record<PrecisionSuffix, string> {
  if (zh)
    return {
      TooPrecise: `${label} {{${field}}} 有 {{decimals}} 位小数，{{symbol}}最多允许 {{scale}} 位，最接近的有效${plural}为 {{below}} 和 {{above}}。`,
      TooPreciseOne: `${label} {{${field}}} 有 {{decimals}} 位小数，{{symbol}}最多允许 {{scale}} 位，最接近的有效${plural}为 {{nearest}}。`,
      NotWhole: `{{symbol}}的${label}只能是整数，{{${field}}} 最接近的有效${plural}为 {{below}} 和 {{above}}。`,
      NotWholeOne: `{{symbol}}的${label}只能是整数，{{${field}}} 最接近的有效${plural}为 {{nearest}}。`,
    };
  return {
    TooPrecise: `${label} {{${field}}} has {{decimals}} decimal places, but {{symbol}} allows at most {{scale}}: the nearest valid ${plural} are {{below}} and {{above}}.`,
    TooPreciseOne: `${label} {{${field}}} has {{decimals}} decimal places, but {{symbol}} allows at most {{scale}}: the nearest valid ${one} is {{nearest}}.`,
    NotWhole: `${label} {{${field}}} must be a whole number on {{symbol}}: the nearest valid ${plural} are {{below}} and {{above}}.`,
    NotWholeOne: `${label} {{${field}}} must be a whole number on {{symbol}}: the nearest valid ${one} is {{nearest}}.`,
  };
}

type PrecisionSuffix = 'TooPrecise' | 'TooPreciseOne' | 'NotWhole' | 'NotWholeOne';

/** `{ priceTooPrecise: …, priceTooPreciseOne: … }` for one parameter. */
function precisionKeys<F extends string>(
  field: F,
  sentences: Readonly<Record<PrecisionSuffix, string>>,
): Record<`${F}${PrecisionSuffix}`, string> {
  return Object.fromEntries(Object.entries(sentences).map(([suffix, text]) => [`${field}${suffix}`, text])) as Record<
    `${F}${PrecisionSuffix}`,
    string
  >;
}

const en = {
  explain: {
    thisSymbol: 'this symbol',

    // PRICE_FILTER, on the price and on the stop price
    priceBelowMin: 'Price {{price}} is below the minimum price {{minPrice}} for {{symbol}}.',
    priceAboveMax: 'Price {{price}} is above the maximum price {{maxPrice}} for {{symbol}}.',
    priceOffTick:
      'Price {{price}} is not a multiple of the tick size {{tickSize}}: the nearest valid prices are {{below}} and {{above}}.',
    priceOffTickOne:
      'Price {{price}} is not a multiple of the tick size {{tickSize}}: the nearest valid price is {{nearest}}.',
    stopPriceBelowMin: 'Stop price {{stopPrice}} is below the minimum price {{minPrice}} for {{symbol}}.',
    stopPriceAboveMax: 'Stop price {{stopPrice}} is above the maximum price {{maxPrice}} for {{symbol}}.',
    stopPriceOffTick:
      'Stop price {{stopPrice}} is not a multiple of the tick size {{tickSize}}: the nearest valid stop prices are {{below}} and {{above}}.',
    stopPriceOffTickOne:
      'Stop price {{stopPrice}} is not a multiple of the tick size {{tickSize}}: the nearest valid stop price is {{nearest}}.',

    // PERCENT_PRICE and PERCENT_PRICE_BY_SIDE
    priceAboveBand:
      'Price {{price}} is more than {{multiplierUp}}× the average price {{avgPrice}}: {{symbol}} accepts prices from {{low}} to {{high}} now.',
    priceBelowBand:
      'Price {{price}} is less than {{multiplierDown}}× the average price {{avgPrice}}: {{symbol}} accepts prices from {{low}} to {{high}} now.',
    priceOutsideBand:
      'Price {{price}} is too far from the average price of recent trades: {{symbol}} accepts prices from {{multiplierDown}}× to {{multiplierUp}}× that average.',

    // LOT_SIZE, on the quantity and on an iceberg's visible quantity; MARKET_LOT_SIZE
    quantityBelowMin: 'Quantity {{quantity}} is below the minimum quantity {{minQty}} {{baseAsset}} for {{symbol}}.',
    quantityAboveMax: 'Quantity {{quantity}} is above the maximum quantity {{maxQty}} {{baseAsset}} for {{symbol}}.',
    quantityOffStep:
      'Quantity {{quantity}} is not a multiple of the step size {{stepSize}}: the nearest valid quantities are {{below}} and {{above}}.',
    quantityOffStepOne:
      'Quantity {{quantity}} is not a multiple of the step size {{stepSize}}: the nearest valid quantity is {{nearest}}.',
    icebergQtyBelowMin:
      'Visible quantity {{icebergQty}} is below the minimum quantity {{minQty}} {{baseAsset}} for {{symbol}}.',
    icebergQtyAboveMax:
      'Visible quantity {{icebergQty}} is above the maximum quantity {{maxQty}} {{baseAsset}} for {{symbol}}.',
    icebergQtyOffStep:
      'Visible quantity {{icebergQty}} is not a multiple of the step size {{stepSize}}: the nearest valid visible quantities are {{below}} and {{above}}.',
    icebergQtyOffStepOne:
      'Visible quantity {{icebergQty}} is not a multiple of the step size {{stepSize}}: the nearest valid visible quantity is {{nearest}}.',
    marketQuantityBelowMin:
      'Quantity {{quantity}} is below the minimum {{minQty}} {{baseAsset}} for a market order on {{symbol}}.',
    marketQuantityAboveMax:
      'Quantity {{quantity}} is above the maximum {{maxQty}} {{baseAsset}} for a market order on {{symbol}}.',
    marketQuantityOffStep:
      'Quantity {{quantity}} is not a multiple of the market order step size {{stepSize}}: the nearest valid quantities are {{below}} and {{above}}.',
    marketQuantityOffStepOne:
      'Quantity {{quantity}} is not a multiple of the market order step size {{stepSize}}: the nearest valid quantity is {{nearest}}.',

    // MIN_NOTIONAL and NOTIONAL
    notionalBelowMin:
      'Order value {{notional}} {{quoteAsset}} ({{quantity}} × {{price}}) is below the minimum {{minNotional}} {{quoteAsset}} for {{symbol}}: at this price the smallest quantity is {{minQuantity}}.',
    notionalBelowMinNoFix:
      'Order value {{notional}} {{quoteAsset}} ({{quantity}} × {{price}}) is below the minimum {{minNotional}} {{quoteAsset}} for {{symbol}}.',
    notionalAboveMax:
      'Order value {{notional}} {{quoteAsset}} ({{quantity}} × {{price}}) is above the maximum {{maxNotional}} {{quoteAsset}} for {{symbol}}: at this price the largest quantity is {{maxQuantity}}.',
    notionalAboveMaxNoFix:
      'Order value {{notional}} {{quoteAsset}} ({{quantity}} × {{price}}) is above the maximum {{maxNotional}} {{quoteAsset}} for {{symbol}}.',
    marketNotionalBelowMin:
      'At the average price {{price}}, {{quantity}} is worth {{notional}} {{quoteAsset}}, below the minimum order value {{minNotional}} {{quoteAsset}} for {{symbol}}: the smallest quantity is {{minQuantity}}.',
    marketNotionalBelowMinNoFix:
      'At the average price {{price}}, {{quantity}} is worth {{notional}} {{quoteAsset}}, below the minimum order value {{minNotional}} {{quoteAsset}} for {{symbol}}.',
    marketNotionalAboveMax:
      'At the average price {{price}}, {{quantity}} is worth {{notional}} {{quoteAsset}}, above the maximum order value {{maxNotional}} {{quoteAsset}} for {{symbol}}: the largest quantity is {{maxQuantity}}.',
    marketNotionalAboveMaxNoFix:
      'At the average price {{price}}, {{quantity}} is worth {{notional}} {{quoteAsset}}, above the maximum order value {{maxNotional}} {{quoteAsset}} for {{symbol}}.',
    quoteBelowMin:
      'A market order for {{quoteOrderQty}} {{quoteAsset}} is below the minimum order value {{minNotional}} {{quoteAsset}} for {{symbol}}.',
    quoteAboveMax:
      'A market order for {{quoteOrderQty}} {{quoteAsset}} is above the maximum order value {{maxNotional}} {{quoteAsset}} for {{symbol}}.',

    // ICEBERG_PARTS
    icebergTooManyParts:
      'An iceberg order of {{quantity}} showing {{icebergQty}} at a time splits into {{parts}} parts, more than the {{limit}} {{symbol}} allows: the smallest visible quantity is {{minIcebergQty}}.',
    icebergTooManyPartsNoFix:
      'An iceberg order of {{quantity}} showing {{icebergQty}} at a time splits into {{parts}} parts, more than the {{limit}} {{symbol}} allows.',

    // MAX_NUM_* and EXCHANGE_MAX_NUM_*: with the open count when the app passes it
    maxNumOrders:
      'You have {{open}} open orders on {{symbol}}, and it allows {{max}} per account: cancel one before placing another.',
    maxNumOrdersReached:
      'You have reached the {{max}} open orders {{symbol}} allows per account: cancel one before placing another.',
    maxNumAlgoOrders:
      'You have {{open}} open stop-loss and take-profit orders on {{symbol}}, and it allows {{max}}: cancel one before placing another.',
    maxNumAlgoOrdersReached:
      'You have reached the {{max}} open stop-loss and take-profit orders {{symbol}} allows: cancel one before placing another.',
    maxNumIcebergOrders:
      'You have {{open}} open iceberg orders on {{symbol}}, and it allows {{max}}: cancel one before placing another.',
    maxNumIcebergOrdersReached:
      'You have reached the {{max}} open iceberg orders {{symbol}} allows: cancel one before placing another.',
    maxNumOrderLists:
      'You have {{open}} open order lists (such as OCO) on {{symbol}}, and it allows {{max}}: cancel one before placing another.',
    maxNumOrderListsReached:
      'You have reached the {{max}} open order lists (such as OCO) {{symbol}} allows: cancel one before placing another.',
    maxNumOrderAmendsReached:
      'This order has been amended {{max}} times, the most {{symbol}} allows: cancel it and place a new one instead.',
    exchangeMaxNumOrders:
      'You have {{open}} open orders across the exchange, and an account may have {{max}}: cancel one before placing another.',
    exchangeMaxNumOrdersReached:
      'You have reached the {{max}} open orders an account may have across the exchange: cancel one before placing another.',
    exchangeMaxNumAlgoOrders:
      'You have {{open}} open stop-loss and take-profit orders across the exchange, and an account may have {{max}}: cancel one before placing another.',
    exchangeMaxNumAlgoOrdersReached:
      'You have reached the {{max}} open stop-loss and take-profit orders an account may have across the exchange: cancel one before placing another.',
    exchangeMaxNumIcebergOrders:
      'You have {{open}} open iceberg orders across the exchange, and an account may have {{max}}: cancel one before placing another.',
    exchangeMaxNumIcebergOrdersReached:
      'You have reached the {{max}} open iceberg orders an account may have across the exchange: cancel one before placing another.',
    exchangeMaxNumOrderLists:
      'You have {{open}} open order lists (such as OCO) across the exchange, and an account may have {{max}}: cancel one before placing another.',
    exchangeMaxNumOrderListsReached:
      'You have reached the {{max}} open order lists (such as OCO) an account may have across the exchange: cancel one before placing another.',

    // MAX_POSITION
    positionAboveMax:
      'Buying {{quantity}} would bring your {{baseAsset}} position to {{after}} (balance and open buys now: {{position}}), above the maximum position {{maxPosition}} {{baseAsset}} for {{symbol}}: the largest buy is {{maxQuantity}}.',
    positionAtMax:
      'Your {{baseAsset}} position (balance and open buys) is {{position}}, already at the maximum position {{maxPosition}} {{baseAsset}} for {{symbol}}: buying {{quantity}} would bring it to {{after}}.',
    positionLimit:
      '{{symbol}} caps your {{baseAsset}} position (balance plus open buy orders) at {{maxPosition}}: this buy would exceed it.',

    // TRAILING_DELTA
    trailingDeltaBelowMin:
      'Trailing delta {{trailingDelta}} is below the minimum {{min}} basis points for this order on {{symbol}} (allowed: {{min}} to {{max}}).',
    trailingDeltaAboveMax:
      'Trailing delta {{trailingDelta}} is above the maximum {{max}} basis points for this order on {{symbol}} (allowed: {{min}} to {{max}}).',

    // MAX_ASSET (the account's filter)
    maxAssetQuantity: 'This order moves {{quantity}} {{asset}}, more than your limit of {{limit}} {{asset}} per order.',
    maxAssetValue: 'This order is worth {{notional}} {{asset}}, more than your limit of {{limit}} {{asset}} per order.',

    // -1111: too many decimals
    ...precisionKeys('price', precision('Price', 'price', 'prices', 'price', false)),
    ...precisionKeys('quantity', precision('Quantity', 'quantity', 'quantities', 'quantity', false)),
    ...precisionKeys('stopPrice', precision('Stop price', 'stop price', 'stop prices', 'stopPrice', false)),
    ...precisionKeys(
      'icebergQty',
      precision('Visible quantity', 'visible quantity', 'visible quantities', 'icebergQty', false),
    ),
    ...precisionKeys('quoteOrderQty', precision('Order amount', 'amount', 'amounts', 'quoteOrderQty', false)),

    // Insufficient balance (-2010, -1013)
    buyAboveBalance:
      'Buying {{quantity}} at {{price}} needs {{cost}} {{quoteAsset}}, and only {{free}} {{quoteAsset}} is free: at this price you can buy up to {{maxQuantity}}.',
    buyAboveBalanceNoFix:
      'Buying {{quantity}} at {{price}} needs {{cost}} {{quoteAsset}}, and only {{free}} {{quoteAsset}} is free.',
    quoteAboveBalance:
      'This market buy spends {{quoteOrderQty}} {{quoteAsset}}, and only {{free}} {{quoteAsset}} is free.',
    sellAboveBalance:
      'Selling {{quantity}} {{baseAsset}} needs {{quantity}} {{baseAsset}} free, and only {{free}} {{baseAsset}} is free.',

    suggest: {
      value: 'Use {{value}}',
    },
  },
};

type Shape<T> = { readonly [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

const zh: Shape<typeof en> = {
  explain: {
    thisSymbol: '该交易对',

    priceBelowMin: '价格 {{price}} 低于{{symbol}}允许的最低价格 {{minPrice}}。',
    priceAboveMax: '价格 {{price}} 高于{{symbol}}允许的最高价格 {{maxPrice}}。',
    priceOffTick: '价格 {{price}} 不是价格步进间隔 {{tickSize}} 的整数倍，最接近的有效价格为 {{below}} 和 {{above}}。',
    priceOffTickOne: '价格 {{price}} 不是价格步进间隔 {{tickSize}} 的整数倍，最接近的有效价格为 {{nearest}}。',
    stopPriceBelowMin: '止盈止损价 {{stopPrice}} 低于{{symbol}}允许的最低价格 {{minPrice}}。',
    stopPriceAboveMax: '止盈止损价 {{stopPrice}} 高于{{symbol}}允许的最高价格 {{maxPrice}}。',
    stopPriceOffTick:
      '止盈止损价 {{stopPrice}} 不是价格步进间隔 {{tickSize}} 的整数倍，最接近的有效止盈止损价为 {{below}} 和 {{above}}。',
    stopPriceOffTickOne:
      '止盈止损价 {{stopPrice}} 不是价格步进间隔 {{tickSize}} 的整数倍，最接近的有效止盈止损价为 {{nearest}}。',

    priceAboveBand:
      '价格 {{price}} 超过平均成交价 {{avgPrice}} 的 {{multiplierUp}} 倍，{{symbol}}当前允许的价格为 {{low}} 至 {{high}}。',
    priceBelowBand:
      '价格 {{price}} 低于平均成交价 {{avgPrice}} 的 {{multiplierDown}} 倍，{{symbol}}当前允许的价格为 {{low}} 至 {{high}}。',
    priceOutsideBand:
      '价格 {{price}} 偏离前序交易的平均成交价过多，{{symbol}}只接受该均价 {{multiplierDown}} 倍至 {{multiplierUp}} 倍之间的价格。',

    quantityBelowMin: '数量 {{quantity}} 低于{{symbol}}允许的最小数量 {{minQty}} {{baseAsset}}。',
    quantityAboveMax: '数量 {{quantity}} 高于{{symbol}}允许的最大数量 {{maxQty}} {{baseAsset}}。',
    quantityOffStep:
      '数量 {{quantity}} 不是数量步进值 {{stepSize}} 的整数倍，最接近的有效数量为 {{below}} 和 {{above}}。',
    quantityOffStepOne: '数量 {{quantity}} 不是数量步进值 {{stepSize}} 的整数倍，最接近的有效数量为 {{nearest}}。',
    icebergQtyBelowMin: '冰山订单的显示数量 {{icebergQty}} 低于{{symbol}}允许的最小数量 {{minQty}} {{baseAsset}}。',
    icebergQtyAboveMax: '冰山订单的显示数量 {{icebergQty}} 高于{{symbol}}允许的最大数量 {{maxQty}} {{baseAsset}}。',
    icebergQtyOffStep:
      '冰山订单的显示数量 {{icebergQty}} 不是数量步进值 {{stepSize}} 的整数倍，最接近的有效显示数量为 {{below}} 和 {{above}}。',
    icebergQtyOffStepOne:
      '冰山订单的显示数量 {{icebergQty}} 不是数量步进值 {{stepSize}} 的整数倍，最接近的有效显示数量为 {{nearest}}。',
    marketQuantityBelowMin: '市价单数量 {{quantity}} 低于{{symbol}}市价单允许的最小数量 {{minQty}} {{baseAsset}}。',
    marketQuantityAboveMax: '市价单数量 {{quantity}} 高于{{symbol}}市价单允许的最大数量 {{maxQty}} {{baseAsset}}。',
    marketQuantityOffStep:
      '市价单数量 {{quantity}} 不是市价单数量步进值 {{stepSize}} 的整数倍，最接近的有效数量为 {{below}} 和 {{above}}。',
    marketQuantityOffStepOne:
      '市价单数量 {{quantity}} 不是市价单数量步进值 {{stepSize}} 的整数倍，最接近的有效数量为 {{nearest}}。',

    notionalBelowMin:
      '订单名义价值 {{notional}} {{quoteAsset}}（{{quantity}} × {{price}}）低于{{symbol}}的最小名义价值 {{minNotional}} {{quoteAsset}}，按此价格最小数量为 {{minQuantity}}。',
    notionalBelowMinNoFix:
      '订单名义价值 {{notional}} {{quoteAsset}}（{{quantity}} × {{price}}）低于{{symbol}}的最小名义价值 {{minNotional}} {{quoteAsset}}。',
    notionalAboveMax:
      '订单名义价值 {{notional}} {{quoteAsset}}（{{quantity}} × {{price}}）高于{{symbol}}的最大名义价值 {{maxNotional}} {{quoteAsset}}，按此价格最大数量为 {{maxQuantity}}。',
    notionalAboveMaxNoFix:
      '订单名义价值 {{notional}} {{quoteAsset}}（{{quantity}} × {{price}}）高于{{symbol}}的最大名义价值 {{maxNotional}} {{quoteAsset}}。',
    marketNotionalBelowMin:
      '按平均成交价 {{price}} 计算，数量 {{quantity}} 的名义价值为 {{notional}} {{quoteAsset}}，低于{{symbol}}的最小名义价值 {{minNotional}} {{quoteAsset}}，最小数量为 {{minQuantity}}。',
    marketNotionalBelowMinNoFix:
      '按平均成交价 {{price}} 计算，数量 {{quantity}} 的名义价值为 {{notional}} {{quoteAsset}}，低于{{symbol}}的最小名义价值 {{minNotional}} {{quoteAsset}}。',
    marketNotionalAboveMax:
      '按平均成交价 {{price}} 计算，数量 {{quantity}} 的名义价值为 {{notional}} {{quoteAsset}}，高于{{symbol}}的最大名义价值 {{maxNotional}} {{quoteAsset}}，最大数量为 {{maxQuantity}}。',
    marketNotionalAboveMaxNoFix:
      '按平均成交价 {{price}} 计算，数量 {{quantity}} 的名义价值为 {{notional}} {{quoteAsset}}，高于{{symbol}}的最大名义价值 {{maxNotional}} {{quoteAsset}}。',
    quoteBelowMin:
      '金额为 {{quoteOrderQty}} {{quoteAsset}} 的市价单低于{{symbol}}的最小名义价值 {{minNotional}} {{quoteAsset}}。',
    quoteAboveMax:
      '金额为 {{quoteOrderQty}} {{quoteAsset}} 的市价单高于{{symbol}}的最大名义价值 {{maxNotional}} {{quoteAsset}}。',

    icebergTooManyParts:
      '数量 {{quantity}}、显示数量 {{icebergQty}} 的冰山订单会拆分为 {{parts}} 个部分，超过{{symbol}}允许的 {{limit}} 个，最小显示数量为 {{minIcebergQty}}。',
    icebergTooManyPartsNoFix:
      '数量 {{quantity}}、显示数量 {{icebergQty}} 的冰山订单会拆分为 {{parts}} 个部分，超过{{symbol}}允许的 {{limit}} 个。',

    maxNumOrders: '您在{{symbol}}上有 {{open}} 笔挂单，每个账户最多 {{max}} 笔，请先撤销一笔再下单。',
    maxNumOrdersReached: '您在{{symbol}}上的挂单已达每个账户 {{max}} 笔的上限，请先撤销一笔再下单。',
    maxNumAlgoOrders: '您在{{symbol}}上有 {{open}} 笔止盈止损条件单，最多 {{max}} 笔，请先撤销一笔再下单。',
    maxNumAlgoOrdersReached: '您在{{symbol}}上的止盈止损条件单已达 {{max}} 笔的上限，请先撤销一笔再下单。',
    maxNumIcebergOrders: '您在{{symbol}}上有 {{open}} 笔冰山订单，最多 {{max}} 笔，请先撤销一笔再下单。',
    maxNumIcebergOrdersReached: '您在{{symbol}}上的冰山订单已达 {{max}} 笔的上限，请先撤销一笔再下单。',
    maxNumOrderLists: '您在{{symbol}}上有 {{open}} 个订单列表（如 OCO），最多 {{max}} 个，请先撤销一个再下单。',
    maxNumOrderListsReached: '您在{{symbol}}上的订单列表（如 OCO）已达 {{max}} 个的上限，请先撤销一个再下单。',
    maxNumOrderAmendsReached: '该订单已修改 {{max}} 次，达到{{symbol}}允许的上限，请撤单后重新下单。',
    exchangeMaxNumOrders: '您在整个交易所有 {{open}} 笔挂单，每个账户最多 {{max}} 笔，请先撤销一笔再下单。',
    exchangeMaxNumOrdersReached: '您在整个交易所的挂单已达每个账户 {{max}} 笔的上限，请先撤销一笔再下单。',
    exchangeMaxNumAlgoOrders:
      '您在整个交易所有 {{open}} 笔止盈止损条件单，每个账户最多 {{max}} 笔，请先撤销一笔再下单。',
    exchangeMaxNumAlgoOrdersReached:
      '您在整个交易所的止盈止损条件单已达每个账户 {{max}} 笔的上限，请先撤销一笔再下单。',
    exchangeMaxNumIcebergOrders: '您在整个交易所有 {{open}} 笔冰山订单，每个账户最多 {{max}} 笔，请先撤销一笔再下单。',
    exchangeMaxNumIcebergOrdersReached: '您在整个交易所的冰山订单已达每个账户 {{max}} 笔的上限，请先撤销一笔再下单。',
    exchangeMaxNumOrderLists:
      '您在整个交易所有 {{open}} 个订单列表（如 OCO），每个账户最多 {{max}} 个，请先撤销一个再下单。',
    exchangeMaxNumOrderListsReached:
      '您在整个交易所的订单列表（如 OCO）已达每个账户 {{max}} 个的上限，请先撤销一个再下单。',

    positionAboveMax:
      '买入 {{quantity}} 后，您的 {{baseAsset}} 仓位将达到 {{after}}（当前余额加未成交买单为 {{position}}），超过{{symbol}}的最大仓位 {{maxPosition}} {{baseAsset}}，最多可买入 {{maxQuantity}}。',
    positionAtMax:
      '您的 {{baseAsset}} 仓位（余额加未成交买单）为 {{position}}，已达到{{symbol}}的最大仓位 {{maxPosition}} {{baseAsset}}，买入 {{quantity}} 将使其达到 {{after}}。',
    positionLimit:
      '{{symbol}}将您的 {{baseAsset}} 仓位（余额加未成交买单）限制在 {{maxPosition}} 以内，此次买入会超过该上限。',

    trailingDeltaBelowMin:
      '追踪价差 {{trailingDelta}} 低于{{symbol}}对此类订单允许的最小值 {{min}} 个基点（允许范围为 {{min}} 至 {{max}}）。',
    trailingDeltaAboveMax:
      '追踪价差 {{trailingDelta}} 高于{{symbol}}对此类订单允许的最大值 {{max}} 个基点（允许范围为 {{min}} 至 {{max}}）。',

    maxAssetQuantity: '该订单涉及 {{quantity}} {{asset}}，超过您每笔订单 {{limit}} {{asset}} 的上限。',
    maxAssetValue: '该订单价值 {{notional}} {{asset}}，超过您每笔订单 {{limit}} {{asset}} 的上限。',

    ...precisionKeys('price', precision('价格', '价格', '价格', 'price', true)),
    ...precisionKeys('quantity', precision('数量', '数量', '数量', 'quantity', true)),
    ...precisionKeys('stopPrice', precision('止盈止损价', '止盈止损价', '止盈止损价', 'stopPrice', true)),
    ...precisionKeys('icebergQty', precision('冰山订单显示数量', '显示数量', '显示数量', 'icebergQty', true)),
    ...precisionKeys('quoteOrderQty', precision('下单金额', '金额', '金额', 'quoteOrderQty', true)),

    buyAboveBalance:
      '以 {{price}} 买入 {{quantity}} 需要 {{cost}} {{quoteAsset}}，而可用余额只有 {{free}} {{quoteAsset}}，按此价格最多可买入 {{maxQuantity}}。',
    buyAboveBalanceNoFix:
      '以 {{price}} 买入 {{quantity}} 需要 {{cost}} {{quoteAsset}}，而可用余额只有 {{free}} {{quoteAsset}}。',
    quoteAboveBalance: '该市价买单需花费 {{quoteOrderQty}} {{quoteAsset}}，而可用余额只有 {{free}} {{quoteAsset}}。',
    sellAboveBalance:
      '卖出 {{quantity}} {{baseAsset}} 需要 {{quantity}} {{baseAsset}} 可用余额，而可用的 {{baseAsset}} 只有 {{free}}。',

    suggest: {
      value: '改用 {{value}}',
    },
  },
};

export const EXPLAIN_TEXTS = { en, zh } as const;
