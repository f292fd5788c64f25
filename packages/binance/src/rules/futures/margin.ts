/**
 * "Margin is insufficient." (-2019) and "Balance is insufficient." (-2018) in numbers, when the app
 * passes the available balance: the initial margin the order needs (its value ÷ leverage) against
 * what is available, and the largest quantity that fits. The exchange also counts open orders,
 * positions, fees and unrealized losses, so the figures are the order's own need, said as "about".
 * On COIN-M the value is in the coin: quantity × contract size ÷ price.
 */
import { compareDecimal, divideDecimal, multiplyDecimal, type Decimal } from '../shared/decimal.js';
import { largestQuantityFor } from '../shared/notional.js';
import type { ExplanationDraft } from '../shared/types.js';
import type { FuturesFacts } from './facts.js';
import { quantityGrid } from './grids.js';
import { futuresDraft, str, suggest } from './verdict.js';

/** Amounts of a margin asset are shown to 8 decimals, Binance's precision for balances. */
const PLACES = 8;

export function marginDraft(facts: FuturesFacts, code: number): ExplanationDraft | null {
  const { symbol, order, extras } = facts;
  const available = extras.available;
  const quantity = order.quantity;
  if (!symbol || !available || !quantity?.value || quantity.value.units <= 0n) return null;
  const market = order.type === 'MARKET';
  const price: Decimal | null = market ? extras.markPrice : (order.price?.value ?? null);
  if (!price || price.units <= 0n) return null;
  const size = symbol.contractSize;
  const notional = size
    ? divideDecimal(multiplyDecimal(quantity.value, size), price, PLACES, true)
    : multiplyDecimal(price, quantity.value);
  if (!notional) return null;
  const values = { quantity: quantity.text, notional: str(notional), available: str(available) };
  const leverage = extras.leverage;
  if (!leverage) {
    if (compareDecimal(available, notional) >= 0) return null;
    return futuresDraft(facts, code, 'marginShortNoLeverage', 'quantity', values, [], true);
  }
  const required = divideDecimal(notional, leverage, PLACES, true);
  if (!required || compareDecimal(available, required) >= 0) return null;
  const budget = multiplyDecimal(available, leverage);
  const grid = quantityGrid(symbol, market);
  const largest = size
    ? largestQuantityFor(multiplyDecimal(budget, price), { units: 1n, scale: 0 }, grid, size)
    : largestQuantityFor(budget, price, grid);
  const full = { ...values, required: str(required), leverage: str(leverage) };
  return largest
    ? futuresDraft(
        facts,
        code,
        'marginShort',
        'quantity',
        { ...full, maxQuantity: str(largest) },
        suggest('quantity', largest),
        true,
      )
    : futuresDraft(facts, code, 'marginShortNoFix', 'quantity', full, [], true);
}
