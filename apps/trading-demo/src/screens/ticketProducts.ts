/**
 * What the ticket offers per product: its fields, order types and times in force, and how a fix or an
 * exchange parameter names one of its fields. Options' come from here; every venue's from its own
 * description (src/venues/), so the ticket holds no product's particulars.
 */
import type { TicketProduct } from '../state/products.js';
import { isVenueProduct, VENUES } from '../state/products.js';
import type { TicketValues } from '../state/ticket.js';
import type { TicketField } from './fieldErrors.js';

/** The ticket's words for the order types it offers (also how the lists name an order's type). */
export const TYPE_LABELS = {
  LIMIT: 'ticket.limit',
  MARKET: 'ticket.market',
  LIMIT_MAKER: 'ticket.limitMaker',
} as const satisfies Record<TicketValues['type'], string>;

export const isTicketType = (type: string): type is TicketValues['type'] => Object.hasOwn(TYPE_LABELS, type);

export interface TicketProductSpec {
  readonly fields: ReadonlySet<TicketField>;
  readonly orderTypes: readonly TicketValues['type'][];
  readonly timeInForce: readonly TicketValues['timeInForce'][];
  /** The ticket field an exchange parameter (a check's field, a fix's field) is about. */
  readonly fieldOfParam: (param: string) => TicketField | null;
}

const OPTIONS_FIELDS: ReadonlySet<TicketField> = new Set([
  'symbol',
  'side',
  'type',
  'price',
  'quantity',
  'timeInForce',
  'postOnly',
  'reduceOnly',
  'clientOrderId',
  'batch',
]);

const OPTIONS: TicketProductSpec = {
  fields: OPTIONS_FIELDS,
  orderTypes: ['LIMIT', 'MARKET'],
  timeInForce: ['GTC', 'IOC', 'FOK'],
  // `POST /eapi/v1/order` names its parameters as the ticket names its fields.
  fieldOfParam: (param) => (OPTIONS_FIELDS.has(param as TicketField) ? (param as TicketField) : null),
};

export function ticketProduct(product: TicketProduct): TicketProductSpec {
  return isVenueProduct(product) ? VENUES[product] : OPTIONS;
}

/** A fix ("Use 0.001") as a change to the ticket; null for a value the field cannot take. */
export function patchFor(spec: TicketProductSpec, field: TicketField, value: string): Partial<TicketValues> | null {
  switch (field) {
    case 'symbol':
    case 'price':
    case 'quantity':
    case 'clientOrderId':
    case 'replaceOrderId':
    case 'batch':
      return { [field]: value };
    case 'postOnly':
    case 'reduceOnly':
      return value === 'true' || value === 'false' ? { [field]: value === 'true' } : null;
    case 'side':
      return value === 'BUY' || value === 'SELL' ? { side: value } : null;
    case 'type': {
      const type = spec.orderTypes.find((t) => t === value);
      return type ? { type } : null;
    }
    case 'timeInForce': {
      const timeInForce = spec.timeInForce.find((t) => t === value);
      return timeInForce ? { timeInForce } : null;
    }
    case 'positionSide':
      return value === 'BOTH' || value === 'LONG' || value === 'SHORT' ? { positionSide: value } : null;
  }
}
