import { format } from '@exchange-errors/core';
import type { USDMClient } from 'binance';
import { products } from './products.js';

export async function placeFuturesOrder(client: USDMClient) {
  try {
    return await client.submitNewOrder({ symbol: 'BTCUSDT', side: 'SELL', type: 'MARKET', quantity: 1 });
  } catch (error) {
    // Its error carries `requestUrl`: the product comes from there.
    return format(products, error, { lng: 'en' });
  }
}
