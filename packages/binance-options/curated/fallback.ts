/**
 * Our own texts for errors that carry no known Binance code, and the category labels.
 * English and Chinese sit side by side; the zh object is typed by the en one, so a missing key does
 * not compile, and the generator checks that both use the same placeholders.
 */
import type { Category } from '../src/taxonomy.js';

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
      hint: 'Try again. If it keeps happening, contact support.',
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
    server: {
      title: 'Exchange unavailable',
      message: 'The exchange answered with HTTP {{status}}.',
      hint: 'Try again shortly.',
    },
    http: {
      title: 'Request failed',
      message: 'The request failed with HTTP {{status}}.',
      hint: 'Check the request and try again.',
    },
    network: {
      title: 'Connection problem',
      message: 'Could not reach the exchange.',
      hint: 'Check your connection and try again.',
    },
    timeout: {
      title: 'Request timed out',
      message: 'The exchange did not answer in time.',
      hint: 'Check your open orders before sending the order again.',
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
      hint: '请重试。如问题持续，请联系客服。',
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
    server: {
      title: '交易所暂不可用',
      message: '交易所返回 HTTP {{status}}。',
      hint: '请稍后重试。',
    },
    http: {
      title: '请求失败',
      message: '请求失败，HTTP {{status}}。',
      hint: '请检查请求后重试。',
    },
    network: {
      title: '连接问题',
      message: '无法连接到交易所。',
      hint: '请检查网络连接后重试。',
    },
    timeout: {
      title: '请求超时',
      message: '交易所未能及时响应。',
      hint: '再次下单前，请先检查当前委托。',
    },
  },
};

export const FALLBACK_TEXTS = { en, zh } as const;
