import '@exchange-errors/react/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './App.js';
import './app.css';
import { Simulator } from './exchange/simulator.js';
import { createDemoI18n } from './i18n/instance.js';
import { createConnection } from './state/connection.js';
import { ExchangeProvider } from './state/exchange.js';
import { TicketProvider } from './state/ticket.js';
import { TradingDataProvider } from './state/trading-data.js';
import { serveThroughServiceWorker } from './transport/service-worker.js';

const i18n = createDemoI18n();
const simulator = new Simulator();
const connection = createConnection(simulator);
// Once per page, outside React: a second listener would make the exchange answer every request twice.
const served = serveThroughServiceWorker(simulator);
// For the console: `exchange.setChaos({ latencyMs: 2000 })`, `exchange.account.orders`, …
Object.assign(window, { exchange: simulator });

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <ExchangeProvider simulator={simulator} connection={connection} served={served}>
        <TradingDataProvider>
          <TicketProvider>
            <App />
          </TicketProvider>
        </TradingDataProvider>
      </ExchangeProvider>
    </I18nextProvider>
  </StrictMode>,
);
