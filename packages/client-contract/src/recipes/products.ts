// Every product your app sends requests to, with its catalog in memory.
import { binanceSpotEager } from '@exchange-errors/binance-spot/eager';
import { binanceUsdmEager } from '@exchange-errors/binance-usdm/eager';

export const products = [binanceSpotEager, binanceUsdmEager];
