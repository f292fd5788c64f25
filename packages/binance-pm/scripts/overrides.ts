/**
 * The one reviewed table of everything the generator (@exchange-errors/catalog-generator, whose
 * src/curate/overrides.ts defines the entries) cannot read off Binance's two Portfolio Margin documents
 * by itself: the key of each message variant and the name of each value; the fixes of Binance's
 * Chinese (an order, another endpoint, a stray letter, a translation of another text); our Chinese where
 * the zh page keeps the English, lacks a code (it is older than en and lacks 22), or carries another
 * code's text. Every entry says why; the generator fails on an entry that no longer matches.
 *
 * The en page writes the 51xxx codes without a minus sign; the parser reads them as negative (as the zh
 * page writes -51007 and -51078, like every other Binance code) and records the fix.
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
    reason: "The system-level throttle; the zh page has -1007's text under it.",
    byVariant: {
      default: {
        zh: {
          ours: true,
          template: '请求已被系统级保护限流。只减仓和平仓订单不受此限制。请重试。',
          replaces: { broken: '等待后端服务器响应超时。 发送状态未知； 执行状态未知。' },
          reason:
            "Ours: the Chinese line under -1008 is -1007's (a backend timeout); the same English is kept in English on the USDⓈ-M and COIN-M pages, whose tables carry the same translation.",
        },
      },
    },
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
  [-1108]: { reason: 'The zh page (older than en) lacks the code.', byVariant: { default: missing('资产无效。') } },
  [-1109]: { reason: 'The zh page (older than en) lacks the code.', byVariant: { default: missing('账户无效。') } },
  [-1110]: {
    reason: 'The zh page (older than en) lacks the code.',
    byVariant: { default: missing('`symbolType` 无效。') },
  },
  [-1113]: {
    reason: 'The zh page (older than en) lacks the code.',
    byVariant: { default: missing('提现数量必须为负数。') },
  },
  [-1125]: {
    reason: "The zh text names USDⓈ-M's endpoint where the en text names Portfolio Margin's.",
    byVariant: {
      default: {
        zh: {
          expectedSource: '此`listenKey`不存在。建议重新使用`POST /fapi/v1/listenKey`生成`listenKey`',
          template: '此`listenKey`不存在。建议重新使用`POST /papi/v1/listenKey`生成`listenKey`',
          reason: "Binance's Chinese, with the en page's endpoint (/papi/, this product's) in place of /fapi/.",
        },
      },
    },
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
  [-4114]: { reason: 'Invalid, and the length limit (literal 64).', variants: ['default', 'length'] },
  [-4115]: { reason: 'Duplicated, and the uniqueness window (literal 7 days).', variants: ['default', 'window'] },
  [-4118]: {
    reason:
      "The failure, and a second item that is -2022's explanation on this en page (USDⓈ-M's and COIN-M's -4118 explain a margin check instead).",
    variants: ['default', 'conflict'],
    byVariant: {
      conflict: {
        zh: {
          expectedSource:
            '这表示新的「仅减仓（reduce-only）」订单与同方向的未成交订单叠加后，会形成反向持仓并导致保证金不足；请先取消该未成交订单后再重试',
          template:
            '这表示新的「仅减仓（reduce-only）」订单与当前未成交同向订单存在冲突；请先取消现有订单，然后重新提交仅减仓订单。',
          reason:
            "The zh line translates USDⓈ-M's -4118 explanation (an opposite-side position, insufficient margin), not the text this en page has (a conflict with open orders, -2022's); Binance's own Chinese for that text, under -2022 on this page, takes its place.",
        },
      },
    },
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
  [-4183]: {
    reason: 'The cap, and the cap as a price.',
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
  [-4220]: {
    reason: 'The zh page (older than en) lacks the code.',
    byVariant: { default: missing('操作被拒绝：币本位合约的持仓模式不能与 U本位合约的不同。') },
  },
  [-4405]: {
    reason: 'The zh page (older than en) lacks the code.',
    byVariant: { default: missing('仅允许只减仓订单，请稍后再试。') },
  },
  [-4407]: {
    reason: 'The zh page (older than en) lacks the code.',
    byVariant: { default: missing('账户权限受限：在该交易对上只能下只减仓订单。') },
  },
  [-4415]: {
    reason: 'The zh page (older than en) lacks the code.',
    byVariant: { default: missing('仅允许只减仓订单，请稍后再试。') },
  },
  [-4517]: {
    reason: 'The zh page (older than en) lacks the code.',
    byVariant: { default: missing('该交易对处于持仓风控中，仅允许只减仓订单。') },
  },
  [-4518]: {
    reason: 'The zh page (older than en) lacks the code.',
    byVariant: { default: missing('该交易对处于持仓风控中，买单只能以只减仓方式下单。') },
  },
  [-4519]: {
    reason: 'The zh page (older than en) lacks the code.',
    byVariant: { default: missing('该交易对处于持仓风控中，卖单只能以只减仓方式下单。') },
  },

  // 50xx / 51xxx
  [-51006]: {
    reason: 'The zh page (older than en) lacks the code.',
    byVariant: { default: missing('超过最大可借数量。') },
  },
  [-51014]: {
    reason: 'The zh page (older than en) lacks the code.',
    byVariant: { default: missing('该资产当前暂停借币。') },
  },
  [-51061]: {
    reason: 'Names the asset; the zh page (older than en) lacks the code.',
    byVariant: {
      default: {
        params: ['asset'],
        ...missing('由于借币需求旺盛，{{asset}} 当前可借数量不足。请调整借币数量或明天再试。'),
      },
    },
  },
  [-51068]: {
    reason: 'The zh page (older than en) lacks the code.',
    byVariant: { default: missing('无法交易：您的杠杆账户正在强平中，请在强平处理完成后再试。') },
  },
  [-51113]: {
    reason: 'The zh page (older than en) lacks the code.',
    byVariant: {
      default: missing(
        '该杠杆交易对的限价卖单价格不能低于当前指数价格 15% 以上，限价买单价格不能高于当前指数价格 15% 以上。',
      ),
    },
  },
  [-51122]: {
    reason: 'The zh page (older than en) lacks the code.',
    byVariant: { default: missing('统一账户用户无法使用此功能。') },
  },
  [-51998]: {
    reason: 'The zh page (older than en) lacks the code.',
    byVariant: { default: missing('系统繁忙，请稍后再试。') },
  },
  [-51999]: {
    reason: 'Two texts of the unknown error; the zh page (older than en) lacks the code.',
    variants: ['default', 'processing'],
    byVariant: { default: missing('系统异常。'), processing: missing('处理请求时发生未知错误。') },
  },
};
