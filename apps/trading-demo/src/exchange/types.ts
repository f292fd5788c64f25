/** What the simulated exchange receives: the same parts a server sees of an HTTP request. */
export interface SimRequest {
  readonly method: string;
  /** Path and query, e.g. `/eapi/v1/order?symbol=…`; an absolute URL is accepted too. */
  readonly url: string;
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

export interface SimHttpResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/** The connection failed before any answer, as `fetch` reports "Failed to fetch". */
export interface SimNetworkError {
  readonly networkError: true;
}

export type SimResponse = SimHttpResponse | SimNetworkError;

export type Underlying = 'BTCUSDT' | 'ETHUSDT';
export type OptionSide = 'CALL' | 'PUT';
export type OrderSide = 'BUY' | 'SELL';
export type TimeInForce = 'GTC' | 'IOC' | 'FOK';
export type OrderStatus = 'ACCEPTED' | 'PARTIALLY_FILLED' | 'FILLED' | 'CANCELLED' | 'REJECTED';
