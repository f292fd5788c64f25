/**
 * The one reviewed table of everything the generator (@exchange-errors/catalog-generator, whose
 * src/curate/overrides.ts defines the entries) cannot read off Binance's document by itself:
 * the stable key of each message variant, the name of each `%s`, and the places where the Chinese
 * copy lost, reordered or hard-coded a value. Every entry says why it exists; the generator fails on
 * an entry that no longer matches the document, so a stale fix cannot linger.
 *
 * Rules the generator applies without an entry here:
 * - a code with one bullet gets the variant key `default`;
 * - the Chinese `％s` (full-width) and `%s` are the same placeholder;
 * - Chinese placeholders take the English names in the same order.
 */

import type { CodeOverride, ZhFix } from '@exchange-errors/catalog-generator/curate';

// Every Chinese text of this document is Binance's: the table fixes some, and translates none.
export const OVERRIDES: Readonly<Record<number, CodeOverride<ZhFix>>> = {
  [-1008]: {
    reason: 'Four variants: queue full, weight exceeded (bare and with the limit), and the IP ban.',
    variants: ['default', 'weight', 'weightLimit', 'ipBan'],
    byVariant: {
      // The server fills "%s request weight per %s %s" as e.g. "2400 request weight per 1 MINUTE".
      weightLimit: {
        params: ['limit', 'intervalNum', 'intervalUnit'],
        zh: {
          expectedSource: '请求权重过多； 当前限制为每分钟％s请求权重。 请使用websocket进行实时更新，以避免轮询API。',
          // Ours, so in the house style (no space after full-width punctuation); the rest of the
          // sentence keeps the document's words. The kit presents intervalUnit in words (MINUTE → 分钟).
          template:
            '请求权重过多；当前限制为每 {{intervalNum}} {{intervalUnit}} {{limit}} 请求权重。请使用 websocket 进行实时更新，以避免轮询 API。',
          reason:
            'The Chinese copy keeps only the limit and hard-codes 每分钟 (per minute); the server sends the ' +
            'interval, which is not always one minute, so the Chinese message carries all three values.',
        },
      },
      // "IP banned until %s": the server sends a millisecond timestamp.
      ipBan: { params: ['until'] },
    },
  },
  [-1015]: {
    reason: 'Bare "too many orders" and the variant that states the order-rate limit.',
    variants: ['default', 'limit'],
    byVariant: {
      limit: {
        params: ['limit', 'interval'],
        zh: {
          expectedSource: '新订单太多； 当前限制为每％s ％s个订单。',
          order: ['interval', 'limit'],
          reason: 'Chinese reads "per <interval> <limit> orders": the interval comes first.',
        },
      },
    },
  },
  [-1021]: {
    reason: 'Outside recvWindow (default) and the clock-ahead variant; the 1000ms is literal in the doc.',
    variants: ['default', 'ahead'],
  },
  [-1100]: {
    reason: 'Bare, with a free-form detail appended, and with the parameter and its legal range.',
    variants: ['default', 'detail', 'range'],
    byVariant: {
      detail: { params: ['detail'] },
      range: { params: ['param', 'legalRange'] },
    },
  },
  [-1101]: {
    reason: 'Bare, with expected/received counts, and the duplicate-values variant.',
    variants: ['default', 'count', 'duplicate'],
    byVariant: { count: { params: ['expected', 'received'] } },
  },
  [-1102]: {
    reason: 'Bare, naming one missing parameter, and naming two of which one is required.',
    variants: ['default', 'param', 'either'],
    byVariant: {
      param: { params: ['param'] },
      either: { params: ['param', 'otherParam'] },
    },
  },
  [-1104]: {
    reason: 'Bare and with the read/sent parameter counts.',
    variants: ['default', 'count'],
    byVariant: { count: { params: ['readCount', 'sentCount'] } },
  },
  [-1105]: {
    reason: 'Bare and naming the empty parameter.',
    variants: ['default', 'param'],
    byVariant: { param: { params: ['param'] } },
  },
  [-1106]: {
    reason: 'Bare and naming the parameter that was not required.',
    variants: ['default', 'param'],
    byVariant: { param: { params: ['param'] } },
  },
  [-1127]: {
    reason: 'Bare and with the maximum number of hours.',
    variants: ['default', 'hours'],
    byVariant: { hours: { params: ['hours'] } },
  },
  [-1130]: {
    reason: 'Bare and naming the invalid parameter (Binance spells it "paramter"; kept, it is what the server sends).',
    variants: ['default', 'param'],
    byVariant: { param: { params: ['param'] } },
  },
  [-5006]: {
    reason: 'Single variant whose only form carries the item name.',
    byVariant: { default: { params: ['item'] } },
  },
  [-6029]: {
    reason: 'Single variant whose only form carries the required parameter name.',
    byVariant: { default: { params: ['param'] } },
  },
};
