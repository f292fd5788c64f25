/**
 * i18next as its server-rendering docs say: one instance per request on the server (entry.server),
 * one in the browser (entry.client), each handed to the app by I18nextProvider. The app's texts
 * are bundled; the language comes from the request (`?lng=`, else the `lng` cookie).
 */
import i18next, { type i18n } from 'i18next';
import en from '../../shared/locales/en/app.json';
import zh from '../../shared/locales/zh/app.json';

export type Language = 'en' | 'zh';

export function languageOf(request: Request): Language {
  const asked = new URL(request.url).searchParams.get('lng');
  if (asked === 'en' || asked === 'zh') return asked;
  const cookie = /(?:^|;\s*)lng=(en|zh)(?:;|$)/.exec(request.headers.get('cookie') ?? '');
  return cookie?.[1] === 'zh' ? 'zh' : 'en';
}

export async function createI18n(lng: string): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.init({
    lng,
    fallbackLng: 'en',
    supportedLngs: ['en', 'zh'],
    defaultNS: 'app',
    ns: ['app'],
    resources: { en: { app: en }, zh: { app: zh } },
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });
  return instance;
}
