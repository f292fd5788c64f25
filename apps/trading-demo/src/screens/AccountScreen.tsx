import { useTranslation } from 'react-i18next';
import { formatNumber } from '../format.js';
import { useExchange } from '../state/exchange.js';
import { useAccountData } from '../state/trading-data.js';
import { Positions } from './Positions.js';

const FIELDS = ['marginBalance', 'equity', 'available', 'initialMargin', 'maintMargin', 'unrealizedPNL'] as const;

export function AccountScreen() {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const { account } = useAccountData();
  const { client } = useExchange();
  const weight = client.usedWeight();
  const usdt = account?.asset.find((a) => a.asset === 'USDT') ?? account?.asset[0];

  return (
    <div className="stack">
      <section aria-labelledby="account-heading" className="panel">
        <h2 id="account-heading">{t('account.heading')}</h2>
        {usdt ? (
          <dl className="figures">
            {FIELDS.map((f) => (
              <div key={f}>
                <dt>{t(`account.${f}`)}</dt>
                <dd>{formatNumber(usdt[f], lng)} USDT</dd>
              </div>
            ))}
            {account?.greek.map((g) => (
              <div key={g.underlying}>
                <dt>
                  {t('account.greeks')}: {g.underlying}
                </dt>
                <dd>{formatNumber(g.delta, lng, 4)}</dd>
              </div>
            ))}
            {weight !== null && (
              <div>
                <dt>{t('account.weight')}</dt>
                <dd>{weight}</dd>
              </div>
            )}
          </dl>
        ) : (
          <p>{t('account.noData')}</p>
        )}
      </section>
      <Positions />
    </div>
  );
}
