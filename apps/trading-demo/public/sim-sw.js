// @ts-check
/**
 * The simulated exchange's front door. Requests to this origin's exchange paths (Binance's `/eapi/`
 * Options, `/api/` Spot, `/fapi/` USDⓈ-M, Bybit's `/v5/`; from the app, from the console, from a new
 * tab) are handed to the
 * open demo page, which runs the exchange and answers; this worker turns the answer into the HTTP
 * response. It keeps no state, so the browser may stop and restart it at will.
 */
const sw = /** @type {ServiceWorkerGlobalScope} */ (/** @type {unknown} */ (self));
const TIMEOUT_MS = 60_000;
const PREFIXES = ['/eapi/', '/api/', '/fapi/', '/v5/'];

sw.addEventListener('install', () => {
  void sw.skipWaiting();
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(sw.clients.claim());
});

sw.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (url.origin !== sw.location.origin || !PREFIXES.some((prefix) => url.pathname.startsWith(prefix))) return;
  event.respondWith(relay(event));
});

/** @param {FetchEvent} event */
async function pickClient(event) {
  const own = event.clientId ? await sw.clients.get(event.clientId) : undefined;
  if (own) return own;
  const windows = await sw.clients.matchAll({ type: 'window' });
  return windows.find((c) => c.focused) ?? windows[0];
}

/** @param {number} status @param {string} text */
function plain(status, text) {
  return new Response(text, { status, headers: { 'content-type': 'text/plain;charset=UTF-8' } });
}

/** @param {FetchEvent} event */
async function relay(event) {
  const client = await pickClient(event);
  if (!client) return plain(503, 'The simulated exchange runs in the demo page: open the demo, then try again.');
  const headers = /** @type {Record<string, string>} */ ({});
  event.request.headers.forEach((value, key) => {
    headers[key] = value;
  });
  const request = { method: event.request.method, url: event.request.url, headers, body: await event.request.text() };
  const channel = new MessageChannel();
  /** @type {Promise<{ networkError?: true, status?: number, headers?: Record<string, string>, body?: string } | null>} */
  const answer = new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), TIMEOUT_MS);
    channel.port1.onmessage = (message) => {
      clearTimeout(timer);
      resolve(message.data);
    };
  });
  client.postMessage({ type: 'exchange-errors/sim-request', request }, [channel.port2]);
  const data = await answer;
  if (data === null) return plain(504, 'The simulated exchange did not answer in time.');
  if (data.networkError) return Response.error();
  const empty = data.status === 204 || data.status === 304;
  return new Response(empty ? null : (data.body ?? ''), { status: data.status ?? 500, headers: data.headers ?? {} });
}
