/** One row of our guidance: a code, how it is classified, its title in English and Traditional Chinese, its hint. */
import type { Category, Severity } from '@exchange-errors/catalog-generator/curate';
import type { Hint } from './hints.js';

export const R = true;
export const F = false;

export type Row = readonly [
  code: number,
  category: Category,
  retryable: boolean,
  severity: Severity,
  en: string,
  zhHant: string,
  hint: Hint,
];
