import { errorsOf } from '@exchange-errors/core';
import axios from 'axios';
import { products } from './products.js';

// A batch answers HTTP 200 with orders and errors mixed: each error with its index.
export async function placeBatch(url: string) {
  const response = await axios.post(url);
  const { total, errors } = errorsOf(products, response);
  return { total, rejected: errors.map(({ index, error }) => ({ index, code: error.code, name: error.name })) };
}
