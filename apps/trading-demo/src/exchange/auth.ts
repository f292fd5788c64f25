/**
 * Signed-endpoint checks in Binance's order: API key, timestamp and recvWindow, then the HMAC-SHA256
 * signature over the query string followed by the body, without the `signature` parameter itself.
 */
import { exchangeErrors, reject, type ExchangeError } from './errors.js';
import type { Params } from './params.js';

/** The demo account's credentials; the settings screen starts with them. */
export const DEMO_API_KEY = 'vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A';
export const DEMO_API_SECRET = 'NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j';

const encoder = new TextEncoder();

export async function hmacSha256Hex(secret: string, payload: string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ]);
  const signature = await crypto.subtle.sign('HMAC', key, encoder.encode(payload));
  return [...new Uint8Array(signature)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

function withoutSignature(source: string): string {
  return source
    .split('&')
    .filter((part) => part !== '' && !part.startsWith('signature='))
    .join('&');
}

export interface SignedParts {
  readonly apiKey: string | undefined;
  readonly query: string;
  readonly body: string;
}

/**
 * `badRecvWindow`: each product refuses a recvWindow above 60000 in its own words (Options -1131,
 * Spot -1102, USDⓈ-M -1130).
 */
export async function authenticate(
  parts: SignedParts,
  params: Params,
  now: number,
  badRecvWindow: () => ExchangeError = exchangeErrors.badRecvWindow,
): Promise<void> {
  const { apiKey } = parts;
  if (apiKey === undefined || !/^[A-Za-z0-9]{64}$/.test(apiKey)) reject(exchangeErrors.badApiKeyFormat());
  if (apiKey !== DEMO_API_KEY) reject(exchangeErrors.invalidApiKey());

  const timestamp = params.integer('timestamp', true);
  const recvWindow = params.integer('recvWindow', false) ?? 5000;
  if (recvWindow <= 0 || recvWindow > 60_000) reject(badRecvWindow());
  if (timestamp > now + 1000) reject(exchangeErrors.timestampAhead());
  if (now - timestamp > recvWindow) reject(exchangeErrors.timestampOutside());

  const signature = params.required('signature');
  const expected = await hmacSha256Hex(DEMO_API_SECRET, withoutSignature(parts.query) + withoutSignature(parts.body));
  if (signature.toLowerCase() !== expected) reject(exchangeErrors.badSignature());
}
