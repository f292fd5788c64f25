/**
 * Our own texts for errors that carry no known code of the exchange, and the category labels: the
 * engine's words, the same for every product. English, Simplified Chinese and (for products that
 * ship Traditional Chinese: Bybit) Traditional Chinese sit side by side, all three ours; each Chinese
 * object is typed by the en one, so a missing key does not compile, and the generator checks that
 * every language uses the same placeholders.
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
    // A success read as an answer (Bybit's `retCode: 0`): nothing went wrong; an app rarely shows it.
    success: {
      title: 'Done',
      message: 'The exchange accepted the request.',
      hint: 'Nothing to do.',
    },
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
    success: {
      title: '已完成',
      message: '交易所已接受该请求。',
      hint: '无需操作。',
    },
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

/**
 * Our Traditional Chinese (Taiwan's usage, and the words Bybit's zh-TW page uses: 帳戶, 倉位, 訂單,
 * 超時), written for the kit, not converted: Bybit's namespace carries it as `zh-Hant`.
 */
const zhHant: Shape<typeof en> = {
  categories: {
    network: '網路',
    rateLimit: '頻率限制',
    auth: '身分驗證',
    timestamp: '時間',
    validation: '無效請求',
    order: '訂單',
    funds: '資金',
    position: '倉位',
    account: '帳戶',
    mmp: '做市商保護',
    rfq: '詢價',
    internal: '交易所內部',
    unknown: '未知',
  },
  fallback: {
    success: {
      title: '已完成',
      message: '交易所已接受該請求。',
      hint: '無需操作。',
    },
    unknown: {
      title: '發生錯誤',
      message: '請求失敗，未提供原因。',
      hint: '如果這是一筆下單請求，再次送出前請先查看當前委託。如問題持續，請聯絡客服。',
    },
    code: {
      title: '交易所錯誤',
      message: '交易所回傳錯誤 {{code}}：{{serverMessage}}',
      messageBare: '交易所回傳錯誤 {{code}}。',
      hint: '如問題持續，請附上錯誤詳情聯絡客服。',
    },
    text: {
      message: '交易所回傳：{{serverMessage}}',
    },
    rateLimited: {
      title: '請求過於頻繁',
      message: '交易所正在限制此連線的請求。',
      messageRetry: '交易所正在限制此連線的請求。請在 {{retryAfter}} 秒後重試。',
      hint: '請稍候再傳送請求。',
    },
    ipBanned: {
      title: '暫時遭到封鎖',
      message: '由於請求過多，交易所已暫時封鎖此 IP 位址。',
      messageRetry: '由於請求過多，交易所已封鎖此 IP 位址。請在 {{retryAfter}} 秒後重試。',
      hint: '封鎖解除前請停止傳送請求。',
    },
    unknownOutcome: {
      title: '結果未知',
      messageStatus: '交易所回傳 HTTP {{status}}，未確認處理結果：該請求可能已被執行。',
      messageCode: '交易所回傳錯誤 {{code}}（HTTP {{status}}），未確認處理結果：該請求可能已被執行。',
      hint: '再次送出前，請先查看當前委託和歷史訂單。',
    },
    errorPage: {
      title: '結果未知',
      message: '交易所或其前端代理回傳了網頁而不是資料：該請求可能已被執行。',
      hint: '再次送出前，請先查看當前委託和歷史訂單。',
    },
    partial: {
      title: '部分完成',
      message: '撤單並下單請求只完成了一部分（HTTP {{status}}）：兩筆委託中可能有一筆已經生效。',
      hint: '請先核對要撤銷的委託和新委託的狀態，再進行其他操作。',
    },
    blocked: {
      title: '存取遭到攔截',
      message: '交易所的防火牆攔截了此請求（HTTP {{status}}），通常是因為請求過多。',
      hint: '請等待幾分鐘再傳送請求，不要反覆重試。',
    },
    restricted: {
      title: '所在地區無法使用',
      message: '交易所不向您所在的地區提供此服務（HTTP {{status}}）。',
      hint: '重試無法解決。請查閱交易所關於受限地區的條款。',
    },
    http: {
      title: '請求失敗',
      message: '請求失敗，HTTP {{status}}。',
      hint: '請檢查請求後重試。',
    },
    network: {
      title: '連線問題',
      message: '無法連線到交易所：請求未送出。',
      hint: '請檢查網路連線後重試。',
    },
    dropped: {
      title: '連線中斷',
      message: '交易所回覆前連線已中斷：該請求可能已被執行。',
      hint: '再次送出前，請先查看當前委託和歷史訂單。',
    },
    timeout: {
      title: '請求超時',
      message: '交易所未能及時回覆：該請求可能已被執行。',
      hint: '再次送出前，請先查看當前委託和歷史訂單。',
    },
  },
};

export const FALLBACK_TEXTS = { en, zh, 'zh-Hant': zhHant } as const;
