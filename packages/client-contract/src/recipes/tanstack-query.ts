import { format } from '@exchange-errors/core';
import type { QueryClient } from '@tanstack/query-core';
import axios from 'axios';
import { products } from './products.js';

// Whatever the query function threw, also wrapped in your own error with the original as `cause`.
export async function loadOrder(client: QueryClient, url: string) {
  try {
    return await client.fetchQuery({
      queryKey: ['order', url],
      queryFn: async () => {
        try {
          return (await axios.post(url)).data;
        } catch (cause) {
          throw new Error('Could not place the order', { cause });
        }
      },
      retry: false,
    });
  } catch (error) {
    return format(products, error, { lng: 'en' });
  }
}
