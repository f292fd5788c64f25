/** Which ticket field a Binance rejection points at, so the message can sit beside that field. */
import type { ResolvedBinanceError } from '@exchange-errors/binance-options';

export type TicketField = 'symbol' | 'side' | 'type' | 'price' | 'quantity' | 'timeInForce' | 'postOnly' | 'reduceOnly' | 'clientOrderId' | 'batch';

const BY_CODE: Readonly<Record<number, TicketField>> = {
  [-1121]: 'symbol',
  [-1117]: 'side',
  [-1116]: 'type',
  [-1115]: 'timeInForce',
  [-4001]: 'price',
  [-4002]: 'price',
  [-4013]: 'price',
  [-4029]: 'price',
  [-4003]: 'quantity',
  [-4004]: 'quantity',
  [-4005]: 'quantity',
  [-4030]: 'quantity',
  [-6044]: 'clientOrderId',
  [-6046]: 'timeInForce',
  [-6047]: 'postOnly',
  [-1014]: 'postOnly',
  [-6045]: 'reduceOnly',
  [-6011]: 'batch',
};

const BY_PARAM: Readonly<Record<string, TicketField>> = {
  symbol: 'symbol',
  side: 'side',
  type: 'type',
  price: 'price',
  quantity: 'quantity',
  timeInForce: 'timeInForce',
  postOnly: 'postOnly',
  reduceOnly: 'reduceOnly',
  clientOrderId: 'clientOrderId',
};

export function fieldOf(resolved: ResolvedBinanceError): TicketField | null {
  if (resolved.code === null) return null;
  const param = resolved.values.param;
  if (param !== undefined && (resolved.code === -1102 || resolved.code === -1100 || resolved.code === -1106)) return BY_PARAM[param] ?? null;
  return BY_CODE[resolved.code] ?? null;
}
