/**
 * Carries a `fetch` call to the simulated exchange inside the page, and back as a real `Response`.
 * Used when no service worker controls the page (first paint after a hard reload, browsers without
 * service workers); the service worker path answers the same requests the same way.
 */
import type { Simulator } from '../exchange/simulator.js';
import type { SimRequest, SimResponse } from '../exchange/types.js';
import type { FetchLike } from '../api/client.js';

export function headersObject(headers: HeadersInit | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  new Headers(headers).forEach((value, key) => {
    out[key.toLowerCase()] = value;
  });
  return out;
}

export function toResponse(answer: SimResponse): Response {
  if ('networkError' in answer) throw new TypeError('Failed to fetch');
  // 1xx, 204 and 304 cannot carry a body.
  const empty = answer.status === 204 || answer.status === 304;
  return new Response(empty ? null : answer.body, { status: answer.status, headers: answer.headers });
}

export function directFetch(simulator: Simulator): FetchLike {
  return async (url, init) => {
    init.signal?.throwIfAborted();
    const body = typeof init.body === 'string' ? init.body : '';
    const request: SimRequest = { method: init.method ?? 'GET', url, headers: headersObject(init.headers), body };
    const answer = await simulator.handle(request);
    init.signal?.throwIfAborted();
    return toResponse(answer);
  };
}
