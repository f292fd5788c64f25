/**
 * The app's own i18next instance, set up before the kit is added: its own namespace, plus its own
 * wording for one of the kit's UI texts and one of Binance's catalog messages. The kit must keep
 * all three and let the overrides win.
 */
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';

const EN = { title: 'Options desk', place: 'Place order', buySpot: 'Buy spot', switchLanguage: 'Chinese' };
export type AppTexts = typeof EN;

/** The app's own word for the kit's Dismiss button (namespace `exchangeErrorsUi`). */
export const UI_OVERRIDE = 'Close notice';
/** The app's own message for -1121 (namespace `binanceOptions`). */
export const CATALOG_OVERRIDE = 'That contract does not exist.';

/** The app's instance in English, plus Chinese when the app ships it (`zh`: the app's own texts). */
export async function createAppI18n({ zh }: { zh?: AppTexts } = {}): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    lng: 'en',
    fallbackLng: 'en',
    supportedLngs: zh ? ['en', 'zh'] : ['en'],
    defaultNS: 'app',
    ns: ['app'],
    interpolation: { escapeValue: false },
    resources: {
      en: {
        app: EN,
        exchangeErrorsUi: { dismiss: UI_OVERRIDE },
        binanceOptions: { codes: { '-1121': { messages: { default: CATALOG_OVERRIDE } } } },
      },
      ...(zh ? { zh: { app: zh } } : {}),
    },
  });
  return instance;
}
