/**
 * Our own texts for errors that carry no known Binance code, and the category labels.
 * English and Chinese sit side by side; the zh object is typed by the en one, so a missing key does
 * not compile, and the generator checks that both use the same placeholders.
 */
import type { Category } from '../../core/src/taxonomy.js';

const en = {
  categories: {
    network: 'Network',
    rateLimit: 'Rate limit',
    auth: 'Authentication',
    timestamp: 'Timing',
    validation: 'Invalid request',
    order: 'Order',
    funds: 'Funds',
    position: 'Position',
    account: 'Account',
    mmp: 'Market maker protection',
    rfq: 'Request for quote',
    internal: 'Exchange internal',
    unknown: 'Unknown',
  } satisfies Record<Category, string>,
  fallback: {
    unknown: {
      title: 'Something went wrong',
      message: 'The request failed and no reason was given.',
      hint: 'If this was an order, check your open orders before sending it again. If it keeps happening, contact support.',
    },
    code: {
      title: 'Exchange error',
      message: 'The exchange returned error {{code}}: {{serverMessage}}',
      messageBare: 'The exchange returned error {{code}}.',
      hint: 'If this keeps happening, contact support with the error details.',
    },
    text: {
      message: 'The exchange said: {{serverMessage}}',
    },
    rateLimited: {
      title: 'Too many requests',
      message: 'The exchange is limiting requests from this connection.',
      messageRetry: 'The exchange is limiting requests from this connection. Try again in {{retryAfter}} s.',
      hint: 'Wait before sending more requests.',
    },
    ipBanned: {
      title: 'Temporarily blocked',
      message: 'The exchange has blocked this IP address for a while after too many requests.',
      messageRetry: 'The exchange has blocked this IP address after too many requests. Try again in {{retryAfter}} s.',
      hint: 'Stop sending requests until the block ends.',
    },
    unknownOutcome: {
      title: 'Result unknown',
      messageStatus:
        'The exchange answered HTTP {{status}} without confirming the result: the request may have gone through.',
      messageCode:
        'The exchange answered error {{code}} (HTTP {{status}}) without confirming the result: the request may have gone through.',
      hint: 'Check your open orders and order history before sending it again.',
    },
    errorPage: {
      title: 'Result unknown',
      message:
        'The exchange, or a proxy in front of it, answered with a web page instead of data: the request may have gone through.',
      hint: 'Check your open orders and order history before sending it again.',
    },
    partial: {
      title: 'Partly done',
      message:
        'The cancel-replace request only partly succeeded (HTTP {{status}}): one of the two orders may have gone through.',
      hint: 'Check both the order to cancel and the new order before doing anything else.',
    },
    blocked: {
      title: 'Access blocked',
      message: 'The exchange’s firewall blocked this request (HTTP {{status}}), most often after too many requests.',
      hint: 'Wait a few minutes before sending more requests. Do not retry in a loop.',
    },
    restricted: {
      title: 'Not available in your location',
      message: 'The exchange does not serve this request from your location (HTTP {{status}}).',
      hint: 'Retrying will not help. See the exchange’s terms on restricted locations.',
    },
    http: {
      title: 'Request failed',
      message: 'The request failed with HTTP {{status}}.',
      hint: 'Check the request and try again.',
    },
    network: {
      title: 'Connection problem',
      message: 'Could not reach the exchange: the request was not sent.',
      hint: 'Check your connection and try again.',
    },
    dropped: {
      title: 'Connection lost',
      message: 'The connection dropped before the exchange answered: the request may have gone through.',
      hint: 'Check your open orders and order history before sending it again.',
    },
    timeout: {
      title: 'Request timed out',
      message: 'The exchange did not answer in time: the request may have gone through.',
      hint: 'Check your open orders and order history before sending it again.',
    },
  },
};

type Shape<T> = { readonly [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

const zh: Shape<typeof en> = {
  categories: {
    network: '网络',
    rateLimit: '频率限制',
    auth: '身份验证',
    timestamp: '时间',
    validation: '无效请求',
    order: '订单',
    funds: '资金',
    position: '持仓',
    account: '账户',
    mmp: '做市商保护',
    rfq: '询价',
    internal: '交易所内部',
    unknown: '未知',
  },
  fallback: {
    unknown: {
      title: '出现错误',
      message: '请求失败，未提供原因。',
      hint: '如果这是一笔下单请求，再次提交前请先查看当前委托。如问题持续，请联系客服。',
    },
    code: {
      title: '交易所错误',
      message: '交易所返回错误 {{code}}：{{serverMessage}}',
      messageBare: '交易所返回错误 {{code}}。',
      hint: '如问题持续，请携带错误详情联系客服。',
    },
    text: {
      message: '交易所返回：{{serverMessage}}',
    },
    rateLimited: {
      title: '请求过于频繁',
      message: '交易所正在限制此连接的请求。',
      messageRetry: '交易所正在限制此连接的请求。请在 {{retryAfter}} 秒后重试。',
      hint: '请稍等片刻再发送请求。',
    },
    ipBanned: {
      title: '暂时被封禁',
      message: '由于请求过多，交易所已暂时封禁此 IP 地址。',
      messageRetry: '由于请求过多，交易所已封禁此 IP 地址。请在 {{retryAfter}} 秒后重试。',
      hint: '封禁解除前请停止发送请求。',
    },
    unknownOutcome: {
      title: '结果未知',
      messageStatus: '交易所返回 HTTP {{status}}，未确认处理结果：该请求可能已被执行。',
      messageCode: '交易所返回错误 {{code}}（HTTP {{status}}），未确认处理结果：该请求可能已被执行。',
      hint: '再次提交前，请先查看当前委托和历史订单。',
    },
    errorPage: {
      title: '结果未知',
      message: '交易所或其前端代理返回了网页而不是数据：该请求可能已被执行。',
      hint: '再次提交前，请先查看当前委托和历史订单。',
    },
    partial: {
      title: '部分完成',
      message: '撤单并下单请求只完成了一部分（HTTP {{status}}）：两笔委托中可能有一笔已经生效。',
      hint: '请先核对要撤销的委托和新委托的状态，再进行其他操作。',
    },
    blocked: {
      title: '访问被拦截',
      message: '交易所的防火墙拦截了此请求（HTTP {{status}}），通常是因为请求过多。',
      hint: '请等待几分钟再发送请求，不要反复重试。',
    },
    restricted: {
      title: '所在地区不可用',
      message: '交易所不向您所在的地区提供此服务（HTTP {{status}}）。',
      hint: '重试无法解决。请查阅交易所关于受限地区的条款。',
    },
    http: {
      title: '请求失败',
      message: '请求失败，HTTP {{status}}。',
      hint: '请检查请求后重试。',
    },
    network: {
      title: '连接问题',
      message: '无法连接到交易所：请求未发出。',
      hint: '请检查网络连接后重试。',
    },
    dropped: {
      title: '连接中断',
      message: '交易所回复前连接已中断：该请求可能已被执行。',
      hint: '再次提交前，请先查看当前委托和历史订单。',
    },
    timeout: {
      title: '请求超时',
      message: '交易所未能及时回复：该请求可能已被执行。',
      hint: '再次提交前，请先查看当前委托和历史订单。',
    },
  },
};

export const FALLBACK_TEXTS = { en, zh } as const;
