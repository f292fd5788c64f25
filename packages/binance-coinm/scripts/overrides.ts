/**
 * The one reviewed table of everything the generator (@exchange-errors/catalog-generator, whose
 * src/curate/overrides.ts defines the entries) cannot read off Binance's two COIN-M futures documents
 * by itself: the key of each message variant and the name of each value; the order of -1015's values
 * in Chinese; our Chinese where the zh page keeps the English, lacks a code (it lacks seven), or
 * translates an older English. Every entry says why; the generator fails on an entry that no longer
 * matches the documents.
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
            binance: '请求权重过多； 当前限制为每分钟％s请求权重。 请使用websocket进行实时更新,以避免轮询API。',
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
          replaces: { binance: '请求权重过多； IP被禁止,直到％s。 请使用websocket进行实时更新,以免被禁。' },
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
  [-1010]: { reason: 'The zh page lacks the code.', byVariant: { default: missing('收到错误消息。') } },
  [-1011]: { reason: 'The zh page lacks the code.', byVariant: { default: missing('此 IP 无法访问该接口。') } },
  [-1013]: { reason: 'The zh page lacks the code.', byVariant: { default: missing('消息无效。') } },
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
  [-1108]: { reason: 'The zh page lacks the code.', byVariant: { default: missing('资产无效。') } },
  [-1109]: { reason: 'The zh page lacks the code.', byVariant: { default: missing('账户无效。') } },
  [-1110]: { reason: 'The zh page lacks the code.', byVariant: { default: missing('`symbolType` 无效。') } },
  [-1113]: { reason: 'The zh page lacks the code.', byVariant: { default: missing('提现数量必须为负数。') } },
  // -1125 names /fapi/ (USDⓈ-M's endpoint) on this COIN-M page, in en and zh alike: kept as the server
  // text to match (no real payload shows otherwise); the README notes it.
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
  [-4082]: {
    reason: 'Bare, and naming the number sent; the zh page keeps the second in English.',
    variants: ['default', 'count'],
    byVariant: { count: { params: ['count'], ...english('批量下单的订单数量无效：{{count}}') } },
  },
  [-4088]: {
    reason: 'Bare, and with the maximum number of days.',
    variants: ['default', 'max'],
    byVariant: { max: { params: ['days'] } },
  },
  [-4110]: { reason: 'Invalid, and the length limit (literal 64).', variants: ['default', 'length'] },
  [-4111]: { reason: 'Duplicated, and the uniqueness window (literal 7 days).', variants: ['default', 'window'] },
  [-4112]: {
    reason:
      'The failure, and the explanation the en page lists beside it (kept: it may be what servers now send; Binance translates it).',
    variants: ['default', 'conflict'],
  },
  [-4151]: {
    reason: 'The cap, and the cap as a price.',
    variants: ['default', 'limit'],
    byVariant: { limit: { params: ['price'] } },
  },
  [-4152]: {
    reason: 'The floor, and the floor as a price.',
    variants: ['default', 'limit'],
    byVariant: { limit: { params: ['price'] } },
  },
  [-4154]: {
    reason: 'The cap, and the cap as a price; the zh page keeps both in English.',
    variants: ['default', 'max'],
    byVariant: {
      default: english('触发价格高于价格乘数上限。'),
      max: { params: ['price'], ...english('触发价格不能高于 {{price}}') },
    },
  },
  [-4155]: {
    reason:
      'The floor, and the floor as a price; the zh page keeps both in English. "PStop" is Binance\'s typo, kept in the server text a real message may carry.',
    variants: ['default', 'min'],
    byVariant: {
      default: english('触发价格低于价格乘数下限。'),
      min: { params: ['price'], ...english('触发价格不能低于 {{price}}') },
    },
  },
  [-4178]: {
    reason: 'The minimum as the document writes it (one), and with the minimum as a value.',
    variants: ['default', 'notional'],
    byVariant: {
      default: {
        zh: {
          ours: true,
          template: '订单名义价值需要不小于 1（减仓单除外）',
          replaces: { broken: '订单名义价值需要大于5（减仓单除外）' },
          reason:
            'Ours: the zh page translates an older English ("no smaller than 5.0"); en now says one. Worded as Binance\'s Chinese for the variant with a value.',
        },
      },
      notional: { params: ['notional'] },
    },
  },
  [-4200]: {
    reason: 'The 30 days as the document writes them, and as a value.',
    variants: ['default', 'days'],
    byVariant: { days: { params: ['days'] } },
  },
  [-4201]: {
    reason: 'Bare, and with the maximum leverage.',
    variants: ['default', 'max'],
    byVariant: { max: { params: ['leverage'] } },
  },
};
