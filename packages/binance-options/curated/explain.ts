/**
 * Our sentences for what the exchange did not say: the rule behind a filter failure with its numbers
 * (`explain.*`, used by explainBinanceError and validateOrder), and the words that present a server's
 * values in the trader's language (`present.*`: time units, the ban end). English and Chinese sit side
 * by side; zh is typed by en, so a missing key does not compile, and the generator checks that both
 * use the same placeholders.
 *
 * Values: `{{price}}`/`{{quantity}}` are the trader's own text as sent; the rule values (tick size,
 * minimum …) and suggestions are exact decimals; `{{symbol}}` is the contract (`explain.thisSymbol`
 * when unknown). Keys ending in `One` are used when only one neighbouring value is valid.
 *
 * zh house style (see also the glossary in packages/binance-options/README.md): a space between
 * Chinese and Latin letters or digits, none next to full-width punctuation; 订单 for an order,
 * 挂单 for an order resting on the book, 数量, 价格, 合约, 最小价格变动单位 (tick size), 数量步长
 * (step size), 只做 Maker (post-only), 全部成交或撤销 (FOK).
 */

const en = {
  explain: {
    thisSymbol: 'this contract',

    priceNegative: 'Price {{price}} is below zero: the lowest price {{symbol}} accepts is {{lowest}}.',
    priceBelowMin: 'Price {{price}} is below the minimum price {{minPrice}} for {{symbol}}.',
    priceAboveMax: 'Price {{price}} is above the maximum price {{maxPrice}} for {{symbol}}.',
    priceOffTick:
      'Price {{price}} is not a multiple of the tick size {{tickSize}}: the nearest valid prices are {{below}} and {{above}}.',
    priceOffTickOne:
      'Price {{price}} is not a multiple of the tick size {{tickSize}}: the nearest valid price is {{nearest}}.',
    priceNotWhole:
      'Price {{price}} must be a whole number for {{symbol}}: the nearest valid prices are {{below}} and {{above}}.',
    priceNotWholeOne: 'Price {{price}} must be a whole number for {{symbol}}: the nearest valid price is {{nearest}}.',
    priceTooPrecise:
      'Price {{price}} has {{decimals}} decimal places, but {{symbol}} allows at most {{scale}}: the nearest valid prices are {{below}} and {{above}}.',
    priceTooPreciseOne:
      'Price {{price}} has {{decimals}} decimal places, but {{symbol}} allows at most {{scale}}: the nearest valid price is {{nearest}}.',

    quantityNegative: 'Quantity {{quantity}} is below zero: the smallest quantity {{symbol}} accepts is {{lowest}}.',
    quantityBelowMin: 'Quantity {{quantity}} is below the minimum quantity {{minQty}} for {{symbol}}.',
    quantityAboveMax: 'Quantity {{quantity}} is above the maximum quantity {{maxQty}} for {{symbol}}.',
    quantityAboveOrderMax:
      'Quantity {{quantity}} is more than one order on {{symbol}} can carry ({{maxQty}} at most): split it into {{orders}} orders, or lower it to {{maxQty}}.',
    quantityOffStep:
      'Quantity {{quantity}} is not a multiple of the step size {{stepSize}}: the nearest valid quantities are {{below}} and {{above}}.',
    quantityOffStepOne:
      'Quantity {{quantity}} is not a multiple of the step size {{stepSize}}: the nearest valid quantity is {{nearest}}.',
    quantityNotWhole:
      'Quantity {{quantity}} must be a whole number for {{symbol}}: the nearest valid quantities are {{below}} and {{above}}.',
    quantityNotWholeOne:
      'Quantity {{quantity}} must be a whole number for {{symbol}}: the nearest valid quantity is {{nearest}}.',
    quantityTooPrecise:
      'Quantity {{quantity}} has {{decimals}} decimal places, but {{symbol}} allows at most {{scale}}: the nearest valid quantities are {{below}} and {{above}}.',
    quantityTooPreciseOne:
      'Quantity {{quantity}} has {{decimals}} decimal places, but {{symbol}} allows at most {{scale}}: the nearest valid quantity is {{nearest}}.',

    fokNotFilled:
      'A fill-or-kill order fills all {{quantity}} at once at {{price}} or better, or not at all: the book did not hold enough to fill it.',
    fokBuyBelowAsk: 'A fill-or-kill buy at {{price}} cannot fill at once: the best ask is {{bestAsk}}.',
    fokSellAboveBid: 'A fill-or-kill sell at {{price}} cannot fill at once: the best bid is {{bestBid}}.',
    postOnlyWouldTake: 'A post-only order must rest on the book, but at {{price}} it would have traded at once.',
    postOnlyBuyCrosses:
      'A post-only buy at {{price}} would trade at once against the best ask {{bestAsk}}: the highest price that rests on the book is {{resting}}.',
    postOnlySellCrosses:
      'A post-only sell at {{price}} would trade at once against the best bid {{bestBid}}: the lowest price that rests on the book is {{resting}}.',

    suggest: {
      value: 'Use {{value}}',
      postOnly: 'Turn off post-only',
    },
  },
  present: {
    // `_one` / `_other` as i18next names plural forms; the kit picks the form with Intl.PluralRules.
    units: {
      SECOND_one: 'second',
      SECOND_other: 'seconds',
      MINUTE_one: 'minute',
      MINUTE_other: 'minutes',
      HOUR_one: 'hour',
      HOUR_other: 'hours',
      DAY_one: 'day',
      DAY_other: 'days',
    },
    /** A ban or lock end: the local date-time, then how long is left (`in 2 minutes`, `2 minutes ago`). */
    until: '{{time}} ({{relative}})',
  },
};

type Shape<T> = { readonly [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

const zh: Shape<typeof en> = {
  explain: {
    thisSymbol: '该合约',

    priceNegative: '价格 {{price}} 小于零，{{symbol}}可接受的最低价格为 {{lowest}}。',
    priceBelowMin: '价格 {{price}} 低于{{symbol}}的最低价格 {{minPrice}}。',
    priceAboveMax: '价格 {{price}} 高于{{symbol}}的最高价格 {{maxPrice}}。',
    priceOffTick:
      '价格 {{price}} 不是最小价格变动单位 {{tickSize}} 的整数倍，最接近的有效价格为 {{below}} 和 {{above}}。',
    priceOffTickOne: '价格 {{price}} 不是最小价格变动单位 {{tickSize}} 的整数倍，最接近的有效价格为 {{nearest}}。',
    priceNotWhole: '{{symbol}}的价格只能是整数，{{price}} 最接近的有效价格为 {{below}} 和 {{above}}。',
    priceNotWholeOne: '{{symbol}}的价格只能是整数，{{price}} 最接近的有效价格为 {{nearest}}。',
    priceTooPrecise:
      '价格 {{price}} 有 {{decimals}} 位小数，{{symbol}}最多允许 {{scale}} 位，最接近的有效价格为 {{below}} 和 {{above}}。',
    priceTooPreciseOne:
      '价格 {{price}} 有 {{decimals}} 位小数，{{symbol}}最多允许 {{scale}} 位，最接近的有效价格为 {{nearest}}。',

    quantityNegative: '数量 {{quantity}} 小于零，{{symbol}}可接受的最小数量为 {{lowest}}。',
    quantityBelowMin: '数量 {{quantity}} 低于{{symbol}}的最小数量 {{minQty}}。',
    quantityAboveMax: '数量 {{quantity}} 高于{{symbol}}的最大数量 {{maxQty}}。',
    quantityAboveOrderMax:
      '数量 {{quantity}} 超过{{symbol}}单笔订单的上限 {{maxQty}}，可拆分为 {{orders}} 笔订单，或将数量降至 {{maxQty}}。',
    quantityOffStep:
      '数量 {{quantity}} 不是数量步长 {{stepSize}} 的整数倍，最接近的有效数量为 {{below}} 和 {{above}}。',
    quantityOffStepOne: '数量 {{quantity}} 不是数量步长 {{stepSize}} 的整数倍，最接近的有效数量为 {{nearest}}。',
    quantityNotWhole: '{{symbol}}的数量只能是整数，{{quantity}} 最接近的有效数量为 {{below}} 和 {{above}}。',
    quantityNotWholeOne: '{{symbol}}的数量只能是整数，{{quantity}} 最接近的有效数量为 {{nearest}}。',
    quantityTooPrecise:
      '数量 {{quantity}} 有 {{decimals}} 位小数，{{symbol}}最多允许 {{scale}} 位，最接近的有效数量为 {{below}} 和 {{above}}。',
    quantityTooPreciseOne:
      '数量 {{quantity}} 有 {{decimals}} 位小数，{{symbol}}最多允许 {{scale}} 位，最接近的有效数量为 {{nearest}}。',

    fokNotFilled:
      '全部成交或撤销（FOK）订单须以 {{price}} 或更优的价格立即成交全部 {{quantity}}，否则整单撤销；盘口上的挂单不足以全部成交。',
    fokBuyBelowAsk: '以 {{price}} 买入的全部成交或撤销（FOK）订单无法立即成交：当前最低卖价为 {{bestAsk}}。',
    fokSellAboveBid: '以 {{price}} 卖出的全部成交或撤销（FOK）订单无法立即成交：当前最高买价为 {{bestBid}}。',
    postOnlyWouldTake: '只做 Maker 订单必须挂在盘口上，而以 {{price}} 下单会立即成交。',
    postOnlyBuyCrosses:
      '以 {{price}} 买入的只做 Maker 订单会与最低卖价 {{bestAsk}} 立即成交，能挂在盘口上的最高价格为 {{resting}}。',
    postOnlySellCrosses:
      '以 {{price}} 卖出的只做 Maker 订单会与最高买价 {{bestBid}} 立即成交，能挂在盘口上的最低价格为 {{resting}}。',

    suggest: {
      value: '改用 {{value}}',
      postOnly: '取消只做 Maker',
    },
  },
  present: {
    units: {
      SECOND_one: '秒',
      SECOND_other: '秒',
      MINUTE_one: '分钟',
      MINUTE_other: '分钟',
      HOUR_one: '小时',
      HOUR_other: '小时',
      DAY_one: '天',
      DAY_other: '天',
    },
    until: '{{time}}（{{relative}}）',
  },
};

export const EXPLAIN_TEXTS = { en, zh } as const;

/**
 * The words that present values, in our Traditional Chinese (written for the kit, not converted), for
 * products that ship it (Bybit, which has no order rules: no `explain.*`).
 */
export const PRESENT_TEXTS_HANT: Shape<typeof en.present> = {
  units: {
    SECOND_one: '秒',
    SECOND_other: '秒',
    MINUTE_one: '分鐘',
    MINUTE_other: '分鐘',
    HOUR_one: '小時',
    HOUR_other: '小時',
    DAY_one: '天',
    DAY_other: '天',
  },
  until: '{{time}}（{{relative}}）',
};
