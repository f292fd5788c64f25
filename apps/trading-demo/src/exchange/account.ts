/**
 * The demo account: cash, positions, open orders and MMP, with Binance's order checks and a simple
 * matcher against the simulated quotes (takers fill at the touch up to its depth; resting orders fill
 * when the market moves through them).
 */
import { CLIENT_ORDER_ID_RANGE, exchangeErrors, reject } from './errors.js';
import { isMultiple, placesOf, units } from './exact.js';
import type { Instrument } from './instruments.js';
import { indexPrice, quote, round } from './market.js';
import type { Params } from './params.js';
import type { OrderSide, OrderStatus, TimeInForce, Underlying } from './types.js';

export const STARTING_BALANCE = 20_000;
const FEE_RATE = 0.0003;

export interface Order {
  readonly orderId: number;
  readonly instrument: Instrument;
  readonly side: OrderSide;
  readonly price: number;
  readonly quantity: number;
  executedQty: number;
  fee: number;
  /** Sum of price × quantity over fills, for the average price. */
  filledValue: number;
  readonly timeInForce: TimeInForce;
  readonly reduceOnly: boolean;
  readonly postOnly: boolean;
  readonly clientOrderId: string;
  readonly createTime: number;
  updateTime: number;
  status: OrderStatus;
}

interface Position {
  quantity: number;
  entryPrice: number;
}

export interface MmpConfig {
  windowTimeInMilliseconds: number;
  frozenTimeInMilliseconds: number;
  qtyLimit: number;
  deltaLimit: number;
  lastTriggerTime: number;
  frozenUntil: number;
  fills: { time: number; qty: number; delta: number }[];
}

const isFinal = (status: OrderStatus) => status === 'FILLED' || status === 'CANCELLED' || status === 'REJECTED';
const fixed = (value: number, scale: number) => value.toFixed(scale);

export class Account {
  cash = STARTING_BALANCE;
  // Real ids are above 2^53; these stay exact in JavaScript numbers.
  private nextOrderId = 4_700_000_001;
  readonly orders = new Map<number, Order>();
  private readonly clientOrderIds = new Set<string>();
  readonly positions = new Map<string, Position>();
  readonly mmp = new Map<Underlying, MmpConfig>();

  constructor(private readonly instruments: ReadonlyMap<string, Instrument>) {}

  instrument(symbol: string): Instrument {
    return this.instruments.get(symbol) ?? reject(exchangeErrors.badSymbol());
  }

  /* ------------------------------------------------------------------ orders */

  /** Validates and places one order from its parameters, as `POST /eapi/v1/order` does. */
  place(params: Params, now: number): Order {
    this.advance(now);
    const instrument = this.instrument(params.required('symbol'));
    const side = params.required('side');
    if (side !== 'BUY' && side !== 'SELL') reject(exchangeErrors.badSide());
    const type = params.required('type');
    if (type !== 'LIMIT') reject(exchangeErrors.badOrderType());
    const quantityText = params.decimalText('quantity', true);
    const priceText = params.decimalText('price', true);
    const quantity = Number(quantityText);
    const price = Number(priceText);
    const timeInForce = params.optional('timeInForce') ?? 'GTC';
    if (timeInForce !== 'GTC' && timeInForce !== 'IOC' && timeInForce !== 'FOK')
      reject(exchangeErrors.badTimeInForce());
    const postOnly = params.boolean('postOnly');
    const reduceOnly = params.boolean('reduceOnly');
    const clientOrderId = params.optional('clientOrderId') ?? '';

    checkPrice(instrument, priceText);
    checkQuantity(instrument, quantityText);
    if (postOnly && timeInForce !== 'GTC') reject(exchangeErrors.unsupportedCombination());
    if (clientOrderId !== '' && !/^[.A-Z:/a-z0-9_-]{1,36}$/.test(clientOrderId))
      reject(exchangeErrors.illegalChars('clientOrderId', CLIENT_ORDER_ID_RANGE));
    if (clientOrderId !== '' && this.clientOrderIds.has(clientOrderId)) reject(exchangeErrors.duplicateClientOrderId());
    const mmp = this.mmp.get(instrument.underlying);
    if (mmp && now < mmp.frozenUntil) reject(exchangeErrors.mmpTriggered());
    if (reduceOnly) this.checkReduceOnly(instrument, side, quantity);
    else this.checkFunds(instrument, side, price, quantity, now);

    const q = quote(instrument, now);
    const crosses = side === 'BUY' ? price >= q.ask : price <= q.bid;
    if (postOnly && crosses) reject(exchangeErrors.postOnlyRejected());
    const fillable = crosses ? Math.min(quantity, q.depth) : 0;
    if (timeInForce === 'FOK' && fillable < quantity) reject(exchangeErrors.fokRejected());

    const orderId = this.nextOrderId++;
    const order: Order = {
      orderId,
      instrument,
      side,
      price,
      quantity,
      executedQty: 0,
      fee: 0,
      filledValue: 0,
      timeInForce,
      reduceOnly,
      postOnly,
      clientOrderId: clientOrderId || `sim_${orderId}`,
      createTime: now,
      updateTime: now,
      status: 'ACCEPTED',
    };
    this.clientOrderIds.add(order.clientOrderId);
    this.orders.set(order.orderId, order);
    if (fillable > 0) this.fill(order, fillable, side === 'BUY' ? q.ask : q.bid, now);
    if (timeInForce === 'IOC' && order.status !== 'FILLED') order.status = 'CANCELLED';
    return order;
  }

  find(params: Params): Order {
    const instrument = this.instrument(params.required('symbol'));
    const orderId = params.optional('orderId');
    const clientOrderId = params.optional('clientOrderId');
    if (orderId === undefined && clientOrderId === undefined)
      reject(exchangeErrors.eitherParam('orderId', 'clientOrderId'));
    for (const order of this.orders.values()) {
      if (order.instrument !== instrument) continue;
      if (orderId !== undefined ? String(order.orderId) === orderId : order.clientOrderId === clientOrderId)
        return order;
    }
    return reject(exchangeErrors.noSuchOrder());
  }

  cancel(params: Params, now: number): Order {
    this.advance(now);
    const order = this.find(params);
    if (isFinal(order.status)) reject(exchangeErrors.orderIsFinal());
    order.status = 'CANCELLED';
    order.updateTime = now;
    return order;
  }

  cancelUnderlying(underlying: Underlying, now: number): number {
    let count = 0;
    for (const order of this.openOrders()) {
      if (order.instrument.underlying !== underlying) continue;
      order.status = 'CANCELLED';
      order.updateTime = now;
      count += 1;
    }
    return count;
  }

  openOrders(symbol?: string): Order[] {
    return [...this.orders.values()].filter(
      (o) => !isFinal(o.status) && (symbol === undefined || o.instrument.symbol === symbol),
    );
  }

  /** Fills resting orders the market has moved through since the last request. */
  advance(now: number): void {
    for (const order of this.openOrders()) {
      const q = quote(order.instrument, now);
      const crosses = order.side === 'BUY' ? q.ask <= order.price : q.bid >= order.price;
      if (crosses) this.fill(order, Math.min(order.quantity - order.executedQty, q.depth), order.price, now);
    }
  }

  private fill(order: Order, qty: number, price: number, now: number): void {
    const index = indexPrice(order.instrument.underlying, now);
    const fee = round(Math.min(FEE_RATE * index * qty, 0.1 * price * qty), 8);
    const signed = order.side === 'BUY' ? qty : -qty;
    this.cash = round(this.cash - signed * price - fee, 8);
    order.executedQty = round(order.executedQty + qty, 8);
    order.filledValue += price * qty;
    order.fee = round(order.fee + fee, 8);
    order.updateTime = now;
    order.status = order.executedQty >= order.quantity ? 'FILLED' : 'PARTIALLY_FILLED';

    const position = this.positions.get(order.instrument.symbol) ?? { quantity: 0, entryPrice: 0 };
    const next = round(position.quantity + signed, 8);
    if (next === 0) this.positions.delete(order.instrument.symbol);
    else {
      const adding = Math.sign(position.quantity) !== -Math.sign(signed);
      const flipped = Math.sign(next) !== Math.sign(position.quantity) && position.quantity !== 0;
      if (adding)
        position.entryPrice = (position.entryPrice * Math.abs(position.quantity) + price * qty) / Math.abs(next);
      else if (flipped) position.entryPrice = price;
      position.quantity = next;
      this.positions.set(order.instrument.symbol, position);
    }
    this.recordMmpFill(order, qty, now);
  }

  /* ------------------------------------------------------------------ funds */

  private checkReduceOnly(instrument: Instrument, side: OrderSide, quantity: number): void {
    const held = this.positions.get(instrument.symbol)?.quantity ?? 0;
    const reducing = side === 'BUY' ? held < 0 : held > 0;
    const pending = this.openOrders(instrument.symbol)
      .filter((o) => o.reduceOnly && o.side === side)
      .reduce((sum, o) => sum + o.quantity - o.executedQty, 0);
    if (!reducing || pending + quantity > Math.abs(held) + 1e-9) reject(exchangeErrors.reduceOnly());
  }

  private checkFunds(instrument: Instrument, side: OrderSide, price: number, quantity: number, now: number): void {
    const available = this.available(now);
    if (side === 'BUY') {
      const cost = price * quantity * (1 + FEE_RATE);
      if (cost > available) reject(exchangeErrors.balance());
    } else if (shortMargin(instrument, quantity, now) > available) {
      reject(exchangeErrors.margin());
    }
  }

  /** Premium locked by open buys plus margin held for open sells and short positions. */
  initialMargin(now: number): number {
    let total = 0;
    for (const order of this.openOrders()) {
      const remaining = order.quantity - order.executedQty;
      total += order.side === 'BUY' ? order.price * remaining : shortMargin(order.instrument, remaining, now);
    }
    for (const [symbol, position] of this.positions) {
      if (position.quantity < 0) total += shortMargin(this.instrument(symbol), -position.quantity, now);
    }
    return total;
  }

  available(now: number): number {
    return this.cash - this.initialMargin(now);
  }

  equity(now: number): number {
    let equity = this.cash;
    for (const [symbol, position] of this.positions)
      equity += position.quantity * quote(this.instrument(symbol), now).markPrice;
    return equity;
  }

  /* ------------------------------------------------------------------ MMP */

  mmpConfig(underlying: Underlying): MmpConfig {
    let config = this.mmp.get(underlying);
    if (!config) {
      config = {
        windowTimeInMilliseconds: 0,
        frozenTimeInMilliseconds: 0,
        qtyLimit: 0,
        deltaLimit: 0,
        lastTriggerTime: 0,
        frozenUntil: 0,
        fills: [],
      };
      this.mmp.set(underlying, config);
    }
    return config;
  }

  private recordMmpFill(order: Order, qty: number, now: number): void {
    const config = this.mmp.get(order.instrument.underlying);
    if (!config || config.windowTimeInMilliseconds === 0 || now < config.frozenUntil) return;
    const delta = quote(order.instrument, now).delta * qty;
    config.fills = [
      ...config.fills.filter((f) => now - f.time < config.windowTimeInMilliseconds),
      { time: now, qty, delta },
    ];
    const qtySum = config.fills.reduce((sum, f) => sum + f.qty, 0);
    const deltaSum = Math.abs(config.fills.reduce((sum, f) => sum + f.delta, 0));
    const hit =
      (config.qtyLimit > 0 && qtySum >= config.qtyLimit) || (config.deltaLimit > 0 && deltaSum >= config.deltaLimit);
    if (!hit) return;
    config.lastTriggerTime = now;
    config.frozenUntil =
      config.frozenTimeInMilliseconds === 0 ? Number.POSITIVE_INFINITY : now + config.frozenTimeInMilliseconds;
    config.fills = [];
    this.cancelUnderlying(order.instrument.underlying, now);
  }

  /* ------------------------------------------------------------------ views */

  orderView(order: Order) {
    const { instrument } = order;
    return {
      orderId: order.orderId,
      symbol: instrument.symbol,
      price: fixed(order.price, instrument.priceScale),
      quantity: fixed(order.quantity, instrument.quantityScale),
      executedQty: fixed(order.executedQty, instrument.quantityScale),
      fee: fixed(order.fee, 8),
      side: order.side,
      type: 'LIMIT',
      timeInForce: order.timeInForce,
      reduceOnly: order.reduceOnly,
      postOnly: order.postOnly,
      createTime: order.createTime,
      updateTime: order.updateTime,
      status: order.status,
      avgPrice: fixed(order.executedQty > 0 ? order.filledValue / order.executedQty : 0, instrument.priceScale),
      source: 'API',
      clientOrderId: order.clientOrderId,
      priceScale: instrument.priceScale,
      quantityScale: instrument.quantityScale,
      optionSide: instrument.side,
      quoteAsset: 'USDT',
      mmp: false,
    };
  }

  positionViews(now: number, symbol?: string) {
    return [...this.positions]
      .filter(([s]) => symbol === undefined || s === symbol)
      .map(([s, position]) => {
        const instrument = this.instrument(s);
        const mark = quote(instrument, now).markPrice;
        const cost = position.entryPrice * position.quantity;
        return {
          entryPrice: fixed(position.entryPrice, instrument.priceScale),
          symbol: s,
          side: position.quantity > 0 ? 'LONG' : 'SHORT',
          quantity: fixed(position.quantity, instrument.quantityScale),
          reducibleQty: fixed(Math.abs(position.quantity), instrument.quantityScale),
          markValue: fixed(mark * position.quantity, 8),
          ror: fixed(cost === 0 ? 0 : (mark * position.quantity - cost) / Math.abs(cost), 4),
          unrealizedPNL: fixed((mark - position.entryPrice) * position.quantity, 8),
          markPrice: fixed(mark, instrument.priceScale),
          strikePrice: fixed(instrument.strike, instrument.priceScale),
          positionCost: fixed(cost, 8),
          expiryDate: instrument.expiry,
          priceScale: instrument.priceScale,
          quantityScale: instrument.quantityScale,
          optionSide: instrument.side,
          quoteAsset: 'USDT',
        };
      });
  }

  marginAccountView(now: number) {
    this.advance(now);
    let unrealized = 0;
    const greeks = new Map<Underlying, number>();
    for (const [symbol, position] of this.positions) {
      const instrument = this.instrument(symbol);
      const q = quote(instrument, now);
      unrealized += (q.markPrice - position.entryPrice) * position.quantity;
      greeks.set(instrument.underlying, (greeks.get(instrument.underlying) ?? 0) + q.delta * position.quantity);
    }
    const initial = this.initialMargin(now);
    return {
      asset: [
        {
          asset: 'USDT',
          marginBalance: fixed(this.cash, 8),
          equity: fixed(this.equity(now), 8),
          available: fixed(this.cash - initial, 8),
          initialMargin: fixed(initial, 8),
          maintMargin: fixed(initial * 0.75, 8),
          unrealizedPNL: fixed(unrealized, 8),
          lpProfit: fixed(0, 8),
        },
      ],
      greek: [...greeks].map(([underlying, delta]) => ({
        underlying,
        delta: fixed(delta, 4),
        gamma: '0',
        theta: '0',
        vega: '0',
      })),
      time: now,
      canTrade: true,
      canDeposit: true,
      canWithdraw: true,
      reduceOnly: false,
    };
  }
}

/** Binance's short-option margin, simplified: mark plus the larger of 15% of index less OTM amount and 10% of index. */
function shortMargin(instrument: Instrument, quantity: number, now: number): number {
  const index = indexPrice(instrument.underlying, now);
  const otm = Math.max(0, instrument.side === 'CALL' ? instrument.strike - index : index - instrument.strike);
  const mark = quote(instrument, now).markPrice;
  return (mark + Math.max(0.15 * index - otm, 0.1 * index)) * quantity;
}

/** A filter value of 0 turns the rule off (Binance's filter documentation). */
const on = (limit: string): boolean => units(limit) !== 0n;

/** Decimals beyond the symbol's scale (-1111), then PRICE_FILTER: `price >= minPrice`, `<= maxPrice`, `% tickSize == 0`. */
function checkPrice(instrument: Instrument, price: string): void {
  const { minPrice, maxPrice, tickSize } = instrument.filters;
  const value = units(price);
  if (placesOf(price) > instrument.priceScale) reject(exchangeErrors.badPrecision());
  if (value < 0n) reject(exchangeErrors.priceBelowZero());
  if (on(minPrice) && value < units(minPrice)) reject(exchangeErrors.priceBelowMin());
  if (on(maxPrice) && value > units(maxPrice)) reject(exchangeErrors.priceAboveMax());
  if (on(tickSize) && !isMultiple(price, tickSize)) reject(exchangeErrors.tickSize());
}

/** Decimals beyond the symbol's scale (-1111), then LOT_SIZE, then the single-order maximum (-6054). */
function checkQuantity(instrument: Instrument, quantity: string): void {
  const { minQty, maxQty, stepSize, maxOrderQty } = instrument.filters;
  const value = units(quantity);
  if (placesOf(quantity) > instrument.quantityScale) reject(exchangeErrors.badPrecision());
  if (value < 0n) reject(exchangeErrors.qtyBelowZero());
  if (on(minQty) && value < units(minQty)) reject(exchangeErrors.qtyBelowMin());
  if (on(maxQty) && value > units(maxQty)) reject(exchangeErrors.qtyAboveMax());
  if (on(stepSize) && !isMultiple(quantity, stepSize)) reject(exchangeErrors.stepSize());
  if (on(maxOrderQty) && value > units(maxOrderQty)) reject(exchangeErrors.orderQtyAboveMax());
}
