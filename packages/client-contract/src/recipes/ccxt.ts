import { format } from '@exchange-errors/core';
import type { Exchange } from 'ccxt';
import { products } from './products.js';

export async function placeFuturesOrder(exchange: Exchange) {
  try {
    return await exchange.fapiPrivatePostOrder({
      symbol: 'BTCUSDT',
      side: 'SELL',
      type: 'LIMIT',
      quantity: 1,
      price: 1,
    });
  } catch (error) {
    // ccxt's messages carry the URL only for some failures: say which product the call went to.
    return format(products, error, { product: 'usdm', lng: 'en' });
  }
}
