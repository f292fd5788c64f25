import { forwardRef, type HTMLAttributes, type KeyboardEvent } from 'react';
import { useErrorI18n } from '../i18n/useErrorI18n.js';
import type { ErrorAction } from '../store/types.js';
import { useResolvedError, type ErrorSourceProps } from '../useResolvedError.js';

/* -------------------------------------------------------------------------------------------------
 * ErrorToast
 * -----------------------------------------------------------------------------------------------*/

export const ERROR_TOAST_NAME = 'ErrorToast';

export type ErrorToastSlot = 'title' | 'count' | 'message' | 'code' | 'actions' | 'action' | 'details' | 'dismiss';

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
  readonly classNames?: Partial<Record<ErrorToastSlot, string>>;
}

function cx(...names: (string | false | undefined)[]): string {
  return names.filter(Boolean).join(' ');
}

export const ErrorToast = forwardRef<HTMLDivElement, ErrorToastProps>(function ErrorToast(props, ref) {
  const { code, error, msg, params, variant, resolved: given, count = 1, action, onDismiss, onShowDetails, className, classNames = {}, onKeyDown, ...rest } = props;
  const resolved = useResolvedError({ code, error, msg, params, variant, resolved: given });
  const { ui, describe, lng } = useErrorI18n();
  const text = describe(resolved);
  const times = Number.isFinite(count) && count > 1 ? Math.floor(count) : 1;

  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    onKeyDown?.(event);
    if (!event.defaultPrevented && event.key === 'Escape' && onDismiss) {
      event.preventDefault();
      onDismiss();
    }
  };

  return (
    // Errors interrupt (alert); warnings and notices wait their turn (status). The container only
    // hears Escape bubbling up from its own buttons; it is not itself a control.
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions
    <div
      ref={ref}
      role={resolved.severity === 'error' ? 'alert' : 'status'}
      aria-atomic="true"
      lang={lng}
      data-ee-toast=""
      data-severity={resolved.severity}
      data-category={resolved.category}
      data-code={resolved.code ?? undefined}
      className={cx('ee-toast', className)}
      onKeyDown={handleKeyDown}
      {...rest}
    >
      <div className="ee-toast__body">
        <p className={cx('ee-toast__title', classNames.title)}>
          <span>{text.title}</span>
          {times > 1 && (
            <span className={cx('ee-toast__count', classNames.count)} data-ee-count={times}>
              <span aria-hidden="true">{ui('count', { count: times })}</span>
              <span className="ee-visually-hidden">{ui('countLabel', { count: times })}</span>
            </span>
          )}
        </p>
        <p className={cx('ee-toast__message', classNames.message)}>{text.message}</p>
        {resolved.code !== null && (
          <p className={cx('ee-toast__code', classNames.code)}>
            {ui('errorCode')} <code>{resolved.code}</code>
          </p>
        )}
      </div>
      {(action || onShowDetails || onDismiss) && (
        <div className={cx('ee-toast__actions', classNames.actions)}>
          {action && (
            <button type="button" className={cx('ee-button', 'ee-button--primary', classNames.action)} onClick={action.onClick}>
              {action.label ?? ui('retry')}
            </button>
          )}
          {onShowDetails && (
            <button type="button" className={cx('ee-button', classNames.details)} onClick={onShowDetails} aria-haspopup="dialog">
              {ui('details')}
            </button>
          )}
          {onDismiss && (
            <button type="button" className={cx('ee-button', 'ee-button--icon', classNames.dismiss)} onClick={onDismiss} aria-label={ui('dismiss')}>
              <span aria-hidden="true">×</span>
            </button>
          )}
        </div>
      )}
    </div>
  );
});
ErrorToast.displayName = ERROR_TOAST_NAME;
