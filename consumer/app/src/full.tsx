/**
 * The whole kit in one app, set up as the README recommends: the app's instance, the toaster, an
 * inline ErrorDetails, both languages (each catalog loads when its language is first used), and two
 * products (Options and Spot), each error shown with the path of the request it answers.
 */
import { binanceOptions } from '@exchange-errors/binance-options';
import { binanceSpot } from '@exchange-errors/binance-spot';
import { ErrorDetails, ErrorToaster, registerCatalogs, showError } from '@exchange-errors/react';
import '@exchange-errors/react/styles.css';
import type { i18n } from 'i18next';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { INSUFFICIENT_BALANCE, INVALID_SYMBOL, MISSING_QUANTITY, OPTIONS_ORDER, SPOT_ORDER } from './bodies.js';
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
      <button
        type="button"
        onClick={() => showError(INVALID_SYMBOL, { request: { method: 'POST', url: OPTIONS_ORDER } })}
      >
        {t('place')}
      </button>
      <button
        type="button"
        onClick={() => showError(INSUFFICIENT_BALANCE, { request: { method: 'POST', url: SPOT_ORDER } })}
      >
        {t('buySpot')}
      </button>
      <button type="button" onClick={() => void i18n.changeLanguage(i18n.resolvedLanguage === 'zh' ? 'en' : 'zh')}>
        {t('switchLanguage')}
      </button>
      <ErrorDetails error={MISSING_QUANTITY} request={{ method: 'POST', url: OPTIONS_ORDER }} />
      <ErrorToaster />
    </main>
  );
}

// The products the app talks to: a few hundred bytes now, their catalogs with the first error.
registerCatalogs(binanceOptions, binanceSpot);

const instance = await createAppI18n({
  zh: { title: '期权交易台', place: '下单', buySpot: '买入现货', switchLanguage: 'English' },
});
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
