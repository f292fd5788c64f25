// Server rendering: ErrorDetails to an HTML string with react-dom/server, on the app's own i18next
// instance with the product's texts added up front (a server has no time to wait for a lazy chunk).
import { binanceOptionsEager } from '@exchange-errors/binance-options/eager';
import { loadErrors } from '@exchange-errors/core';
import { ErrorDetails, preloadErrorToaster, registerCatalogs } from '@exchange-errors/react';
import i18next from 'i18next';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';

const lng = process.argv[2] ?? 'zh';
const i18n = i18next.createInstance();
await i18n.use(initReactI18next).init({ lng, fallbackLng: 'en', resources: {}, interpolation: { escapeValue: false } });
await loadErrors(i18n, binanceOptionsEager);
// A server renders at once: the product with its data in memory, the kit's chunks loaded before rendering.
registerCatalogs(binanceOptionsEager);
await preloadErrorToaster();

const error = { code: -1102, msg: "Mandatory parameter 'quantity' was not sent, was empty/null, or malformed." };
process.stdout.write(renderToString(createElement(I18nextProvider, { i18n }, createElement(ErrorDetails, { error }))));
