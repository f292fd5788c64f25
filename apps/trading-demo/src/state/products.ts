/**
 * The products the ticket trades, as the app talks to them. Options is the chain's own product
 * (its screens poll it, src/state/trading-data.tsx); every other product is a venue described as data
 * (src/venues/): Spot and USDⓈ-M are Binance's, registered with the kit as their lazy modules, so
 * their catalog, texts and order rules are chunks fetched when the ticket first switches to them.
 */
import { binanceOptionsEager } from '@exchange-errors/binance-options/eager';
import type { ProductModule } from '@exchange-errors/core';
import { binanceSpotVenue, binanceUsdmVenue } from '../venues/binance.js';
import type { Venue } from '../venues/types.js';

export type TicketProduct = 'options' | 'spot' | 'usdm';
/** The products described as venues: everything but Options. */
export type VenueProduct = Exclude<TicketProduct, 'options'>;

export const TICKET_PRODUCTS: readonly TicketProduct[] = ['options', 'spot', 'usdm'];

export const VENUES: Readonly<Record<VenueProduct, Venue>> = { spot: binanceSpotVenue, usdm: binanceUsdmVenue };

export const isVenueProduct = (product: TicketProduct): product is VenueProduct => product !== 'options';

/** The kit's module for each product's errors (what `registerCatalogs` is given). */
export const ERROR_MODULES: Readonly<Record<TicketProduct, ProductModule>> = {
  options: binanceOptionsEager,
  spot: VENUES.spot.errors,
  usdm: VENUES.usdm.errors,
};
