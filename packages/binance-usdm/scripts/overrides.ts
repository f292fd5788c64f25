/**
 * The one reviewed table of everything the generator (@exchange-errors/catalog-generator, whose
 * src/curate/overrides.ts defines the entries) cannot read off Binance's two USDⓈ-M futures documents
 * by itself: the key of each message variant and the name of each value; the fixes of Binance's
 * Chinese (an order, a stray letter, a merged line); our Chinese where the zh page keeps the English,
 * lacks a code or message (it is older than the en page), or has a text we cannot use; and one name.
 * Every entry says why; the generator fails on an entry that no longer matches the documents.
 *
 * Our Chinese (`ours`) follows the house style and glossary of the generator's curated/futures.ts.
 */
import { oursForEnglish, oursForMissing, type CodeOverride } from '@exchange-errors/catalog-generator/curate';

const english = (template: string) => ({ zh: oursForEnglish(template) });
const missing = (template: string) => ({ zh: oursForMissing(template) });

export const OVERRIDES: Readonly<Record<number, CodeOverride>> = {
  // 10xx
  [-1003]: {
    reason: 'The per-minute request limit, and the IP ban with its end (a millisecond timestamp).',
    variants: ['limit', 'ipBan'],
    byVariant: {
      limit: {
        params: ['limit'],
        zh: {
          ours: true,
          template: '请求过多；当前限制为每分钟 {{limit}} 次请求。请使用 websocket 获取实时更新，以免轮询 API。',
          replaces: {
            binance: '请求权重过多； 当前限制为每分钟％s请求权重。 请使用websocket进行实时更新，以避免轮询API。',
          },
          reason:
            'Ours: the en text counts requests per minute; the zh page says request weight (请求权重), another limit. Placeholders match, so no rule of the pairing sees it.',
        },
      },
      ipBan: {
        params: ['until'],
        zh: {
          ours: true,
          template: '请求过多；IP 已被封禁，直到 {{until}}。请使用 websocket 获取实时更新，以免被封禁。',
          replaces: { binance: '请求权重过多； IP被禁止，直到％s。 请使用websocket进行实时更新，以免被禁。' },
          reason: 'Ours: as the limit above, the zh page says request weight where the en text says requests.',
        },
      },
    },
  },
  [-1008]: {
    reason:
      'The overloaded server, and the system-level throttle that lets reduce-only and close-position orders through.',
    variants: ['default', 'systemProtection'],
    byVariant: { systemProtection: english('请求已被系统级保护限流。只减仓和平仓订单不受此限制。请重试。') },
  },
  [-1010]: { reason: 'The zh page (older than en) lacks the code.', byVariant: { default: missing('收到错误消息。') } },
  [-1011]: {
    reason: 'The zh page (older than en) lacks the code.',
    byVariant: { default: missing('此 IP 无法访问该接口。') },
  },
  [-1013]: { reason: 'The zh page (older than en) lacks the code.', byVariant: { default: missing('消息无效。') } },
  [-1015]: {
    reason: 'Bare "too many orders" and the variant that states the limit and its interval.',
    variants: ['default', 'limit'],
    byVariant: {
      limit: {
        params: ['limit', 'interval'],
        zh: {
          expectedSource: '新订单太多； 当前限制为每％s ％s个订单。',
          order: ['interval', 'limit'],
          reason:
            'Chinese reads "per <interval> <limit> orders": the interval comes first (as the Options table fixes the same text).',
        },
      },
    },
  },
  [-1021]: {
    reason: 'Outside recvWindow (default) and the clock-ahead variant; the 1000ms is literal in the document.',
    variants: ['default', 'ahead'],
  },
  [-1099]: { reason: 'The zh page keeps the English.', byVariant: { default: english('未找到、未认证或未授权。') } },

  // 11xx
  [-1100]: {
    reason: 'Bare, and naming the parameter with its legal range.',
    variants: ['default', 'range'],
    byVariant: { range: { params: ['param', 'legalRange'] } },
  },
  [-1101]: {
    reason: 'Bare, with the expected and received counts, and the duplicate-values variant.',
    variants: ['default', 'count', 'duplicate'],
    byVariant: { count: { params: ['expected', 'received'] } },
  },
  [-1102]: {
    reason: 'Bare, naming one missing parameter, and naming two of which one is required.',
    variants: ['default', 'param', 'either'],
    byVariant: { param: { params: ['param'] }, either: { params: ['param', 'otherParam'] } },
  },
  [-1104]: {
    reason: 'Bare, and with the read and sent counts.',
    variants: ['default', 'count'],
    byVariant: { count: { params: ['readCount', 'sentCount'] } },
  },
  [-1105]: {
    reason: 'Bare, and naming the empty parameter.',
    variants: ['default', 'param'],
    byVariant: { param: { params: ['param'] } },
  },
  [-1106]: {
    reason: 'Bare, and naming the parameter.',
    variants: ['default', 'param'],
    byVariant: { param: { params: ['param'] } },
  },
  [-1127]: {
    reason: 'Bare, and with the maximum number of hours.',
    variants: ['default', 'hours'],
    byVariant: { hours: { params: ['hours'] } },
  },
  [-1130]: {
    reason: 'Bare, and naming the parameter.',
    variants: ['default', 'param'],
    byVariant: { param: { params: ['param'] } },
  },

  // 20xx
  [-2011]: {
    reason: 'The bare name, and the unknown-order text; the zh page (older) has one line for both.',
    variants: ['default', 'unknownOrder'],
    byVariant: {
      default: {
        zh: {
          expectedSource: '取消订单被拒绝 "Unknown order sent"',
          template: '取消订单被拒绝',
          reason:
            "The zh page merges both messages into one line; its Chinese part is the bare variant's, the English tail belongs to the second.",
        },
      },
      unknownOrder: {
        en: {
          expectedSource: 'Cancel request failure as open order not found in the orderbook: "Unknown order sent".',
          template: 'Unknown order sent.',
          reason:
            'The list item describes the code and quotes the server\'s answer; the server sends the quoted text alone: (400, -2011, "Unknown order sent.") from /fapi/ in binance/binance-futures-connector-python issues #23 and #63. As the document\'s text, no real answer matched the variant.',
        },
        ...missing('撤单失败：订单簿中找不到该挂单。'),
      },
    },
  },
  [-2022]: {
    reason:
      'The rejection, and the explanation the en page lists beside it (kept: it may be what servers now send; Binance translates it).',
    variants: ['default', 'conflict'],
  },

  // 40xx
  [-4015]: { reason: 'Invalid, and the length limit (literal 36).', variants: ['default', 'length'] },
  [-4016]: { reason: 'The zh page keeps the English.', byVariant: { default: english('价格高于标记价格乘数上限。') } },
  [-4019]: { reason: 'The zh page keeps the English.', byVariant: { default: english('复合精度过大。') } },
  [-4020]: {
    reason: 'Names the order type and the reduce-only value.',
    byVariant: { default: { params: ['orderType', 'reduceOnly'] } },
  },
  [-4021]: {
    reason: 'Bare, and naming the rejected limit.',
    variants: ['default', 'limit'],
    byVariant: { limit: { params: ['limit'] } },
  },
  [-4024]: { reason: 'The zh page keeps the English.', byVariant: { default: english('价格低于标记价格乘数下限。') } },
  [-4025]: { reason: 'The zh page keeps the English.', byVariant: { default: english('乘数小数位数小于零。') } },
  [-4026]: {
    reason: 'Bare, a field below zero, and a field whose absolute value is above a maximum.',
    variants: ['default', 'negative', 'absoluteValue'],
    byVariant: { negative: { params: ['field'] }, absoluteValue: { params: ['field', 'max'] } },
  },
  [-4028]: {
    reason: 'Bare, naming the leverage, and naming the leverage with what it already exists with.',
    variants: ['default', 'leverage', 'exists'],
    byVariant: { leverage: { params: ['leverage'] }, exists: { params: ['leverage', 'existing'] } },
  },
  [-4031]: {
    reason: 'Bare, and naming the working type.',
    variants: ['default', 'type'],
    byVariant: { type: { params: ['workingType'] } },
  },
  [-4032]: {
    reason:
      "The limit, and a second item that repeats -4031's text (on every futures page: likely a copy in Binance's document, kept because a server may send it).",
    variants: ['default', 'workingType'],
    byVariant: { workingType: { params: ['workingType'] } },
  },
  [-4049]: {
    reason: 'The zh page keeps the English.',
    byVariant: { default: english('只有逐仓仓位可以追加保证金。') },
  },
  [-4052]: {
    reason: 'The zh page keeps the English.',
    byVariant: { default: english('无需更改自动追加保证金设置。') },
  },
  [-4070]: { reason: 'Invalid, and the length limit (literal 32).', variants: ['default', 'length'] },
  [-4074]: {
    reason: 'The zh page keeps the English.',
    byVariant: { default: english('订单金额超过上限或小于 0，订单被拒绝。') },
  },
  [-4075]: {
    reason: 'The zh page keeps the English.',
    byVariant: { default: english('输出的期权费小于 0，订单被拒绝。') },
  },
  [-4079]: {
    reason:
      'Bare, naming the id, and naming the duplicate id with its user; the zh page keeps the last two in English.',
    variants: ['default', 'id', 'duplicate'],
    byVariant: {
      id: { params: ['id'], ...english('期权 ID 无效：{{id}}') },
      duplicate: { params: ['id', 'user'], ...english('用户 {{user}} 的期权 ID {{id}} 重复') },
    },
  },
  [-4080]: {
    reason: 'Bare, and naming the user id; the zh page keeps the second in English.',
    variants: ['default', 'id'],
    byVariant: { id: { params: ['id'], ...english('找不到 ID 为 {{id}} 的用户') } },
  },
  [-4081]: {
    reason: 'Bare, and naming the options id; the zh page keeps the second in English.',
    variants: ['default', 'id'],
    byVariant: { id: { params: ['id'], ...english('找不到 ID 为 {{id}} 的期权') } },
  },
  [-4082]: {
    reason: 'Bare, and naming the number sent; the zh page keeps the second in English.',
    variants: ['default', 'count'],
    byVariant: { count: { params: ['count'], ...english('批量下单的订单数量无效：{{count}}') } },
  },
  [-4105]: {
    reason: 'The zh page (older than en) lacks the code.',
    byVariant: { default: missing('该交易对处于持仓风控中，仅允许只减仓订单。') },
  },
  [-4106]: {
    reason: 'The zh page (older than en) lacks the code.',
    byVariant: { default: missing('该交易对处于持仓风控中，买单只能以只减仓方式下单。') },
  },
  [-4107]: {
    reason: 'The zh page (older than en) lacks the code.',
    byVariant: { default: missing('该交易对处于持仓风控中，卖单只能以只减仓方式下单。') },
  },
  [-4109]: {
    reason: 'The en page now splits in two what the older zh page says in one line.',
    variants: ['default', 'reactivate'],
    byVariant: {
      default: {
        zh: {
          ours: true,
          template: '账户未激活',
          replaces: { binance: '账户被归档，请向合约账户转入任意资产重新激活' },
          reason:
            'Ours: the zh line translates both halves ("Inactive account, transfer any amount …"); this variant is the first half only.',
        },
      },
      reactivate: missing('请向合约账户转入任意数量的资产以重新激活账户'),
    },
  },
  [-4114]: { reason: 'Invalid, and the length limit (literal 64).', variants: ['default', 'length'] },
  [-4115]: { reason: 'Duplicated, and the uniqueness window (literal 7 days).', variants: ['default', 'window'] },
  [-4118]: {
    reason:
      'The failure, and the explanation the en page lists beside it (kept: it may be what servers now send; Binance translates it).',
    variants: ['default', 'conflict'],
  },
  [-4164]: {
    reason: 'The minimum as the document writes it (5.0), and with the minimum as a value.',
    variants: ['default', 'notional'],
    byVariant: { notional: { params: ['notional'] } },
  },
  [-4165]: {
    reason: 'Bare, and with the maximum number of days.',
    variants: ['default', 'max'],
    byVariant: { max: { params: ['days'] } },
  },
  [-4172]: {
    reason: 'The zh page keeps the English.',
    byVariant: { default: english('保证金可用资产的钱包余额为负，无法调整多资产模式。') },
  },
  [-4183]: {
    reason: 'The cap, and the cap as a price.',
    name: {
      expected: 'ISOLATED_REJECT_WITH_JOINT_MARGIN',
      name: 'PRICE_HIGHTER_THAN_STOP_MULTIPLIER_UP',
      reason:
        "The en page repeats -4167's name; the zh page, PM's -4183 and COIN-M's -4151 (the same messages) all say PRICE_HIGHTER_THAN_STOP_MULTIPLIER_UP (Binance's own spelling, kept).",
    },
    variants: ['default', 'limit'],
    byVariant: { limit: { params: ['price'] } },
  },
  [-4184]: {
    reason: 'The floor, and the floor as a price.',
    variants: ['default', 'limit'],
    byVariant: {
      limit: {
        params: ['price'],
        zh: {
          expectedSource: '止盈止损订单价格不应低于 `%s`f',
          template: '止盈止损订单价格不应低于 `{{price}}`',
          reason: 'A stray "f" after the placeholder on the zh page; the rest is Binance\'s, as -4183\'s twin has it.',
        },
      },
    },
  },
  [-4189]: {
    reason: 'The zh page (older than en) lacks the code.',
    byVariant: { default: missing('账户权限受限：在该交易对上只能下只减仓订单。') },
  },
  [-4205]: { reason: 'Names the number of days.', byVariant: { default: { params: ['days'] } } },
  [-4206]: {
    reason: 'Bare, and with the maximum leverage.',
    variants: ['default', 'max'],
    byVariant: { max: { params: ['leverage'] } },
  },
  [-4209]: {
    reason: 'The 20x cap as the document writes it, and with the cap as a value.',
    variants: ['default', 'max'],
    byVariant: { max: { params: ['leverage'] } },
  },
  [-4210]: {
    reason: 'The cap, and the cap as a price.',
    variants: ['default', 'max'],
    byVariant: { max: { params: ['price'] } },
  },
  [-4211]: {
    reason: 'The floor, and the floor as a price.',
    variants: ['default', 'min'],
    byVariant: { min: { params: ['price'] } },
  },
  [-4403]: {
    reason: 'The 10x cap as the document writes it, and with the cap as a value.',
    variants: ['default', 'max'],
    byVariant: { max: { params: ['leverage'] } },
  },

  // 50xx
  [-5029]: {
    reason: "Names the minimum notional; the zh page has -5028's text under it.",
    byVariant: {
      default: {
        params: ['notional'],
        zh: {
          ours: true,
          template: '订单的名义价值不可以小于 {{notional}}',
          replaces: { broken: '请求的时间戳在撮合的recvWindow之外' },
          reason:
            "Ours: the zh page repeats -5028's text (the recvWindow); the wording is Binance's own Chinese for -4164's same message.",
        },
      },
    },
  },
};
