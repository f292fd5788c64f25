/**
 * Our sentences for the futures' order rejections (`explain.*` in the namespaces of USDⓈ-M, COIN-M
 * and Portfolio Margin: one file, since the three share the rules of @exchange-errors/binance's
 * `rules/futures` and differ only in some codes). The rule behind a rejection with the order's own
 * values and the contract's numbers; English and Chinese side by side, zh typed by en, the same
 * placeholders in both (the generator checks).
 *
 * Values: `{{price}}`, `{{quantity}}` are the trader's own text as sent; the rule's numbers and the
 * suggestions are exact decimals; `{{symbol}}` is the contract (`explain.thisSymbol` when unknown),
 * `{{quoteAsset}}` / `{{marginAsset}}` its assets. On COIN-M a quantity counts contracts, and every
 * sentence about it is followed by `contractWorth`. Keys ending in `One` are used when only one
 * neighbouring value is valid, `NoFix` when no value fixes the order, `NoMark` when the app did not
 * pass the mark price.
 *
 * zh: Binance's Chinese filter terms (价格步进间隔 tickSize, 数量步进值 stepSize, 名义价值) and its
 * futures words: 合约, 张 (contracts), 标记价格, 杠杆, 初始保证金, 可用余额, 只减仓 (reduce-only),
 * 最优买价 / 最优卖价. House style: a space between Chinese and Latin letters or digits, none next to
 * full-width punctuation.
 */

type PrecisionSuffix = 'TooPrecise' | 'TooPreciseOne' | 'NotWhole' | 'NotWholeOne';

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
      TooPreciseOne: `${label} {{${field}}} 有 {{decimals}} 位小数，{{symbol}}最多允许 {{scale}} 位，最接近的有效${one}为 {{nearest}}。`,
      NotWhole: `{{symbol}}的${label}只能是整数，{{${field}}} 最接近的有效${plural}为 {{below}} 和 {{above}}。`,
      NotWholeOne: `{{symbol}}的${label}只能是整数，{{${field}}} 最接近的有效${one}为 {{nearest}}。`,
    };
  return {
    TooPrecise: `${label} {{${field}}} has {{decimals}} decimal places, but {{symbol}} allows at most {{scale}}: the nearest valid ${plural} are {{below}} and {{above}}.`,
    TooPreciseOne: `${label} {{${field}}} has {{decimals}} decimal places, but {{symbol}} allows at most {{scale}}: the nearest valid ${one} is {{nearest}}.`,
    NotWhole: `${label} {{${field}}} must be a whole number on {{symbol}}: the nearest valid ${plural} are {{below}} and {{above}}.`,
    NotWholeOne: `${label} {{${field}}} must be a whole number on {{symbol}}: the nearest valid ${one} is {{nearest}}.`,
  };
}

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
    thisSymbol: 'this contract',
    contractWorth: 'One {{symbol}} contract is worth {{contractSize}} {{quoteAsset}}.',

    // The price: -4001, PRICE_FILTER (-4013, -4002, -4014), PERCENT_PRICE (-4016, -4024)
    priceNegative: 'Price {{price}} is below zero: the lowest price {{symbol}} accepts is {{lowest}}.',
    priceBelowMin: 'Price {{price}} is below the minimum price {{minPrice}} for {{symbol}}.',
    priceAboveMax: 'Price {{price}} is above the maximum price {{maxPrice}} for {{symbol}}.',
    priceOffTick:
      'Price {{price}} is not a multiple of the tick size {{tickSize}}: the nearest valid prices are {{below}} and {{above}}.',
    priceOffTickOne:
      'Price {{price}} is not a multiple of the tick size {{tickSize}}: the nearest valid price is {{nearest}}.',
    priceAboveCap:
      'Price {{price}} is more than {{multiplierUp}}× the mark price {{markPrice}}: the highest price {{symbol}} accepts now is {{high}}.',
    priceBelowFloor:
      'Price {{price}} is less than {{multiplierDown}}× the mark price {{markPrice}}: the lowest price {{symbol}} accepts now is {{low}}.',
    priceAboveCapNoMark:
      'Price {{price}} is more than {{multiplierUp}}× the mark price: {{symbol}} accepts limit prices from {{multiplierDown}}× to {{multiplierUp}}× the mark price.',
    priceBelowFloorNoMark:
      'Price {{price}} is less than {{multiplierDown}}× the mark price: {{symbol}} accepts limit prices from {{multiplierDown}}× to {{multiplierUp}}× the mark price.',

    // The quantity: -4003, LOT_SIZE or MARKET_LOT_SIZE (-4004, -4005, -4023)
    quantityNotPositive:
      'Quantity {{quantity}} must be above zero: the smallest quantity {{symbol}} accepts is {{lowest}}.',
    quantityBelowMin: 'Quantity {{quantity}} is below the minimum quantity {{minQty}} for {{symbol}}.',
    quantityAboveMax: 'Quantity {{quantity}} is above the maximum quantity {{maxQty}} for {{symbol}}.',
    quantityOffStep:
      'Quantity {{quantity}} is not a multiple of the step size {{stepSize}}: the nearest valid quantities are {{below}} and {{above}}.',
    quantityOffStepOne:
      'Quantity {{quantity}} is not a multiple of the step size {{stepSize}}: the nearest valid quantity is {{nearest}}.',
    marketQuantityBelowMin: 'Quantity {{quantity}} is below the minimum {{minQty}} for a market order on {{symbol}}.',
    marketQuantityAboveMax: 'Quantity {{quantity}} is above the maximum {{maxQty}} for a market order on {{symbol}}.',
    marketQuantityOffStep:
      'Quantity {{quantity}} is not a multiple of the market order step size {{stepSize}}: the nearest valid quantities are {{below}} and {{above}}.',
    marketQuantityOffStepOne:
      'Quantity {{quantity}} is not a multiple of the market order step size {{stepSize}}: the nearest valid quantity is {{nearest}}.',

    // -1111
    ...precisionKeys('price', precision('Price', 'price', 'prices', 'price', false)),
    ...precisionKeys('quantity', precision('Quantity', 'quantity', 'quantities', 'quantity', false)),

    // MIN_NOTIONAL (-4164 on USDⓈ-M and Portfolio Margin, -4178 on COIN-M)
    notionalBelowMin:
      'Order value {{notional}} {{quoteAsset}} ({{quantity}} × {{price}}) is below the minimum {{minNotional}} {{quoteAsset}} for {{symbol}} (reduce-only orders are exempt): at this price the smallest quantity is {{minQuantity}}.',
    notionalBelowMinNoFix:
      'Order value {{notional}} {{quoteAsset}} ({{quantity}} × {{price}}) is below the minimum {{minNotional}} {{quoteAsset}} for {{symbol}} (reduce-only orders are exempt).',
    marketNotionalBelowMin:
      'At the mark price {{price}}, {{quantity}} is worth {{notional}} {{quoteAsset}}, below the minimum order value {{minNotional}} {{quoteAsset}} for {{symbol}} (reduce-only orders are exempt): the smallest quantity is {{minQuantity}}.',
    marketNotionalBelowMinNoFix:
      'At the mark price {{price}}, {{quantity}} is worth {{notional}} {{quoteAsset}}, below the minimum order value {{minNotional}} {{quoteAsset}} for {{symbol}} (reduce-only orders are exempt).',
    contractNotionalBelowMin:
      'Order value {{notional}} {{quoteAsset}} ({{quantity}} × {{contractSize}}) is below the minimum {{minNotional}} {{quoteAsset}} for {{symbol}} (reduce-only orders are exempt): the smallest quantity is {{minQuantity}}.',
    contractNotionalBelowMinNoFix:
      'Order value {{notional}} {{quoteAsset}} ({{quantity}} × {{contractSize}}) is below the minimum {{minNotional}} {{quoteAsset}} for {{symbol}} (reduce-only orders are exempt).',

    // A market order's counterparty price outside PERCENT_PRICE (-4131, -4113 on COIN-M)
    marketBuyOutsideBand:
      'A market buy would fill at the best ask {{bestAsk}}, above {{multiplierUp}}× the mark price {{markPrice}}: place a limit buy at {{high}} or below instead.',
    marketSellOutsideBand:
      'A market sell would fill at the best bid {{bestBid}}, below {{multiplierDown}}× the mark price {{markPrice}}: place a limit sell at {{low}} or above instead.',
    marketOutsideBand:
      'The best price on the other side of the book is outside what {{symbol}} accepts around the mark price ({{multiplierDown}}× to {{multiplierUp}}×): place a limit order instead.',

    // A stop order's limit price against its stop price (-4183 / -4184, -4151 / -4152 on COIN-M)
    stopLimitAboveCap:
      'Limit price {{price}} is more than {{multiplierUp}}× the stop price {{stopPrice}}: the highest limit price for this stop is {{high}}.',
    stopLimitBelowFloor:
      'Limit price {{price}} is less than {{multiplierDown}}× the stop price {{stopPrice}}: the lowest limit price for this stop is {{low}}.',

    // -2019 (margin), -2018 (balance)
    marginShort:
      'This order needs about {{required}} {{marginAsset}} of initial margin ({{notional}} {{marginAsset}} at {{leverage}}× leverage), and {{available}} {{marginAsset}} is available: up to {{maxQuantity}} fits.',
    marginShortNoFix:
      'This order needs about {{required}} {{marginAsset}} of initial margin ({{notional}} {{marginAsset}} at {{leverage}}× leverage), and {{available}} {{marginAsset}} is available.',
    marginShortNoLeverage:
      'This order of {{quantity}} is worth {{notional}} {{marginAsset}}, and {{available}} {{marginAsset}} is available: lower the quantity or raise the leverage.',

    suggest: {
      value: 'Use {{value}}',
    },
  },
};

type Shape<T> = { readonly [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

const zh: Shape<typeof en> = {
  explain: {
    thisSymbol: '该合约',
    contractWorth: '{{symbol}}每张合约价值 {{contractSize}} {{quoteAsset}}。',

    priceNegative: '价格 {{price}} 小于零，{{symbol}}可接受的最低价格为 {{lowest}}。',
    priceBelowMin: '价格 {{price}} 低于{{symbol}}允许的最低价格 {{minPrice}}。',
    priceAboveMax: '价格 {{price}} 高于{{symbol}}允许的最高价格 {{maxPrice}}。',
    priceOffTick: '价格 {{price}} 不是价格步进间隔 {{tickSize}} 的整数倍，最接近的有效价格为 {{below}} 和 {{above}}。',
    priceOffTickOne: '价格 {{price}} 不是价格步进间隔 {{tickSize}} 的整数倍，最接近的有效价格为 {{nearest}}。',
    priceAboveCap:
      '价格 {{price}} 超过标记价格 {{markPrice}} 的 {{multiplierUp}} 倍，{{symbol}}当前可接受的最高价格为 {{high}}。',
    priceBelowFloor:
      '价格 {{price}} 低于标记价格 {{markPrice}} 的 {{multiplierDown}} 倍，{{symbol}}当前可接受的最低价格为 {{low}}。',
    priceAboveCapNoMark:
      '价格 {{price}} 超过标记价格的 {{multiplierUp}} 倍，{{symbol}}只接受标记价格 {{multiplierDown}} 倍至 {{multiplierUp}} 倍之间的限价。',
    priceBelowFloorNoMark:
      '价格 {{price}} 低于标记价格的 {{multiplierDown}} 倍，{{symbol}}只接受标记价格 {{multiplierDown}} 倍至 {{multiplierUp}} 倍之间的限价。',

    quantityNotPositive: '数量 {{quantity}} 必须大于零，{{symbol}}可接受的最小数量为 {{lowest}}。',
    quantityBelowMin: '数量 {{quantity}} 低于{{symbol}}允许的最小数量 {{minQty}}。',
    quantityAboveMax: '数量 {{quantity}} 高于{{symbol}}允许的最大数量 {{maxQty}}。',
    quantityOffStep:
      '数量 {{quantity}} 不是数量步进值 {{stepSize}} 的整数倍，最接近的有效数量为 {{below}} 和 {{above}}。',
    quantityOffStepOne: '数量 {{quantity}} 不是数量步进值 {{stepSize}} 的整数倍，最接近的有效数量为 {{nearest}}。',
    marketQuantityBelowMin: '市价单数量 {{quantity}} 低于{{symbol}}市价单允许的最小数量 {{minQty}}。',
    marketQuantityAboveMax: '市价单数量 {{quantity}} 高于{{symbol}}市价单允许的最大数量 {{maxQty}}。',
    marketQuantityOffStep:
      '市价单数量 {{quantity}} 不是市价单数量步进值 {{stepSize}} 的整数倍，最接近的有效数量为 {{below}} 和 {{above}}。',
    marketQuantityOffStepOne:
      '市价单数量 {{quantity}} 不是市价单数量步进值 {{stepSize}} 的整数倍，最接近的有效数量为 {{nearest}}。',

    ...precisionKeys('price', precision('价格', '价格', '价格', 'price', true)),
    ...precisionKeys('quantity', precision('数量', '数量', '数量', 'quantity', true)),

    notionalBelowMin:
      '订单名义价值 {{notional}} {{quoteAsset}}（{{quantity}} × {{price}}）低于{{symbol}}的最小名义价值 {{minNotional}} {{quoteAsset}}（只减仓订单除外），按此价格最小数量为 {{minQuantity}}。',
    notionalBelowMinNoFix:
      '订单名义价值 {{notional}} {{quoteAsset}}（{{quantity}} × {{price}}）低于{{symbol}}的最小名义价值 {{minNotional}} {{quoteAsset}}（只减仓订单除外）。',
    marketNotionalBelowMin:
      '按标记价格 {{price}} 计算，数量 {{quantity}} 的名义价值为 {{notional}} {{quoteAsset}}，低于{{symbol}}的最小名义价值 {{minNotional}} {{quoteAsset}}（只减仓订单除外），最小数量为 {{minQuantity}}。',
    marketNotionalBelowMinNoFix:
      '按标记价格 {{price}} 计算，数量 {{quantity}} 的名义价值为 {{notional}} {{quoteAsset}}，低于{{symbol}}的最小名义价值 {{minNotional}} {{quoteAsset}}（只减仓订单除外）。',
    contractNotionalBelowMin:
      '订单名义价值 {{notional}} {{quoteAsset}}（{{quantity}} × {{contractSize}}）低于{{symbol}}的最小名义价值 {{minNotional}} {{quoteAsset}}（只减仓订单除外），最小数量为 {{minQuantity}}。',
    contractNotionalBelowMinNoFix:
      '订单名义价值 {{notional}} {{quoteAsset}}（{{quantity}} × {{contractSize}}）低于{{symbol}}的最小名义价值 {{minNotional}} {{quoteAsset}}（只减仓订单除外）。',

    marketBuyOutsideBand:
      '市价买单将以最优卖价 {{bestAsk}} 成交，超过标记价格 {{markPrice}} 的 {{multiplierUp}} 倍，请改为以 {{high}} 或更低的价格下限价买单。',
    marketSellOutsideBand:
      '市价卖单将以最优买价 {{bestBid}} 成交，低于标记价格 {{markPrice}} 的 {{multiplierDown}} 倍，请改为以 {{low}} 或更高的价格下限价卖单。',
    marketOutsideBand:
      '对手方最优价格超出{{symbol}}在标记价格附近可接受的范围（{{multiplierDown}} 倍至 {{multiplierUp}} 倍），请改用限价单。',

    stopLimitAboveCap:
      '限价 {{price}} 超过触发价 {{stopPrice}} 的 {{multiplierUp}} 倍，该止损单可用的最高限价为 {{high}}。',
    stopLimitBelowFloor:
      '限价 {{price}} 低于触发价 {{stopPrice}} 的 {{multiplierDown}} 倍，该止损单可用的最低限价为 {{low}}。',

    marginShort:
      '该订单约需 {{required}} {{marginAsset}} 初始保证金（名义价值 {{notional}} {{marginAsset}}，{{leverage}} 倍杠杆），而可用余额为 {{available}} {{marginAsset}}，最多可下 {{maxQuantity}}。',
    marginShortNoFix:
      '该订单约需 {{required}} {{marginAsset}} 初始保证金（名义价值 {{notional}} {{marginAsset}}，{{leverage}} 倍杠杆），而可用余额为 {{available}} {{marginAsset}}。',
    marginShortNoLeverage:
      '数量为 {{quantity}} 的订单名义价值为 {{notional}} {{marginAsset}}，而可用余额为 {{available}} {{marginAsset}}，请降低数量或提高杠杆。',

    suggest: {
      value: '改用 {{value}}',
    },
  },
};

export const FUTURES_EXPLAIN_TEXTS = { en, zh } as const;
