import { useCallback, useId, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { CHAOS_HEADER, type FailureMode } from '../exchange/simulator.js';
import { formatTime } from '../format.js';
import { useExchange } from '../state/exchange.js';
import { useNow } from '../state/useNow.js';

const FAILURES: readonly FailureMode[] = ['none', 'network', 'proxy502'];
const BURST = 60;

export function ChaosScreen() {
  const { t, i18n } = useTranslation();
  const { simulator, client, report, embedded, settings } = useExchange();
  const subscribe = useCallback((listener: () => void) => simulator.subscribe(listener), [simulator]);
  const chaos = useSyncExternalStore(subscribe, () => simulator.chaos);
  const [stormCount, setStormCount] = useState('500');
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const now = useNow();
  const id = useId();

  if (!embedded) {
    return (
      <section aria-labelledby="chaos-heading" className="panel">
        <h2 id="chaos-heading">{t('chaos.heading')}</h2>
        <p>{t('chaos.onlyEmbedded', { url: settings.baseUrl })}</p>
      </section>
    );
  }

  const storm = async () => {
    const count = Math.min(2000, Math.max(1, Math.floor(Number(stormCount)) || 1));
    setBusy(true);
    let failed = 0;
    // Each error reaches the toaster as it arrives, as it would from a real client under a storm.
    await Promise.all(
      Array.from({ length: count }, () =>
        client
          .request('GET', '/eapi/v1/time', {}, { headers: { [CHAOS_HEADER]: 'rate-limit' } })
          .catch((failure: unknown) => {
            failed += 1;
            report(failure);
          }),
      ),
    );
    setStatus(t('chaos.stormDone', { count, failed }));
    setBusy(false);
  };

  const burst = async () => {
    setBusy(true);
    const symbol =
      simulator.instruments.find((i) => i.underlying === 'BTCUSDT' && i.side === 'CALL' && i.strike === 108_000)
        ?.symbol ?? '';
    const results = await Promise.allSettled(
      Array.from({ length: BURST }, () =>
        client.request(
          'POST',
          '/eapi/v1/order',
          { symbol, side: 'BUY', type: 'LIMIT', price: '5', quantity: '0.01' },
          { signed: true },
        ),
      ),
    );
    const failures = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
    for (const failure of failures) report(failure);
    setStatus(t('chaos.burstDone', { ok: BURST - failures.length, failed: failures.length }));
    setBusy(false);
  };

  const bannedUntil = simulator.limiter.bannedUntil;
  const banned = bannedUntil > now;

  return (
    <section aria-labelledby="chaos-heading" className="panel stack">
      <h2 id="chaos-heading">{t('chaos.heading')}</h2>
      <p className="lead">{t('chaos.intro')}</p>
      <div className="field">
        <label htmlFor={`${id}-latency`}>{t('chaos.latency')}</label>
        <input
          id={`${id}-latency`}
          type="number"
          min={0}
          max={30000}
          step={100}
          value={chaos.latencyMs}
          onChange={(e) => simulator.setChaos({ latencyMs: Number(e.target.value) })}
        />
      </div>
      <fieldset>
        <legend>{t('chaos.failure')}</legend>
        {FAILURES.map((mode) => (
          <label key={mode} className="radio">
            <input
              type="radio"
              name={`${id}-failure`}
              value={mode}
              checked={chaos.failure === mode}
              onChange={() => simulator.setChaos({ failure: mode })}
            />
            {t(`chaos.${mode}`)}
          </label>
        ))}
      </fieldset>
      <label className="radio">
        <input
          type="checkbox"
          checked={chaos.bybitServerError}
          onChange={(e) => simulator.setChaos({ bybitServerError: e.target.checked })}
        />
        {t('chaos.bybitServerError')}
      </label>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-storm`}>{t('chaos.stormCount')}</label>
          <input
            id={`${id}-storm`}
            type="number"
            min={1}
            max={2000}
            value={stormCount}
            onChange={(e) => setStormCount(e.target.value)}
          />
        </div>
        <button type="button" className="primary align-end" onClick={() => void storm()} disabled={busy}>
          {t('chaos.storm')}
        </button>
      </div>
      <div className="actions">
        <button type="button" onClick={() => void burst()} disabled={busy}>
          {t('chaos.burst', { count: BURST })}
        </button>
        {banned ? (
          <button type="button" onClick={() => simulator.liftBan()}>
            {t('chaos.liftBan')}
          </button>
        ) : (
          <button type="button" onClick={() => simulator.banIp()}>
            {t('chaos.ban')}
          </button>
        )}
      </div>
      {banned && <p className="down">{t('chaos.banned', { time: formatTime(bannedUntil, i18n.language) })}</p>}
      <p role="status" className="status">
        {status}
      </p>
    </section>
  );
}
