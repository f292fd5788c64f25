import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderView } from '../api/types.js';
import { formatNumber } from '../format.js';
import { useExchange } from '../state/exchange.js';
import { useAccountData } from '../state/trading-data.js';

export function OpenOrders() {
  const { t, i18n } = useTranslation();
  const { client, report } = useExchange();
  const { openOrders, refresh } = useAccountData();
  const [status, setStatus] = useState('');

  const cancel = async (order: OrderView) => {
    try {
      await client.request(
        'DELETE',
        '/eapi/v1/order',
        { symbol: order.symbol, orderId: order.orderId },
        { signed: true },
      );
      setStatus(t('orders.cancelled', { id: order.orderId }));
    } catch (failure) {
      report(failure);
    } finally {
      refresh();
    }
  };

  const cancelAll = async () => {
    const underlyings = [...new Set(openOrders.map((o) => `${o.symbol.split('-')[0]}USDT`))];
    for (const underlying of underlyings) {
      try {
        await client.request('DELETE', '/eapi/v1/allOpenOrdersByUnderlying', { underlying }, { signed: true });
      } catch (failure) {
        report(failure);
      }
    }
    refresh();
  };

  return (
    <section aria-labelledby="orders-heading" className="panel">
      <div className="panel-head">
        <h2 id="orders-heading">{t('orders.headingOf', { product: t('product.options') })}</h2>
        {openOrders.length > 0 && (
          <button type="button" onClick={() => void cancelAll()}>
            {t('orders.cancelAll')}
          </button>
        )}
      </div>
      {openOrders.length === 0 ? (
        <p>{t('orders.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('ticket.symbol')}</th>
                <th scope="col">{t('ticket.side')}</th>
                <th scope="col">{t('ticket.price')}</th>
                <th scope="col">{t('ticket.quantity')}</th>
                <th scope="col">{t('orders.filled')}</th>
                <th scope="col">{t('ticket.timeInForce')}</th>
                <th scope="col">{t('orders.status')}</th>
                <th scope="col">{t('ticket.clientOrderId')}</th>
                <td />
              </tr>
            </thead>
            <tbody>
              {openOrders.map((o) => (
                <tr key={o.orderId}>
                  <th scope="row">{o.symbol}</th>
                  <td className={o.side === 'BUY' ? 'up' : 'down'}>{t(`side.${o.side}`)}</td>
                  <td>
                    {formatNumber(o.price, i18n.language, o.price.includes('.') ? o.price.split('.')[1]?.length : 0)}
                  </td>
                  <td>{o.quantity}</td>
                  <td>{o.executedQty}</td>
                  <td>{o.timeInForce}</td>
                  <td>{t(`status.${o.status}`)}</td>
                  <td className="mono">{o.clientOrderId}</td>
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
