/**
 * The whole kit in one app, set up as the README recommends: the app's instance, the toaster, an
 * inline ErrorDetails, both languages (each catalog loads when its language is first used).
 */
import { binanceOptions } from '@exchange-errors/binance-options/catalog';
import { ErrorDetails, ErrorToaster, registerBinanceCatalogs, showError } from '@exchange-errors/react';
import '@exchange-errors/react/styles.css';
import type { i18n } from 'i18next';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { INVALID_SYMBOL, MISSING_QUANTITY } from './bodies.js';
import { createAppI18n } from './i18n.js';

declare global {
  interface Window {
    __app?: i18n;
  }
}

function App() {
  const { t, i18n } = useTranslation('app');
  return (
    <main>
      <h1>{t('title')}</h1>
      <button type="button" onClick={() => showError(INVALID_SYMBOL)}>
        {t('place')}
      </button>
      <button type="button" onClick={() => void i18n.changeLanguage(i18n.resolvedLanguage === 'zh' ? 'en' : 'zh')}>
        {t('switchLanguage')}
      </button>
      <ErrorDetails error={MISSING_QUANTITY} />
      <ErrorToaster />
    </main>
  );
}

// The products the app talks to: a few hundred bytes now, their catalogs with the first error.
registerBinanceCatalogs(binanceOptions);

const instance = await createAppI18n({ zh: { title: '期权交易台', place: '下单', switchLanguage: 'English' } });
window.__app = instance;
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={instance}>
        <App />
      </I18nextProvider>
    </StrictMode>,
  );
}
