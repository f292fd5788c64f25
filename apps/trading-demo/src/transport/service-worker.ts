/**
 * Puts the simulated exchange at this origin's Binance paths (`/eapi/`, `/api/`, `/fapi/`): registers
 * the relay worker and answers the requests it hands over. Resolves true once the page is controlled; false where service
 * workers are unavailable (the app then calls the exchange directly, see `direct.ts`).
 */
import type { Simulator } from '../exchange/simulator.js';
import type { SimRequest } from '../exchange/types.js';

interface RelayMessage {
  readonly type: 'exchange-errors/sim-request';
  readonly request: SimRequest;
}

function isRelayMessage(data: unknown): data is RelayMessage {
  return (
    typeof data === 'object' && data !== null && (data as { type?: unknown }).type === 'exchange-errors/sim-request'
  );
}

const served = new WeakMap<Simulator, Promise<boolean>>();

/** Idempotent per simulator: a second message listener would answer every request twice. */
export function serveThroughServiceWorker(simulator: Simulator, scriptUrl = '/sim-sw.js'): Promise<boolean> {
  let promise = served.get(simulator);
  if (!promise) {
    promise = serve(simulator, scriptUrl);
    served.set(simulator, promise);
  }
  return promise;
}

async function serve(simulator: Simulator, scriptUrl: string): Promise<boolean> {
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator) || !window.isSecureContext) return false;
  const container = navigator.serviceWorker;
  container.addEventListener('message', (event: MessageEvent<unknown>) => {
    const port = event.ports[0];
    if (!port || !isRelayMessage(event.data)) return;
    void simulator.handle(event.data.request).then((answer) => port.postMessage(answer));
  });
  container.startMessages();
  try {
    await container.register(scriptUrl, { scope: '/' });
  } catch (error) {
    console.warn('[trading-demo] service worker unavailable; calling the simulated exchange directly', error);
    return false;
  }
  if (container.controller) return true;
  // A first visit: the worker claims this page as soon as it activates.
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(container.controller !== null), 5000);
    container.addEventListener(
      'controllerchange',
      () => {
        clearTimeout(timer);
        resolve(true);
      },
      { once: true },
    );
  });
}
