/**
 * One cell of the contract: a library makes its real call against the loopback exchange answering
 * one scenario; what it throws is read by the kit with the product and without, beside the reading
 * of the raw answer.
 */
import { exchangeOf, type Product } from './types/product.js';
import type { ClientUnderTest } from './clients/index.js';
import { readCaught, reading, type Reading } from './read.js';
import { ORDER_PATHS, type Scenario } from './scenarios.js';
import type { LoopbackExchange, SeenRequest } from './server.js';

/** Nothing listens on the discard port. */
export const REFUSED_ORIGIN = 'http://127.0.0.1:9';
// The client gives up long before the server would answer; the server holds until the client closes.
const TIMEOUT_MS = 300;
const PATIENT_MS = 30_000;

export interface Cell {
  readonly client: ClientUnderTest;
  readonly scenario: Scenario;
  readonly product: Product;
  readonly path: string;
  /** What the library threw (RTK Query: returned). */
  readonly caught: unknown;
  /** The requests the loopback exchange received for this call. */
  readonly seen: readonly SeenRequest[];
  readonly given: Reading;
  readonly unaided: Reading;
  /** The raw answer read with the product given. */
  readonly expected: Reading;
  /** The raw answer read with its URL (as a fetch Response carries it), and with nothing at all. */
  readonly expectedUnaided: Reading;
  readonly expectedBare: Reading;
}

/** The product a client sends a scenario to, or null when it cannot reach the scenario's product. */
export function productFor(client: ClientUnderTest, scenario: Scenario): Product | null {
  if (scenario.answer.kind === 'hold' && client.noTimeout) return null;
  if (scenario.product === null) {
    const own = client.products[0] ?? null;
    // Another exchange's answer on this client's endpoint is no scenario it meets.
    return own !== null && scenario.exchange !== undefined && exchangeOf(own) !== scenario.exchange ? null : own;
  }
  return client.products.includes(scenario.product) ? scenario.product : null;
}

function expectedReadings(scenario: Scenario, product: Product, url: string): [Reading, Reading, Reading] {
  const { answer } = scenario;
  if (answer.kind === 'http') {
    const raw = { status: answer.status, headers: answer.headers, body: answer.body };
    return [reading(raw, { product }), reading(raw, { url }), reading(raw)];
  }
  const outcome = answer.kind === 'refused' ? 'notSent' : 'unknown';
  const none = { code: null, outcome, variant: null, serverMessage: null, clientMessage: null } as const;
  return [
    { ...none, product },
    { ...none, product },
    { ...none, product: null },
  ];
}

export async function runCell(
  exchange: LoopbackExchange,
  client: ClientUnderTest,
  scenario: Scenario,
  product: Product,
): Promise<Cell> {
  const path = ORDER_PATHS[product];
  exchange.answerWith(path, scenario.answer);
  exchange.takeSeen();
  const caught = await client.fail({
    origin: scenario.answer.kind === 'refused' ? REFUSED_ORIGIN : exchange.origin,
    product,
    timeoutMs: scenario.answer.kind === 'hold' ? TIMEOUT_MS : PATIENT_MS,
  });
  const seen = exchange.takeSeen();
  const [expected, expectedUnaided, expectedBare] = expectedReadings(scenario, product, path);
  return {
    client,
    scenario,
    product,
    path,
    caught,
    seen,
    given: await readCaught(caught, client.readsAsync === true, product),
    unaided: await readCaught(caught, client.readsAsync === true),
    expected,
    expectedUnaided,
    expectedBare,
  };
}
