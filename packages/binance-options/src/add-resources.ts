import { addBinanceOptionsBundle, type I18nLike } from './i18n.js';
import { NAMESPACE } from './namespace.js';
import { resources } from './resources.js';

/**
 * Adds the namespace in every shipped language to the app's i18next instance, keeping the app's own
 * keys. Both languages are bundled with this call; see `loadBinanceOptionsErrors` for lazy loading.
 */
export function addBinanceOptionsErrors<T extends I18nLike>(i18n: T): T {
  addBinanceOptionsBundle(i18n, 'en', resources.en[NAMESPACE]);
  addBinanceOptionsBundle(i18n, 'zh', resources.zh[NAMESPACE]);
  return i18n;
}
