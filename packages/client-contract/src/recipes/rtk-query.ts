import { format } from '@exchange-errors/core';
import type { FetchBaseQueryError } from '@reduxjs/toolkit/query';
import type { SerializedError } from '@reduxjs/toolkit';
import { products } from './products.js';

// The `error` a hook hands your component (`useCreateOrderMutation()[1].error`): it carries no URL,
// so say which product the endpoint calls.
export function orderErrorText(error: FetchBaseQueryError | SerializedError) {
  return format(products, error, { product: 'usdm', lng: 'en' });
}
