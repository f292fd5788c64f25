/**
 * Prints the table "library × scenario → what the kit reads", running every library against the
 * loopback exchange: `pnpm --filter @exchange-errors/client-contract table`.
 */
import { CLIENTS } from '../src/clients/index.js';
import { productFor, runCell, type Cell } from '../src/run.js';
import { SCENARIOS } from '../src/scenarios.js';
import { startExchange } from '../src/server.js';
import { LEGEND, markdownTable } from '../src/table.js';

const exchange = await startExchange();
const cells = new Map<string, Cell>();
const started = Date.now();
try {
  for (const client of CLIENTS) {
    for (const scenario of SCENARIOS) {
      const product = productFor(client, scenario);
      if (product) cells.set(`${client.id}|${scenario.id}`, await runCell(exchange, client, scenario, product));
    }
  }
} finally {
  await exchange.close();
}
console.log(LEGEND);
console.log('');
console.log(markdownTable(CLIENTS, SCENARIOS, cells));
console.log(`\n${cells.size} calls in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
