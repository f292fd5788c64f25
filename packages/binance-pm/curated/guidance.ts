/**
 * Our words for the Portfolio Margin codes. Every code takes the shared wording written for its name
 * (the generator's curated/general.ts and curated/futures.ts), looked up by code and name, so -5041
 * (TOO_MANY_REQUESTS_IN_QUEUE here, BBO_ORDER_REJECT on USDⓈ-M) gets no borrowed words. Codes numbered
 * apart from USDⓈ-M's with the same name (-4407 is USDⓈ-M's -4189) take the shared words of that name;
 * the rest, PM's own (the margin account's 51xxx codes), are written here.
 *
 * House rules and glossary: the generator's curated/futures.ts; 统一账户 is Portfolio Margin, 杠杆账户
 * the margin account, 借币 / 还币 borrow / repay, 指数价格 the index price.
 */
import { FINAL, RETRY, g, shared, withVariants, type CodeGuidance } from '@exchange-errors/catalog-generator/curate';

const reduceOnlyFor = (market: string, marketZh: string) =>
  g(
    'account',
    RETRY,
    'error',
    [
      `Reduce-only for now (${market})`,
      `Only reduce-only orders are accepted on ${market} right now. Try again later.`,
    ],
    [`暂时仅可只减仓（${marketZh}）`, `${marketZh}当前只接受只减仓订单，请稍后再试。`],
  );

export const GUIDANCE: Readonly<Record<number, CodeGuidance>> = {
  [-1003]: withVariants(shared(-1003, 'TOO_MANY_REQUESTS'), {
    ipBan: g(
      'rateLimit',
      RETRY,
      'error',
      [
        'IP address temporarily banned',
        'Too many requests came from this IP address. Stop sending requests until the ban ends.',
      ],
      ['IP 地址已被暂时封禁', '此 IP 地址发送的请求过多。封禁解除前请停止发送请求。'],
    ),
  }),
  [-4405]: reduceOnlyFor('USDⓈ-M futures', 'U本位合约'),
  [-4415]: reduceOnlyFor('COIN-M futures', '币本位合约'),
  // The same meaning as a USDⓈ-M code of the same name under another number.
  [-4407]: shared(-4189, 'ACCOUNT_REDUCE_ONLY'),
  [-4517]: shared(-4105, 'SYMBOL_REDUCE_ONLY'),
  [-4518]: shared(-4106, 'SYMBOL_REDUCE_ONLY_BUY'),
  [-4519]: shared(-4107, 'SYMBOL_REDUCE_ONLY_SELL'),
  // PM's -5041 is a queue time-out, not USDⓈ-M's BBO rejection.
  [-5041]: g(
    'rateLimit',
    RETRY,
    'warning',
    [
      'Too many requests queued',
      'Too many requests from this account were waiting at once and timed out. Send fewer at a time, then try again.',
    ],
    ['排队的请求过多', '此账户同时排队的请求过多而超时。请减少同时发送的请求后重试。'],
  ),
  [-51006]: g(
    'funds',
    FINAL,
    'error',
    ['Above the borrowable amount', 'Borrow less: the amount is above what you can borrow.'],
    ['超过可借数量', '借币数量超过可借上限，请减少借币数量。'],
  ),
  [-51007]: g(
    'funds',
    RETRY,
    'warning',
    ['Borrow or repayment pending', 'Wait for the pending borrow or repayment to finish, then try again.'],
    ['有借币或还币正在处理', '请等待正在处理的借币或还币完成后重试。'],
  ),
  [-51014]: g(
    'funds',
    FINAL,
    'error',
    ['Asset not available to borrow', 'This asset cannot be borrowed right now. Choose another asset.'],
    ['该资产暂不可借', '该资产当前无法借入，请选择其他资产。'],
  ),
  [-51061]: g(
    'funds',
    RETRY,
    'warning',
    [
      'Not enough to lend',
      'Demand is high and there is not enough of this asset to lend. Borrow less, or try again tomorrow.',
    ],
    ['可借数量不足', '借币需求旺盛，该资产可借数量不足。请减少借币数量或明天再试。'],
  ),
  [-51068]: g(
    'position',
    FINAL,
    'error',
    ['Margin account in liquidation', 'Trading is blocked until the liquidation is processed.'],
    ['杠杆账户正在强平', '强平处理完成前无法交易。'],
  ),
  [-51078]: g(
    'internal',
    RETRY,
    'error',
    ['Could not read margin assets', 'Try again. If it keeps happening, contact support.'],
    ['无法获取杠杆资产', '请重试。如问题持续，请联系客服。'],
  ),
  [-51113]: g(
    'order',
    FINAL,
    'error',
    ['Price too far from the index price', 'Keep limit prices within 15% of the current index price.'],
    ['价格偏离指数价格过多', '请将限价保持在当前指数价格上下 15% 以内。'],
  ),
  [-51122]: g(
    'account',
    FINAL,
    'error',
    ['Not available for Portfolio Margin', 'Portfolio Margin accounts cannot use this function.'],
    ['统一账户不可用', '统一账户无法使用此功能。'],
  ),
  [-51998]: g('network', RETRY, 'warning', ['System busy', 'Try again later.'], ['系统繁忙', '请稍后再试。']),
  // UNKNOWN, as -1000: the execution status is unknown.
  [-51999]: shared(-1000, 'UNKNOWN'),
};
