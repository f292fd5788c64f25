/**
 * An English-only app that uses the toaster and nothing else, set up as the README recommends (no
 * in-memory module: the English catalog loads on demand). It must never download Chinese
 * catalog text, nor ErrorDetails' code before a trader opens Details, nor anything of the products it
 * does not register (Spot, USDⓈ-M, COIN-M and Portfolio Margin are installed beside it).
 */
import { binanceOptions } from '@exchange-errors/binance-options';
import { ErrorToaster, registerCatalogs, showError } from '@exchange-errors/react';
import '@exchange-errors/react/styles.css';
import { createRoot } from 'react-dom/client';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { INVALID_SYMBOL } from './bodies.js';
import { createAppI18n } from './i18n.js';

function App() {
  const { t } = useTranslation('app');
  return (
    <main>
      <h1>{t('title')}</h1>
      <button type="button" onClick={() => showError(INVALID_SYMBOL)}>
        {t('place')}
      </button>
      <ErrorToaster />
    </main>
  );
}

// The products the app talks to: a few hundred bytes now, their catalogs with the first error.
registerCatalogs(binanceOptions);

const instance = await createAppI18n();
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <I18nextProvider i18n={instance}>
      <App />
    </I18nextProvider>,
  );
}
