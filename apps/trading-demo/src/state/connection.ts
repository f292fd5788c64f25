/**
 * Where requests go and how they are signed, outside React: the client reads the current settings on
 * every request, so changing them never rebuilds it (nor loses its rate-limit back-off).
 */
import { createApiClient, type ApiClient, type FetchLike } from '../api/client.js';
import { parseSettings, type ApiSettings } from '../api/settings.js';
import type { Simulator } from '../exchange/simulator.js';
import { loadItem, saveItem } from '../storage.js';
import { directFetch } from '../transport/direct.js';

export interface Connection {
  readonly client: ApiClient;
  getSettings(): ApiSettings;
  saveSettings(settings: ApiSettings): void;
  subscribe(listener: () => void): () => void;
}

function controlledByWorker(): boolean {
  return typeof navigator !== 'undefined' && Boolean(navigator.serviceWorker?.controller);
}

export function createConnection(simulator: Simulator): Connection {
  let settings = parseSettings(loadItem('settings'));
  const listeners = new Set<() => void>();
  const direct = directFetch(simulator);
  const pageFetch: FetchLike = (url, init) => fetch(url, init);
  // Embedded requests go through the page's own fetch once the service worker serves /eapi/v1/*, so
  // they look exactly like requests to a real exchange (network panel included).
  const client = createApiClient(
    () => settings,
    () => (settings.baseUrl === '' && !controlledByWorker() ? direct : pageFetch),
  );
  return {
    client,
    getSettings: () => settings,
    saveSettings(next) {
      settings = next;
      saveItem('settings', JSON.stringify(next));
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
