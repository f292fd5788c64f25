/**
 * The codes Bybit's page lists in several sections with other meanings (10003, 10016, 429, 700001 …),
 * read by the engine with and without the request's path: the path decides (the section → path map of
 * curated/section-paths.ts, longest prefix first); without one, or with one that names none of the
 * meanings, the reading is honestly undecided (the code and the server's words, our generic title),
 * unless the server's words are one meaning's text.
 */
import { format, resolve } from '@exchange-errors/core';
import { describe, expect, it } from 'vitest';
import data from '../data.json' with { type: 'json' };
import { bybitV5Eager as V5 } from './generated/eager.js';

interface Meaning {
  readonly sections: readonly string[];
  readonly variants: readonly string[];
}
interface Code {
  readonly code: number;
  readonly meanings?: readonly Meaning[];
  readonly variants: readonly { readonly key: string; readonly params: readonly string[]; readonly server: string }[];
}

const CODES = data.codes as readonly Code[];
const SCOPED = CODES.filter((c) => (c.meanings?.length ?? 0) > 1);
const PATHS = new Map(data.sections.map((s) => [s.id, s.paths]));
const url = (path: string) => ({ request: { url: `https://api.bybit.com${path}` } });

/** A request path of each section that lists the code, with the meaning it gives there. */
function cases(code: Code): { section: string; path: string; meaning: Meaning }[] {
  return (code.meanings ?? []).flatMap((meaning) =>
    meaning.sections.flatMap((section) => {
      const path = PATHS.get(section)?.[0];
      return path === undefined ? [] : [{ section, path: `${path}${path.endsWith('/') ? '' : '/'}x`, meaning }];
    }),
  );
}

describe('a code with several meanings', () => {
  it('covers the codes the page lists in several sections with other texts', () => {
    expect(SCOPED.map((c) => c.code).sort((a, b) => a - b)).toEqual([
      429, 10003, 10016, 180001, 400001, 700000, 700001, 700002, 700004, 700007, 700010, 700011, 700012,
    ]);
  });

  it.each(SCOPED.map((c) => [c.code, c] as const))('%s: the request path picks the meaning', (_, code) => {
    const all = cases(code);
    expect(all.length).toBeGreaterThan(0);
    for (const { section, path, meaning } of all) {
      const first = code.variants.find((v) => meaning.variants.includes(v.key) && v.params.length === 0);
      const bare = format(V5, code.code, { ...url(path), lng: 'en' });
      expect(bare.variant, `${code.code} on ${path} (${section})`).toBe(first?.key ?? null);
      expect(bare.keys.title).not.toBe('fallback.code.title');
      // The server's words as the document has them, on that path.
      for (const key of meaning.variants) {
        const variant = code.variants.find((v) => v.key === key);
        if (!variant || variant.params.length > 0) continue;
        const read = resolve(V5, { retCode: code.code, retMsg: variant.server }, url(path));
        expect(read.variant, `${code.code} "${variant.server}" on ${path}`).toBe(key);
      }
      for (const lng of ['en', 'zh-TW', 'zh-CN']) {
        const text = format(V5, code.code, { ...url(path), lng });
        expect(text.title.trim() && text.message.trim() && text.hint.trim(), `${code.code} ${lng}`).toBeTruthy();
      }
    }
  });

  it.each(SCOPED.map((c) => [c.code, c] as const))('%s: undecided without a path', (_, code) => {
    // 10016 may have gone through whatever it means: the title says so first.
    const unknown = code.code === 10016;
    const read = format(V5, code.code, { lng: 'en' });
    expect(read).toMatchObject({
      code: code.code,
      known: true,
      variant: null,
      title: unknown ? 'Result unknown' : 'Exchange error',
      message: `The exchange returned error ${code.code}.`,
    });
    const worded = format(V5, { retCode: code.code, retMsg: 'Something the page does not say' }, { lng: 'zh-TW' });
    expect(worded).toMatchObject({ variant: null, title: unknown ? '結果未知' : '交易所錯誤' });
    expect(worded.message).toBe(`交易所回傳錯誤 ${code.code}：Something the page does not say`);
  });

  it('lets the server’s words decide when they are one meaning’s text', () => {
    expect(resolve(V5, { retCode: 10003, retMsg: 'Too many sessions under the same UID' }).variant).toBe(
      'tooManySessions',
    );
    expect(resolve(V5, { retCode: 10003, retMsg: 'API key is invalid.' }).variant).toBe('invalidApiKey');
    expect(resolve(V5, { retCode: 180001, retMsg: 'Invalid request parameter' }).variant).toBe('prediction');
  });

  it('keeps the path’s meaning when the server says the other one’s text: its title, the server’s words', () => {
    const read = format(
      V5,
      { retCode: 10003, retMsg: 'Too many sessions under the same UID' },
      { ...url('/v5/order/create'), lng: 'en' },
    );
    expect(read).toMatchObject({ variant: null, category: 'auth', title: 'Invalid API key' });
    expect(read.message).toBe('The exchange returned error 10003: Too many sessions under the same UID');
  });

  it('reads the WebSocket order entry’s 10003 and 10016 by the socket’s URL', () => {
    const socket = { request: { url: 'wss://stream.bybit.com/v5/trade' } };
    expect(format(V5, 10003, { ...socket, lng: 'zh-TW' })).toMatchObject({
      variant: 'tooManySessions',
      title: '會話過多',
    });
    expect(resolve(V5, 10016, socket)).toMatchObject({ variant: 'internalError', outcome: 'unknown' });
    expect(resolve(V5, 10016, url('/v5/order/create'))).toMatchObject({ variant: 'serverError', outcome: 'unknown' });
    // Undecided, the outcome stays unknown: the order may have been placed.
    expect(resolve(V5, 10016)).toMatchObject({ variant: null, outcome: 'unknown', retryable: false });
  });

  it('reads 429 in a body as the trading API’s (the HTTP section’s is a status), undecided without a path', () => {
    expect(resolve(V5, 429, url('/v5/order/create')).variant).toBe('highLoad');
    expect(resolve(V5, 429, url('/v5/asset/transfer/inter-transfer')).variant).toBe('highLoad');
    expect(resolve(V5, 429).variant).toBeNull();
    // An HTTP 429 status is the engine's rate limit.
    expect(resolve(V5, { status: 429 }, url('/v5/order/create'))).toMatchObject({ kind: 'http', code: null });
  });

  it('picks the longest prefix: convert small balances inside the asset endpoints', () => {
    expect(resolve(V5, 700000, url('/v5/asset/exchange/quote-apply')).variant).toBe('missingParam');
    expect(resolve(V5, 700000, url('/v5/asset/covert/get-quote')).variant).toBe('paramsError');
    // A path no meaning of the code names: undecided.
    expect(resolve(V5, 700002, url('/v5/asset/exchange/quote-apply')).variant).toBeNull();
  });
});
