'use client';

import { toastStrings } from '../i18n/strings.js';
import { useSafeLanguage } from '../i18n/useSafeLanguage.js';
import { FallbackToast, type FallbackToastProps } from './FallbackToast.js';

/**
 * The fallback of a standalone ErrorToast: its own chunk, loaded only if a toast ever fails. Built-in
 * strings in the app's language, read without calling into the i18n instance (which may be what threw).
 */
export default function StandaloneFallback(props: Pick<FallbackToastProps, 'code' | 'onDismiss' | 'live'>) {
  const { lng, language } = useSafeLanguage();
  const strings = toastStrings[language];
  return (
    <FallbackToast
      {...props}
      text={strings.unavailable}
      dismissLabel={strings.dismiss}
      errorCodeLabel={strings.errorCode}
      lng={lng}
    />
  );
}
