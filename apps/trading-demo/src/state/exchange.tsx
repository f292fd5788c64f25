/**
 * The app's connection to an exchange, for components: the embedded simulator (served at `/eapi/`,
 * `/api/` and `/fapi/` through a service worker, or called directly), the signed client, the settings, and
 * how failures reach the kit's toaster.
 */
import { useErrorStore, type ShowErrorOptions } from '@exchange-errors/react';
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { ApiFailure, type ApiClient } from '../api/client.js';
import type { ApiSettings } from '../api/settings.js';
import type { Simulator } from '../exchange/simulator.js';
import type { Connection } from './connection.js';

export type Transport = 'pending' | 'worker' | 'direct';

export interface Exchange {
  readonly simulator: Simulator;
  readonly client: ApiClient;
  readonly settings: ApiSettings;
  readonly saveSettings: (settings: ApiSettings) => void;
  /** True when requests go to the embedded simulator. */
  readonly embedded: boolean;
  readonly transport: Transport;
  /**
   * Shows a failure in the toaster (and so in the log) with the request it came from; an order's
   * failure also with the order, the symbol's rules and the ticket's labels (`explain`, …).
   */
  readonly report: (error: unknown, options?: ReportOptions) => void;
}

/** `product`: which API the request went to (the kit also reads it from the request's path). */
export type ReportOptions = Pick<ShowErrorOptions, 'explain' | 'fieldLabels' | 'onApplySuggestion' | 'product'>;

const ExchangeContext = createContext<Exchange | null>(null);

export interface ExchangeProviderProps {
  readonly simulator: Simulator;
  readonly connection: Connection;
  /** Settles true once a service worker serves the simulator at this origin (see main.tsx). */
  readonly served: Promise<boolean>;
  readonly children: ReactNode;
}

export function ExchangeProvider({ simulator, connection, served, children }: ExchangeProviderProps) {
  const settings = useSyncExternalStore(connection.subscribe, connection.getSettings, connection.getSettings);
  const [transport, setTransport] = useState<Transport>('pending');
  const store = useErrorStore();
  const showError = store.show;

  useEffect(() => {
    let live = true;
    void served.then((controlled) => {
      if (live) setTransport(controlled ? 'worker' : 'direct');
    });
    return () => {
      live = false;
    };
  }, [served]);

  const report = useCallback(
    (error: unknown, options?: ReportOptions) => {
      if (error instanceof ApiFailure) showError(error.input, { ...options, request: error.request });
      else showError(error, options);
    },
    [showError],
  );

  const value = useMemo<Exchange>(
    () => ({
      simulator,
      client: connection.client,
      settings,
      saveSettings: connection.saveSettings,
      embedded: settings.baseUrl === '',
      transport,
      report,
    }),
    [simulator, connection, settings, transport, report],
  );
  return <ExchangeContext.Provider value={value}>{children}</ExchangeContext.Provider>;
}

export function useExchange(): Exchange {
  const exchange = useContext(ExchangeContext);
  if (!exchange) throw new Error('useExchange must be used inside <ExchangeProvider>');
  return exchange;
}
