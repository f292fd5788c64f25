/** The real exchangeInfo entries of fixtures/ (see its README), by product and symbol. */
import { readFileSync } from 'node:fs';

function load(file: string): readonly Record<string, unknown>[] {
  return JSON.parse(readFileSync(new URL(`./fixtures/${file}`, import.meta.url), 'utf8')) as Record<string, unknown>[];
}

function bySymbol(file: string): Readonly<Record<string, Record<string, unknown>>> {
  return Object.fromEntries(load(file).map((entry) => [String(entry['symbol']), entry]));
}

export const SPOT_2022 = bySymbol('spot-2022-11.json');
export const SPOT_CCXT = bySymbol('spot-ccxt-static.json');
export const USDM_2021 = bySymbol('usdm-2021-09.json');
export const COINM_2020 = bySymbol('coinm-2020-08.json');

/** The entry, or a test failure that names it. */
export function entry(set: Readonly<Record<string, Record<string, unknown>>>, symbol: string): Record<string, unknown> {
  const found = set[symbol];
  if (!found) throw new Error(`no fixture for ${symbol}`);
  return found;
}
