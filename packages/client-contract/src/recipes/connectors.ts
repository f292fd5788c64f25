import { format } from '@exchange-errors/core';
import { SpotRestAPI, type Spot } from '@binance/spot';
import { products } from './products.js';

export async function placeSpotOrder(client: Spot) {
  try {
    return await client.restAPI.newOrder({
      symbol: 'BTCUSDT',
      side: SpotRestAPI.NewOrderSideEnum.BUY,
      type: SpotRestAPI.NewOrderTypeEnum.MARKET,
      quantity: 1,
    });
  } catch (error) {
    // `@binance/common`'s errors carry no URL: say which product the connector is for.
    return format(products, error, { product: 'spot', lng: 'en' });
  }
}
