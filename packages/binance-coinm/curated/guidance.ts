/**
 * Our words for the COIN-M codes. Every code takes the shared wording written for its name (the
 * generator's curated/general.ts and curated/futures.ts), looked up by code and name. COIN-M numbers
 * several codes apart from USDⓈ-M (its -4089 is USDⓈ-M's -4087, REDUCE_ONLY_ORDER_PERMISSION; its
 * -4087 is INVALID_PAIR): those take the shared words of the same name under the USDⓈ-M number, which
 * the generator accepts only because the name is the same. The rest is what COIN-M says its own way.
 *
 * House rules and glossary: the generator's curated/futures.ts.
 */
import { RETRY, g, shared, withVariants, type CodeGuidance } from '@exchange-errors/catalog-generator/curate';

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
  // The same meaning as a USDⓈ-M code of the same name under another number.
  [-4087]: shared(-4144, 'INVALID_PAIR'),
  [-4088]: shared(-4165, 'INVALID_TIME_INTERVAL'),
  [-4089]: shared(-4087, 'REDUCE_ONLY_ORDER_PERMISSION'),
  [-4090]: shared(-4088, 'NO_PLACE_ORDER_PERMISSION'),
  [-4110]: shared(-4114, 'INVALID_CLIENT_TRAN_ID_LEN'),
  [-4111]: shared(-4115, 'DUPLICATED_CLIENT_TRAN_ID'),
  [-4112]: shared(-4118, 'REDUCE_ONLY_MARGIN_CHECK_FAILED'),
  [-4113]: shared(-4131, 'MARKET_ORDER_REJECT'),
  [-4150]: shared(-4161, 'ISOLATED_LEVERAGE_REJECT_WITH_POSITION'),
  [-4151]: shared(-4183, 'PRICE_HIGHTER_THAN_STOP_MULTIPLIER_UP'),
  [-4152]: shared(-4184, 'PRICE_LOWER_THAN_STOP_MULTIPLIER_DOWN'),
  [-4154]: shared(-4210, 'STOP_PRICE_HIGHER_THAN_PRICE_MULTIPLIER_LIMIT'),
  [-4155]: shared(-4211, 'STOP_PRICE_LOWER_THAN_PRICE_MULTIPLIER_LIMIT'),
  [-4178]: shared(-4164, 'MIN_NOTIONAL'),
  [-4194]: shared(-4202, 'ADJUST_LEVERAGE_KYC_FAILED'),
  [-4195]: shared(-4203, 'ADJUST_LEVERAGE_ONE_MONTH_FAILED'),
  [-4196]: shared(-5025, 'LIMIT_ORDER_ONLY'),
  [-4197]: shared(-5027, 'SAME_ORDER'),
  [-4199]: shared(-5024, 'MOVE_ORDER_NOT_ALLOWED_SYMBOL_REASON'),
  [-4200]: shared(-4205, 'ADJUST_LEVERAGE_X_DAYS_FAILED'),
  [-4201]: shared(-4206, 'ADJUST_LEVERAGE_KYC_LIMIT'),
  [-4202]: shared(-4208, 'ADJUST_LEVERAGE_ACCOUNT_SYMBOL_FAILED'),
};
