// `@binance/connector` ships no typings: the part of its Spot client this suite calls.
declare module '@binance/connector' {
  export class Spot {
    constructor(apiKey: string, apiSecret: string, options: { baseURL: string; timeout?: number });
    newOrder(symbol: string, side: string, type: string, options: object): Promise<unknown>;
  }
}
