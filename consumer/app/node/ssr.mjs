// Server rendering: ErrorDetails to an HTML string with react-dom/server, on the app's own i18next
// instance with both catalogs added up front (a server has no time to wait for a lazy chunk).
import { addBinanceOptionsErrors, binanceOptionsEager } from '@exchange-errors/binance-options';
import { ErrorDetails, preloadErrorEngine, registerBinanceCatalogs } from '@exchange-errors/react';
import i18next from 'i18next';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';

const lng = process.argv[2] ?? 'zh';
const i18n = i18next.createInstance();
await i18n.use(initReactI18next).init({ lng, fallbackLng: 'en', resources: {}, interpolation: { escapeValue: false } });
addBinanceOptionsErrors(i18n);
// A server renders at once: the product with its data in memory, the engine loaded before rendering.
registerBinanceCatalogs(binanceOptionsEager);
await preloadErrorEngine();

const error = { code: -1102, msg: "Mandatory parameter 'quantity' was not sent, was empty/null, or malformed." };
process.stdout.write(renderToString(createElement(I18nextProvider, { i18n }, createElement(ErrorDetails, { error }))));
