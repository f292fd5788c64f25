/**
 * The demo's Bybit unified account, trading USDT perpetuals (`category=linear`) in one-way mode
 * (`positionIdx` 0) at 10× with 10,000 USDT. An order is checked as Bybit's order entry does (the
 * parameters, the symbol's lot size and price rules, the order link id, reduce-only, the minimum order
 * value, the margin), then matched: takers fill at the touch, limit orders rest and fill when the market
 * moves through them.
 */
import { isMultiple, units } from '../exact.js';
import { round } from '../market.js';
import { bybitErrors, bybitReject } from './errors.js';
import { linearBook, linearContract, LINEAR_CONTRACTS, type LinearContract } from './instruments.js';

export const BYBIT_STARTING_WALLET = 10_000;
export const BYBIT_LEVERAGE = 10;
/** How far from the mark a limit price may be before Bybit calls it invalid (our simplification of its price limits). */
const PRICE_BAND = 0.1;
const DECIMAL = /^[0-9]{1,20}(\.[0-9]{1,20})?$/;
const LINK_ID = /^[A-Za-z0-9_-]{1,36}$/;

export type BybitSide = 'Buy' | 'Sell';
type OrderType = 'Limit' | 'Market';
type TimeInForce = 'GTC' | 'IOC' | 'FOK' | 'PostOnly';
type Status = 'New' | 'PartiallyFilled' | 'Filled' | 'Cancelled';

export interface LinearOrder {
  readonly orderId: string;
  readonly orderLinkId: string;
  readonly contract: LinearContract;
  readonly side: BybitSide;
  readonly orderType: OrderType;
  readonly timeInForce: TimeInForce;
  /** As sent; '0' for a market order. */
  readonly price: string;
  readonly qty: string;
  readonly reduceOnly: boolean;
  readonly createdTime: number;
  cumExecQty: number;
  orderStatus: Status;
  updatedTime: number;
}

interface Position {
  /** Signed: positive long, negative short. */
  size: number;
  entry: number;
}

export type BybitParams = Readonly<Record<string, unknown>>;

const str = (params: BybitParams, name: string): string | undefined => {
  const value = Object.hasOwn(params, name) ? params[name] : undefined;
  return typeof value === 'string' && value !== '' ? value : undefined;
};
const signedSize = (side: BybitSide, qty: number) => (side === 'Buy' ? qty : -qty);
const isOpen = (o: LinearOrder) => o.orderStatus === 'New' || o.orderStatus === 'PartiallyFilled';
/** A quantity in the units Bybit's 10001 "too large" text prints (10^-8). */
const qtyUnits = (qty: string) => String(units(qty) / 10n ** 12n);

export class BybitAccount {
  private nextId = 1;
  wallet = BYBIT_STARTING_WALLET;
  readonly positions = new Map<string, Position>();
  readonly orders = new Map<string, LinearOrder>();

  constructor(readonly contracts: readonly LinearContract[] = LINEAR_CONTRACTS) {}

  contract(params: BybitParams): LinearContract {
    if (str(params, 'category') !== 'linear') bybitReject(bybitErrors.params());
    const symbol = str(params, 'symbol');
    const contract = symbol === undefined ? undefined : linearContract(symbol, this.contracts);
    return contract ?? bybitReject(bybitErrors.params());
  }

  position(symbol: string): Position {
    return this.positions.get(symbol) ?? { size: 0, entry: 0 };
  }

  /** `POST /v5/order/create`. */
  place(params: BybitParams, now: number): LinearOrder {
    this.advance(now);
    const contract = this.contract(params);
    const side = str(params, 'side');
    const orderType = str(params, 'orderType');
    if ((side !== 'Buy' && side !== 'Sell') || (orderType !== 'Limit' && orderType !== 'Market'))
      bybitReject(bybitErrors.params());
    const tif = str(params, 'timeInForce') ?? (orderType === 'Market' ? 'IOC' : 'GTC');
    if (tif !== 'GTC' && tif !== 'IOC' && tif !== 'FOK' && tif !== 'PostOnly') bybitReject(bybitErrors.params());
    const reduceOnly = Object.hasOwn(params, 'reduceOnly') ? params.reduceOnly : false;
    if (typeof reduceOnly !== 'boolean') bybitReject(bybitErrors.params());
    const orderLinkId = str(params, 'orderLinkId') ?? '';
    if (orderLinkId !== '' && !LINK_ID.test(orderLinkId)) bybitReject(bybitErrors.params());

    const qty = str(params, 'qty');
    if (qty === undefined || !DECIMAL.test(qty)) bybitReject(bybitErrors.params());
    if (units(qty) < units(contract.minOrderQty)) bybitReject(bybitErrors.qtyBelowMin());
    const max = orderType === 'Market' ? contract.maxMktOrderQty : contract.maxOrderQty;
    if (units(qty) > units(max)) bybitReject(bybitErrors.qtyAboveMax(qtyUnits(qty), qtyUnits(max)));
    if (!isMultiple(qty, contract.qtyStep)) bybitReject(bybitErrors.params());

    const book = linearBook(contract, now);
    let price = '0';
    if (orderType === 'Limit') {
      const sent = str(params, 'price');
      if (sent === undefined || !DECIMAL.test(sent)) bybitReject(bybitErrors.params());
      if (units(sent) < units(contract.minPrice) || units(sent) > units(contract.maxPrice))
        bybitReject(bybitErrors.params());
      if (!isMultiple(sent, contract.tickSize)) bybitReject(bybitErrors.params());
      if (Math.abs(Number(sent) / book.mark - 1) > PRICE_BAND) bybitReject(bybitErrors.priceInvalid());
      price = sent;
    }
    if (orderLinkId !== '' && [...this.orders.values()].some((o) => o.orderLinkId === orderLinkId))
      bybitReject(bybitErrors.duplicateOrderLinkId());

    const quantity = Number(qty);
    const held = this.position(contract.symbol).size;
    if (reduceOnly && !(side === 'Buy' ? held < 0 : held > 0)) bybitReject(bybitErrors.reduceOnly());
    const valuePrice = orderType === 'Market' ? book.mark : Number(price);
    if (!reduceOnly && quantity * valuePrice < Number(contract.minNotionalValue))
      bybitReject(bybitErrors.notionalTooLow());
    if (!reduceOnly) {
      const against = side === 'Buy' ? Math.max(0, -held) : Math.max(0, held);
      const opening = Math.max(0, quantity - against);
      if ((opening * valuePrice) / BYBIT_LEVERAGE > this.available(now)) bybitReject(bybitErrors.insufficientBalance());
    }

    const order: LinearOrder = {
      orderId: this.newOrderId(),
      orderLinkId,
      contract,
      side,
      orderType,
      timeInForce: tif,
      price,
      qty,
      reduceOnly,
      createdTime: now,
      cumExecQty: 0,
      orderStatus: 'New',
      updatedTime: now,
    };
    this.orders.set(order.orderId, order);
    const touch = side === 'Buy' ? book.ask : book.bid;
    const crosses = orderType === 'Market' || (side === 'Buy' ? Number(price) >= book.ask : Number(price) <= book.bid);
    // Bybit accepts a post-only order that would take, then cancels it; IOC and FOK never rest.
    if (crosses && tif === 'PostOnly') order.orderStatus = 'Cancelled';
    else if (crosses) this.fill(order, touch, now);
    else if (tif !== 'GTC') order.orderStatus = 'Cancelled';
    return order;
  }

  /** `POST /v5/order/cancel`, by orderId or orderLinkId. */
  cancel(params: BybitParams, now: number): LinearOrder {
    this.advance(now);
    const contract = this.contract(params);
    const orderId = str(params, 'orderId');
    const orderLinkId = str(params, 'orderLinkId');
    if (orderId === undefined && orderLinkId === undefined) bybitReject(bybitErrors.params());
    const order = [...this.orders.values()].find(
      (o) =>
        isOpen(o) &&
        o.contract === contract &&
        (orderId !== undefined ? o.orderId === orderId : o.orderLinkId === orderLinkId),
    );
    if (!order) bybitReject(bybitErrors.orderNotFound());
    order.orderStatus = 'Cancelled';
    order.updatedTime = now;
    return order;
  }

  openOrders(now: number, symbol?: string): readonly LinearOrder[] {
    this.advance(now);
    return [...this.orders.values()].filter((o) => isOpen(o) && (symbol === undefined || o.contract.symbol === symbol));
  }

  /** Resting orders the market has moved through fill at their price. */
  advance(now: number): void {
    for (const order of this.orders.values()) {
      if (!isOpen(order) || order.orderType !== 'Limit') continue;
      const book = linearBook(order.contract, now);
      const price = Number(order.price);
      if (order.side === 'Buy' ? book.ask <= price : book.bid >= price) this.fill(order, price, now);
    }
  }

  /** Margin in use: each position's value at its entry over the leverage. */
  private used(): number {
    let margin = 0;
    for (const p of this.positions.values()) margin += (Math.abs(p.size) * p.entry) / BYBIT_LEVERAGE;
    return margin;
  }

  available(now: number): number {
    return this.wallet + this.unrealized(now) - this.used();
  }

  unrealized(now: number): number {
    let pnl = 0;
    for (const [symbol, p] of this.positions) {
      const contract = linearContract(symbol, this.contracts);
      if (contract) pnl += p.size * (linearBook(contract, now).mark - p.entry);
    }
    return pnl;
  }

  positionViews(now: number) {
    return this.contracts.map((c) => {
      const p = this.position(c.symbol);
      const mark = linearBook(c, now).mark;
      const size = Math.abs(p.size);
      return {
        positionIdx: 0,
        symbol: c.symbol,
        side: p.size > 0 ? 'Buy' : p.size < 0 ? 'Sell' : '',
        size: size.toFixed(c.qtyStep.split('.')[1]?.length ?? 0),
        avgPrice: size === 0 ? '0' : round(p.entry, 4).toFixed(c.priceScale),
        positionValue: round(size * p.entry, 4).toString(),
        leverage: String(BYBIT_LEVERAGE),
        markPrice: mark.toFixed(c.priceScale),
        unrealisedPnl: round(p.size * (mark - p.entry), 4).toString(),
        tradeMode: 0,
        positionStatus: 'Normal',
        createdTime: '1700000000000',
        updatedTime: String(now),
      };
    });
  }

  orderView(o: LinearOrder) {
    return {
      orderId: o.orderId,
      orderLinkId: o.orderLinkId,
      symbol: o.contract.symbol,
      price: o.price,
      qty: o.qty,
      side: o.side,
      positionIdx: 0,
      orderStatus: o.orderStatus,
      avgPrice: '',
      leavesQty: round(Number(o.qty) - o.cumExecQty, 8).toString(),
      cumExecQty: round(o.cumExecQty, 8).toString(),
      timeInForce: o.timeInForce,
      orderType: o.orderType,
      reduceOnly: o.reduceOnly,
      createdTime: String(o.createdTime),
      updatedTime: String(o.updatedTime),
    };
  }

  private fill(order: LinearOrder, price: number, now: number): void {
    const qty = Number(order.qty) - order.cumExecQty;
    const p = this.position(order.contract.symbol);
    const delta = signedSize(order.side, qty);
    const next = p.size + delta;
    if (p.size === 0 || Math.sign(p.size) === Math.sign(delta)) {
      p.entry = (Math.abs(p.size) * p.entry + qty * price) / Math.abs(next);
    } else {
      const closed = Math.min(Math.abs(p.size), qty);
      this.wallet += closed * (price - p.entry) * Math.sign(p.size);
      if (Math.sign(next) !== Math.sign(p.size) && next !== 0) p.entry = price;
    }
    p.size = round(next, 8);
    if (p.size === 0) p.entry = 0;
    this.positions.set(order.contract.symbol, p);
    order.cumExecQty = Number(order.qty);
    order.orderStatus = 'Filled';
    order.updatedTime = now;
  }

  /** Bybit's linear order ids are UUIDs. */
  private newOrderId(): string {
    const n = (this.nextId++).toString(16).padStart(12, '0');
    return `b7e1c0de-5a17-4d3e-9b2a-${n}`;
  }
}
