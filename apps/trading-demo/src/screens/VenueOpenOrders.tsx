/** The open orders of the ticket's venue (Spot, USDⓈ-M), each with Cancel, as Options' list has them. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../format.js';
import { useExchange } from '../state/exchange.js';
import type { VenueProduct } from '../state/products.js';
import { useVenueAccount } from '../state/venueAccount.js';
import type { OpenOrderRow, Venue } from '../venues/types.js';
import { isTicketType, TYPE_LABELS } from './ticketProducts.js';

/** A decimal string with the trader's grouping, as many places as it has. */
export const decimal = (value: string, lng: string) => formatNumber(value, lng, value.split('.')[1]?.length ?? 0);

export function VenueOpenOrders({ venue, product }: { readonly venue: Venue; readonly product: VenueProduct }) {
  const { t, i18n } = useTranslation();
  const { client, report } = useExchange();
  const { openOrders, loaded, refresh } = useVenueAccount();
  const [status, setStatus] = useState('');
  const lng = i18n.language;
  const headingId = `orders-${product}-heading`;

  const cancel = async (order: OpenOrderRow) => {
    try {
      await client.request(
        venue.paths.cancelMethod,
        venue.paths.cancel,
        { ...venue.params, symbol: order.symbol, orderId: order.orderId },
        { signed: true },
      );
      setStatus(t('orders.cancelled', { id: order.orderId }));
    } catch (failure) {
      report(failure, venue.product ? { product: venue.product } : {});
    } finally {
      refresh();
    }
  };

  return (
    <section aria-labelledby={headingId} className="panel">
      <h2 id={headingId}>{t('orders.headingOf', { product: t(`product.${product}`) })}</h2>
      {openOrders.length === 0 ? (
        <p>{loaded ? t('orders.empty') : t('orders.loading')}</p>
      ) : (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('ticket.symbol')}</th>
                <th scope="col">{t('ticket.side')}</th>
                <th scope="col">{t('ticket.type')}</th>
                <th scope="col">{t('ticket.price')}</th>
                <th scope="col">{t('ticket.quantity')}</th>
                <th scope="col">{t('orders.filled')}</th>
                <th scope="col">{t('ticket.timeInForce')}</th>
                <th scope="col">{t('orders.status')}</th>
                <td />
              </tr>
            </thead>
            <tbody>
              {openOrders.map((o) => (
                <tr key={o.orderId}>
                  <th scope="row">{o.symbol}</th>
                  <td className={o.side === 'BUY' ? 'up' : 'down'}>{t(`side.${o.side}`)}</td>
                  <td>{isTicketType(o.type) ? t(TYPE_LABELS[o.type]) : o.type}</td>
                  <td>{decimal(o.price, lng)}</td>
                  <td>{o.quantity}</td>
                  <td>{o.executed}</td>
                  <td>{o.timeInForce}</td>
                  <td>{t(`status.${o.status}`, { defaultValue: o.status })}</td>
                  <td>
                    <button
                      type="button"
                      aria-label={t('orders.cancelLabel', { id: o.orderId, symbol: o.symbol })}
                      onClick={() => void cancel(o)}
                    >
                      {t('orders.cancel')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p role="status" className="status">
        {status}
      </p>
    </section>
  );
}
