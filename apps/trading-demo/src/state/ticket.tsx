/** The order ticket's contents, so the chain and the positions can fill it in. */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { TicketProduct } from './products.js';

export interface TicketValues {
  /** Which API the order goes to: Options (`/eapi/`), Spot (`/api/`) or USDⓈ-M (`/fapi/`). */
  readonly product: TicketProduct;
  readonly symbol: string;
  readonly side: 'BUY' | 'SELL';
  /** LIMIT_MAKER is Spot's; Options takes LIMIT only (MARKET is there to provoke -1116). */
  readonly type: 'LIMIT' | 'MARKET' | 'LIMIT_MAKER';
  readonly price: string;
  readonly quantity: string;
  /** GTX (post-only) is USDⓈ-M's. */
  readonly timeInForce: 'GTC' | 'IOC' | 'FOK' | 'GTX';
  readonly postOnly: boolean;
  readonly reduceOnly: boolean;
  /** USDⓈ-M: BOTH in one-way mode (the demo account's), LONG or SHORT in hedge mode. */
  readonly positionSide: 'BOTH' | 'LONG' | 'SHORT';
  readonly clientOrderId: string;
  /** Spot: an open order's id to cancel and replace with this one (`POST /api/v3/order/cancelReplace`). */
  readonly replaceOrderId: string;
  readonly batch: string;
}

export const EMPTY_TICKET: TicketValues = {
  product: 'options',
  symbol: '',
  side: 'BUY',
  type: 'LIMIT',
  price: '',
  quantity: '',
  timeInForce: 'GTC',
  postOnly: false,
  reduceOnly: false,
  positionSide: 'BOTH',
  clientOrderId: '',
  replaceOrderId: '',
  batch: '1',
};

/** A change to the ticket, or one worked out from the ticket as it is when it applies. */
type UpdateTicket = (change: Partial<TicketValues> | ((current: TicketValues) => Partial<TicketValues>)) => void;

interface TicketState {
  readonly values: TicketValues;
  readonly update: UpdateTicket;
}

// Three contexts: the chain and the positions only fill the ticket in, and the lists only follow its
// product, so typing in it does not re-render them.
const TicketContext = createContext<TicketState | null>(null);
const UpdateContext = createContext<UpdateTicket | null>(null);
const ProductContext = createContext<TicketProduct | null>(null);

export function TicketProvider({ children }: { readonly children: ReactNode }) {
  const [values, setValues] = useState(EMPTY_TICKET);
  const update = useCallback<UpdateTicket>(
    (change) => setValues((v) => ({ ...v, ...(typeof change === 'function' ? change(v) : change) })),
    [],
  );
  const state = useMemo<TicketState>(() => ({ values, update }), [values, update]);
  return (
    <UpdateContext.Provider value={update}>
      <ProductContext.Provider value={values.product}>
        <TicketContext.Provider value={state}>{children}</TicketContext.Provider>
      </ProductContext.Provider>
    </UpdateContext.Provider>
  );
}

export function useTicket(): TicketState {
  const value = useContext(TicketContext);
  if (!value) throw new Error('useTicket must be used inside <TicketProvider>');
  return value;
}

export function useUpdateTicket(): UpdateTicket {
  const value = useContext(UpdateContext);
  if (!value) throw new Error('useUpdateTicket must be used inside <TicketProvider>');
  return value;
}

/** The product on the ticket: the lists of open orders and positions show that product's. */
export function useTicketProduct(): TicketProduct {
  const value = useContext(ProductContext);
  if (value === null) throw new Error('useTicketProduct must be used inside <TicketProvider>');
  return value;
}
