import '@exchange-errors/react/styles.css';
import { createRoot } from 'react-dom/client';
import './app.css';
import { Simulator } from './exchange/simulator.js';
import { createDemoI18n } from './i18n/instance.js';
import { Root } from './Root.js';
import { createConnection } from './state/connection.js';
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
createRoot(root).render(<Root i18n={i18n} simulator={simulator} connection={connection} served={served} />);
