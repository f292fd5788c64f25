/** HTTP clients and data layers an app calls Binance's REST API with directly. */
import { fetchBaseQuery } from '@reduxjs/toolkit/query';
import { QueryClient } from '@tanstack/query-core';
import axios from 'axios';
import ky from 'ky';
import { ofetch } from 'ofetch';
import { ORDER_PATHS } from '../scenarios.js';
import { KEY, ORDER, rejectionOf, type CallContext, type ClientUnderTest } from './client.js';

const ALL = ['spot', 'usdm', 'coinm', 'options', 'pm'] as const;

/** Every HTTP client gets a different default product, so the shared scenarios cover every path. */
function products(first: (typeof ALL)[number]): readonly (typeof ALL)[number][] {
  return [first, ...ALL.filter((p) => p !== first)];
}

function orderUrl({ origin, product }: CallContext): string {
  return `${origin}${ORDER_PATHS[product]}?${new URLSearchParams(ORDER).toString()}`;
}

const headers = { 'X-MBX-APIKEY': KEY };

export const axiosClient: ClientUnderTest = {
  id: 'axios',
  packageName: 'axios',
  products: products('usdm'),
  fail(context) {
    return rejectionOf(() => axios.post(orderUrl(context), null, { headers, timeout: context.timeoutMs }));
  },
};

export const ofetchClient: ClientUnderTest = {
  id: 'ofetch',
  packageName: 'ofetch',
  products: products('coinm'),
  fail(context) {
    return rejectionOf(() =>
      ofetch(orderUrl(context), { method: 'POST', headers, timeout: context.timeoutMs, retry: 0 }),
    );
  },
};

export const kyClient: ClientUnderTest = {
  id: 'ky',
  packageName: 'ky',
  products: products('options'),
  readsAsync: true,
  fail(context) {
    return rejectionOf(() => ky.post(orderUrl(context), { headers, timeout: context.timeoutMs, retry: 0 }).json());
  },
};

/** Plain fetch: a failure is the Response the app got (not read yet), or what fetch threw. */
export const fetchClient: ClientUnderTest = {
  id: 'fetch',
  packageName: 'node:fetch',
  products: products('pm'),
  readsAsync: true,
  async fail(context) {
    return rejectionOf(async () => {
      const response = await fetch(orderUrl(context), {
        method: 'POST',
        headers,
        signal: AbortSignal.timeout(context.timeoutMs),
      });
      if (!response.ok) throw response;
      return response;
    });
  },
};

/** RTK Query's fetchBaseQuery, called as an endpoint does: the `error` it returns is what hooks hand a component. */
export const rtkQueryClient: ClientUnderTest = {
  id: 'RTK Query (fetchBaseQuery)',
  packageName: '@reduxjs/toolkit',
  products: products('spot'),
  async fail(context) {
    const baseQuery = fetchBaseQuery({ baseUrl: context.origin, timeout: context.timeoutMs, headers });
    const controller = new AbortController();
    const api = {
      signal: controller.signal,
      abort: () => controller.abort(),
      dispatch: () => undefined,
      getState: () => ({}),
      extra: undefined,
      endpoint: 'placeOrder',
      type: 'mutation' as const,
    };
    const result = await baseQuery(
      { url: ORDER_PATHS[context.product], method: 'POST', params: ORDER },
      api as unknown as Parameters<typeof baseQuery>[1],
      {},
    );
    if (!result.error) throw new Error('client-contract: the call succeeded, a failure was expected');
    return result.error;
  },
};

function queryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false } } });
}

/** TanStack Query: the query function calls ofetch; the error is what the query holds. */
export const tanstackQueryClient: ClientUnderTest = {
  id: 'TanStack Query (ofetch inside)',
  packageName: '@tanstack/query-core',
  products: products('usdm'),
  async fail(context) {
    const client = queryClient();
    const error = await rejectionOf(() =>
      client.fetchQuery({
        queryKey: ['order', context.product],
        queryFn: () => ofetch(orderUrl(context), { method: 'POST', headers, timeout: context.timeoutMs, retry: 0 }),
      }),
    );
    client.clear();
    return error;
  },
};

/** TanStack Query whose query function wraps axios' error in its own, the original as `cause`. */
export const tanstackCauseClient: ClientUnderTest = {
  id: 'TanStack Query (axios error as cause)',
  packageName: '@tanstack/query-core',
  products: products('spot'),
  async fail(context) {
    const client = queryClient();
    const error = await rejectionOf(() =>
      client.fetchQuery({
        queryKey: ['order', context.product],
        queryFn: async () => {
          try {
            return await axios.post(orderUrl(context), null, { headers, timeout: context.timeoutMs });
          } catch (cause) {
            throw new Error('Could not place the order', { cause });
          }
        },
      }),
    );
    client.clear();
    return error;
  },
};
