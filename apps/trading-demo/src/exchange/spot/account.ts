/**
 * The demo's Spot account and matching engine: balances (free and locked), orders, cancels and
 * cancel-replace, answering as Binance's matching engine does (-2010 / -2011 with their messages,
 * -2021 / -2022 with what each half of a cancel-replace did). Takers fill at the touch up to its
 * depth; resting orders fill when the market moves through them.
 */
import { errorBody, exchangeErrors, ExchangeRejection, reject, type ExchangeError } from '../errors.js';
import { indexPrice, round } from '../market.js';
import type { Params } from '../params.js';
import type { OrderSide } from '../types.js';
import { spotErrors, type CancelReplaceData } from './errors.js';
import type { FilterState } from './filters.js';
import { spotAvgPrice, spotBook, spotFilter, spotStep, SPOT_SYMBOLS, type SpotSymbol } from './instruments.js';
import { readSpotOrder, spotPair, type SpotOrderRequest, type SpotOrderType, type SpotTimeInForce } from './orders.js';

export type SpotStatus = 'NEW' | 'PARTIALLY_FILLED' | 'FILLED' | 'CANCELED' | 'EXPIRED';

export const SPOT_STARTING_BALANCES: Readonly<Record<string, number>> = { USDT: 10_000, BTC: 0.1, ETH: 2 };
const FEE_RATE = 0.001;

interface Fill {
  readonly price: number;
  readonly qty: number;
  readonly commission: number;
  readonly commissionAsset: string;
  readonly tradeId: number;
}

export interface SpotOrder {
  readonly orderId: number;
  readonly pair: SpotSymbol;
  readonly side: OrderSide;
  readonly type: SpotOrderType;
  readonly timeInForce: SpotTimeInForce;
  /** 0 for MARKET, as Binance reports it. */
  readonly price: number;
  readonly origQty: number;
  readonly quoteOrderQty: number;
  /** 0 when none, as Binance reports it. */
  readonly stopPrice: number;
  readonly icebergQty: number;
  readonly trailingDelta: number | undefined;
  /** A stop-loss or take-profit order waits for its stop price; every other order is live from the start. */
  triggered: boolean;
  readonly clientOrderId: string;
  readonly time: number;
  executedQty: number;
  cummulativeQuoteQty: number;
  status: SpotStatus;
  updateTime: number;
  /** Funds held for what is left: quote for a buy (at its price), base for a sell. */
  locked: number;
  readonly fills: Fill[];
}

interface Balance {
  free: number;
  locked: number;
}

const isOpen = (o: SpotOrder) => o.status === 'NEW' || o.status === 'PARTIALLY_FILLED';
const STOPS: ReadonlySet<SpotOrderType> = new Set(['STOP_LOSS', 'STOP_LOSS_LIMIT', 'TAKE_PROFIT', 'TAKE_PROFIT_LIMIT']);

/**
 * Whether a stop order's stop price has been reached at `last`: a stop-loss buy (or take-profit sell)
 * when the price rises to it, a stop-loss sell (or take-profit buy) when it falls to it.
 */
function stopReached(type: SpotOrderType, side: OrderSide, stopPrice: number, last: number): boolean {
  const rising = (type === 'STOP_LOSS' || type === 'STOP_LOSS_LIMIT') === (side === 'BUY');
  return rising ? last >= stopPrice : last <= stopPrice;
}
const fixed8 = (n: number) => n.toFixed(8);
const floorTo = (value: number, step: number) => round(Math.floor(value / step + 1e-9) * step, 8);

export class SpotAccount {
  private nextOrderId = 28_000_000_001;
  private nextTradeId = 3_100_000_001;
  readonly balances = new Map<string, Balance>();
  readonly orders = new Map<number, SpotOrder>();

  constructor(readonly pairs: readonly SpotSymbol[] = SPOT_SYMBOLS) {
    for (const [asset, free] of Object.entries(SPOT_STARTING_BALANCES)) this.balances.set(asset, { free, locked: 0 });
  }

  private balance(asset: string): Balance {
    let b = this.balances.get(asset);
    if (!b) {
      b = { free: 0, locked: 0 };
      this.balances.set(asset, b);
    }
    return b;
  }

  /* ------------------------------------------------------------------ orders */

  /** `POST /api/v3/order`. */
  place(params: Params, now: number): SpotOrder {
    this.advance(now);
    return this.execute(
      readSpotOrder(params, (pair) => this.filterState(pair, now), this.pairs),
      now,
    );
  }

  /** What the filters judge a new order against: the average price, the open orders, the base asset held. */
  filterState(pair: SpotSymbol, now: number): FilterState {
    const base = this.balances.get(pair.baseAsset);
    return {
      avgPrice: spotAvgPrice(pair, now),
      open: this.openOrders().map((o) => ({
        symbol: o.pair.symbol,
        side: o.side,
        type: o.type,
        origQty: o.origQty,
        executedQty: o.executedQty,
        icebergQty: o.icebergQty,
      })),
      baseHeld: base ? round(base.free + base.locked, 8) : 0,
    };
  }

  /** The matching engine's part: duplicate ids, LIMIT_MAKER that would take, funds, then matching. */
  private execute(req: SpotOrderRequest, now: number): SpotOrder {
    const { pair, side, type } = req;
    if (req.clientOrderId !== undefined && this.openOrders().some((o) => o.clientOrderId === req.clientOrderId))
      reject(spotErrors.duplicateOrder());
    const price = req.price === undefined ? undefined : Number(req.price);
    const stopPrice = req.stopPrice === undefined ? 0 : Number(req.stopPrice);
    const waits = STOPS.has(type);
    if (waits && stopPrice > 0 && stopReached(type, side, stopPrice, indexPrice(pair.underlying, now)))
      reject(spotErrors.wouldTriggerImmediately());
    const book = spotBook(pair, now);
    const touch = side === 'BUY' ? book.ask : book.bid;
    const crosses =
      !waits && (type === 'MARKET' || (side === 'BUY' ? (price ?? 0) >= book.ask : (price ?? 0) <= book.bid));
    if (type === 'LIMIT_MAKER' && crosses) reject(spotErrors.wouldMatchAndTake());

    const quote = req.quoteOrderQty === undefined ? undefined : Number(req.quoteOrderQty);
    const quantity = req.quantity !== undefined ? Number(req.quantity) : floorTo((quote ?? 0) / touch, spotStep(pair));
    // A buy holds quote at its own price (a market buy at the touch), a sell holds base.
    const lockPrice = price ?? touch;
    const need = side === 'BUY' ? (quote ?? round(lockPrice * quantity, 8)) : quantity;
    const funding = this.balance(side === 'BUY' ? pair.quoteAsset : pair.baseAsset);
    // A quoteOrderQty worth less than one step buys nothing: LOT_SIZE, as for a quantity below minQty.
    if (quantity < Number(spotFilter(pair, 'LOT_SIZE')?.['minQty'] ?? 0)) reject(spotErrors.filterFailure('LOT_SIZE'));
    if (need > funding.free + 1e-12) reject(spotErrors.insufficientBalance());
    funding.free = round(funding.free - need, 8);
    funding.locked = round(funding.locked + need, 8);

    const order: SpotOrder = {
      orderId: this.nextOrderId++,
      pair,
      side,
      type,
      timeInForce: req.timeInForce ?? 'GTC',
      price: type === 'MARKET' ? 0 : lockPrice,
      origQty: quantity,
      quoteOrderQty: quote ?? 0,
      stopPrice,
      icebergQty: req.icebergQty === undefined ? 0 : Number(req.icebergQty),
      trailingDelta: req.trailingDelta === undefined ? undefined : Number(req.trailingDelta),
      triggered: !waits,
      clientOrderId: req.clientOrderId ?? `sim${now.toString(36)}${this.nextOrderId.toString(36)}`,
      time: now,
      executedQty: 0,
      cummulativeQuoteQty: 0,
      status: 'NEW',
      updateTime: now,
      locked: need,
      fills: [],
    };
    this.orders.set(order.orderId, order);
    // A stop order rests untriggered: its time in force applies once it joins the book.
    if (waits) return order;
    const fillable = crosses ? Math.min(quantity, book.depth) : 0;
    if (order.timeInForce === 'FOK' && fillable < quantity) this.expire(order, now);
    else {
      if (fillable > 0) this.fill(order, fillable, touch, now);
      // MARKET and IOC never rest: what the book could not take expires.
      if (isOpen(order) && (type === 'MARKET' || order.timeInForce === 'IOC')) this.expire(order, now);
    }
    return order;
  }

  private fill(order: SpotOrder, qty: number, price: number, now: number): void {
    const { pair } = order;
    const value = round(price * qty, 8);
    const base = this.balance(pair.baseAsset);
    const quote = this.balance(pair.quoteAsset);
    let commission: number;
    if (order.side === 'BUY') {
      // Held at the order's price; a better fill gives the difference back.
      const release = Math.min(order.locked, order.type === 'MARKET' ? value : round(order.price * qty, 8));
      order.locked = round(order.locked - release, 8);
      quote.locked = round(quote.locked - release, 8);
      quote.free = round(quote.free + release - value, 8);
      commission = round(qty * FEE_RATE, 8);
      base.free = round(base.free + qty - commission, 8);
    } else {
      order.locked = round(order.locked - qty, 8);
      base.locked = round(base.locked - qty, 8);
      commission = round(value * FEE_RATE, 8);
      quote.free = round(quote.free + value - commission, 8);
    }
    order.executedQty = round(order.executedQty + qty, 8);
    order.cummulativeQuoteQty = round(order.cummulativeQuoteQty + value, 8);
    order.fills.push({
      price,
      qty,
      commission,
      commissionAsset: order.side === 'BUY' ? pair.baseAsset : pair.quoteAsset,
      tradeId: this.nextTradeId++,
    });
    order.status = order.executedQty >= order.origQty - 1e-12 ? 'FILLED' : 'PARTIALLY_FILLED';
    order.updateTime = now;
    if (order.status === 'FILLED') this.release(order);
  }

  /** Gives back whatever the order still holds. */
  private release(order: SpotOrder): void {
    if (order.locked <= 0) return;
    const funding = this.balance(order.side === 'BUY' ? order.pair.quoteAsset : order.pair.baseAsset);
    funding.locked = round(funding.locked - order.locked, 8);
    funding.free = round(funding.free + order.locked, 8);
    order.locked = 0;
  }

  private expire(order: SpotOrder, now: number): void {
    order.status = 'EXPIRED';
    order.updateTime = now;
    this.release(order);
  }

  /** Fills resting orders the market has moved through since the last request. */
  advance(now: number): void {
    for (const order of this.openOrders()) {
      // A stop order joins the book once its stop price is reached (a trailing stop without one waits here).
      if (!order.triggered) {
        if (
          order.stopPrice <= 0 ||
          !stopReached(order.type, order.side, order.stopPrice, indexPrice(order.pair.underlying, now))
        )
          continue;
        order.triggered = true;
      }
      const book = spotBook(order.pair, now);
      const crosses = order.side === 'BUY' ? book.ask <= order.price : book.bid >= order.price;
      if (crosses)
        this.fill(order, Math.min(round(order.origQty - order.executedQty, 8), book.depth), order.price, now);
    }
  }

  openOrders(symbol?: string): SpotOrder[] {
    return [...this.orders.values()].filter((o) => isOpen(o) && (symbol === undefined || o.pair.symbol === symbol));
  }

  /** `DELETE /api/v3/order`: an order the book does not hold (unknown, filled, cancelled) is -2011. */
  cancel(
    params: Params,
    now: number,
    names: { id: string; clientId: string } = { id: 'orderId', clientId: 'origClientOrderId' },
  ): SpotOrder {
    this.advance(now);
    const pair = spotPair(params.required('symbol'), this.pairs);
    const orderId = params.optional(names.id);
    const clientId = params.optional(names.clientId);
    if (orderId === undefined && clientId === undefined) reject(exchangeErrors.eitherParam(names.clientId, names.id));
    const order = this.openOrders(pair.symbol).find((o) =>
      orderId !== undefined ? String(o.orderId) === orderId : o.clientOrderId === clientId,
    );
    if (!order) return reject(spotErrors.unknownOrderCancel());
    order.status = 'CANCELED';
    order.updateTime = now;
    this.release(order);
    return order;
  }

  /**
   * `POST /api/v3/order/cancelReplace`: the new order's filters are checked before anything happens
   * (a plain -1013); then the cancel, then the new order. STOP_ON_FAILURE stops after a failed cancel
   * (-2022, new order NOT_ATTEMPTED); ALLOW_FAILURE tries the new order anyway. One half failing is
   * -2021 (409), both -2022 (400), each with `data` saying what happened.
   */
  cancelReplace(params: Params, now: number) {
    this.advance(now);
    const mode = params.required('cancelReplaceMode');
    if (mode !== 'STOP_ON_FAILURE' && mode !== 'ALLOW_FAILURE') reject(spotErrors.invalidCancelReplaceMode());
    const req = readSpotOrder(params, (pair) => this.filterState(pair, now), this.pairs);
    if (params.optional('cancelOrderId') === undefined && params.optional('cancelOrigClientOrderId') === undefined) {
      reject(exchangeErrors.eitherParam('cancelOrigClientOrderId', 'cancelOrderId'));
    }
    const attempt = <T>(run: () => T): { ok: T } | { error: ExchangeError } => {
      try {
        return { ok: run() };
      } catch (error) {
        if (error instanceof ExchangeRejection) return { error: error.error };
        throw error;
      }
    };
    const cancelled = attempt(() =>
      this.cancel(params, now, { id: 'cancelOrderId', clientId: 'cancelOrigClientOrderId' }),
    );
    const cancelResponse = 'ok' in cancelled ? this.cancelView(cancelled.ok) : errorBody(cancelled.error);
    if ('error' in cancelled && mode === 'STOP_ON_FAILURE') {
      reject(
        spotErrors.cancelReplaceFailed({
          cancelResult: 'FAILURE',
          newOrderResult: 'NOT_ATTEMPTED',
          cancelResponse,
          newOrderResponse: null,
        }),
      );
    }
    const placed = attempt(() => this.execute(req, now));
    const data: CancelReplaceData = {
      cancelResult: 'ok' in cancelled ? 'SUCCESS' : 'FAILURE',
      newOrderResult: 'ok' in placed ? 'SUCCESS' : 'FAILURE',
      cancelResponse,
      newOrderResponse: 'ok' in placed ? this.orderView(placed.ok) : errorBody(placed.error),
    };
    if ('error' in cancelled && 'error' in placed) reject(spotErrors.cancelReplaceFailed(data));
    if ('error' in cancelled || 'error' in placed) reject(spotErrors.cancelReplacePartial(data));
    return data;
  }

  /* ------------------------------------------------------------------ views */

  orderView(o: SpotOrder) {
    return {
      symbol: o.pair.symbol,
      orderId: o.orderId,
      orderListId: -1,
      clientOrderId: o.clientOrderId,
      transactTime: o.time,
      price: fixed8(o.price),
      origQty: fixed8(o.origQty),
      executedQty: fixed8(o.executedQty),
      origQuoteOrderQty: fixed8(o.quoteOrderQty),
      cummulativeQuoteQty: fixed8(o.cummulativeQuoteQty),
      status: o.status,
      timeInForce: o.timeInForce,
      type: o.type,
      side: o.side,
      workingTime: o.time,
      fills: o.fills.map((f) => ({
        price: fixed8(f.price),
        qty: fixed8(f.qty),
        commission: fixed8(f.commission),
        commissionAsset: f.commissionAsset,
        tradeId: f.tradeId,
      })),
      selfTradePreventionMode: 'EXPIRE_MAKER',
    };
  }

  cancelView(o: SpotOrder) {
    const { fills: _, transactTime, workingTime: __, ...rest } = this.orderView(o);
    return { ...rest, origClientOrderId: o.clientOrderId, transactTime: o.updateTime || transactTime };
  }

  openOrderView(o: SpotOrder) {
    const { fills: _, transactTime: __, ...rest } = this.orderView(o);
    return {
      ...rest,
      stopPrice: fixed8(o.stopPrice),
      icebergQty: fixed8(o.icebergQty),
      ...(o.trailingDelta === undefined ? {} : { trailingDelta: o.trailingDelta }),
      time: o.time,
      updateTime: o.updateTime,
      isWorking: true,
    };
  }

  accountView(now: number) {
    this.advance(now);
    return {
      makerCommission: 10,
      takerCommission: 10,
      buyerCommission: 0,
      sellerCommission: 0,
      canTrade: true,
      canWithdraw: true,
      canDeposit: true,
      brokered: false,
      requireSelfTradePrevention: false,
      preventSor: false,
      updateTime: now,
      accountType: 'SPOT',
      balances: [...this.balances].map(([asset, b]) => ({ asset, free: fixed8(b.free), locked: fixed8(b.locked) })),
      permissions: ['SPOT'],
      uid: 354937868,
    };
  }
}
