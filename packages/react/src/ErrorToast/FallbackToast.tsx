'use client';

export interface FallbackToastProps {
  /** "This error could not be displayed." in the app's language. */
  readonly text: string;
  readonly dismissLabel: string;
  readonly errorCodeLabel: string;
  readonly lng: string;
  /** The code, when it could be read. */
  readonly code?: unknown;
  readonly onDismiss?: (() => void) | undefined;
  /** Announce itself (a standalone toast) or leave that to the toaster's live regions. */
  readonly live?: boolean;
}

/**
 * What shows when a toast cannot render (a hostile prop, a throwing i18n instance or custom toast):
 * plain text, and still dismissable. The error itself is in the store's history.
 */
export function FallbackToast({
  text,
  dismissLabel,
  errorCodeLabel,
  lng,
  code,
  onDismiss,
  live = true,
}: FallbackToastProps) {
  return (
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions -- hears Escape from its own button
    <div
      role={live ? 'alert' : 'group'}
      aria-label={live ? undefined : text}
      lang={lng}
      data-ee-toast=""
      data-ee-fallback=""
      data-severity="error"
      className="ee-toast"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && onDismiss) onDismiss();
      }}
    >
      <div className="ee-toast__body">
        <p className="ee-toast__title">{text}</p>
        {typeof code === 'number' && Number.isFinite(code) && (
          <p className="ee-toast__code">
            {errorCodeLabel} <code>{code}</code>
          </p>
        )}
      </div>
      {onDismiss && (
        <div className="ee-toast__actions">
          <button type="button" className="ee-button ee-button--icon" onClick={onDismiss} aria-label={dismissLabel}>
            <span aria-hidden="true">×</span>
          </button>
        </div>
      )}
    </div>
  );
}
