/**
 * Our words for the USDⓈ-M codes. Every code takes the shared wording written for its name (the
 * generator's curated/general.ts for the general codes, curated/futures.ts for the codes the futures
 * products share), which the generator looks up by code and name, so a code that means something else
 * here gets no borrowed words: it needs an entry below. Entries here are what USDⓈ-M says its own way.
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
};
