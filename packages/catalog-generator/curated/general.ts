/**
 * Guidance for the codes that mean the same thing in every product that has them (the general codes
 * -1000 … -1199, and a few order and key codes): one wording, used by each product's `curated/guidance.ts` through `shared(code, name)` rather
 * than copied. The name is part of the lookup, because a code number alone does not say what it means:
 * -1008 is SERVER_BUSY on Spot, a throttle on futures and TOO_MANY_REQUESTS on Options, -1108 is
 * PARAM_OVERFLOW on Spot and BAD_ASSET on futures. `shared` refuses a name the entry was not written
 * for, and the generator refuses an entry whose name differs from the product's document.
 *
 * House rules and glossary: see packages/binance-options/curated/guidance.ts (the wording below is
 * Options' own where Options has the code, so its catalog did not change when this table was shared).
 */
import { FINAL, RETRY, g, type CodeGuidance, type VariantGuidance } from '../src/curate/guidance.js';
import { e, type SharedEntry } from './entry.js';
import { FUTURES } from './futures.js';

const GENERAL: readonly SharedEntry[] = [
  // 10xx: server and network
  // Binance: an error "while processing" leaves the execution status unknown.
  e(
    -1000,
    'UNKNOWN',
    g(
      'internal',
      FINAL,
      'error',
      [
        'Result unknown',
        'Check your open orders and order history before sending it again. If it keeps happening, contact support with the error details.',
      ],
      ['结果未知', '再次提交前，请先查看当前委托和历史订单。如问题持续，请携带错误详情联系客服。'],
    ),
  ),
  e(
    -1001,
    'DISCONNECTED',
    g(
      'network',
      RETRY,
      'warning',
      ['Exchange could not process the request', 'Try again in a moment.'],
      ['交易所暂时无法处理请求', '请稍后重试。'],
    ),
  ),
  e(
    -1002,
    'UNAUTHORIZED',
    g(
      'auth',
      FINAL,
      'error',
      ['Not authorized', 'Check that your API key is allowed to do this.'],
      ['没有权限', '请确认您的 API 密钥拥有此操作的权限。'],
    ),
  ),
  e(
    -1003,
    'TOO_MANY_REQUESTS',
    g(
      'rateLimit',
      RETRY,
      'warning',
      ['Too many requests', 'Wait a moment before sending more requests.'],
      ['请求过于频繁', '请稍等片刻再发送请求。'],
    ),
  ),
  // "Execution status unknown": the request may have gone through.
  e(
    -1006,
    'UNEXPECTED_RESP',
    g(
      'internal',
      FINAL,
      'warning',
      [
        'Result unknown',
        'The exchange could not confirm the result. Check your open orders and order history before sending it again.',
      ],
      ['结果未知', '交易所未能确认处理结果。再次提交前，请先查看当前委托和历史订单。'],
    ),
  ),
  e(
    -1007,
    'TIMEOUT',
    g(
      'network',
      FINAL,
      'warning',
      [
        'Result unknown',
        'The exchange timed out before confirming the result. Check your open orders and order history before sending it again.',
      ],
      ['结果未知', '交易所在确认处理结果前超时。再次提交前，请先查看当前委托和历史订单。'],
    ),
  ),
  e(
    -1014,
    'UNKNOWN_ORDER_COMPOSITION',
    g(
      'order',
      FINAL,
      'error',
      ['Unsupported order combination', 'Change the order type or options and try again.'],
      ['不支持的订单组合', '请修改订单类型或选项后重试。'],
    ),
  ),
  e(
    -1015,
    'TOO_MANY_ORDERS',
    g(
      'rateLimit',
      RETRY,
      'warning',
      ['Too many new orders', 'Wait a moment before placing more orders.'],
      ['新订单过多', '请稍等片刻再下单。'],
    ),
  ),
  e(
    -1016,
    'SERVICE_SHUTTING_DOWN',
    g(
      'network',
      FINAL,
      'error',
      ['Service no longer available', 'This service has been shut down.'],
      ['服务已不可用', '该服务已停止。'],
    ),
  ),
  e(
    -1020,
    'UNSUPPORTED_OPERATION',
    g(
      'validation',
      FINAL,
      'error',
      ['Operation not supported', 'This action is not available here.'],
      ['不支持此操作', '此处无法执行该操作。'],
    ),
  ),
  e(
    -1021,
    'INVALID_TIMESTAMP',
    g(
      'timestamp',
      RETRY,
      'warning',
      ['Request time out of sync', 'Check that your device clock is set automatically, then try again.'],
      ['请求时间不同步', '请确认设备时间为自动同步，然后重试。'],
    ),
  ),
  e(
    -1022,
    'INVALID_SIGNATURE',
    g(
      'auth',
      FINAL,
      'error',
      ['Invalid request signature', 'Check your API secret and how requests are signed.'],
      ['请求签名无效', '请检查 API 私钥及请求签名方式。'],
    ),
  ),

  // 11xx: request issues
  e(
    -1100,
    'ILLEGAL_CHARS',
    g(
      'validation',
      FINAL,
      'error',
      ['Illegal characters in a field', 'Remove unusual characters from the field and try again.'],
      ['字段中含有非法字符', '请删除字段中的特殊字符后重试。'],
    ),
  ),
  e(
    -1101,
    'TOO_MANY_PARAMETERS',
    g(
      'validation',
      FINAL,
      'error',
      ['Too many parameters', 'The request has extra or duplicate fields. Reload and try again.'],
      ['参数过多', '请求中有多余或重复的字段。请刷新后重试。'],
    ),
  ),
  e(
    -1102,
    'MANDATORY_PARAM_EMPTY_OR_MALFORMED',
    g(
      'validation',
      FINAL,
      'error',
      ['Required field missing', 'Fill in the missing field and try again.'],
      ['缺少必填字段', '请补全缺少的字段后重试。'],
    ),
  ),
  e(
    -1103,
    'UNKNOWN_PARAM',
    g(
      'validation',
      FINAL,
      'error',
      ['Unknown parameter', 'The request has a field the exchange does not accept.'],
      ['未知参数', '请求中包含交易所不接受的字段。'],
    ),
  ),
  e(
    -1104,
    'UNREAD_PARAMETERS',
    g(
      'validation',
      FINAL,
      'error',
      ['Unused parameters', 'The request has fields the exchange did not use.'],
      ['存在未读取的参数', '请求中有交易所未使用的字段。'],
    ),
  ),
  e(
    -1105,
    'PARAM_EMPTY',
    g(
      'validation',
      FINAL,
      'error',
      ['Empty field', 'Fill in the empty field and try again.'],
      ['字段为空', '请填写空字段后重试。'],
    ),
  ),
  e(
    -1106,
    'PARAM_NOT_REQUIRED',
    g(
      'validation',
      FINAL,
      'error',
      ['Field not needed', 'Leave that field empty for this order type.'],
      ['无需该字段', '此订单类型请勿填写该字段。'],
    ),
  ),
  e(
    -1111,
    'BAD_PRECISION',
    g(
      'validation',
      FINAL,
      'error',
      ['Too many decimal places', 'Use fewer decimal places and try again.'],
      ['小数位数过多', '请减少小数位数后重试。'],
    ),
  ),
  // The book is empty now; a later request, or a limit order, can go through.
  e(
    -1112,
    'NO_DEPTH',
    g(
      'order',
      RETRY,
      'warning',
      [
        'No orders on the book',
        'There is nothing to trade against right now. Try again later, or place a limit order.',
      ],
      ['盘口没有挂单', '当前没有可成交的挂单。请稍后重试，或改用限价单。'],
    ),
  ),
  e(
    -1114,
    'TIF_NOT_REQUIRED',
    g(
      'validation',
      FINAL,
      'error',
      ['Time in force not needed', 'Leave the time in force out for this order type.'],
      ['无需填写有效方式', '此订单类型请勿填写有效方式。'],
    ),
  ),
  // Options lists its three (GTC, IOC, FOK); the other products accept more, per order type.
  e(
    -1115,
    'INVALID_TIF',
    g(
      'validation',
      FINAL,
      'error',
      ['Invalid time in force', 'Choose a time in force this order type supports.'],
      ['有效方式无效', '请选择此订单类型支持的有效方式。'],
    ),
  ),
  e(
    -1116,
    'INVALID_ORDER_TYPE',
    g(
      'validation',
      FINAL,
      'error',
      ['Invalid order type', 'Choose a supported order type.'],
      ['订单类型无效', '请选择支持的订单类型。'],
    ),
  ),
  e(
    -1117,
    'INVALID_SIDE',
    g('validation', FINAL, 'error', ['Invalid side', 'Choose Buy or Sell.'], ['买卖方向无效', '请选择买入或卖出。']),
  ),
  e(
    -1118,
    'EMPTY_NEW_CL_ORD_ID',
    g(
      'validation',
      FINAL,
      'error',
      ['Client order ID is empty', 'Enter a client order ID or leave the field out.'],
      ['自定义订单号为空', '请填写自定义订单号，或不传该字段。'],
    ),
  ),
  e(
    -1119,
    'EMPTY_ORG_CL_ORD_ID',
    g(
      'validation',
      FINAL,
      'error',
      ['Original client order ID is empty', 'Enter the client order ID of the order you mean.'],
      ['原订单的自定义订单号为空', '请填写要操作的订单的自定义订单号。'],
    ),
  ),
  e(
    -1120,
    'BAD_INTERVAL',
    g(
      'validation',
      FINAL,
      'error',
      ['Invalid interval', 'Choose a supported interval.'],
      ['时间间隔无效', '请选择支持的时间间隔。'],
    ),
  ),
  e(
    -1125,
    'INVALID_LISTEN_KEY',
    g(
      'auth',
      FINAL,
      'error',
      ['Session key expired', 'Reconnect to get a new listen key.'],
      ['监听密钥已失效', '请重新连接以获取新的监听密钥。'],
    ),
  ),
  e(
    -1127,
    'MORE_THAN_XX_HOURS',
    g(
      'validation',
      FINAL,
      'error',
      ['Time range too long', 'Choose a shorter time range.'],
      ['时间范围过长', '请缩短查询时间范围。'],
    ),
  ),
  // Options' -1128 is BAD_CONTRACT: another meaning, its own entry.
  e(
    -1128,
    'OPTIONAL_PARAMS_BAD_COMBO',
    g(
      'validation',
      FINAL,
      'error',
      [
        'Invalid combination of optional fields',
        'Some optional fields must be sent together or left out together. Check the request.',
      ],
      ['可选参数组合无效', '部分可选参数须同时填写或同时不填，请检查请求。'],
    ),
  ),
  e(
    -1130,
    'INVALID_PARAMETER',
    g(
      'validation',
      FINAL,
      'error',
      ['Invalid value', 'Correct the value and try again.'],
      ['参数值无效', '请修正该值后重试。'],
    ),
  ),

  // 20xx: the same meaning in every product that has them.
  e(
    -2010,
    'NEW_ORDER_REJECTED',
    g(
      'order',
      FINAL,
      'error',
      ['Order rejected', 'Check the order details and try again.'],
      ['订单被拒绝', '请检查订单信息后重试。'],
    ),
  ),
  e(
    -2011,
    'CANCEL_REJECTED',
    g(
      'order',
      FINAL,
      'error',
      ['Cancel rejected', 'The order may already be filled or cancelled. Refresh your open orders.'],
      ['撤单被拒绝', '订单可能已成交或已撤销。请刷新当前委托。'],
    ),
  ),
  e(
    -2013,
    'NO_SUCH_ORDER',
    g(
      'order',
      FINAL,
      'error',
      ['Order not found', 'It may already be filled or cancelled. Refresh your open orders.'],
      ['订单不存在', '订单可能已成交或已撤销。请刷新当前委托。'],
    ),
  ),
  e(
    -2014,
    'BAD_API_KEY_FMT',
    g(
      'auth',
      FINAL,
      'error',
      ['API key format invalid', 'Check that the API key was copied completely.'],
      ['API 密钥格式无效', '请确认 API 密钥已完整复制。'],
    ),
  ),
  e(
    -2016,
    'NO_TRADING_WINDOW',
    g(
      'validation',
      FINAL,
      'info',
      ['No trading window', 'This symbol has no trading window data. Use the 24-hour ticker instead.'],
      ['没有交易窗口', '该交易对暂无交易窗口数据，请改用 24 小时行情接口。'],
    ),
  ),
];

const ALL: readonly SharedEntry[] = [...GENERAL, ...FUTURES];
const BY_KEY: ReadonlyMap<string, VariantGuidance> = new Map(
  ALL.map((entry) => [`${entry.code} ${entry.name}`, entry.guidance]),
);

/** The shared guidance of a code named `name`, or undefined when the tables have none for that meaning. */
export function sharedGuidanceOf(code: number, name: string): CodeGuidance | undefined {
  const guidance = BY_KEY.get(`${code} ${name}`);
  return guidance ? { ...guidance, appliesTo: name } : undefined;
}

/**
 * The shared guidance of a code, for a product whose document names it `name`. Throws when the tables
 * have no such code, or have it under another name: the meaning differs, so write the product's own.
 */
export function shared(code: number, name: string): CodeGuidance {
  const found = sharedGuidanceOf(code, name);
  if (found) return found;
  const others = ALL.filter((entry) => entry.code === code).map((entry) => entry.name);
  throw new Error(
    others.length > 0
      ? `the shared guidance has ${code} as ${others.join(', ')}, not ${name}: write the product's own guidance`
      : `the shared guidance has no ${code}`,
  );
}

/** Every shared entry's code and name. */
export const SHARED_CODES: readonly { readonly code: number; readonly name: string }[] = ALL.map(({ code, name }) => ({
  code,
  name,
}));
