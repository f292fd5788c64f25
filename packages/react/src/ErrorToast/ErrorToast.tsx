'use client';

import { cx } from '../cx.js';
import { forwardRef, lazy, Suspense, useId, type HTMLAttributes, type KeyboardEvent } from 'react';
import { ErrorBoundary } from '../boundary/ErrorBoundary.js';
import { ErrorMessageText } from '../ErrorMessageText/ErrorMessageText.js';
import { useErrorI18n } from '../i18n/useErrorI18n.js';
import { read } from '../resolved/read.js';
import type { ErrorAction } from '../store/types.js';
import { useResolvedError, type ErrorSourceProps } from '../useResolvedError.js';

/* -------------------------------------------------------------------------------------------------
 * ErrorToast
 * -----------------------------------------------------------------------------------------------*/

export const ERROR_TOAST_NAME = 'ErrorToast';

export type ErrorToastSlot =
  'title' | 'count' | 'message' | 'explanation' | 'hint' | 'code' | 'actions' | 'action' | 'details' | 'dismiss';

export interface ErrorToastProps extends ErrorSourceProps, Omit<HTMLAttributes<HTMLDivElement>, 'role' | 'children'> {
  /** How many times this error arrived; shows ×N above 1. */
  readonly count?: number;
  /** An action such as Retry. */
  readonly action?: ErrorAction;
  /** Shows the dismiss button; also called on Escape while focus is in the toast. */
  readonly onDismiss?: () => void;
  /** Shows a Details button. */
  readonly onShowDetails?: () => void;
  /** Extra class names per part. */
  readonly classNames?: Partial<Record<ErrorToastSlot, string>> | null;
  /**
   * Announce itself: `role="alert"` for errors, `role="status"` for the rest (default). The toaster
   * passes `false` and announces through its own live regions, which exist before any toast does;
   * the toast is then a labelled group.
   */
  readonly live?: boolean;
  /**
   * What the app knows about the request, for the product's rules: for Options, binance-options'
   * `ExplainContext` (`{ order, symbolInfo, book }`: the order sent, the symbol's `optionSymbols[]`
   * entry from exchangeInfo, the top of the book). A filter failure then says its rule with the
   * numbers, on one line under the message ("Price 12306 is not a multiple of the tick size 5: …").
   */
  readonly explain?: unknown;
  /** The app's labels for parameter names the server quotes: `{ quantity: 'Quantity' }`. */
  readonly fieldLabels?: Readonly<Record<string, string>> | null;
  /** Also show what to do next (the code's hint). Default off: the details show it. */
  readonly showHint?: boolean;
}

const ErrorToastView = forwardRef<HTMLDivElement, ErrorToastProps>(function ErrorToastView(props, ref) {
  const {
    code,
    error,
    msg,
    params,
    variant,
    product,
    resolved: given,
    count = 1,
    action,
    onDismiss,
    onShowDetails,
    className,
    classNames,
    live = true,
    onKeyDown,
    explain,
    fieldLabels,
    showHint = false,
    ...rest
  } = props;
  const parts: Partial<Record<ErrorToastSlot, string>> =
    typeof classNames === 'object' && classNames !== null ? classNames : {};
  const resolved = useResolvedError({ code, error, msg, params, variant, product, resolved: given });
  // With order context, the product's rules load (a chunk of their own) to explain the error.
  const { ui, describe, lng } = useErrorI18n(undefined, {
    namespaces: [resolved.namespace],
    explain: explain !== undefined && explain !== null,
  });
  const titleId = useId();
  const text = describe(resolved, { explain, fieldLabels: fieldLabels ?? undefined });
  const times = typeof count === 'number' && Number.isFinite(count) && count > 1 ? Math.floor(count) : 1;
  const actionLabel = read(action, 'label');
  const outcome = read(resolved, 'outcome');
  const actionClick = read(action, 'onClick');

  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    onKeyDown?.(event);
    if (!event.defaultPrevented && event.key === 'Escape' && onDismiss) {
      event.preventDefault();
      onDismiss();
    }
  };

  return (
    // Standalone, errors interrupt (alert) and warnings and notices wait their turn (status). The
    // container only hears Escape bubbling up from its own buttons; it is not itself a control.
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions
    <div
      ref={ref}
      role={live ? (resolved.severity === 'error' ? 'alert' : 'status') : 'group'}
      aria-atomic={live ? 'true' : undefined}
      aria-labelledby={live ? undefined : titleId}
      lang={lng}
      data-ee-toast=""
      data-severity={resolved.severity}
      data-outcome={typeof outcome === 'string' ? outcome : undefined}
      data-category={resolved.category}
      data-code={resolved.code ?? undefined}
      className={cx('ee-toast', className)}
      onKeyDown={handleKeyDown}
      {...rest}
    >
      <div className="ee-toast__body">
        <p className={cx('ee-toast__title', parts.title)}>
          <span id={titleId}>{text.title}</span>
          {times > 1 && (
            <span className={cx('ee-toast__count', parts.count)} data-ee-count={times}>
              <span aria-hidden="true">{ui('count', { count: times })}</span>
              <span className="ee-visually-hidden">{ui('countLabel', { count: times })}</span>
            </span>
          )}
        </p>
        {outcome === 'unknown' && <p className="ee-toast__outcome">{ui('outcomeUnknown')}</p>}
        <p className={cx('ee-toast__message', parts.message)}>
          <ErrorMessageText parts={text.parts} fallback={text.message} />
        </p>
        {text.explanation && (
          <p className={cx('ee-toast__explanation', parts.explanation)} data-ee-explanation={text.explanation.key}>
            {text.explanation.text}
          </p>
        )}
        {showHint === true && text.hint !== '' && <p className={cx('ee-toast__hint', parts.hint)}>{text.hint}</p>}
        {resolved.code !== null && (
          <p className={cx('ee-toast__code', parts.code)}>
            {ui('errorCode')} <code>{resolved.code}</code>
          </p>
        )}
      </div>
      {(typeof actionClick === 'function' || onShowDetails || onDismiss) && (
        <div className={cx('ee-toast__actions', parts.actions)}>
          {typeof actionClick === 'function' && (
            <button
              type="button"
              className={cx('ee-button', 'ee-button--primary', parts.action)}
              onClick={() => (actionClick as () => void).call(action)}
            >
              {typeof actionLabel === 'string' && actionLabel !== '' ? actionLabel : ui('retry')}
            </button>
          )}
          {onShowDetails && (
            <button
              type="button"
              className={cx('ee-button', parts.details)}
              onClick={onShowDetails}
              aria-haspopup="dialog"
            >
              {ui('details')}
            </button>
          )}
          {onDismiss && (
            <button
              type="button"
              className={cx('ee-button', 'ee-button--icon', parts.dismiss)}
              onClick={onDismiss}
              aria-label={ui('dismiss')}
            >
              <span aria-hidden="true">×</span>
            </button>
          )}
        </div>
      )}
    </div>
  );
});

// Loaded only if a toast ever fails to render.
const StandaloneFallback = lazy(() => import('./StandaloneFallback.js'));

/**
 * One error, as a trader sees it. Never takes the app down: whatever it is given (a BigInt or cyclic
 * `params`, a partial `resolved`, an i18n instance that throws), the worst case is a plain fallback
 * toast that still dismisses.
 */
export const ErrorToast = forwardRef<HTMLDivElement, ErrorToastProps>(function ErrorToast(props, ref) {
  const source = props.resolved ?? props.error ?? props.code;
  const code = read(props.resolved, 'code') ?? props.code;
  return (
    <ErrorBoundary
      resetKey={source}
      fallback={
        <Suspense fallback={null}>
          <StandaloneFallback code={code} onDismiss={props.onDismiss} live={props.live !== false} />
        </Suspense>
      }
    >
      <ErrorToastView ref={ref} {...props} />
    </ErrorBoundary>
  );
});
ErrorToast.displayName = ERROR_TOAST_NAME;
