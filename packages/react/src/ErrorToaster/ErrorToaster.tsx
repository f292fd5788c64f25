'use client';

import { cx } from '../cx.js';
import {
  Suspense,
  useContext,
  useEffect,
  useRef,
  useState,
  useSyncExternalStore,
  type CSSProperties,
  type ReactNode,
} from 'react';
import { createPortal } from 'react-dom';
import type { ErrorToastSlot } from '../ErrorToast/ErrorToast.js';
import { regionStrings } from '../i18n/regionStrings.js';
import { useUiStrings } from '../i18n/useUiStrings.js';
import { ErrorStoreContext } from '../store/context.js';
import type { ErrorStore } from '../store/createErrorStore.js';
import { showErrorActivity, subscribeShowError } from '../store/showError.js';
import type { ErrorRecord } from '../store/types.js';
import { controllerLoaded, subscribeController, ToasterController } from './lazyList.js';
import { LiveRegions } from './LiveRegions.js';
import { prefetchForError, prefetchWhenIdle } from './prefetch.js';
import type { ToastRenderApi } from './ToasterList.js';
import { useToasterHost } from './useToasterHost.js';

export type { ToastRenderApi } from './ToasterList.js';

/* -------------------------------------------------------------------------------------------------
 * ErrorToaster
 * -----------------------------------------------------------------------------------------------*/

export const ERROR_TOASTER_NAME = 'ErrorToaster';

export type ErrorToasterPosition =
  'top-left' | 'top-right' | 'bottom-left' | 'bottom-right' | 'top-center' | 'bottom-center';

export type ErrorToasterSlot = 'region' | 'list' | 'item' | 'more' | 'dialog';

/** A length from the viewport's edges: px as a number, or any CSS length (`'2rem'`, `'calc(…)'`). */
export type ErrorToasterLength = number | string;

export type ErrorToasterOffset =
  ErrorToasterLength | Partial<Record<'top' | 'right' | 'bottom' | 'left', ErrorToasterLength>>;

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
  /**
   * Add the kit's stylesheet to the page with the first error, unless it is there already (default
   * true). Turn it off when your app imports `@exchange-errors/react/styles.css` itself and your
   * Content-Security-Policy forbids inline styles.
   */
  readonly injectStyles?: boolean;
  /** The CSP nonce for the injected `<style>`. */
  readonly nonce?: string;
  /**
   * Fetch what the first error needs (the store, the list, the engine, your products' catalogs and
   * texts) once the page is idle, so it shows at once (default true). `false`: only when an error
   * comes, one round trip later; nothing is fetched for a page that never fails.
   */
  readonly prefetch?: boolean;
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
    const value =
      all ??
      (typeof offset === 'object' && offset !== null ? length((offset as Record<string, unknown>)[side]) : undefined);
    if (value !== undefined) style[`--ee-offset-${side}`] = value;
  }
  return style as CSSProperties;
}

export function ErrorToaster(props: ErrorToasterProps) {
  const {
    hotkey = 'F8',
    label,
    position = 'bottom-right',
    offset,
    expand = false,
    onShowMore,
    disableDetails = false,
    showHint = false,
    className,
    renderToast,
    injectStyles = true,
    nonce,
    prefetch: prefetchIdle = true,
  } = props;
  const classNames: Partial<Record<ErrorToasterSlot, string>> =
    typeof props.classNames === 'object' && props.classNames !== null ? props.classNames : {};
  const toastClassNames =
    typeof props.toastClassNames === 'object' && props.toastClassNames !== null ? props.toastClassNames : undefined;
  const fromContext = useContext(ErrorStoreContext);
  const store = props.store ?? fromContext;
  // The rest of the toaster loads with the first `showError`, at once for a store the app made, or
  // once the page is idle; it mounts as soon as it is in, so that an error shows in the call's own task.
  const activity = useSyncExternalStore(subscribeShowError, showErrorActivity, () => 0);
  const wanted = store !== null || activity > 0;
  const ready = useSyncExternalStore(subscribeController, controllerLoaded, () => false);
  const { ui, lng } = useUiStrings<keyof typeof regionStrings.en>(regionStrings);
  const lngRef = useRef(lng);
  useEffect(() => {
    lngRef.current = lng;
  }, [lng]);
  useEffect(() => {
    if (wanted && !ready) prefetchForError(lngRef.current);
  }, [wanted, ready]);
  // The first `showError` asks for what it needs from within the call, before any render: the
  // controller, the store, the engine, the catalog and the texts come in one round trip.
  useEffect(() => {
    if (ready || store !== null) return;
    return subscribeShowError(() => {
      if (!controllerLoaded()) prefetchForError(lngRef.current);
    });
  }, [ready, store]);
  // Once the page is idle, what the first error needs, so it shows at once (`prefetch={false}`: only
  // when an error comes).
  useEffect(() => {
    if (!prefetchIdle) return;
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(() => prefetchWhenIdle(lng), { timeout: 5000 });
      return () => cancelIdleCallback(handle);
    }
    const handle = setTimeout(() => prefetchWhenIdle(lng), 1500);
    return () => clearTimeout(handle);
  }, [prefetchIdle, lng]);
  const regionRef = useRef<HTMLElement>(null);
  const [dialog, setDialog] = useState<ReactNode>(null);
  const politeRef = useRef<HTMLDivElement>(null);
  const assertiveRef = useRef<HTMLDivElement>(null);
  const [regions] = useState(() => ({ polite: politeRef, assertive: assertiveRef }));
  const { anchorRef, portal, slot } = useToasterHost();
  const regionLabel = label ?? (hotkey ? ui('regionWithHotkey', { hotkey }) : ui('region'));

  const content = (
    <>
      <section
        ref={regionRef}
        aria-label={regionLabel}
        tabIndex={-1}
        lang={lng}
        data-ee-toaster=""
        data-position={position}
        data-expanded={expand ? '' : undefined}
        className={cx('ee-toaster', className, classNames.region)}
        style={offsetStyle(offset)}
      >
        {ready && (
          <Suspense fallback={null}>
            <ToasterController
              store={store}
              regionRef={regionRef}
              regions={regions}
              setDialog={setDialog}
              host={slot}
              hotkey={hotkey}
              onShowMore={onShowMore}
              disableDetails={disableDetails}
              classNames={classNames}
              toastClassNames={toastClassNames}
              renderToast={renderToast}
              showHint={showHint}
              injectStyles={injectStyles}
              nonce={nonce}
            />
          </Suspense>
        )}
      </section>
      <LiveRegions lang={lng} regions={regions} />
    </>
  );

  return (
    <>
      <span ref={anchorRef} hidden data-ee-toaster-anchor="" />
      {portal ? createPortal(content, portal) : content}
      {dialog}
    </>
  );
}
ErrorToaster.displayName = ERROR_TOASTER_NAME;
