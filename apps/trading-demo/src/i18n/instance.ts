/**
 * The app's own i18next instance: it owns the language (remembered, reflected in `<html lang>`), holds
 * the demo's texts, and gets the kit's namespaces added, as any app would.
 */
import { loadErrors } from '@exchange-errors/core';
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { ERROR_MODULES } from '../state/products.js';
import { registerExchange } from '../state/registerExchange.js';
import { loadItem, saveItem } from '../storage.js';
import { en } from './en.js';
import { zh } from './zh.js';
import { zhTW } from './zhTW.js';

export const DEMO_NAMESPACE = 'demo';
export const LANGUAGES = [
  { code: 'en', label: 'English', htmlLang: 'en' },
  { code: 'zh', label: '简体中文', htmlLang: 'zh-CN' },
  // Bybit's errors read in its Traditional Chinese; Binance's, which ship none, in Simplified (the kit's fallback).
  { code: 'zh-TW', label: '繁體中文', htmlLang: 'zh-TW' },
] as const;
export type Language = (typeof LANGUAGES)[number]['code'];

function storedLanguage(): Language {
  const saved = loadItem('language');
  const known = LANGUAGES.find((l) => l.code === saved);
  if (known) return known.code;
  const device = navigator.language;
  if (/^zh[-_](?:TW|HK|MO|Hant)/i.test(device)) return 'zh-TW';
  return /^zh(?:$|[-_])/i.test(device) ? 'zh' : 'en';
}

export function createDemoI18n(): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: storedLanguage(),
    fallbackLng: 'en',
    supportedLngs: LANGUAGES.map((l) => l.code),
    ns: [DEMO_NAMESPACE],
    defaultNS: DEMO_NAMESPACE,
    resources: { en: { [DEMO_NAMESPACE]: en }, zh: { [DEMO_NAMESPACE]: zh }, 'zh-TW': { [DEMO_NAMESPACE]: zhTW } },
    interpolation: { escapeValue: false },
    initAsync: false,
    showSupportNotice: false,
  } as never);
  // Options' texts in memory now (the module is the in-memory one): the ticket shows them at once.
  void loadErrors(instance, ERROR_MODULES.options);
  // The products the demo talks to. Options is registered with its data in memory (the ticket
  // checks orders with its rules anyway); Spot and USDⓈ-M as their lazy modules from
  // '@exchange-errors/binance-spot' and '…/binance-usdm', fetched when the ticket first switches to
  // them or with their first error. Each error's product comes from the request's path, or the
  // `product` the app passes to showError: -2022 is a failed cancel-replace on Spot and a rejected
  // reduce-only order on USDⓈ-M. Bybit's lazy module ('@exchange-errors/bybit') is registered when the
  // exchange switch first goes to Bybit (src/state/registerExchange.ts).
  registerExchange('binance');
  const sync = (lng: string) => {
    const language = LANGUAGES.find((l) => l.code === lng) ?? LANGUAGES[0];
    document.documentElement.lang = language.htmlLang;
    saveItem('language', language.code);
  };
  sync(instance.language);
  instance.on('languageChanged', sync);
  return instance;
}
