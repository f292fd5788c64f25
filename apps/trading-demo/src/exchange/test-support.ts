/**
 * For the exchange's tests: a simulator on a clock the test moves, plain and signed requests as a
 * client sends them, and what the kit makes of an answer read among every product the demo talks to
 * (`format` with the products' in-memory modules and the request's URL).
 */
import { binanceOptionsEager } from '@exchange-errors/binance-options/eager';
import { binanceSpotEager } from '@exchange-errors/binance-spot/eager';
import { binanceUsdmEager } from '@exchange-errors/binance-usdm/eager';
import { format, type FormattedError } from '@exchange-errors/core';
import { expect } from 'vitest';
import { queryString, type ParamValue } from '../api/client.js';
import { DEMO_API_KEY, DEMO_API_SECRET, hmacSha256Hex } from './auth.js';
import { Simulator } from './simulator.js';
import type { SimHttpResponse, SimResponse } from './types.js';

/** Tuesday 2026-11-24 10:00 UTC. */
export const T0 = Date.UTC(2026, 10, 24, 10);

export const PRODUCT_MODULES = [binanceOptionsEager, binanceSpotEager, binanceUsdmEager] as const;

export interface SignOptions {
  readonly key?: string;
  readonly secret?: string;
  readonly timestamp?: number;
  readonly recvWindow?: number;
}

export interface TestExchange {
  readonly sim: Simulator;
  now(): number;
  advance(ms: number): void;
  call(
    method: string,
    path: string,
    params?: Record<string, ParamValue>,
    headers?: Record<string, string>,
  ): Promise<SimHttpResponse>;
  signed(
    method: string,
    path: string,
    params?: Record<string, ParamValue>,
    opts?: SignOptions,
  ): Promise<SimHttpResponse>;
}

export function http(answer: SimResponse): SimHttpResponse {
  if ('networkError' in answer) throw new Error('expected an HTTP answer');
  return answer;
}

export function testExchange(start = T0): TestExchange {
  let clock = start;
  const sim = new Simulator({ now: () => clock, sleep: async (ms) => void (clock += ms) });
  return {
    sim,
    now: () => clock,
    advance(ms) {
      clock += ms;
    },
    async call(method, path, params = {}, headers = {}) {
      return http(await sim.handle({ method, url: `${path}?${queryString(params)}`, headers, body: '' }));
    },
    async signed(method, path, params = {}, opts = {}) {
      let query = queryString({ ...params, recvWindow: opts.recvWindow, timestamp: opts.timestamp ?? clock });
      query += `&signature=${await hmacSha256Hex(opts.secret ?? DEMO_API_SECRET, query)}`;
      return http(
        await sim.handle({
          method,
          url: `${path}?${query}`,
          headers: { 'x-mbx-apikey': opts.key ?? DEMO_API_KEY },
          body: '',
        }),
      );
    },
  };
}

/** The answer as a client hands it to the kit: status, `Retry-After` and the body as received. */
export function failureOf(answer: SimHttpResponse) {
  return {
    status: answer.status,
    headers: { 'retry-after': answer.headers['retry-after'] ?? null },
    body: answer.body,
  };
}

/** What the kit makes of an answer to a request to `url`, among every product the demo talks to. */
export function readByKit(answer: SimHttpResponse, url: string, lng = 'en') {
  return format([...PRODUCT_MODULES], failureOf(answer), { request: { url }, lng });
}

export interface ExpectedError {
  readonly status: number;
  readonly code: number;
  readonly msg: string;
  /** `exact`: the body is `{ code, msg }` and nothing else; `contains`: it may carry more (`data`). */
  readonly body: 'exact' | 'contains';
  readonly variant: string | null;
  readonly values: Readonly<Record<string, string>>;
  /** The request's path, from which alone the kit must tell the product. */
  readonly path: string;
  /** The message the kit shows in English (intervals in words: "1 minute" for `1 MINUTE`). */
  readonly shown: unknown;
}

/**
 * The exact answer, and the kit reading it among every product, from the URL alone, as `product`'s
 * code and variant, with the very texts of that product's own formatter.
 */
export function expectReadAs(
  product: string,
  format: (input: unknown) => FormattedError,
  answer: SimHttpResponse,
  expected: ExpectedError,
): void {
  const { status, code, msg, variant, values, path, shown } = expected;
  expect(answer.status).toBe(status);
  expect(answer.headers['content-type']).toContain('application/json');
  const body = JSON.parse(answer.body) as unknown;
  if (expected.body === 'exact') expect(body).toEqual({ code, msg });
  else expect(body).toMatchObject({ code, msg });
  const kit = readByKit(answer, path);
  expect({
    product: kit.product,
    code: kit.code,
    variant: kit.variant,
    values: kit.values,
    known: kit.known,
    candidates: kit.productCandidates,
  }).toEqual({
    product,
    code,
    variant,
    values,
    known: true,
    candidates: [],
  });
  expect(kit.message).toEqual(shown);
  const own = format(failureOf(answer));
  expect({ title: kit.title, message: kit.message, hint: kit.hint }).toEqual({
    title: own.title,
    message: own.message,
    hint: own.hint,
  });
}
