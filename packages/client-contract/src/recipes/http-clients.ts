import { format, readResponseBody } from '@exchange-errors/core';
import axios from 'axios';
import ky from 'ky';
import { ofetch } from 'ofetch';
import { products } from './products.js';

// axios and ofetch keep the body and the request's URL: pass what they threw.
export async function withAxios(url: string) {
  try {
    return await axios.post(url);
  } catch (error) {
    return format(products, error, { lng: 'en' });
  }
}

export async function withOfetch(url: string) {
  try {
    return await ofetch(url, { method: 'POST' });
  } catch (error) {
    return format(products, error, { lng: 'en' });
  }
}

// ky throws before reading the body: read it first (readResponseBody never rejects).
export async function withKy(url: string) {
  try {
    return await ky.post(url).json();
  } catch (error) {
    return format(products, await readResponseBody(error), { lng: 'en' });
  }
}
