/**
 * next-i18next's two App Router setups (i18next's docs, "App Router setup" and "No-locale-path
 * mode"), side by side in one app: the language in the path (`/en`, `/zh`: app/[lng]) and the
 * language in a cookie (`/desk`: app/desk). The app's own texts are bundled JSON.
 */
import type { I18nConfig } from 'next-i18next/proxy';

const base = {
  supportedLngs: ['en', 'zh'],
  fallbackLng: 'en',
  defaultNS: 'app',
  ns: ['app'],
  resourceLoader: (language: string, namespace: string) => import(`../../shared/locales/${language}/${namespace}.json`),
} satisfies I18nConfig;

export const inPath: I18nConfig = base;
export const inCookie: I18nConfig = { ...base, localeInPath: false, basePath: '/desk', cookieName: 'desk-lng' };
