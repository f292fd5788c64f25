import { ErrorStoreProvider, type ErrorStore } from '@exchange-errors/react';
import type { i18n } from 'i18next';
import { StrictMode, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { App } from './App.js';
import type { Simulator } from './exchange/simulator.js';
import type { Connection } from './state/connection.js';
import { ExchangeProvider } from './state/exchange.js';
import { TicketProvider } from './state/ticket.js';
import { TradingDataProvider } from './state/trading-data.js';
import { VenueAccountProvider } from './state/venueAccount.js';
import { VenueRulesProvider } from './state/venueRules.js';

export interface RootProps {
  readonly i18n: i18n;
  readonly simulator: Simulator;
  readonly connection: Connection;
  readonly served: Promise<boolean>;
  /** The toaster's store; default: the kit's shared one (what `showError` uses). */
  readonly store?: ErrorStore;
}

/** The whole app with what it depends on passed in, so tests render exactly what main.tsx does. */
export function Root({ i18n, simulator, connection, served, store }: RootProps) {
  return (
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <WithStore store={store}>
          <ExchangeProvider simulator={simulator} connection={connection} served={served}>
            <TradingDataProvider>
              <VenueRulesProvider>
                <TicketProvider>
                  <VenueAccountProvider>
                    <App />
                  </VenueAccountProvider>
                </TicketProvider>
              </VenueRulesProvider>
            </TradingDataProvider>
          </ExchangeProvider>
        </WithStore>
      </I18nextProvider>
    </StrictMode>
  );
}

/** The given store for everything below, or none: the hooks and the toaster then use the kit's shared one. */
function WithStore({ store, children }: { readonly store: ErrorStore | undefined; readonly children: ReactNode }) {
  return store ? <ErrorStoreProvider store={store}>{children}</ErrorStoreProvider> : children;
}
