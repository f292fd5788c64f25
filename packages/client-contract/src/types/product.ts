/** The Binance products the contract sends orders to (the product modules' ids). */
export type BinanceProduct = 'spot' | 'usdm' | 'coinm' | 'options' | 'pm';
