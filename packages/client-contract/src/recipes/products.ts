// Every product your app sends requests to, with its catalog in memory.
import { binanceSpotEager } from '@exchange-errors/binance-spot';
import { binanceUsdmEager } from '@exchange-errors/binance-usdm';

export const products = [binanceSpotEager, binanceUsdmEager];
