/** The order ticket's contents, so the chain and the positions can fill it in. */
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';

export interface TicketValues {
  readonly symbol: string;
  readonly side: 'BUY' | 'SELL';
  readonly type: 'LIMIT' | 'MARKET';
  readonly price: string;
  readonly quantity: string;
  readonly timeInForce: 'GTC' | 'IOC' | 'FOK';
  readonly postOnly: boolean;
  readonly reduceOnly: boolean;
  readonly clientOrderId: string;
  readonly batch: string;
}

export const EMPTY_TICKET: TicketValues = {
  symbol: '',
  side: 'BUY',
  type: 'LIMIT',
  price: '',
  quantity: '',
  timeInForce: 'GTC',
  postOnly: false,
  reduceOnly: false,
  clientOrderId: '',
  batch: '1',
};

interface TicketState {
  readonly values: TicketValues;
  readonly update: (change: Partial<TicketValues>) => void;
}

const TicketContext = createContext<TicketState | null>(null);

export function TicketProvider({ children }: { readonly children: ReactNode }) {
  const [values, setValues] = useState(EMPTY_TICKET);
  const state = useMemo<TicketState>(() => ({ values, update: (change) => setValues((v) => ({ ...v, ...change })) }), [values]);
  return <TicketContext.Provider value={state}>{children}</TicketContext.Provider>;
}

export function useTicket(): TicketState {
  const value = useContext(TicketContext);
  if (!value) throw new Error('useTicket must be used inside <TicketProvider>');
  return value;
}
