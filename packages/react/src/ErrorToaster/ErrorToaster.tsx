import { cx } from '../cx.js';
import { lazy, Suspense, useCallback, useEffect, useRef, useState, type CSSProperties, type FocusEvent, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { ErrorBoundary } from '../boundary/ErrorBoundary.js';
import type { ErrorToastSlot } from '../ErrorToast/ErrorToast.js';
import { regionStrings } from '../i18n/strings.js';
import { useUiStrings } from '../i18n/useUiStrings.js';
import type { ErrorStore } from '../store/createErrorStore.js';
import { useErrorStore, useErrorStoreSnapshot } from '../store/hooks.js';
import type { ErrorRecord } from '../store/types.js';
import { preloadErrorToaster, ToasterList } from './lazyList.js';
import { LiveRegions, useAnnouncements } from './LiveRegions.js';
import type { ToastRenderApi } from './ToasterList.js';
import { useToasterHost } from './useToasterHost.js';

export type { ToastRenderApi } from './ToasterList.js';

// Chunks of their own: the list (the toasts, the engine, the texts) loads with the first error, the
// details dialog when a trader opens it. Until then the toaster is its region and live regions.
const DetailsDialog = lazy(() => import('./DetailsDialog.js'));

/* -------------------------------------------------------------------------------------------------
 * ErrorToaster
 * -----------------------------------------------------------------------------------------------*/

export const ERROR_TOASTER_NAME = 'ErrorToaster';

export type ErrorToasterPosition = 'top-left' | 'top-right' | 'bottom-left' | 'bottom-right' | 'top-center' | 'bottom-center';

export type ErrorToasterSlot = 'region' | 'list' | 'item' | 'more' | 'dialog';

/** A length from the viewport's edges: px as a number, or any CSS length (`'2rem'`, `'calc(…)'`). */
export type ErrorToasterLength = number | string;

export type ErrorToasterOffset = ErrorToasterLength | Partial<Record<'top' | 'right' | 'bottom' | 'left', ErrorToasterLength>>;

export interface ErrorToasterProps {
  /** Default: the store of `showError` (or the one from `ErrorStoreProvider`). */
  readonly store?: ErrorStore;
  /** Key that moves focus to the toasts (`KeyboardEvent.key`). Default `F8`; `null` turns it off. */
  readonly hotkey?: string | null;
  /** The region's accessible name. Default: the localized "Notifications (F8)". */
  readonly label?: string;
  readonly position?: ErrorToasterPosition;
  /**
   * Distance from the viewport's edges (the safe area), one value or per side: keep the toasts off
   * your own controls. Default `max(1rem, env(safe-area-inset-*))`.
   */
  readonly offset?: ErrorToasterOffset;
  /** Always show every toast in full; by default the stack is collapsed until hovered or focused. */
  readonly expand?: boolean;
  /**
   * Called by the "+N more" control (toasts waiting or folded away in a storm): open your error
   * log. Without it, the count is plain text.
   */
  readonly onShowMore?: () => void;
  /** Hide the Details button (and the dialog). */
  readonly disableDetails?: boolean;
  /** Show each toast's hint (what to do next) under its message. Default off: the details show it. */
  readonly showHint?: boolean;
  readonly className?: string;
  readonly classNames?: Partial<Record<ErrorToasterSlot, string>> | null;
  /** Class names passed to every ErrorToast. */
  readonly toastClassNames?: Partial<Record<ErrorToastSlot, string>> | null;
  /** A fully custom toast; the toaster still handles stacking, timers, dedupe, history and announcing. */
  readonly renderToast?: (record: ErrorRecord, api: ToastRenderApi) => ReactNode;
}

function length(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return `${value}px`;
  if (typeof value === 'string' && value.trim() !== '') return value;
  return undefined;
}

function offsetStyle(offset: unknown): CSSProperties {
  const style: Record<string, string> = {};
  const sides = ['top', 'right', 'bottom', 'left'] as const;
  const all = length(offset);
  for (const side of sides) {
    const value = all ?? (typeof offset === 'object' && offset !== null ? length((offset as Record<string, unknown>)[side]) : undefined);
    if (value !== undefined) style[`--ee-offset-${side}`] = value;
  }
  return style as CSSProperties;
}

export function ErrorToaster(props: ErrorToasterProps) {
  const { hotkey = 'F8', label, position = 'bottom-right', offset, expand = false, onShowMore, disableDetails = false, showHint = false, className, renderToast } = props;
  const classNames: Partial<Record<ErrorToasterSlot, string>> = typeof props.classNames === 'object' && props.classNames !== null ? props.classNames : {};
  const toastClassNames = typeof props.toastClassNames === 'object' && props.toastClassNames !== null ? props.toastClassNames : undefined;
  const store = useErrorStore(props.store);
  const { visible, waiting, overflow, pending } = useErrorStoreSnapshot(store);
  const { ui, lng } = useUiStrings<keyof typeof regionStrings.en>(regionStrings);
  const regionRef = useRef<HTMLElement>(null);
  const [details, setDetails] = useState<{ record: ErrorRecord; opener: HTMLElement | null } | null>(null);
  const { announcements, announce } = useAnnouncements();
  const { anchorRef, portal, update } = useToasterHost();
  const more = waiting + overflow;

  // F8 (or the chosen key) jumps to the toasts from anywhere, a modal included (the toaster is in
  // it then); Shift+Tab or Escape goes back.
  useEffect(() => {
    if (!hotkey) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== hotkey || event.defaultPrevented) return;
      event.preventDefault();
      const region = regionRef.current;
      const first = region?.querySelector<HTMLElement>('[data-ee-toast] button, .ee-toaster__more[type="button"]');
      (first ?? region)?.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [hotkey]);

  // The list's chunk loads beside the engine as soon as an error is on its way.
  useEffect(() => {
    if (pending > 0 || visible.length > 0) void preloadErrorToaster().catch(() => undefined);
  }, [pending, visible.length]);

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

  // Hover and focus holds end with the toaster (it may unmount or move while hovered or focused).
  useEffect(
    () => () => {
      store.resume('hover');
      store.resume('focus');
    },
    [store],
  );

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
  const showMore = onShowMore
    ? () => {
        store.clearOverflow();
        onShowMore();
      }
    : undefined;

  const content = (
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
        data-expanded={expand ? '' : undefined}
        data-count={visible.length}
        className={cx('ee-toaster', className, classNames.region)}
        style={offsetStyle(offset)}
        onMouseEnter={() => store.pause('hover')}
        onMouseLeave={() => store.resume('hover')}
        onFocus={() => store.pause('focus')}
        onBlur={onBlur}
      >
        {visible.length > 0 && (
          <ErrorBoundary fallback={null}>
            <Suspense fallback={null}>
              <ToasterList
                visible={visible}
                announce={announce}
                dismiss={dismissRecord}
                showDetails={disableDetails ? undefined : showDetailsFor}
                listClassName={classNames.list}
                itemClassName={classNames.item}
                toastClassNames={toastClassNames}
                renderToast={renderToast}
                showHint={showHint}
              />
            </Suspense>
          </ErrorBoundary>
        )}
        {more > 0 &&
          (showMore ? (
            <button type="button" className={cx('ee-toaster__more', classNames.more)} onClick={showMore}>
              {ui('moreOpen', { count: more })}
            </button>
          ) : (
            <p className={cx('ee-toaster__more', classNames.more)}>{ui('more', { count: more })}</p>
          ))}
      </section>
      <LiveRegions announcements={announcements} lang={lng} />
    </>
  );

  return (
    <>
      <span ref={anchorRef} hidden data-ee-toaster-anchor="" />
      {portal ? createPortal(content, portal) : content}
      {details && (
        <ErrorBoundary fallback={null} onError={() => setDetails(null)}>
          <Suspense fallback={null}>
            <DetailsDialog
              record={details.record}
              returnFocusTo={details.opener}
              onClose={() => setDetails(null)}
              onModalChange={update}
              className={classNames.dialog}
            />
          </Suspense>
        </ErrorBoundary>
      )}
    </>
  );
}
ErrorToaster.displayName = ERROR_TOASTER_NAME;
