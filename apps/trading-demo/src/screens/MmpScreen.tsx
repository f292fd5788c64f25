import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MmpView } from '../api/types.js';
import { formatTime } from '../format.js';
import { useExchange } from '../state/exchange.js';
import { useNow } from '../state/useNow.js';

const UNDERLYINGS = ['BTCUSDT', 'ETHUSDT'] as const;

function MmpForm({ underlying }: { readonly underlying: (typeof UNDERLYINGS)[number] }) {
  const { t, i18n } = useTranslation();
  const { client, report } = useExchange();
  const [view, setView] = useState<MmpView | null>(null);
  const [form, setForm] = useState({ window: '3000', frozen: '0', qtyLimit: '5', deltaLimit: '2' });
  const [status, setStatus] = useState('');
  const id = useId();
  const now = useNow();

  const load = useCallback(async () => {
    try {
      setView(await client.request<MmpView>('GET', '/eapi/v1/mmp', { underlying }, { signed: true }));
    } catch (failure) {
      report(failure);
    }
  }, [client, report, underlying]);

  useEffect(() => {
    void load();
    const timer = setInterval(() => void load(), 5000);
    return () => clearInterval(timer);
  }, [load]);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const params = {
        underlying,
        windowTimeInMilliseconds: form.window,
        frozenTimeInMilliseconds: form.frozen,
        qtyLimit: form.qtyLimit,
        deltaLimit: form.deltaLimit,
      };
      setView(await client.request<MmpView>('POST', '/eapi/v1/mmpSet', params, { signed: true }));
      setStatus(t('mmp.saved', { underlying }));
    } catch (failure) {
      setStatus('');
      report(failure);
    }
  };

  const reset = async () => {
    try {
      setView(await client.request<MmpView>('POST', '/eapi/v1/mmpReset', { underlying }, { signed: true }));
      setStatus(t('mmp.resetDone', { underlying }));
    } catch (failure) {
      report(failure);
    }
  };

  const triggered =
    view !== null &&
    view.lastTriggerTime > 0 &&
    (view.frozenTimeInMilliseconds === 0 || now < view.lastTriggerTime + view.frozenTimeInMilliseconds);
  const state =
    !view || view.windowTimeInMilliseconds === 0
      ? t('mmp.off')
      : triggered
        ? t('mmp.frozenState', { time: formatTime(view.lastTriggerTime, i18n.language) })
        : t('mmp.active');
  const input = (key: keyof typeof form, label: string) => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input
        id={`${id}-${key}`}
        inputMode="numeric"
        value={form[key]}
        onChange={(e) => setForm((f) => ({ ...f, [key]: e.target.value }))}
      />
    </div>
  );

  return (
    <form className="panel" aria-labelledby={`${id}-heading`} onSubmit={(e) => void save(e)} noValidate>
      <h3 id={`${id}-heading`}>{underlying}</h3>
      <p className={triggered ? 'down' : undefined}>{state}</p>
      <div className="field-row">
        {input('window', t('mmp.window'))}
        {input('frozen', t('mmp.frozen'))}
      </div>
      <div className="field-row">
        {input('qtyLimit', t('mmp.qtyLimit'))}
        {input('deltaLimit', t('mmp.deltaLimit'))}
      </div>
      <div className="actions">
        <button type="submit" className="primary">
          {t('mmp.save', { underlying })}
        </button>
        <button type="button" onClick={() => void reset()}>
          {t('mmp.reset', { underlying })}
        </button>
      </div>
      <p role="status" className="status">
        {status}
      </p>
    </form>
  );
}

export function MmpScreen() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="mmp-heading" className="stack">
      <h2 id="mmp-heading">{t('mmp.heading')}</h2>
      <p className="lead">{t('mmp.intro')}</p>
      <div className="two-columns">
        {UNDERLYINGS.map((u) => (
          <MmpForm key={u} underlying={u} />
        ))}
      </div>
    </section>
  );
}
