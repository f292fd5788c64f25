/**
 * The contract: every library × scenario makes its real call against the loopback exchange, and the
 * kit reads what it threw as it reads the raw answer (see verdict.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENTS } from './clients/index.js';
import { productFor, runCell } from './run.js';
import { SCENARIOS } from './scenarios.js';
import { startExchange, type LoopbackExchange } from './server.js';
import { falseDrop } from './test-support/drops.js';
import { judge } from './verdict.js';

let exchange: LoopbackExchange;

beforeAll(async () => {
  exchange = await startExchange();
});

afterAll(async () => {
  await exchange.close();
});

describe.each(CLIENTS.map((client) => [client.id, client] as const))('%s', (_, client) => {
  const cases = SCENARIOS.flatMap((scenario) => {
    const product = productFor(client, scenario);
    return product ? [[scenario.label, scenario, product] as const] : [];
  });

  it.each(cases)('%s', async (_label, scenario, product) => {
    const cell = await runCell(exchange, client, scenario, product);

    // The call reached the loopback exchange (or, refused, nothing did).
    if (scenario.answer.kind === 'refused') expect(cell.seen).toEqual([]);
    else expect(cell.seen.map((r) => r.path)).toContain(cell.path);

    for (const drop of client.drops?.(scenario) ?? []) expect(falseDrop(cell.caught, drop, scenario), drop).toBeNull();

    // Never a wrong product; the product given is the one read.
    expect([null, product]).toContain(cell.unaided.product);
    expect(cell.given.product).toBe(product);
    // What an exception said is kept as the client's words.
    if (cell.caught instanceof Error) expect(cell.given.clientMessage).toBe(cell.caught.message.trim() || null);
    // Whether it went through never depends on knowing the product.
    expect(cell.unaided.outcome, 'outcome unaided').toBe(cell.given.outcome);

    const { given, unaided } = judge(cell);
    expect(given.problems, 'with the product given').toEqual([]);
    expect(unaided.problems, 'unaided').toEqual([]);
  });
});
