/**
 * The Spot or USDⓈ-M symbols the ticket offers, with the rules a trader needs before sending (tick,
 * step, minimum order value), read from that product's own exchangeInfo when the ticket switches to
 * it. Options' rules come from the polled `optionSymbols[]` instead (orderRules.ts).
 */
import { useEffect, useState } from 'react';
import { useExchange } from './exchange.js';
import { PRODUCT_APIS, type TicketProduct } from './products.js';

export interface SymbolRules {
  readonly symbol: string;
  readonly quoteAsset: string;
  readonly tickSize: string;
  readonly stepSize: string;
  readonly minNotional: string;
}

interface InfoFilter {
  readonly filterType?: unknown;
  readonly tickSize?: unknown;
  readonly stepSize?: unknown;
  readonly minNotional?: unknown;
  readonly notional?: unknown;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** `1.00000000` reads `1`, `0.01000000` reads `0.01`: exchangeInfo's padding is noise to a trader. */
export function plainDecimal(value: string): string {
  return /^\d+\.\d+$/.test(value) ? value.replace(/0+$/, '').replace(/\.$/, '') : value;
}

/** The rules of each listed symbol, from an exchangeInfo answer of Spot's or USDⓈ-M's shape. */
export function symbolRulesOf(info: unknown): SymbolRules[] {
  const symbols = (info as { symbols?: unknown } | null)?.symbols;
  if (!Array.isArray(symbols)) return [];
  return symbols.flatMap((entry: { symbol?: unknown; quoteAsset?: unknown; filters?: unknown }) => {
    const filters: InfoFilter[] = Array.isArray(entry.filters) ? entry.filters : [];
    const of = (type: string) => filters.find((f) => f.filterType === type);
    const notional = of('NOTIONAL')?.minNotional ?? of('MIN_NOTIONAL')?.notional ?? of('MIN_NOTIONAL')?.minNotional;
    if (typeof entry.symbol !== 'string') return [];
    return [
      {
        symbol: entry.symbol,
        quoteAsset: text(entry.quoteAsset),
        tickSize: plainDecimal(text(of('PRICE_FILTER')?.tickSize)),
        stepSize: plainDecimal(text(of('LOT_SIZE')?.stepSize)),
        minNotional: plainDecimal(text(notional)),
      },
    ];
  });
}

/** The product's symbols, loaded once per switch to it; empty for Options and until the answer. */
export function useProductSymbols(product: TicketProduct): readonly SymbolRules[] {
  const { client, report } = useExchange();
  const [loaded, setLoaded] = useState<{ product: TicketProduct; rules: readonly SymbolRules[] } | null>(null);
  useEffect(() => {
    if (product === 'options') return;
    let live = true;
    client.request<unknown>('GET', PRODUCT_APIS[product].exchangeInfo).then(
      (info) => live && setLoaded({ product, rules: symbolRulesOf(info) }),
      (failure: unknown) => live && report(failure, { product }),
    );
    return () => {
      live = false;
    };
  }, [client, report, product]);
  return loaded?.product === product ? loaded.rules : [];
}
