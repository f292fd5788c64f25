/**
 * Each real Bybit answer, read by the engine as an app reads it (the body, with its request's path):
 * Bybit's, the v5 product, its outcome first, then its `retMsg` under its `retCode` as one variant
 * (with the values the template names, the server's addition kept apart, or the leading sentence of a
 * template whose explanation the server leaves out), or a known gap with its reason (the code known,
 * the server's words none of the document's). A gap that starts matching, or a match that stops,
 * fails: the list says what the kit reads today. Every answer formats in the three languages.
 */
import { format, resolve } from '@exchange-errors/core';
import { describe, expect, it } from 'vitest';
import { bybitV5Eager } from './generated/eager.js';
import { REAL_PAYLOADS } from './fixtures/real-payloads.js';

describe('real Bybit v5 answers', () => {
  it('has twenty or more, each with its public source', () => {
    expect(REAL_PAYLOADS.length).toBeGreaterThanOrEqual(20);
    for (const payload of REAL_PAYLOADS)
      expect(payload.source).toMatch(/^https:\/\/github\.com\/[^/]+\/[^/]+\/(issues|pull)\/\d+$/);
  });

  it.each(REAL_PAYLOADS.map((p) => [p.id, p] as const))('%s', (_, payload) => {
    const body = JSON.parse(payload.body) as { retCode: number; retMsg: string; result: unknown; retExtInfo: unknown };
    expect(body).toMatchObject({ result: {}, retExtInfo: {} });
    const path = payload.endpoint?.split(' ')[1];
    const options = path === undefined ? {} : { request: { url: `https://api.bybit.com${path}` } };
    const read = resolve(bybitV5Eager, payload.body, options);
    expect(read).toMatchObject({
      kind: 'exchange',
      exchange: 'bybit',
      product: 'v5',
      namespace: 'bybit',
      outcome: body.retCode === 10016 ? 'unknown' : 'rejected',
      code: body.retCode,
      known: true,
      name: null,
      serverMessage: body.retMsg.trim(),
    });
    if ('gap' in payload.expect) {
      expect(read.variant, `${body.retMsg} is listed as a gap: ${payload.expect.gap}`).toBeNull();
    } else {
      expect(read.variant).toBe(payload.expect.variant);
      expect(read.values).toEqual(payload.expect.values ?? {});
      expect(read.serverDetail).toBe(payload.expect.detail ?? null);
    }
    for (const lng of ['en', 'zh-TW', 'zh-CN']) {
      const formatted = format(bybitV5Eager, payload.body, { ...options, lng });
      expect(formatted.title.trim()).not.toBe('');
      expect(formatted.message.trim()).not.toBe('');
      expect(formatted.hint.trim()).not.toBe('');
    }
  });
});
