/**
 * The one reviewed table of everything the generator (@exchange-errors/catalog-generator, whose
 * src/curate/overrides.ts defines the entries) cannot read off Binance's two Spot documents by itself:
 * the key of each message variant and the name of each value; the matching-engine and filter-failure
 * messages of the tables, with their keys; the list items that are documentation rather than messages;
 * the codes the documents name only in a table heading; and our Chinese wherever the zh page keeps the
 * English (it does for 182 of 204 messages), lacks a message, or has one we cannot use. Every entry
 * says why; the generator fails on an entry that no longer matches the documents.
 *
 * Our Chinese (`ours`) follows the house style and glossary of curated/guidance.ts: a space between
 * Chinese and Latin letters or digits, none beside full-width punctuation; field and tag names of the
 * API stay as code (`timeInForce`, `SenderCompId(49)`), values the server fills in are `{{named}}`.
 * 交易对 is a Spot symbol, as Binance's own Chinese says.
 */
import {
  oursForEnglish as en,
  oursForMissing,
  type CodeOverride,
  type TableCode,
  type TableMessageOverride,
} from '@exchange-errors/catalog-generator/curate';

/** Spot's zh page keeps most messages in English: our Chinese for one message of one code. */
const ours = (template: string) => ({ zh: en(template) });

export const OVERRIDES: Readonly<Record<number, CodeOverride>> = {
  // 10xx
  [-1003]: {
    reason:
      'Queued requests, the weight limit with its interval (e.g. "6000 request weight per 1 MINUTE"), and the IP ban with its end (a millisecond timestamp).',
    variants: ['default', 'weightLimit', 'ipBan'],
    byVariant: { weightLimit: { params: ['limit', 'interval'] }, ipBan: { params: ['until'] } },
  },
  [-1013]: {
    reason:
      'The second list item is documentation: it points at the two tables, whose messages come with this code as variants.',
    drop: [
      {
        text: 'Potential error messages can be found in Filter Failures or Failures during order placement.',
        reason:
          'Not a text a server sends (it links to the tables); as a variant it would only ever match by accident. The link itself is what ties both tables to -1013.',
      },
    ],
  },
  [-1015]: {
    reason: 'Bare "too many orders" and the variant that states the limit and its interval.',
    variants: ['default', 'limit'],
    byVariant: {
      limit: {
        params: ['limit', 'interval'],
        // Chinese names the interval first, as Binance's own Chinese does for this text on Options.
        zh: oursForMissing(
          '新订单太多；当前限制为每 {{interval}} {{limit}} 个订单。',
          "Ours: the zh page lists only the bare variant (下单(撤单)太多); Binance's futures and Options pages word this one 新订单太多；当前限制为每％s ％s个订单.",
        ),
      },
    },
  },
  [-1021]: {
    reason: 'Outside recvWindow (default) and the clock-ahead variant; the 1000ms is literal in the document.',
    variants: ['default', 'ahead'],
  },
  [-1033]: {
    reason: 'FIX session: the zh page keeps the English.',
    byVariant: { default: ours('`SenderCompId(49)` 正在使用中。同一账户内不允许同时使用相同的 `SenderCompId`。') },
  },
  [-1034]: {
    reason:
      'Three connection limits, each with its value (and interval); the zh page keeps the English and cuts the third after its first value.',
    variants: ['concurrent', 'accountAttempts', 'ipAttempts'],
    byVariant: {
      concurrent: { params: ['limit'], ...ours('并发连接过多；当前上限为 {{limit}} 个。') },
      accountAttempts: {
        params: ['limit', 'interval'],
        ...ours('该账户的连接尝试过于频繁；当前限制为每 {{interval}} {{limit}} 次。'),
      },
      ipAttempts: {
        params: ['limit', 'interval'],
        zh: {
          ours: true,
          template: '来自该 IP 的连接尝试过于频繁；当前限制为每 {{interval}} {{limit}} 次。',
          replaces: { broken: 'Too many connection attempts from IP; current limit is %s' },
          reason: "Ours: the zh page keeps the English and cuts it after the first value ('per %s' is gone).",
        },
      },
    },
  },
  [-1035]: {
    reason: 'FIX session: the zh page keeps the English.',
    byVariant: { default: ours('请发送 `Logout<5>` 消息以关闭会话。') },
  },

  // 11xx
  [-1100]: {
    reason: 'Bare, and naming the parameter with its legal range.',
    variants: ['default', 'range'],
    byVariant: {
      default: ours('参数中含有非法字符。'),
      range: { params: ['param', 'legalRange'], ...ours('参数 {{param}} 中含有非法字符；合法范围为 {{legalRange}}。') },
    },
  },
  [-1101]: {
    reason: 'Bare, with the expected and received counts, and the duplicate-values variant.',
    variants: ['default', 'count', 'duplicate'],
    byVariant: {
      default: ours('该接口收到的参数过多。'),
      count: {
        params: ['expected', 'received'],
        ...ours('参数过多；应为 {{expected}} 个，实际收到 {{received}} 个。'),
      },
      duplicate: ours('检测到某个参数的值重复。'),
    },
  },
  [-1102]: {
    reason: 'Bare; one missing parameter; one of two; a missing FIX tag; an empty FIX field; a value over its maximum.',
    variants: ['default', 'param', 'either', 'tag', 'emptyValue', 'tooLarge'],
    byVariant: {
      default: ours('必填参数未发送、为空或格式错误。'),
      param: { params: ['param'], ...ours('必填参数 {{param}} 未发送、为空或格式错误。') },
      either: {
        params: ['param', 'otherParam'],
        ...ours('参数 {{param}} 和 {{otherParam}} 必须发送其中一个，但两者均为空。'),
      },
      tag: { params: ['tag'], ...ours('缺少必需的标签 {{tag}}。') },
      emptyValue: ours('字段值为空或格式错误。'),
      tooLarge: { params: ['param', 'max'], ...ours('{{param}} 的值不符合要求，不能大于 {{max}}。') },
    },
  },
  [-1103]: {
    reason: 'Bare, and the FIX wording.',
    variants: ['default', 'tag'],
    byVariant: { default: ours('发送了未知参数。'), tag: ours('未定义的标签。') },
  },
  [-1104]: {
    reason: 'Bare, and with the read and sent counts.',
    variants: ['default', 'count'],
    byVariant: {
      default: ours('并非所有发送的参数都被读取。'),
      count: {
        params: ['readCount', 'sentCount'],
        ...ours('并非所有发送的参数都被读取；已读取 {{readCount}} 个参数，但发送了 {{sentCount}} 个。'),
      },
    },
  },
  [-1105]: {
    reason: 'Bare, and naming the empty parameter.',
    variants: ['default', 'param'],
    byVariant: { default: ours('参数为空。'), param: { params: ['param'], ...ours('参数 {{param}} 为空。') } },
  },
  [-1106]: {
    reason: 'Bare, naming the parameter, and naming the FIX tag.',
    variants: ['default', 'param', 'tag'],
    byVariant: {
      default: ours('发送了不需要的参数。'),
      param: { params: ['param'], ...ours('发送了不需要的参数 {{param}}。') },
      tag: { params: ['tag'], ...ours('发送了不需要的标签 {{tag}}。') },
    },
  },
  [-1108]: {
    reason: 'Names the parameter.',
    byVariant: { default: { params: ['param'], ...ours('参数 {{param}} 的值溢出。') } },
  },
  [-1111]: {
    reason: 'Names the parameter.',
    byVariant: { default: { params: ['param'], ...ours('参数 {{param}} 的精度过高。') } },
  },
  [-1112]: { reason: 'The zh page keeps the English.', byVariant: { default: ours('该交易对的订单簿上没有挂单。') } },
  [-1114]: {
    reason: 'The zh page keeps the English.',
    byVariant: { default: ours('发送了不需要的 `TimeInForce` 参数。') },
  },
  [-1115]: { reason: 'The zh page keeps the English.', byVariant: { default: ours('`timeInForce` 无效。') } },
  [-1116]: { reason: 'The zh page keeps the English.', byVariant: { default: ours('订单类型无效。') } },
  [-1117]: { reason: 'The zh page keeps the English.', byVariant: { default: ours('买卖方向无效。') } },
  [-1118]: { reason: 'The zh page keeps the English.', byVariant: { default: ours('新的自定义订单号为空。') } },
  [-1119]: { reason: 'The zh page keeps the English.', byVariant: { default: ours('原始自定义订单号为空。') } },
  [-1120]: { reason: 'The zh page keeps the English.', byVariant: { default: ours('时间间隔无效。') } },
  // Binance's own Chinese for this text on the Options page.
  [-1121]: { reason: 'The zh page keeps the English.', byVariant: { default: ours('无效的交易对。') } },
  [-1122]: {
    reason: 'The zh page keeps the English.',
    byVariant: { default: ours('交易对状态 `symbolStatus` 无效。') },
  },
  [-1125]: { reason: 'The zh page keeps the English.', byVariant: { default: ours('该 `listenKey` 不存在。') } },
  [-1127]: {
    reason: 'Bare, and with the maximum number of hours.',
    variants: ['default', 'hours'],
    byVariant: {
      default: ours('查询间隔过长。'),
      hours: { params: ['hours'], ...ours('`startTime` 与 `endTime` 之间超过 {{hours}} 小时。') },
    },
  },
  [-1128]: {
    reason:
      'Bare; two fields that go together; a list that goes together; the FIX market-data pair; conflicting fields.',
    variants: ['default', 'bothRequired', 'together', 'mdEntryType', 'conflicting'],
    byVariant: {
      default: ours('可选参数组合无效。'),
      bothRequired: {
        params: ['param', 'otherParam'],
        ...ours('可选字段组合无效。建议：{{param}} 和 {{otherParam}} 必须同时发送。'),
      },
      together: { params: ['fields'], ...ours('字段 [{{fields}}] 必须同时发送或全部省略。') },
      mdEntryType: ours('`MDEntryType (269)` 组合无效。`BID` 和 `OFFER` 必须同时请求。'),
      conflicting: { params: ['fields'], ...ours('字段冲突：[{{fields}}...]') },
    },
  },
  [-1130]: {
    reason: 'Bare, and naming the parameter.',
    variants: ['default', 'param'],
    byVariant: {
      default: ours('参数数据无效。'),
      param: { params: ['param'], ...ours('参数 {{param}} 的数据无效。') },
    },
  },
  [-1134]: {
    reason: 'The REST/WebSocket wording and the FIX one.',
    variants: ['default', 'fix'],
    byVariant: { default: ours('`strategyType` 小于 1000000。'), fix: ours('`TargetStrategy (847)` 小于 1000000。') },
  },
  [-1135]: {
    reason: 'Bare, and naming the parameter.',
    variants: ['default', 'param'],
    byVariant: {
      default: ours('无效的 JSON 请求'),
      param: { params: ['param'], ...ours('参数 {{param}} 发送的 JSON 无效') },
    },
  },
  [-1139]: { reason: 'The zh page keeps the English.', byVariant: { default: ours('行情类型无效。') } },
  [-1145]: {
    reason: 'The zh page keeps the English.',
    byVariant: { default: ours('`cancelRestrictions` 必须为 `ONLY_NEW` 或 `ONLY_PARTIALLY_FILLED`。') },
  },
  [-1151]: { reason: 'The zh page keeps the English.', byVariant: { default: ours('列表中的交易对重复出现。') } },
  [-1152]: {
    reason: 'The request header and the SBE message header.',
    variants: ['header', 'messageHeader'],
    byVariant: {
      header: ours('`X-MBX-SBE` 请求头无效；应为 `<SCHEMA_ID>:<VERSION>`。'),
      messageHeader: ours('SBE 消息头无效。'),
    },
  },
  [-1153]: {
    reason: 'In the request header, and in general.',
    variants: ['header', 'schema'],
    byVariant: {
      header: ours('`X-MBX-SBE` 请求头中指定的 SBE 模式 ID 或版本不受支持。'),
      schema: ours('指定的 SBE 模式 ID 或版本无效。'),
    },
  },
  [-1155]: { reason: 'The zh page keeps the English.', byVariant: { default: ours('未启用 SBE。') } },
  [-1158]: {
    reason: 'The second list item explains the first.',
    drop: [
      {
        text: 'If the order type provided in the `aboveType` and/or `belowType` is not supported.',
        reason: 'Documentation ("If …"), not a text a server sends; kept as the hint material of curated/guidance.ts.',
      },
    ],
    byVariant: { default: ours('OCO 订单不支持该订单类型。') },
  },
  [-1160]: {
    reason: 'The REST/WebSocket wording (naming the parameter) and the FIX one; the middle item explains the rule.',
    drop: [
      {
        text: 'If the order type for the above or below leg is `STOP_LOSS_LIMIT`, and `icebergQty` is provided for that leg, the `timeInForce` has to be `GTC` else it will throw an error.',
        reason: 'Documentation ("If …"), not a text a server sends; kept as the hint material of curated/guidance.ts.',
      },
    ],
    variants: ['param', 'maxFloor'],
    byVariant: {
      param: {
        params: ['param'],
        ...ours('当 `aboveTimeInForce`/`belowTimeInForce` 不是 GTC 时，不支持参数 {{param}}。'),
      },
      maxFloor: ours('使用 `MaxFloor (111)` 时，`TimeInForce (59)` 必须为 `GTC (1)`。'),
    },
  },
  [-1161]: {
    reason: 'The schema ids the server names are written as the letters x and y.',
    byVariant: {
      default: {
        params: ['schema', 'minSchema'],
        en: {
          expectedSource: "Unable to encode the response in SBE schema 'x'. Please use schema 'y' or higher.",
          template: "Unable to encode the response in SBE schema '%s'. Please use schema '%s' or higher.",
          reason:
            "The quoted letters stand where the server puts the schema ids (the document's own placeholders); as literals, no real message would match.",
        },
        ...ours('无法以 SBE 模式 {{schema}} 编码响应。请使用 {{minSchema}} 或更高版本的模式。'),
      },
    },
  },
  [-1165]: {
    reason: 'The zh page keeps the English.',
    byVariant: { default: ours('买入 OCO 订单中的限价单必须位于下方（价格较低）。') },
  },
  [-1166]: {
    reason: 'The zh page keeps the English.',
    byVariant: { default: ours('卖出 OCO 订单中的限价单必须位于上方（价格较高）。') },
  },
  [-1168]: { reason: 'The zh page keeps the English.', byVariant: { default: ours('OCO 中至少要有一个条件单。') } },
  [-1169]: { reason: 'FIX: the zh page keeps the English.', byVariant: { default: ours('标签号无效。') } },
  [-1170]: {
    reason: 'FIX: names the tag.',
    byVariant: { default: { params: ['tag'], ...ours('此消息类型未定义标签 {{tag}}。') } },
  },
  [-1171]: {
    reason: 'FIX: names the tag.',
    byVariant: { default: { params: ['tag'], ...ours('标签 {{tag}} 出现了不止一次。') } },
  },
  [-1172]: {
    reason: 'FIX: names the tag.',
    byVariant: { default: { params: ['tag'], ...ours('标签 {{tag}} 未按要求的顺序指定。') } },
  },
  [-1173]: {
    reason: 'FIX: names the group.',
    byVariant: { default: { params: ['group'], ...ours('重复组 {{group}} 的字段顺序错误。') } },
  },
  [-1174]: {
    reason: 'FIX: names the component, the order and a recommendation.',
    byVariant: {
      default: {
        params: ['component', 'orderType', 'recommendation'],
        ...ours('{{orderType}} 订单中的组件 {{component}} 填写有误。建议：{{recommendation}}'),
      },
    },
  },
  [-1175]: {
    reason: 'FIX: the zh page keeps the English.',
    byVariant: { default: ours('当前不支持将序列号延续到新会话。每个新会话都必须重置序列号。') },
  },
  [-1176]: { reason: 'FIX: the zh page keeps the English.', byVariant: { default: ours('`Logon<A>` 只能发送一次。') } },
  [-1177]: {
    reason: 'FIX: seven ways a message is garbled, each its own text.',
    variants: ['checksum', 'beginString', 'msgType', 'bodyLength', 'nonPrintable', 'emptyTag', 'encodingType'],
    byVariant: {
      checksum: ours('`CheckSum(10)` 的值不正确。'),
      beginString: ours('`BeginString (8)` 不是消息中的第一个标签。'),
      msgType: ours('`MsgType (35)` 不是消息中的第三个标签。'),
      bodyLength: ours('`BodyLength (9)` 的字节数不正确。'),
      nonPrintable: ours('只允许可打印的 ASCII 字符和 SOH（报头起始符）。'),
      emptyTag: ours('标签未指定值。'),
      encodingType: ours('`encodingType` 无效。'),
    },
  },
  [-1178]: {
    reason: 'FIX: the zh page keeps the English.',
    byVariant: { default: ours('`SenderCompId(49)` 的值不正确。会话存续期间 `SenderCompID` 的值不应改变。') },
  },
  [-1179]: {
    reason: 'FIX: the expected sequence number.',
    byVariant: { default: { params: ['expected'], ...ours('`MsgSeqNum(34)` 的值不符合预期。预期值：{{expected}}。') } },
  },
  [-1180]: {
    reason: 'FIX: the zh page keeps the English.',
    byVariant: { default: ours('`Logon<A>` 必须是会话中的第一条消息。') },
  },
  [-1181]: {
    reason: 'FIX: the message limit and its interval.',
    byVariant: {
      default: { params: ['limit', 'interval'], ...ours('消息过多；当前限制为每 {{interval}} {{limit}} 条消息。') },
    },
  },
  [-1182]: {
    reason: 'FIX: the conflicting fields.',
    byVariant: { default: { params: ['fields'], ...ours('字段冲突：[{{fields}}]') } },
  },
  [-1183]: {
    reason: 'FIX: the zh page keeps the English.',
    byVariant: { default: ours('`DropCopy` 会话中不允许执行所请求的操作。') },
  },
  [-1184]: {
    reason: 'FIX: the zh page keeps the English.',
    byVariant: { default: ours('此服务器不支持 `DropCopy` 会话。请重新连接到 `DropCopy` 服务器。') },
  },
  [-1185]: {
    reason: 'FIX: the zh page keeps the English.',
    byVariant: {
      default: ours('此服务器仅支持 `DropCopy` 会话。请重新连接到下单服务器，或发送 `DropCopyFlag (9406)` 字段。'),
    },
  },
  [-1186]: {
    reason: 'FIX: the zh page keeps the English.',
    byVariant: { default: ours('下单会话中不允许执行所请求的操作。') },
  },
  [-1187]: {
    reason: 'FIX: the zh page keeps the English.',
    byVariant: { default: ours('行情会话中不允许执行所请求的操作。') },
  },
  [-1188]: {
    reason: 'FIX: names the group.',
    byVariant: { default: { params: ['group'], ...ours('重复组 {{group}} 的 `NumInGroup` 计数不正确。') } },
  },
  [-1189]: {
    reason: 'FIX: names the group.',
    byVariant: { default: { params: ['group'], ...ours('组 {{group}} 包含重复条目。') } },
  },
  [-1190]: {
    reason: 'FIX market data: a request id already in use, and an unsubscription id that matches nothing.',
    variants: ['idInUse', 'idUnknown'],
    byVariant: {
      idInUse: ours('`MDReqID (262)` 中的订阅请求 ID 已在此连接上使用。'),
      idUnknown: ours('`MDReqID (262)` 中的取消订阅请求 ID 与任何有效订阅都不匹配。'),
    },
  },
  [-1191]: {
    reason: 'FIX market data: the subscription limit, and a similar subscription with its symbol and id.',
    variants: ['limit', 'similar'],
    byVariant: {
      limit: { params: ['limit'], ...ours('订阅过多。每个连接同时最多可创建 {{limit}} 个订阅。') },
      similar: {
        params: ['symbol', 'subscriptionId'],
        ...ours('此连接上已有类似的订阅。交易对：{{symbol}}，有效订阅 ID：{{subscriptionId}}。'),
      },
    },
  },
  [-1194]: {
    reason: 'The zh page keeps the English.',
    byVariant: { default: ours('时间单位的值无效；应为 `MICROSECOND` 或 `MILLISECOND`。') },
  },
  [-1196]: {
    reason: 'The zh page keeps the English.',
    byVariant: { default: ours('买入 OCO 订单中的止损单必须位于上方（价格较高）。') },
  },
  [-1197]: {
    reason: 'The zh page keeps the English.',
    byVariant: { default: ours('卖出 OCO 订单中的止损单必须位于下方（价格较低）。') },
  },
  [-1198]: {
    reason: 'The zh page keeps the English.',
    byVariant: { default: ours('买入 OCO 订单中的止盈单必须位于下方（价格较低）。') },
  },
  [-1199]: {
    reason: 'The zh page keeps the English.',
    byVariant: { default: ours('卖出 OCO 订单中的止盈单必须位于上方（价格较高）。') },
  },
  [-1210]: { reason: 'The zh page keeps the English.', byVariant: { default: ours('`pegPriceType` 无效。') } },
  [-1211]: { reason: 'The zh page keeps the English.', byVariant: { default: ours('`pegOffsetType` 无效。') } },
  [-1220]: {
    reason: 'The zh page keeps the English.',
    byVariant: { default: ours('交易对的状态与请求的 `symbolStatus` 不符。') },
  },
  [-1221]: { reason: 'The zh page keeps the English.', byVariant: { default: ours('SBE 消息中有无效或缺失的字段。') } },
  [-1222]: {
    reason: 'The zh page keeps the English.',
    byVariant: { default: ours('OPO 列表中的生效订单必须是买单。') },
  },
  [-1223]: {
    reason: 'The zh page keeps the English.',
    byVariant: { default: ours('OPO 列表中的待处理订单必须是卖单。') },
  },
  // The document writes this one placeholder '{param}'; the server puts a FIX tag there.
  [-1224]: {
    reason: 'Names the tag.',
    byVariant: { default: { params: ['tag'], ...ours('生效订单必须包含 {{tag}} 标签。') } },
  },
  [-1225]: {
    reason: 'Names the tag.',
    byVariant: { default: { params: ['tag'], ...ours('待处理订单不应包含 {{tag}} 标签。') } },
  },

  // 20xx
  [-2010]: {
    reason: 'The list item is the bare name; the matching-engine table holds the messages.',
    byVariant: { default: ours('新订单被拒绝') },
  },
  [-2011]: {
    reason: 'The list item is the bare name; the matching-engine table holds the messages.',
    byVariant: { default: ours('撤单被拒绝') },
  },
  [-2013]: { reason: 'The zh page keeps the English.', byVariant: { default: ours('订单不存在。') } },
  [-2014]: { reason: 'The zh page keeps the English.', byVariant: { default: ours('API 密钥格式无效。') } },
  [-2015]: { reason: 'The zh page keeps the English.', byVariant: { default: ours('API 密钥、IP 或操作权限无效。') } },
  [-2016]: {
    reason: 'The zh page keeps the English.',
    byVariant: { default: ours('找不到该交易对的交易窗口。请改用 `ticker/24hrs`。') },
  },
  [-2026]: {
    reason: 'The zh page keeps the English.',
    byVariant: { default: ours('该订单已撤销或已过期且没有成交，已超过 90 天并被归档。') },
  },
  [-2035]: { reason: 'The zh page keeps the English.', byVariant: { default: ours('用户数据流订阅已处于有效状态。') } },
  [-2036]: { reason: 'The zh page keeps the English.', byVariant: { default: ours('用户数据流订阅未生效。') } },
  [-2039]: { reason: 'The zh page keeps the English.', byVariant: { default: ours('自定义订单号与该订单号不匹配。') } },
  [-2042]: { reason: 'The zh page keeps the English.', byVariant: { default: ours('此连接的订阅 ID 已达上限。') } },
  [-2043]: { reason: 'The zh page keeps the English.', byVariant: { default: ours('该交易对没有参考价格。') } },

  // cancelReplace: the heading is the message, the list item explains it.
  [-2021]: {
    reason:
      "The heading carries the server's message and no symbolic name; the list item explains when the code is sent.",
    name: {
      expected: 'Order cancel-replace partially failed',
      name: 'ORDER_CANCEL_REPLACE_PARTIALLY_FAILED',
      reason: 'Ours: every other code has an UPPER_SNAKE name, which apps switch on; this is the heading in that form.',
    },
    byVariant: {
      default: {
        en: {
          expectedSource:
            'This code is sent when either the cancellation of the order failed or the new order placement failed but not both.',
          template: 'Order cancel-replace partially failed.',
          reason:
            'The list item is documentation. Binance\'s REST API page (binance-spot-api-docs, "Cancel an Existing Order and Send a New Order") shows the server\'s answer: {"code": -2021, "msg": "Order cancel-replace partially failed.", "data": {…}}.',
        },
        zh: {
          ours: true,
          template: '撤销挂单再下单部分失败。',
          replaces: { binance: '收到该错误码代表撤单**或者**下单失败。' },
          reason:
            "Ours: the zh item explains the code (撤单或者下单失败) rather than translating the server's message; it is the hint's material.",
        },
      },
    },
  },
  [-2022]: {
    reason:
      "The heading carries the server's message and no symbolic name; the list item explains when the code is sent.",
    name: {
      expected: 'Order cancel-replace failed.',
      name: 'ORDER_CANCEL_REPLACE_FAILED',
      reason: 'Ours: every other code has an UPPER_SNAKE name, which apps switch on; this is the heading in that form.',
    },
    byVariant: {
      default: {
        en: {
          expectedSource:
            'This code is sent when both the cancellation of the order failed and the new order placement failed.',
          template: 'Order cancel-replace failed.',
          reason:
            'The list item is documentation. Binance\'s REST API page (binance-spot-api-docs, "Cancel an Existing Order and Send a New Order") shows the server\'s answer: {"code": -2022, "msg": "Order cancel-replace failed.", "data": {…}}.',
        },
        zh: {
          ours: true,
          template: '撤销挂单再下单失败。',
          replaces: { binance: '收到该错误码代表撤单**和**下单都失败。' },
          reason:
            "Ours: the zh item explains the code (撤单和下单都失败) rather than translating the server's message; it is the hint's material.",
        },
      },
    },
  },
};

/**
 * The codes named only in the heading of the matching-engine table ("Messages for -1010
 * ERROR_MSG_RECEIVED, -2010 NEW_ORDER_REJECTED, -2011 CANCEL_REJECTED, and -2038 ORDER_AMEND_REJECTED"):
 * servers send them with those messages, so the catalog has them, with the table's messages as variants.
 */
export const TABLE_CODES: Readonly<Record<number, TableCode>> = {
  [-1010]: {
    name: 'ERROR_MSG_RECEIVED',
    reason: 'Named in the matching-engine table heading; no heading of its own on the Spot page.',
  },
  [-2038]: {
    name: 'ORDER_AMEND_REJECTED',
    reason: 'Named in the matching-engine table heading; no heading of its own on the Spot page.',
  },
};

/**
 * Sections whose heading has no `10xx`-style range, by an id of the en page: the `<a id>` Binance keeps
 * above the two tables (stable when a heading's wording changes), else the heading's anchor.
 */
export const SECTION_IDS: Readonly<Record<string, string>> = {
  'other-errors': 'matchingEngine',
  'errors-regarding-placing-orders-via-cancelreplace': 'cancelReplace',
  filter_failures: 'filterFailures',
};

/** The zh tables keep every message in English (their descriptions are Chinese): our Chinese for each. */
const m = (key: string, template: string): TableMessageOverride => ({ key, zh: en(template) });

/**
 * The messages of the two tables, keyed by the en text: each is a variant, with this key, of every code
 * its table belongs to (matching engine: -1010, -2010, -2011, -2038, and -1013, whose list links here;
 * filter failures: -1013).
 */
export const TABLE_MESSAGES: Readonly<Record<string, TableMessageOverride>> = {
  // Matching engine
  'Unknown order sent.': m('unknownOrder', '发送的订单不存在。'),
  'Duplicate order sent.': m('duplicateOrder', '发送了重复的订单。'),
  'Market is closed.': m('marketClosed', '市场已关闭。'),
  'Account has insufficient balance for requested action.': m(
    'insufficientBalance',
    '账户余额不足，无法执行所请求的操作。',
  ),
  'Market orders are not supported for this symbol.': m('marketOrderNotSupported', '该交易对不支持市价单。'),
  'Iceberg orders are not supported for this symbol.': m('icebergNotSupported', '该交易对不支持冰山订单。'),
  'Stop loss orders are not supported for this symbol.': m('stopLossNotSupported', '该交易对不支持止损单。'),
  'Stop loss limit orders are not supported for this symbol.': m(
    'stopLossLimitNotSupported',
    '该交易对不支持止损限价单。',
  ),
  'Take profit orders are not supported for this symbol.': m('takeProfitNotSupported', '该交易对不支持止盈单。'),
  'Take profit limit orders are not supported for this symbol.': m(
    'takeProfitLimitNotSupported',
    '该交易对不支持止盈限价单。',
  ),
  'Order amend is not supported for this symbol.': m('amendNotSupported', '该交易对不支持修改订单。'),
  'Price * QTY is zero or less.': m('notionalNotPositive', '价格 * 数量小于或等于零。'),
  'IcebergQty exceeds QTY.': m('icebergQtyExceedsQty', '冰山数量超过了订单数量。'),
  'This action is disabled on this account.': m('actionDisabled', '此账户已禁用该操作。'),
  'This account may not place or cancel orders.': m('tradingDisabled', '此账户不能下单或撤单。'),
  'Unsupported order combination': m('unsupportedCombination', '不支持的订单组合'),
  'Order would trigger immediately.': m('wouldTriggerImmediately', '订单会立即触发。'),
  'Cancel order is invalid. Check origClOrdId and orderId.': m(
    'cancelInvalid',
    '撤单请求无效。请检查 `origClOrdId` 和 `orderId`。',
  ),
  'Order would immediately match and take.': m('wouldMatchAndTake', '订单会立即成交，成为 Taker。'),
  'The relationship of the prices for the orders is not correct.': m('priceRelationship', '订单之间的价格关系不正确。'),
  'OCO orders are not supported for this symbol': m('ocoNotSupported', '该交易对不支持 OCO 订单'),
  'Quote order qty market orders are not support for this symbol.': m(
    'quoteOrderQtyNotSupported',
    '该交易对不支持按成交额（`quoteOrderQty`）下市价单。',
  ),
  'Trailing stop orders are not supported for this symbol.': m(
    'trailingStopNotSupported',
    '该交易对不支持跟踪止损单。',
  ),
  'Order cancel-replace is not supported for this symbol.': m(
    'cancelReplaceNotSupported',
    '该交易对不支持撤销挂单再下单。',
  ),
  'This symbol is not permitted for this account.': m('symbolNotPermitted', '此账户不允许交易该交易对。'),
  'This symbol is restricted for this account.': m('symbolRestricted', '该交易对对此账户受限。'),
  'Order was not canceled due to cancel restrictions.': m('cancelRestricted', '由于撤单限制，订单未被撤销。'),
  'Rest API trading is not enabled.': m('restApiTradingDisabled', '未启用 REST API 交易。'),
  'WebSocket API trading is not enabled.': m('websocketApiTradingDisabled', '未启用 WebSocket API 交易。'),
  'FIX API trading is not enabled.': m('fixApiTradingDisabled', '未启用 FIX API 交易。'),
  'Order book liquidity is less than `LOT_SIZE` filter minimum quantity.': m(
    'liquidityBelowLotSize',
    '订单簿流动性低于 `LOT_SIZE` 过滤器的最小数量。',
  ),
  'Order book liquidity is less than `MARKET_LOT_SIZE` filter minimum quantity.': m(
    'liquidityBelowMarketLotSize',
    '订单簿流动性低于 `MARKET_LOT_SIZE` 过滤器的最小数量。',
  ),
  'Order book liquidity is less than symbol minimum quantity.': m(
    'liquidityBelowSymbolMinimum',
    '订单簿流动性低于交易对的最小数量。',
  ),
  'Order amend (quantity increase) is not supported.': m('amendQuantityIncrease', '修改订单不支持增加数量。'),
  // The table closes the quote before the period; matching tolerates a final period either way.
  'The requested action would change no state; rejecting': m('noStateChange', '所请求的操作不会改变任何状态；已拒绝'),
  'Pegged orders are not supported for this symbol.': m('peggedNotSupported', '该交易对不支持挂钩订单。'),
  'This order type may not use pegged price.': m('pegOrderTypeNotSupported', '此订单类型不能使用挂钩价格。'),
  'This price peg cannot be used with this order type.': m('pegTypeNotSupported', '此挂钩价格类型不能用于该订单类型。'),
  'Order book liquidity is too low for this pegged order.': m(
    'peggedLiquidityTooLow',
    '订单簿流动性过低，无法下此挂钩订单。',
  ),
  'OPO orders are not supported for this symbol.': m('opoNotSupported', '该交易对不支持 OPO 订单。'),
  'Order amend (pending OPO order) is not supported.': m('amendPendingOpo', '不支持修改 OPO 的待处理订单。'),

  // Filter failures: the key is `filter` and the filter's name.
  'Filter failure: PRICE_FILTER': m('filterPriceFilter', '过滤器检查失败：PRICE_FILTER'),
  'Filter failure: PERCENT_PRICE': m('filterPercentPrice', '过滤器检查失败：PERCENT_PRICE'),
  'Filter failure: LOT_SIZE': m('filterLotSize', '过滤器检查失败：LOT_SIZE'),
  'Filter failure: MIN_NOTIONAL': m('filterMinNotional', '过滤器检查失败：MIN_NOTIONAL'),
  'Filter failure: NOTIONAL': m('filterNotional', '过滤器检查失败：NOTIONAL'),
  'Filter failure: ICEBERG_PARTS': m('filterIcebergParts', '过滤器检查失败：ICEBERG_PARTS'),
  'Filter failure: MARKET_LOT_SIZE': m('filterMarketLotSize', '过滤器检查失败：MARKET_LOT_SIZE'),
  'Filter failure: MAX_POSITION': m('filterMaxPosition', '过滤器检查失败：MAX_POSITION'),
  'Filter failure: MAX_NUM_ORDERS': m('filterMaxNumOrders', '过滤器检查失败：MAX_NUM_ORDERS'),
  'Filter failure: MAX_NUM_ALGO_ORDERS': m('filterMaxNumAlgoOrders', '过滤器检查失败：MAX_NUM_ALGO_ORDERS'),
  'Filter failure: MAX_NUM_ICEBERG_ORDERS': m('filterMaxNumIcebergOrders', '过滤器检查失败：MAX_NUM_ICEBERG_ORDERS'),
  'Filter failure: MAX_NUM_ORDER_AMENDS': m('filterMaxNumOrderAmends', '过滤器检查失败：MAX_NUM_ORDER_AMENDS'),
  'Filter failure: MAX_NUM_ORDER_LISTS': m('filterMaxNumOrderLists', '过滤器检查失败：MAX_NUM_ORDER_LISTS'),
  'Filter failure: TRAILING_DELTA': m('filterTrailingDelta', '过滤器检查失败：TRAILING_DELTA'),
  'Filter failure: EXCHANGE_MAX_NUM_ORDERS': m('filterExchangeMaxNumOrders', '过滤器检查失败：EXCHANGE_MAX_NUM_ORDERS'),
  'Filter failure: EXCHANGE_MAX_NUM_ALGO_ORDERS': m(
    'filterExchangeMaxNumAlgoOrders',
    '过滤器检查失败：EXCHANGE_MAX_NUM_ALGO_ORDERS',
  ),
  'Filter failure: EXCHANGE_MAX_NUM_ICEBERG_ORDERS': m(
    'filterExchangeMaxNumIcebergOrders',
    '过滤器检查失败：EXCHANGE_MAX_NUM_ICEBERG_ORDERS',
  ),
  'Filter failure: EXCHANGE_MAX_NUM_ORDER_LISTS': m(
    'filterExchangeMaxNumOrderLists',
    '过滤器检查失败：EXCHANGE_MAX_NUM_ORDER_LISTS',
  ),
};
