/**
 * `@exchange-errors/bybit`: Bybit's v5 API for the engine. The lazy product module (`bybitV5`: its
 * catalog and each language's texts load on first use) and the types of its codes come from the
 * generated binding; `bybit` is the exchange's adapter (hosts, body shape, success and outcome rules,
 * retry headers, batch results, its client libraries' words), which the module carries to the engine.
 */
export * from './generated/index.js';
export { bybit } from './adapter.js';
