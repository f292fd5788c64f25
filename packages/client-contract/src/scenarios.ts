/**
 * What the loopback exchange answers, one scenario per failure an app meets: rejections from
 * Binance's documents and from answers its servers really sent (the real-payload fixtures), rate
 * limits with Retry-After, a WAF page, 5xx as HTML and as JSON, -1007 on a 408; Bybit's HTTP 200
 * rejections (real payloads of its own), 10016, 10006 and 429 with its limit headers, its 403; a
 * refused connection and a timeout for every client.
 */
import type { Product } from './types/product.js';
import { REAL_PAYLOADS } from '../../core/src/fixtures/real-payloads.js';
import { REAL_PAYLOADS as BYBIT_PAYLOADS } from '../../bybit/src/fixtures/real-payloads.js';

export type Answer =
  | {
      readonly kind: 'http';
      readonly status: number;
      readonly body: string;
      readonly headers: Readonly<Record<string, string>>;
    }
  /** Nothing listens: the client is pointed at 127.0.0.1:9. */
  | { readonly kind: 'refused' }
  /** The server takes the request and holds the answer past the client's timeout. */
  | { readonly kind: 'hold' };

export interface Scenario {
  readonly id: string;
  /** The column's heading in the table. */
  readonly label: string;
  /** The product whose order endpoint answers; null: any, the client's own. */
  readonly product: Product | null;
  /** For a scenario of any product: the exchange whose clients meet it (its body is that exchange's); absent: every client. */
  readonly exchange?: 'binance' | 'bybit';
  readonly answer: Answer;
  /** Where the body comes from. */
  readonly source: string;
}

/** Each product's order endpoint, the request every client makes. */
export const ORDER_PATHS: Readonly<Record<Product, string>> = {
  spot: '/api/v3/order',
  usdm: '/fapi/v1/order',
  coinm: '/dapi/v1/order',
  options: '/eapi/v1/order',
  pm: '/papi/v1/um/order',
  v5: '/v5/order/create',
};

const JSON_TYPE = { 'content-type': 'application/json;charset=UTF-8' };
const HTML_TYPE = { 'content-type': 'text/html' };

function json(status: number, body: string, headers: Record<string, string> = {}): Answer {
  return { kind: 'http', status, body, headers: { ...JSON_TYPE, ...headers } };
}

function fixture(id: string): { status: number; body: string } {
  const payload = REAL_PAYLOADS.find((p) => p.id === id);
  if (!payload) throw new Error(`No real payload ${id}`);
  return { status: payload.status ?? 400, body: payload.body };
}

/** A Bybit answer its servers really sent (HTTP 200, as Bybit answers its errors). */
function bybitFixture(id: string, headers: Record<string, string> = {}): Answer {
  const payload = BYBIT_PAYLOADS.find((p) => p.id === id);
  if (!payload) throw new Error(`No Bybit real payload ${id}`);
  return json(200, payload.body, headers);
}

/** Bybit's limit headers once no request is left: the limit, none remaining, the reset time (epoch ms). */
const BYBIT_LIMITED = {
  'x-bapi-limit': '10',
  'x-bapi-limit-status': '0',
  'x-bapi-limit-reset-timestamp': String(Date.now() + 60_000),
};

function fromFixture(id: string, headers: Record<string, string> = {}): Answer {
  const { status, body } = fixture(id);
  const type = body.trimStart().startsWith('<') ? HTML_TYPE : JSON_TYPE;
  return { kind: 'http', status, body, headers: { ...type, ...headers } };
}

export const SCENARIOS: readonly Scenario[] = [
  {
    id: 'spot-2010',
    label: 'Spot -2010',
    product: 'spot',
    answer: json(400, '{"code":-2010,"msg":"Account has insufficient balance for requested action."}'),
    source: "Spot's errors.md (matching-engine messages)",
  },
  {
    id: 'spot-1013',
    label: 'Spot -1013 LOT_SIZE',
    product: 'spot',
    answer: fromFixture('p5-1013-lot-size-400'),
    source: 'real payload p5-1013-lot-size-400',
  },
  {
    id: 'usdm-2022',
    label: 'USDⓈ-M -2022',
    product: 'usdm',
    answer: json(400, '{"code":-2022,"msg":"ReduceOnly Order is rejected."}'),
    source: "USDⓈ-M's error codes (-2022 is a failed cancel-replace on Spot)",
  },
  {
    id: 'usdm-4164',
    label: 'USDⓈ-M -4164',
    product: 'usdm',
    answer: fromFixture('p1-4164-notional-5'),
    source: 'real payload p1-4164-notional-5',
  },
  {
    id: 'coinm-2019',
    label: 'COIN-M -2019',
    product: 'coinm',
    answer: json(400, '{"code":-2019,"msg":"Margin is insufficient."}'),
    source: "COIN-M's error codes",
  },
  {
    id: 'options-2015',
    label: 'Options -2015',
    product: 'options',
    answer: json(401, fixture('p1-2015-request-ip-eapi-order').body),
    source: 'real payload p1-2015-request-ip-eapi-order (on a 401)',
  },
  {
    id: 'pm-2022',
    label: 'PM -2022',
    product: 'pm',
    answer: json(400, '{"code":-2022,"msg":"ReduceOnly Order is rejected."}'),
    source: "Portfolio Margin's error codes",
  },
  {
    id: 'any-1021',
    label: '-1021',
    product: null,
    exchange: 'binance',
    answer: fromFixture('p1-1021-ahead'),
    source: 'real payload p1-1021-ahead',
  },
  {
    id: 'any-418',
    label: '418',
    product: null,
    exchange: 'binance',
    answer: fromFixture('p1-1003-ip-banned-418', { 'retry-after': '120' }),
    source: 'real payload p1-1003-ip-banned-418, with Retry-After',
  },
  {
    id: 'any-429',
    label: '429',
    product: null,
    exchange: 'binance',
    answer: fromFixture('p1-1003-429-requests-per-minute', { 'retry-after': '7' }),
    source: 'real payload p1-1003-429-requests-per-minute, with Retry-After',
  },
  {
    id: 'any-403-waf',
    label: '403 WAF',
    product: null,
    exchange: 'binance',
    answer: fromFixture('p4-403-cloudfront-request-blocked'),
    source: 'real payload p4-403-cloudfront-request-blocked',
  },
  {
    id: 'any-502-html',
    label: '502 HTML',
    product: null,
    answer: fromFixture('p3-502-nginx-html'),
    source: 'real payload p3-502-nginx-html',
  },
  {
    id: 'any-503-json',
    label: '503 JSON',
    product: null,
    exchange: 'binance',
    answer: fromFixture('p3-503-1001-order'),
    source: 'real payload p3-503-1001-order',
  },
  {
    id: 'any-408-1007',
    label: '408 -1007',
    product: null,
    exchange: 'binance',
    answer: json(
      408,
      '{"code":-1007,"msg":"Timeout waiting for response from backend server. Send status unknown; execution status unknown."}',
    ),
    source: "-1007's text in every product's error codes, on the 408 Binance's gateways send it with",
  },
  {
    id: 'bybit-10001',
    label: 'Bybit 10001',
    product: 'v5',
    answer: bybitFixture('request-parameter-error-spot-limit'),
    source: 'Bybit real payload request-parameter-error-spot-limit (HTTP 200, as Bybit answers)',
  },
  {
    id: 'bybit-10003',
    label: 'Bybit 10003',
    product: 'v5',
    answer: bybitFixture('invalid-api-key-java'),
    source:
      'Bybit real payload invalid-api-key-java: 10003 means an invalid API key on REST, too many sessions on the WebSocket order entry',
  },
  {
    id: 'bybit-10016',
    label: 'Bybit 10016',
    product: 'v5',
    answer: json(200, '{"retCode":10016,"retMsg":"Server error.","result":{},"retExtInfo":{},"time":1713434102752}'),
    source: "Bybit's error page (UTA): the order may have been placed",
  },
  {
    id: 'bybit-10006',
    label: 'Bybit 10006',
    product: 'v5',
    answer: bybitFixture('too-many-visits-pybit', BYBIT_LIMITED),
    source: 'Bybit real payload too-many-visits-pybit, with its limit headers',
  },
  {
    id: 'bybit-429',
    label: 'Bybit 429',
    product: 'v5',
    answer: { kind: 'http', status: 429, body: '', headers: BYBIT_LIMITED },
    source: "Bybit's rate-limit page: HTTP 429 with its limit headers",
  },
  {
    id: 'bybit-403',
    label: 'Bybit 403',
    product: 'v5',
    answer: { kind: 'http', status: 403, body: '', headers: {} },
    source: "Bybit's HTTP codes: 403, an IP rate limit breached or a U.S. IP",
  },
  { id: 'refused', label: 'refused', product: null, answer: { kind: 'refused' }, source: '127.0.0.1:9' },
  { id: 'timeout', label: 'timeout', product: null, answer: { kind: 'hold' }, source: 'the server holds the answer' },
];
