/**
 * The ticket's own labels for the parameters Binance names (`quantity` → "Quantity" / "数量"), for
 * the kit's `fieldLabels`. Each label is a getter on the app's i18next instance, so a toast shown in
 * English reads “数量” once the trader switches to Chinese.
 */
import type { i18n as I18n } from 'i18next';

const LABEL_KEYS = {
  symbol: 'ticket.symbol',
  side: 'ticket.side',
  type: 'ticket.type',
  price: 'ticket.price',
  quantity: 'ticket.quantity',
  timeInForce: 'ticket.timeInForce',
  postOnly: 'ticket.postOnly',
  reduceOnly: 'ticket.reduceOnly',
  positionSide: 'ticket.positionSide',
  clientOrderId: 'ticket.clientOrderId',
  // Spot and USDⓈ-M name the client order id and the order to replace their own way.
  newClientOrderId: 'ticket.clientOrderId',
  quoteOrderQty: 'ticket.quantity',
  cancelOrderId: 'ticket.replaceOrderId',
  cancelOrigClientOrderId: 'ticket.replaceOrderId',
} as const;

const cache = new WeakMap<I18n, Readonly<Record<string, string>>>();

export function fieldLabelsOf(i18n: I18n): Readonly<Record<string, string>> {
  let labels = cache.get(i18n);
  if (!labels) {
    const live: Record<string, string> = {};
    for (const [param, key] of Object.entries(LABEL_KEYS))
      Object.defineProperty(live, param, { get: () => i18n.t(key), enumerable: true });
    labels = Object.freeze(live);
    cache.set(i18n, labels);
  }
  return labels;
}
