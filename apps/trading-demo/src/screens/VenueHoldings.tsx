/**
 * What the account holds on the ticket's venue: Spot's balances (free and locked per asset; a filled
 * order shows here), a futures' positions (with Close, which fills the ticket with a reduce-only
 * market order for the whole size).
 */
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../format.js';
import type { VenueProduct } from '../state/products.js';
import { useUpdateTicket } from '../state/ticket.js';
import { useVenueAccount } from '../state/venueAccount.js';
import type { BalanceRow, PositionRow } from '../venues/types.js';
import { decimal } from './VenueOpenOrders.js';

export function VenueHoldings({ product }: { readonly product: VenueProduct }) {
  const { t } = useTranslation();
  const { holdings, loaded } = useVenueAccount();
  const productName = t(`product.${product}`);
  const kind = holdings?.kind;
  const headingId = `holdings-${product}-heading`;
  return (
    <section aria-labelledby={headingId} className="panel">
      <h2 id={headingId}>
        {kind === 'balances'
          ? t('balances.headingOf', { product: productName })
          : t('positions.headingOf', { product: productName })}
      </h2>
      {!holdings || holdings.rows.length === 0 ? (
        <p>{!loaded ? t('orders.loading') : kind === 'balances' ? t('balances.empty') : t('positions.empty')}</p>
      ) : holdings.kind === 'balances' ? (
        <Balances rows={holdings.rows} />
      ) : (
        <Positions rows={holdings.rows} product={product} />
      )}
    </section>
  );
}

function Balances({ rows }: { readonly rows: readonly BalanceRow[] }) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll">
      <table>
        <thead>
          <tr>
            <th scope="col">{t('balances.asset')}</th>
            <th scope="col">{t('balances.free')}</th>
            <th scope="col">{t('balances.locked')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((b) => (
            <tr key={b.asset}>
              <th scope="row">{b.asset}</th>
              <td>{b.free}</td>
              <td>{b.locked}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Positions({ rows, product }: { readonly rows: readonly PositionRow[]; readonly product: VenueProduct }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const update = useUpdateTicket();
  return (
    <div className="table-scroll">
      <table>
        <thead>
          <tr>
            <th scope="col">{t('ticket.symbol')}</th>
            <th scope="col">{t('ticket.side')}</th>
            <th scope="col">{t('positions.size')}</th>
            <th scope="col">{t('positions.entry')}</th>
            <th scope="col">{t('positions.markPrice')}</th>
            <th scope="col">{t('positions.pnl')}</th>
            <td />
          </tr>
        </thead>
        <tbody>
          {rows.map((p) => {
            const pnl = Number(p.unrealizedPnl);
            return (
              <tr key={`${p.symbol}:${p.side}`}>
                <th scope="row">{p.symbol}</th>
                <td className={p.side === 'LONG' ? 'up' : 'down'}>{t(`side.${p.side}`)}</td>
                <td>{p.quantity}</td>
                <td>{decimal(p.entryPrice, lng)}</td>
                <td>{decimal(p.markPrice, lng)}</td>
                <td className={pnl >= 0 ? 'up' : 'down'}>{formatNumber(pnl, lng)}</td>
                <td>
                  <button
                    type="button"
                    aria-label={t('positions.closeLabel', { symbol: p.symbol })}
                    onClick={() => {
                      update({
                        product,
                        symbol: p.symbol,
                        side: p.side === 'LONG' ? 'SELL' : 'BUY',
                        type: 'MARKET',
                        quantity: p.quantity,
                        reduceOnly: true,
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
  );
}
