/**
 * The demo's USDⓈ-M account: one-way mode, 20× leverage, cross margin in USDT. Orders are checked as
 * the API layer does (orders.ts), then as the matching engine does: a reduce-only order must reduce
 * the position (-2022), post-only (GTX) must not take (-5022), the opening part of an order needs
 * its initial margin (-2019). Takers fill at the touch up to its depth; resting orders fill when the
 * market moves through them; fills move the position and realize PnL into the wallet.
 */
import { exchangeErrors, reject } from '../errors.js';
import { round } from '../market.js';
import type { Params } from '../params.js';
import type { OrderSide } from '../types.js';
import { usdmErrors } from './errors.js';
import { perpBook, PERP_SYMBOLS, type PerpSymbol } from './instruments.js';
import { perpContract, readPerpOrder, type PerpOrderType, type PerpTimeInForce } from './orders.js';

export type PerpStatus = 'NEW' | 'PARTIALLY_FILLED' | 'FILLED' | 'CANCELED' | 'EXPIRED';

export const USDM_STARTING_WALLET = 10_000;
export const USDM_LEVERAGE = 20;
const FEE_RATE = 0.0005;

export interface PerpOrder {
  readonly orderId: number;
  readonly contract: PerpSymbol;
  readonly side: OrderSide;
  readonly type: PerpOrderType;
  readonly timeInForce: PerpTimeInForce;
  /** 0 for MARKET, as Binance reports it. */
  readonly price: number;
  readonly origQty: number;
  readonly reduceOnly: boolean;
  readonly clientOrderId: string;
  readonly time: number;
  executedQty: number;
  cumQuote: number;
  status: PerpStatus;
  updateTime: number;
}

interface Position {
  /** Signed: positive long, negative short. */
  amt: number;
  entry: number;
}

const isOpen = (o: PerpOrder) => o.status === 'NEW' || o.status === 'PARTIALLY_FILLED';
const signed = (side: OrderSide, qty: number) => (side === 'BUY' ? qty : -qty);

export class UsdmAccount {
  private nextOrderId = 5_390_000_001;
  wallet = USDM_STARTING_WALLET;
  readonly positions = new Map<string, Position>();
  readonly orders = new Map<number, PerpOrder>();

  constructor(readonly contracts: readonly PerpSymbol[] = PERP_SYMBOLS) {}

  position(symbol: string): Position {
    return this.positions.get(symbol) ?? { amt: 0, entry: 0 };
  }

  /* ------------------------------------------------------------------ orders */

  /** `POST /fapi/v1/order`. */
  place(params: Params, now: number): PerpOrder {
    this.advance(now);
    const req = readPerpOrder(params, (c) => perpBook(c, now).mark, this.contracts);
    const { contract, side, type, quantity } = req;
    if (req.clientOrderId !== undefined && this.openOrders().some((o) => o.clientOrderId === req.clientOrderId))
      reject(usdmErrors.duplicateClientOrderId());
    const held = this.position(contract.symbol).amt;
    // One-way mode: reduce-only must trade against the position, never open or add to one.
    if (req.reduceOnly && !(side === 'BUY' ? held < 0 : held > 0)) reject(usdmErrors.reduceOnlyRejected());
    const book = perpBook(contract, now);
    const touch = side === 'BUY' ? book.ask : book.bid;
    const crosses = type === 'MARKET' || (side === 'BUY' ? (req.price ?? 0) >= book.ask : (req.price ?? 0) <= book.bid);
    if (req.timeInForce === 'GTX' && crosses) reject(usdmErrors.postOnlyRejected());
    if (!req.reduceOnly) {
      // Only the part beyond the opposite position opens exposure and needs margin.
      const against = side === 'BUY' ? Math.max(0, -held) : Math.max(0, held);
      const opening = Math.max(0, quantity - against);
      if (((req.price ?? touch) * opening) / USDM_LEVERAGE > this.available(now) + 1e-9) reject(usdmErrors.margin());
    }

    const order: PerpOrder = {
      orderId: this.nextOrderId++,
      contract,
      side,
      type,
      timeInForce: req.timeInForce,
      price: req.price ?? 0,
      origQty: quantity,
      reduceOnly: req.reduceOnly,
      clientOrderId: req.clientOrderId ?? `sim${now.toString(36)}${this.nextOrderId.toString(36)}`,
      time: now,
      executedQty: 0,
      cumQuote: 0,
      status: 'NEW',
      updateTime: now,
    };
    this.orders.set(order.orderId, order);
    // A reduce-only order never takes more than the position.
    const cap = req.reduceOnly ? Math.abs(held) : quantity;
    const fillable = crosses ? Math.min(quantity, book.depth, cap) : 0;
    if (order.timeInForce === 'FOK' && fillable < quantity) this.finish(order, 'EXPIRED', now);
    else {
      if (fillable > 0) this.fill(order, fillable, touch, now);
      if (isOpen(order) && (type === 'MARKET' || order.timeInForce === 'IOC')) this.finish(order, 'EXPIRED', now);
    }
    return order;
  }

  private fill(order: PerpOrder, qty: number, price: number, now: number): void {
    const symbol = order.contract.symbol;
    const position = this.position(symbol);
    const delta = signed(order.side, qty);
    const next = round(position.amt + delta, 8);
    // Closing part realizes PnL at the entry price; the rest opens at the fill price.
    const closing = Math.sign(position.amt) === -Math.sign(delta) ? Math.min(Math.abs(position.amt), qty) : 0;
    this.wallet = round(
      this.wallet + closing * (price - position.entry) * Math.sign(position.amt) - FEE_RATE * price * qty,
      8,
    );
    if (next === 0) this.positions.delete(symbol);
    else if (Math.sign(next) !== Math.sign(position.amt)) this.positions.set(symbol, { amt: next, entry: price });
    else if (closing > 0) this.positions.set(symbol, { amt: next, entry: position.entry });
    else
      this.positions.set(symbol, {
        amt: next,
        entry: (position.entry * Math.abs(position.amt) + price * qty) / Math.abs(next),
      });
    order.executedQty = round(order.executedQty + qty, 8);
    order.cumQuote = round(order.cumQuote + price * qty, 8);
    order.status = order.executedQty >= order.origQty - 1e-12 ? 'FILLED' : 'PARTIALLY_FILLED';
    order.updateTime = now;
  }

  private finish(order: PerpOrder, status: 'EXPIRED' | 'CANCELED', now: number): void {
    order.status = status;
    order.updateTime = now;
  }

  /** Fills resting orders the market has moved through since the last request. */
  advance(now: number): void {
    for (const order of this.openOrders()) {
      const book = perpBook(order.contract, now);
      const crosses = order.side === 'BUY' ? book.ask <= order.price : book.bid >= order.price;
      if (!crosses) continue;
      let qty = Math.min(round(order.origQty - order.executedQty, 8), book.depth);
      if (order.reduceOnly) qty = Math.min(qty, Math.abs(this.position(order.contract.symbol).amt));
      if (qty > 0) this.fill(order, qty, order.price, now);
      else this.finish(order, 'EXPIRED', now);
    }
  }

  openOrders(symbol?: string): PerpOrder[] {
    return [...this.orders.values()].filter((o) => isOpen(o) && (symbol === undefined || o.contract.symbol === symbol));
  }

  /** `DELETE /fapi/v1/order`: an order the book does not hold is -2011. */
  cancel(params: Params, now: number): PerpOrder {
    this.advance(now);
    const contract = perpContract(params.required('symbol'));
    const orderId = params.optional('orderId');
    const clientId = params.optional('origClientOrderId');
    if (orderId === undefined && clientId === undefined)
      reject(exchangeErrors.eitherParam('orderId', 'origClientOrderId'));
    const order = this.openOrders(contract.symbol).find((o) =>
      orderId !== undefined ? String(o.orderId) === orderId : o.clientOrderId === clientId,
    );
    if (!order) return reject(usdmErrors.unknownOrderCancel());
    this.finish(order, 'CANCELED', now);
    return order;
  }

  /* ------------------------------------------------------------------ margin */

  private unrealized(now: number): number {
    let pnl = 0;
    for (const [symbol, p] of this.positions) pnl += (perpBook(perpContract(symbol), now).mark - p.entry) * p.amt;
    return pnl;
  }

  /** Initial margin of the positions (at mark) and of open orders that would open exposure. */
  initialMargin(now: number): number {
    let total = 0;
    for (const [symbol, p] of this.positions)
      total += (Math.abs(p.amt) * perpBook(perpContract(symbol), now).mark) / USDM_LEVERAGE;
    for (const o of this.openOrders())
      if (!o.reduceOnly) total += (o.price * (o.origQty - o.executedQty)) / USDM_LEVERAGE;
    return total;
  }

  available(now: number): number {
    return this.wallet + this.unrealized(now) - this.initialMargin(now);
  }

  /* ------------------------------------------------------------------ views */

  orderView(o: PerpOrder) {
    const scale = o.contract.pricePrecision;
    const qScale = o.contract.quantityPrecision;
    return {
      orderId: o.orderId,
      symbol: o.contract.symbol,
      status: o.status,
      clientOrderId: o.clientOrderId,
      price: o.price.toFixed(scale),
      avgPrice: (o.executedQty > 0 ? o.cumQuote / o.executedQty : 0).toFixed(scale),
      origQty: o.origQty.toFixed(qScale),
      executedQty: o.executedQty.toFixed(qScale),
      cumQty: o.executedQty.toFixed(qScale),
      cumQuote: o.cumQuote.toFixed(5),
      timeInForce: o.timeInForce,
      type: o.type,
      reduceOnly: o.reduceOnly,
      closePosition: false,
      side: o.side,
      positionSide: 'BOTH',
      stopPrice: '0.00',
      workingType: 'CONTRACT_PRICE',
      priceProtect: false,
      origType: o.type,
      priceMatch: 'NONE',
      selfTradePreventionMode: 'EXPIRE_MAKER',
      goodTillDate: 0,
      updateTime: o.updateTime,
    };
  }

  positionViews(now: number, symbol?: string) {
    this.advance(now);
    return [...this.positions]
      .filter(([s]) => symbol === undefined || s === symbol)
      .map(([s, p]) => {
        const contract = perpContract(s);
        const mark = perpBook(contract, now).mark;
        const notional = p.amt * mark;
        return {
          symbol: s,
          positionSide: 'BOTH',
          positionAmt: p.amt.toFixed(contract.quantityPrecision),
          entryPrice: p.entry.toFixed(8),
          breakEvenPrice: p.entry.toFixed(8),
          markPrice: mark.toFixed(8),
          unRealizedProfit: ((mark - p.entry) * p.amt).toFixed(8),
          liquidationPrice: '0',
          isolatedMargin: '0',
          notional: notional.toFixed(8),
          marginAsset: 'USDT',
          isolatedWallet: '0',
          initialMargin: (Math.abs(notional) / USDM_LEVERAGE).toFixed(8),
          maintMargin: (Math.abs(notional) * 0.004).toFixed(8),
          adl: 0,
          updateTime: now,
        };
      });
  }

  accountView(now: number) {
    this.advance(now);
    const unrealized = this.unrealized(now);
    const initial = this.initialMargin(now);
    const f = (n: number) => n.toFixed(8);
    return {
      totalInitialMargin: f(initial),
      totalMaintMargin: f(initial * 0.08),
      totalWalletBalance: f(this.wallet),
      totalUnrealizedProfit: f(unrealized),
      totalMarginBalance: f(this.wallet + unrealized),
      availableBalance: f(this.wallet + unrealized - initial),
      maxWithdrawAmount: f(Math.max(0, this.wallet + unrealized - initial)),
      assets: [
        {
          asset: 'USDT',
          walletBalance: f(this.wallet),
          unrealizedProfit: f(unrealized),
          marginBalance: f(this.wallet + unrealized),
          availableBalance: f(this.wallet + unrealized - initial),
          updateTime: now,
        },
      ],
      positions: this.positionViews(now).map((p) => ({
        symbol: p.symbol,
        positionSide: p.positionSide,
        positionAmt: p.positionAmt,
        unrealizedProfit: p.unRealizedProfit,
        notional: p.notional,
        initialMargin: p.initialMargin,
        maintMargin: p.maintMargin,
        updateTime: now,
      })),
    };
  }
}
