import { useTranslation } from 'react-i18next';
import { formatNumber } from '../format.js';
import { useAccountData } from '../state/trading-data.js';
import { useUpdateTicket } from '../state/ticket.js';

export function Positions() {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const { positions } = useAccountData();
  const update = useUpdateTicket();

  return (
    <section aria-labelledby="positions-heading" className="panel">
      <h2 id="positions-heading">{t('positions.headingOf', { product: t('product.options') })}</h2>
      {positions.length === 0 ? (
        <p>{t('positions.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('ticket.symbol')}</th>
                <th scope="col">{t('ticket.side')}</th>
                <th scope="col">{t('ticket.quantity')}</th>
                <th scope="col">{t('positions.entry')}</th>
                <th scope="col">{t('positions.markPrice')}</th>
                <th scope="col">{t('positions.pnl')}</th>
                <td />
              </tr>
            </thead>
            <tbody>
              {positions.map((p) => {
                const pnl = Number(p.unrealizedPNL);
                return (
                  <tr key={p.symbol}>
                    <th scope="row">{p.symbol}</th>
                    <td>{t(`side.${p.side}`)}</td>
                    <td>{p.quantity}</td>
                    <td>{formatNumber(p.entryPrice, lng)}</td>
                    <td>{formatNumber(p.markPrice, lng)}</td>
                    <td className={pnl >= 0 ? 'up' : 'down'}>{formatNumber(pnl, lng)}</td>
                    <td>
                      <button
                        type="button"
                        aria-label={t('positions.closeLabel', { symbol: p.symbol })}
                        onClick={() => {
                          update({
                            product: 'options',
                            symbol: p.symbol,
                            side: p.side === 'LONG' ? 'SELL' : 'BUY',
                            quantity: p.quantity.replace('-', ''),
                            price: p.markPrice,
                            reduceOnly: true,
                            type: 'LIMIT',
                          });
                          document.getElementById('ticket-quantity')?.focus();
                        }}
                      >
                        {t('positions.close')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
