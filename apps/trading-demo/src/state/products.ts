/**
 * The exchanges and products the ticket trades, as the app talks to them. Options is Binance's chain
 * product (its screens poll it, src/state/trading-data.tsx); every other product is a venue described as
 * data (src/venues/): Binance's Spot and USDⓈ-M, Bybit's USDT perpetuals. All are registered with the kit
 * as their lazy modules except Options, so a product's catalog, texts and order rules are chunks fetched
 * when the ticket first switches to it (or with its first error): a Binance-only session fetches nothing
 * of Bybit's.
 */
import { binanceOptionsEager } from '@exchange-errors/binance-options/eager';
import type { ProductModule } from '@exchange-errors/core';
import { binanceSpotVenue, binanceUsdmVenue } from '../venues/binance.js';
import { bybitLinearVenue } from '../venues/bybit.js';
import type { ExchangeId, Venue } from '../venues/types.js';

export type TicketProduct = 'options' | 'spot' | 'usdm' | 'bybitLinear';
/** The products described as venues: everything but Options. */
export type VenueProduct = Exclude<TicketProduct, 'options'>;
export type { ExchangeId };

export const TICKET_PRODUCTS: readonly TicketProduct[] = ['options', 'spot', 'usdm', 'bybitLinear'];

export const VENUES: Readonly<Record<VenueProduct, Venue>> = {
  spot: binanceSpotVenue,
  usdm: binanceUsdmVenue,
  bybitLinear: bybitLinearVenue,
};

export const isVenueProduct = (product: TicketProduct): product is VenueProduct => product !== 'options';

/** The ticket's exchange switch, and the products each offers (its first is where a switch lands). */
export const EXCHANGES: readonly ExchangeId[] = ['binance', 'bybit'];

export const exchangeOf = (product: TicketProduct): ExchangeId =>
  isVenueProduct(product) ? VENUES[product].exchange : 'binance';

export const productsOf = (exchange: ExchangeId): readonly TicketProduct[] =>
  TICKET_PRODUCTS.filter((product) => exchangeOf(product) === exchange);

/** The kit's module for each product's errors (what `registerCatalogs` is given). */
export const ERROR_MODULES: Readonly<Record<TicketProduct, ProductModule>> = {
  options: binanceOptionsEager,
  spot: VENUES.spot.errors,
  usdm: VENUES.usdm.errors,
  bybitLinear: VENUES.bybitLinear.errors,
};
