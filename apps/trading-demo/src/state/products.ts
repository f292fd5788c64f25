/**
 * The products the ticket trades, as the app talks to them: each API's paths and the kit's module for
 * its errors. Spot and USDⓈ-M are the lazy modules: their catalogs and texts are chunks
 * fetched with the first error from that product, so the Options screens pay nothing for them.
 */
import { binanceOptionsEager } from '@exchange-errors/binance-options/eager';
import { binanceSpot } from '@exchange-errors/binance-spot';
import { binanceUsdm } from '@exchange-errors/binance-usdm';
import type { ProductModule } from '@exchange-errors/core';

export type TicketProduct = 'options' | 'spot' | 'usdm';

export const TICKET_PRODUCTS: readonly TicketProduct[] = ['options', 'spot', 'usdm'];

export interface ProductApi {
  readonly order: string;
  readonly exchangeInfo: string;
  /** The kit's module for this product's errors (what `registerCatalogs` is given). */
  readonly errors: ProductModule;
}

export const PRODUCT_APIS: Readonly<Record<TicketProduct, ProductApi>> = {
  options: { order: '/eapi/v1/order', exchangeInfo: '/eapi/v1/exchangeInfo', errors: binanceOptionsEager },
  spot: { order: '/api/v3/order', exchangeInfo: '/api/v3/exchangeInfo', errors: binanceSpot },
  usdm: { order: '/fapi/v1/order', exchangeInfo: '/fapi/v1/exchangeInfo', errors: binanceUsdm },
};

/** Spot's cancel-and-replace. */
export const SPOT_CANCEL_REPLACE = '/api/v3/order/cancelReplace';
