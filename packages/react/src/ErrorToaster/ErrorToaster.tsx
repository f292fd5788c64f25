import { lazy, Suspense, useCallback, useEffect, useRef, useState, type FocusEvent, type ReactNode } from 'react';
import { ErrorToast, type ErrorToastSlot } from '../ErrorToast/ErrorToast.js';
import { useErrorI18n } from '../i18n/useErrorI18n.js';
import type { ErrorStore } from '../store/createErrorStore.js';
import { useErrorStore, useErrorStoreSnapshot } from '../store/hooks.js';
import type { ErrorRecord } from '../store/types.js';

// Its own chunk: an app whose traders never open details never downloads the dialog or ErrorDetails.
const DetailsDialog = lazy(() => import('./DetailsDialog.js'));

/* -------------------------------------------------------------------------------------------------
 * ErrorToaster
 * -----------------------------------------------------------------------------------------------*/

export const ERROR_TOASTER_NAME = 'ErrorToaster';

export type ErrorToasterPosition = 'top-left' | 'top-right' | 'bottom-left' | 'bottom-right' | 'top-center' | 'bottom-center';

export type ErrorToasterSlot = 'region' | 'list' | 'item' | 'more' | 'dialog';

export interface ToastRenderApi {
  readonly dismiss: () => void;
  readonly showDetails: () => void;
}

export interface ErrorToasterProps {
  /** Default: the store of `showError` (or the one from `ErrorStoreProvider`). */
  readonly store?: ErrorStore;
  /** Key that moves focus to the toasts (`KeyboardEvent.key`). Default `F8`; `null` turns it off. */
  readonly hotkey?: string | null;
  /** The region's accessible name. Default: the localized "Notifications (F8)". */
  readonly label?: string;
  readonly position?: ErrorToasterPosition;
  /** Hide the Details button (and the dialog). */
  readonly disableDetails?: boolean;
  readonly className?: string;
  readonly classNames?: Partial<Record<ErrorToasterSlot, string>>;
  /** Class names passed to every ErrorToast. */
  readonly toastClassNames?: Partial<Record<ErrorToastSlot, string>>;
  /** A fully custom toast; the toaster still handles stacking, timers, dedupe and history. */
  readonly renderToast?: (record: ErrorRecord, api: ToastRenderApi) => ReactNode;
}

export function ErrorToaster(props: ErrorToasterProps) {
  const { hotkey = 'F8', label, position = 'bottom-right', disableDetails = false, className, classNames = {}, toastClassNames, renderToast } = props;
  const store = useErrorStore(props.store);
  const { visible, queued } = useErrorStoreSnapshot(store);
  const { ui, lng } = useErrorI18n();
  const regionRef = useRef<HTMLElement>(null);
  const [details, setDetails] = useState<{ record: ErrorRecord; opener: HTMLElement | null } | null>(null);

  // F8 (or the chosen key) jumps to the toasts from anywhere; Shift+Tab or Escape goes back.
  useEffect(() => {
    if (!hotkey) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== hotkey || event.defaultPrevented) return;
      event.preventDefault();
      const region = regionRef.current;
      const first = region?.querySelector<HTMLElement>('[data-ee-toast] button');
      (first ?? region)?.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [hotkey]);

  // WCAG 2.2.1: nothing times out while the trader cannot see it.
  useEffect(() => {
    const sync = () => (document.visibilityState === 'hidden' ? store.pause('hidden') : store.resume('hidden'));
    sync();
    document.addEventListener('visibilitychange', sync);
    return () => {
      document.removeEventListener('visibilitychange', sync);
      store.resume('hidden');
    };
  }, [store]);

  useEffect(() => {
    if (!details) return;
    store.pause('dialog');
    return () => store.resume('dialog');
  }, [details, store]);

  const onBlur = useCallback(
    (event: FocusEvent<HTMLElement>) => {
      if (!event.currentTarget.contains(event.relatedTarget as Node | null)) store.resume('focus');
    },
    [store],
  );

  // Keyboard users stay in the toasts instead of falling back to the top of the page.
  const dismissRecord = useCallback(
    (id: string) => {
      const item = document.querySelector(`[data-ee-toast-id="${CSS.escape(id)}"]`);
      const region = item?.closest<HTMLElement>('[data-ee-toaster]');
      const hadFocus = item?.contains(document.activeElement) ?? false;
      store.dismiss(id);
      if (hadFocus) region?.focus();
    },
    [store],
  );

  const showDetailsFor = useCallback((record: ErrorRecord) => {
    setDetails({ record, opener: document.activeElement instanceof HTMLElement ? document.activeElement : null });
  }, []);

  const regionLabel = label ?? (hotkey ? ui('regionWithHotkey', { hotkey }) : ui('region'));

  return (
    <>
      {/* Hover and focus only hold the timers (WCAG 2.2.1); the region itself is not a control. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions */}
      <section
        ref={regionRef}
        aria-label={regionLabel}
        tabIndex={-1}
        lang={lng}
        data-ee-toaster=""
        data-position={position}
        className={['ee-toaster', className, classNames.region].filter(Boolean).join(' ')}
        onMouseEnter={() => store.pause('hover')}
        onMouseLeave={() => store.resume('hover')}
        onFocus={() => store.pause('focus')}
        onBlur={onBlur}
      >
        <ol className={['ee-toaster__list', classNames.list].filter(Boolean).join(' ')}>
          {visible.map((record) => {
            const dismiss = () => dismissRecord(record.id);
            const showDetails = () => showDetailsFor(record);
            return (
              <li key={record.id} className={['ee-toaster__item', classNames.item].filter(Boolean).join(' ')} data-ee-toast-id={record.id}>
                {renderToast ? (
                  renderToast(record, { dismiss, showDetails })
                ) : (
                  <ErrorToast
                    resolved={record.resolved}
                    count={record.count}
                    action={record.action}
                    onDismiss={dismiss}
                    onShowDetails={disableDetails ? undefined : showDetails}
                    classNames={toastClassNames}
                  />
                )}
              </li>
            );
          })}
        </ol>
        {queued.length > 0 && (
          <p className={['ee-toaster__more', classNames.more].filter(Boolean).join(' ')}>{ui('more', { count: queued.length })}</p>
        )}
      </section>
      {details && (
        <Suspense fallback={null}>
          <DetailsDialog record={details.record} returnFocusTo={details.opener} onClose={() => setDetails(null)} className={classNames.dialog} />
        </Suspense>
      )}
    </>
  );
}
ErrorToaster.displayName = ERROR_TOASTER_NAME;
