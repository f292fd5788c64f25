'use client';
/**
 * The same small order desk in every framework app: a button whose order the exchange rejects (the
 * raw Binance body goes to `showError`), a language switch (each framework switches its own way),
 * and the last rejected order's details inline. Client code: hooks, handlers.
 */
import { ErrorDetails, showError } from '@exchange-errors/react';
import { useTranslation } from 'react-i18next';
import { INVALID_SYMBOL, MISSING_QUANTITY, ORDER } from './bodies';

export function Desk({ onSwitchLanguage }: { readonly onSwitchLanguage: (lng: 'en' | 'zh') => void }) {
  const { t, i18n } = useTranslation('app');
  return (
    <main>
      <h1>{t('title')}</h1>
      <button type="button" onClick={() => showError(INVALID_SYMBOL, { request: ORDER })}>
        {t('place')}
      </button>
      <button type="button" onClick={() => onSwitchLanguage(i18n.resolvedLanguage === 'zh' ? 'en' : 'zh')}>
        {t('switchLanguage')}
      </button>
      <h2>{t('lastError')}</h2>
      <ErrorDetails error={MISSING_QUANTITY} request={ORDER} />
    </main>
  );
}
