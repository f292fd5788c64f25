/** The Binance products the contract sends orders to (the product modules' ids). */
export type BinanceProduct = 'spot' | 'usdm' | 'coinm' | 'options' | 'pm';

/** Every product the contract sends orders to: Binance's, and Bybit's one (its v5 API). */
export type Product = BinanceProduct | 'v5';

/** The exchange a product is of. */
export function exchangeOf(product: Product): 'binance' | 'bybit' {
  return product === 'v5' ? 'bybit' : 'binance';
}
