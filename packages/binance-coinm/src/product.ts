/**
 * The product, for its lazy module: a copy of the generated `PRODUCT` (which sits beside every code),
 * so the module stays a few hundred bytes; a test keeps the two equal.
 */
export const PRODUCT = {
  id: 'coinm',
  namespace: 'binanceCoinm',
  apiPrefixes: ['/dapi/'],
} as const;
