import { toastStrings } from '../i18n/strings.js';
import { useSafeLanguage } from '../i18n/useSafeLanguage.js';

export interface FallbackToastProps {
  /** The code, when it could be read. */
  readonly code?: number | null;
  readonly onDismiss?: (() => void) | undefined;
  /** Announce itself (a standalone toast) or leave that to the toaster's live regions. */
  readonly live?: boolean;
}

/**
 * What shows when a toast cannot render (a hostile prop, a throwing i18n instance or custom toast):
 * built-in text only, and still dismissable. The error itself is in the store's history.
 */
export function FallbackToast({ code = null, onDismiss, live = true }: FallbackToastProps) {
  const { lng, language } = useSafeLanguage();
  const strings = toastStrings[language];
  return (
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions -- hears Escape from its own button
    <div
      role={live ? 'alert' : 'group'}
      aria-label={live ? undefined : strings.unavailable}
      lang={lng}
      data-ee-toast=""
      data-ee-fallback=""
      data-severity="error"
      className="ee-toast"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && onDismiss && !event.defaultPrevented) {
          event.preventDefault();
          onDismiss();
        }
      }}
    >
      <div className="ee-toast__body">
        <p className="ee-toast__title">{strings.unavailable}</p>
        {typeof code === 'number' && Number.isFinite(code) && (
          <p className="ee-toast__code">
            {strings.errorCode} <code>{code}</code>
          </p>
        )}
      </div>
      {onDismiss && (
        <div className="ee-toast__actions">
          <button type="button" className="ee-button ee-button--icon" onClick={onDismiss} aria-label={strings.dismiss}>
            <span aria-hidden="true">×</span>
          </button>
        </div>
      )}
    </div>
  );
}
