/**
 * Registers an exchange's products with the kit, once: Binance's at startup, Bybit's when the ticket's
 * exchange switch first goes to it (its orders, hence its errors, come only after that). The kit fetches
 * every registered product's catalog once the page is idle, so a module registered up front would cost
 * every Binance-only session Bybit's catalog; registered here, such a session fetches nothing of Bybit's.
 */
import { registerCatalogs } from '@exchange-errors/react';
import { ERROR_MODULES, productsOf, type ExchangeId } from './products.js';

const registered = new Set<ExchangeId>();

export function registerExchange(exchange: ExchangeId): void {
  if (registered.has(exchange)) return;
  registered.add(exchange);
  // Once each: registering a product again would drop the catalog the kit has loaded for it.
  registerCatalogs(...productsOf(exchange).map((product) => ERROR_MODULES[product]));
}
