/** Where Options errors come from: `https://eapi.binance.com/eapi/v1/…`. */
export const PREFIXES: readonly string[] = ['/eapi/'];
