/**
 * Answers USDⓈ-M's servers really sent, each with the public report it was quoted in: the kit must
 * read them as the variant they are, not only the document's wording.
 */
import { describe, expect, it } from 'vitest';
import { format } from '@exchange-errors/core';
import { binanceUsdmEager } from './generated/eager.js';

const ANSWERS = [
  {
    source: 'binance/binance-futures-connector-python#63 (UMFutures.cancel_order on the testnet, 2022-12-05)',
    status: 400,
    body: { code: -2011, msg: 'Unknown order sent.' },
    variant: 'unknownOrder',
  },
  {
    source:
      'binance/binance-futures-connector-python#23 (DELETE /fapi/v1/order, the answer with its headers, 2022-04-12)',
    status: 400,
    body: { code: -2011, msg: 'Unknown order sent.' },
    variant: 'unknownOrder',
  },
  {
    source: 'sammchardy/python-binance#1220 (futures_create_order on ADAUSDT, 2022-07-17)',
    status: 400,
    body: { code: -2019, msg: 'Margin is insufficient.' },
    variant: 'default',
  },
] as const;

describe('real USDⓈ-M answers', () => {
  it.each(ANSWERS)('$body.code "$body.msg" ($source)', ({ status, body, variant }) => {
    const en = format(binanceUsdmEager, { response: { status, data: body } }, { lng: 'en' });
    expect(en).toMatchObject({ code: body.code, known: true, variant, outcome: 'rejected', serverMessage: body.msg });
    expect(en.message).toBe(body.msg);
    const zh = format(binanceUsdmEager, { response: { status, data: body } }, { lng: 'zh' });
    expect(zh.variant).toBe(variant);
    expect(zh.message).toMatch(/[\u4e00-\u9fff]/);
  });
});
