import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_SETTINGS, normalizeBaseUrl, type ApiSettings } from '../api/settings.js';
import { useExchange } from '../state/exchange.js';

export function SettingsScreen() {
  const { t } = useTranslation();
  const { settings, saveSettings, transport } = useExchange();
  const [form, setForm] = useState({
    ...settings,
    recvWindow: String(settings.recvWindow),
    clockOffsetMs: String(settings.clockOffsetMs),
  });
  const [invalid, setInvalid] = useState(false);
  const [status, setStatus] = useState('');
  const id = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const baseUrl = normalizeBaseUrl(form.baseUrl);
    if (baseUrl === null) {
      setInvalid(true);
      setStatus('');
      document.getElementById(`${id}-baseUrl`)?.focus();
      return;
    }
    const number = (value: string, fallback: number) =>
      value.trim() !== '' && Number.isFinite(Number(value)) ? Number(value) : fallback;
    const next: ApiSettings = {
      baseUrl,
      apiKey: form.apiKey.trim(),
      apiSecret: form.apiSecret.trim(),
      // Sent as typed, so the exchange (not the form) judges it: 70000 shows -1131.
      recvWindow: number(form.recvWindow, DEFAULT_SETTINGS.recvWindow),
      clockOffsetMs: number(form.clockOffsetMs, 0),
    };
    setInvalid(false);
    saveSettings(next);
    setForm({ ...next, recvWindow: String(next.recvWindow), clockOffsetMs: String(next.clockOffsetMs) });
    setStatus(t('settings.saved'));
  };

  const restore = () => {
    saveSettings(DEFAULT_SETTINGS);
    setForm({ ...DEFAULT_SETTINGS, recvWindow: String(DEFAULT_SETTINGS.recvWindow), clockOffsetMs: '0' });
    setInvalid(false);
    setStatus(t('settings.saved'));
  };

  const text = (
    key: keyof typeof form,
    label: string,
    extra: { hint?: string; type?: string; error?: string } = {},
  ) => {
    const inputId = `${id}-${key}`;
    const described =
      [extra.hint ? `${inputId}-hint` : '', extra.error ? `${inputId}-error` : ''].filter(Boolean).join(' ') ||
      undefined;
    return (
      <div className="field">
        <label htmlFor={inputId}>{label}</label>
        <input
          id={inputId}
          type={extra.type ?? 'text'}
          value={form[key]}
          onChange={(e) => setForm((f) => ({ ...f, [key]: e.target.value }))}
          aria-invalid={extra.error ? true : undefined}
          aria-describedby={described}
          autoComplete="off"
          spellCheck={false}
        />
        {extra.hint && (
          <p id={`${inputId}-hint`} className="hint">
            {extra.hint}
          </p>
        )}
        {extra.error && (
          <p id={`${inputId}-error`} className="field-error">
            {extra.error}
          </p>
        )}
      </div>
    );
  };

  return (
    <section aria-labelledby="settings-heading" className="panel">
      <h2 id="settings-heading">{t('settings.heading')}</h2>
      <form onSubmit={submit} noValidate className="stack">
        {text('baseUrl', t('settings.baseUrl'), {
          hint: t('settings.baseUrlHint'),
          type: 'url',
          ...(invalid ? { error: t('settings.baseUrlInvalid') } : {}),
        })}
        {text('apiKey', t('settings.apiKey'))}
        {text('apiSecret', t('settings.apiSecret'), { type: 'password' })}
        <div className="field-row">
          {text('recvWindow', t('settings.recvWindow'))}
          {text('clockOffsetMs', t('settings.clockOffset'), { hint: t('settings.clockOffsetHint') })}
        </div>
        <div className="actions">
          <button type="submit" className="primary">
            {t('settings.save')}
          </button>
          <button type="button" onClick={restore}>
            {t('settings.restore')}
          </button>
        </div>
        <p role="status" className="status">
          {status}
        </p>
      </form>
      <h3>{t('settings.transport')}</h3>
      <p>{transport === 'worker' ? t('settings.viaWorker') : t('settings.direct')}</p>
    </section>
  );
}
