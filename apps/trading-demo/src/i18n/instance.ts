/**
 * The app's own i18next instance: it owns the language (remembered, reflected in `<html lang>`), holds
 * the demo's texts, and gets the kit's namespaces added, as any app would.
 */
import { addBinanceOptionsErrors, binanceOptionsEager, supportedLanguageOf } from '@exchange-errors/binance-options';
import { registerBinanceCatalogs } from '@exchange-errors/react';
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { loadItem, saveItem } from '../storage.js';
import { en } from './en.js';
import { zh } from './zh.js';

export const DEMO_NAMESPACE = 'demo';
export const LANGUAGES = [
  { code: 'en', label: 'English', htmlLang: 'en' },
  { code: 'zh', label: '中文', htmlLang: 'zh-CN' },
] as const;
export type Language = (typeof LANGUAGES)[number]['code'];

function storedLanguage(): Language {
  const saved = loadItem('language');
  if (saved === 'en' || saved === 'zh') return saved;
  return supportedLanguageOf(navigator.language) === 'zh' ? 'zh' : 'en';
}

export function createDemoI18n(): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: storedLanguage(),
    fallbackLng: 'en',
    supportedLngs: ['en', 'zh'],
    ns: [DEMO_NAMESPACE],
    defaultNS: DEMO_NAMESPACE,
    resources: { en: { [DEMO_NAMESPACE]: en }, zh: { [DEMO_NAMESPACE]: zh } },
    interpolation: { escapeValue: false },
    initAsync: false,
    showSupportNotice: false,
  } as never);
  addBinanceOptionsErrors(instance);
  // The demo talks to Options only, and imports the whole package for its ticket anyway, so the
  // product is registered with its data in memory; an app that wants nothing up front registers
  // `binanceOptions` from '@exchange-errors/binance-options/catalog' instead.
  registerBinanceCatalogs(binanceOptionsEager);
  const sync = (lng: string) => {
    const language = LANGUAGES.find((l) => l.code === lng) ?? LANGUAGES[0];
    document.documentElement.lang = language.htmlLang;
    saveItem('language', language.code);
  };
  sync(instance.language);
  instance.on('languageChanged', sync);
  return instance;
}
