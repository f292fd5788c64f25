/** The order ticket's contents, so the chain and the positions can fill it in. */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

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

type UpdateTicket = (change: Partial<TicketValues>) => void;

interface TicketState {
  readonly values: TicketValues;
  readonly update: UpdateTicket;
}

// Two contexts: the chain and the positions only fill the ticket in, so typing in it does not
// re-render them.
const TicketContext = createContext<TicketState | null>(null);
const UpdateContext = createContext<UpdateTicket | null>(null);

export function TicketProvider({ children }: { readonly children: ReactNode }) {
  const [values, setValues] = useState(EMPTY_TICKET);
  const update = useCallback<UpdateTicket>((change) => setValues((v) => ({ ...v, ...change })), []);
  const state = useMemo<TicketState>(() => ({ values, update }), [values, update]);
  return (
    <UpdateContext.Provider value={update}>
      <TicketContext.Provider value={state}>{children}</TicketContext.Provider>
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
