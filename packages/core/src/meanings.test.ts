/**
 * A code whose meaning depends on where the request went (its variants' `paths`), on a module of the
 * test's own making: the request's path decides, the longest prefix first; without a path, or with
 * one that names none of the meanings, the reading is honestly undecided unless the server's words
 * are one meaning's text or every meaning says the same.
 */
import { describe, expect, it } from 'vitest';
import type { ErrorCodeInfo } from './catalog.js';
import { meaningsFor } from './meanings.js';
import { ALPHA, BETA, info, moduleOf } from './test-support/modules.js';
import { format, resolve } from './verbs.js';

const SESSIONS = 'Too many sessions under the same UID';
const API_KEY = 'API key is invalid.';

/** 10003: too many sessions on the WebSocket order entry, an invalid API key on the REST API. */
const SCOPED: ErrorCodeInfo = {
  ...info(10003, '', SESSIONS),
  category: 'rateLimit',
  retryable: true,
  severity: 'warning',
  variants: [
    { key: 'tooManySessions', params: [], server: SESSIONS, paths: ['/v5/trade'] },
    {
      key: 'invalidApiKey',
      params: [],
      server: API_KEY,
      paths: ['/v5/order/', '/v5/account/'],
      category: 'auth',
      retryable: false,
      severity: 'error',
    },
  ],
};

/** 429: a status any request can get ('/v5/'), and a code of the trading API ('/v5/order/'). */
const NESTED: ErrorCodeInfo = {
  ...info(429, '', 'System level frequency protection.'),
  variants: [
    { key: 'systemProtection', params: [], server: 'System level frequency protection.', paths: ['/v5/'] },
    { key: 'highLoad', params: [], server: 'High server load.', paths: ['/v5/order/'], category: 'internal' },
  ],
};

/** Two sections, the same words. */
const SAME: ErrorCodeInfo = {
  ...info(700004, '', 'order does not exist'),
  variants: [
    { key: 'asset', params: [], server: 'order does not exist', paths: ['/v5/asset/'] },
    { key: 'convert', params: [], server: 'order does not exist', paths: ['/v5/asset/covert/'] },
  ],
};

/** 10016: the request may have gone through, whatever the meaning. */
const UNKNOWN: ErrorCodeInfo = {
  ...info(10016, '', 'internal server error'),
  variants: [
    { key: 'internalError', params: [], server: 'internal server error', paths: ['/v5/trade'] },
    { key: 'serverError', params: [], server: 'Server error.', paths: ['/v5/order/'], category: 'internal' },
  ],
};

/** A variant without paths belongs to every meaning. */
const SHARED: ErrorCodeInfo = {
  ...info(180001, '', 'Invalid parameter'),
  variants: [
    { key: 'earn', params: [], server: 'Invalid parameter', paths: ['/v5/earn/'] },
    { key: 'prediction', params: [], server: 'Invalid request parameter', paths: ['/v5/alpha/prediction/'] },
    { key: 'any', params: ['param'], server: 'Missing %s' },
  ],
};

const TEXTS = {
  codes: {
    '10003': {
      title: 'Too many sessions',
      hint: 'Close a session.',
      messages: { tooManySessions: 'Sessions text', invalidApiKey: 'API key text' },
      titles: { invalidApiKey: 'Invalid API key' },
      hints: { invalidApiKey: 'Check the key.' },
    },
  },
  fallback: {
    code: {
      title: 'Exchange error',
      message: 'The exchange returned error {{code}}: {{serverMessage}}',
      messageBare: 'The exchange returned error {{code}}.',
      hint: 'Contact support.',
    },
  },
};

const V5 = moduleOf(BETA, 'v5', ['/v5/'], [SCOPED, NESTED, SAME, UNKNOWN, SHARED], { en: TEXTS, zh: TEXTS });
const url = (path: string) => ({ request: { url: `https://api.beta.test${path}?category=linear` } });

describe('the request path picks a code’s meaning', () => {
  it('reads a bare code as the meaning its path names', () => {
    expect(resolve(V5, 10003, url('/v5/trade'))).toMatchObject({
      known: true,
      variant: 'tooManySessions',
      category: 'rateLimit',
    });
    const rest = format(V5, 10003, url('/v5/order/create'));
    expect(rest).toMatchObject({ variant: 'invalidApiKey', category: 'auth', title: 'Invalid API key' });
    expect(rest.message).toBe('API key text');
  });

  it('takes the path from the URL the caught error carries, and only its path', () => {
    const axiosLike = Object.assign(new Error('Request failed'), {
      config: { url: 'https://api.beta.test/v5/account/wallet-balance' },
      response: { status: 200, data: { retCode: 10003, retMsg: API_KEY } },
    });
    expect(resolve(V5, axiosLike)).toMatchObject({ variant: 'invalidApiKey' });
    expect(resolve(V5, 10003, url('/x?next=/v5/trade')).variant).toBeNull();
  });

  it('keeps the path’s meaning when the server’s words are none of its texts: its title, the server’s words', () => {
    const read = format(V5, { retCode: 10003, retMsg: SESSIONS }, url('/v5/order/create'));
    expect(read).toMatchObject({ known: true, variant: null, category: 'auth', title: 'Invalid API key' });
    expect(read.message).toBe(`The exchange returned error 10003: ${SESSIONS}`);
    expect(read.hint).toBe('Check the key.');
  });

  it('prefers the longest prefix, as it does for products', () => {
    expect(resolve(V5, 429, url('/v5/order/create')).variant).toBe('highLoad');
    expect(resolve(V5, 429, url('/v5/asset/transfer')).variant).toBe('systemProtection');
  });

  it('is honestly undecided without a path: the code and the server’s words, generic texts', () => {
    const bare = format(V5, 10003);
    expect(bare).toMatchObject({
      known: true,
      code: 10003,
      variant: null,
      category: 'unknown',
      title: 'Exchange error',
      message: 'The exchange returned error 10003.',
      keys: { title: 'fallback.code.title', message: 'fallback.code.messageBare' },
    });
    const worded = format(V5, { retCode: 10003, retMsg: 'Something else.' });
    expect(worded).toMatchObject({ variant: null, message: 'The exchange returned error 10003: Something else.' });
  });

  it('is undecided with a path that names none of the meanings', () => {
    expect(resolve(V5, 10003, url('/v5/asset/transfer'))).toMatchObject({
      variant: null,
      keys: { title: 'fallback.code.title' },
    });
  });

  it('lets the server’s words decide when they are one meaning’s text', () => {
    expect(resolve(V5, { retCode: 10003, retMsg: API_KEY })).toMatchObject({ variant: 'invalidApiKey' });
    expect(resolve(V5, { retCode: 10003, retMsg: SESSIONS })).toMatchObject({ variant: 'tooManySessions' });
  });

  it('takes the reading every meaning shares word for word', () => {
    expect(resolve(V5, 700004)).toMatchObject({ variant: 'asset', known: true });
  });

  it('reads a bare code as the variant the caller names', () => {
    expect(resolve(V5, 10003, { variant: 'invalidApiKey' })).toMatchObject({ variant: 'invalidApiKey' });
    expect(resolve(V5, 10003, { variant: 'nope' })).toMatchObject({ variant: null });
  });

  it('keeps an unknown outcome whatever the meaning', () => {
    expect(resolve(V5, 10016)).toMatchObject({ outcome: 'unknown', variant: null, retryable: false });
    expect(resolve(V5, 10016, url('/v5/order/create'))).toMatchObject({
      outcome: 'unknown',
      variant: 'serverError',
    });
  });

  it('counts a variant without paths in every meaning', () => {
    expect(resolve(V5, { retCode: 180001, retMsg: 'Missing qty' }, url('/v5/earn/place-order'))).toMatchObject({
      variant: 'any',
      values: { param: 'qty' },
    });
    expect(resolve(V5, { retCode: 180001, retMsg: 'Missing qty' })).toMatchObject({ variant: 'any' });
    expect(resolve(V5, 180001, url('/v5/earn/place-order')).variant).toBe('earn');
  });

  it('gives no name where the document names no code', () => {
    expect(resolve(V5, 10003, url('/v5/trade')).name).toBeNull();
  });

  it('leaves codes with one meaning as they were', () => {
    const alpha = moduleOf(ALPHA, 'spot', ['/api/'], [info(-1102, 'MANDATORY', "Mandatory '%s'.", ['param'])]);
    expect(resolve(alpha, -1102, { ...url('/v5/order/create'), values: { param: 'x' } })).toMatchObject({
      variant: 'param',
      name: 'MANDATORY',
    });
    expect(meaningsFor(SCOPED, null).decided).toBe(false);
    expect(meaningsFor(info(1, 'X', 'x'), null)).toMatchObject({ decided: true, standIn: null });
  });

  it('narrows once per meaning set: the same object every time (the matcher and the keys cache by it)', () => {
    expect(meaningsFor(SCOPED, '/v5/trade').info).toBe(meaningsFor(SCOPED, '/v5/trade/x').info);
    expect(meaningsFor(SCOPED, null).info).toBe(meaningsFor(SCOPED, '/nowhere').info);
  });

  it('stays linear over a code with many meanings and long paths', () => {
    const many: ErrorCodeInfo = {
      ...info(1, '', 'x'),
      variants: Array.from({ length: 2_000 }, (_, i) => ({
        key: `k${i}`,
        params: [],
        server: `text ${i}`,
        paths: [`/v5/s${i}/`, `/v5/t${i}/`],
      })),
    };
    const path = `/v5/s1999/${'a'.repeat(100_000)}`;
    const start = performance.now();
    for (let i = 0; i < 20; i++) expect(meaningsFor(many, path).decided).toBe(true);
    expect(performance.now() - start).toBeLessThan(2_000);
  });
});
