'use client';

/**
 * Everything of the toaster that needs the store: the snapshot, timers held by hover, focus and a
 * hidden window, F8, the list, "+N more" and the details dialog. A chunk of its own: the toaster's
 * region and live regions are on the page from the first render, this part loads with the first
 * error (or at once when the app gives the toaster a store it already has).
 */
import { cx } from '../cx.js';
import {
  Suspense,
  useCallback,
  useEffect,
  useInsertionEffect,
  useLayoutEffect,
  useRef,
  useState,
  useSyncExternalStore,
  type ReactNode,
  type RefObject,
} from 'react';
import { ErrorBoundary } from '../boundary/ErrorBoundary.js';
import type { ErrorToastSlot } from '../ErrorToast/ErrorToast.js';
import { regionStrings } from '../i18n/regionStrings.js';
import { useUiStrings } from '../i18n/useUiStrings.js';
import type { ErrorStore } from '../store/createErrorStore.js';
import * as engine from '../engine/resolveRecord.js';
import { getDefaultErrorStore } from '../store/defaultStore.js';
import { emptySnapshot } from '../store/emptySnapshot.js';
import { provideEngine } from '../store/engineLoader.js';
import { defaultArrivals } from '../store/showError.js';
import type { ErrorRecord } from '../store/types.js';
import { Announcements, useAnnouncements } from './Announcements.js';
import type { LiveRegionRefs } from './LiveRegions.js';
import { lazyChunk } from '../lazyChunk.js';
import { injectErrorStyles } from '../styles/inject.js';
import ToasterList, { type ToastRenderApi } from './ToasterList.js';
import { createToasterHost, type ToasterHost } from './toasterHost.js';
import type { HostSlot } from './useToasterHost.js';
import { preloadTouchAndPlacement, useTouchAndPlacement } from './useTouchAndPlacement.js';

export { preloadErrorEngine } from '../store/engineLoader.js';
export { firstDataOrGrace, releaseOverdue } from './firstData.js';

/**
 * The default store, made now if `showError` kept errors for it (it takes them, in order), with the
 * engine this chunk holds.
 */
export function takeWaitingErrors(): void {
  provideEngine(engine);
  if (defaultArrivals.size > 0) getDefaultErrorStore();
}

/** As the chunk loads: the errors `showError` kept, and what a touch screen or keep-clear areas need. */
export function onLoad(): void {
  takeWaitingErrors();
  preloadTouchAndPlacement();
}

// Its own chunk: an app whose traders never open details never downloads the dialog or ErrorDetails.
// It is fetched on the click, and the dialog shown once it is in (see lazyChunk.ts).
const dialog = lazyChunk(() => import('./DetailsDialog.js'));
const DetailsDialog = dialog.Component;

export interface ToasterControllerProps {
  readonly store: ErrorStore | null;
  readonly regionRef: RefObject<HTMLElement | null>;
  /** The live regions the toaster rendered before anything happened. */
  readonly regions: LiveRegionRefs;
  /** Shows the details dialog beside the toaster (outside the host that follows modals). */
  readonly setDialog: (dialog: ReactNode) => void;
  /** The element the toaster renders into and its home: kept in the topmost open modal from now on. */
  readonly host: HostSlot | null;
  readonly hotkey: string | null;
  readonly onShowMore: (() => void) | undefined;
  readonly disableDetails: boolean;
  readonly classNames: Partial<Record<'list' | 'item' | 'more' | 'dialog', string>>;
  readonly toastClassNames: Partial<Record<ErrorToastSlot, string>> | undefined;
  readonly renderToast: ((record: ErrorRecord, api: ToastRenderApi) => ReactNode) | undefined;
  readonly injectStyles: boolean;
  readonly nonce: string | undefined;
  /** Each toast shows its hint under the message. */
  readonly showHint?: boolean;
}

/** The controller in its own error boundary: whatever goes wrong in it, the app and the live regions stay. */
export default function ToasterController(props: ToasterControllerProps) {
  return (
    <ErrorBoundary fallback={null}>
      <ToasterControllerView {...props} />
    </ErrorBoundary>
  );
}

function ToasterControllerView(props: ToasterControllerProps) {
  const {
    regionRef,
    regions,
    setDialog,
    host,
    hotkey,
    onShowMore,
    disableDetails,
    classNames,
    toastClassNames,
    renderToast,
    injectStyles,
    nonce,
    showHint = false,
  } = props;
  const store = props.store ?? getDefaultErrorStore();
  const { visible, waiting, overflow } = useSyncExternalStore(store.subscribe, store.getSnapshot, emptySnapshot);
  const { ui } = useUiStrings<keyof typeof regionStrings.en>(regionStrings);
  const [details, setDetails] = useState<{ record: ErrorRecord; opener: HTMLElement | null } | null>(null);
  const more = waiting + overflow;
  const { announcements, announce } = useAnnouncements();

  // Above modals: the host follows the topmost open one from now on, before the first toast paints.
  // When the controller goes, the host goes home (the region and the live regions stay in it).
  const watcher = useRef<ToasterHost | null>(null);
  useLayoutEffect(() => {
    if (!host) return;
    const current = createToasterHost(host.anchor.ownerDocument, host.element);
    current.attach(host.anchor);
    watcher.current = current;
    return () => {
      watcher.current = null;
      current.detach();
      if (host.anchor.isConnected) host.anchor.after(host.element);
    };
  }, [host]);
  const onModalChange = useCallback(() => watcher.current?.update(), []);

  // Before the first toast is in the DOM: the stylesheet, unless the app has it or asked not to.
  // An insertion effect, so that the toasts' layout is computed once, with it (a layout effect runs
  // after the list's own, which measure the toasts, and the page would lay them out again).
  useInsertionEffect(() => {
    if (injectStyles) injectErrorStyles(document, nonce);
  }, [injectStyles, nonce]);

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
  }, [hotkey, regionRef]);

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

  // Hover and focus only hold the timers (WCAG 2.2.1); they end with the toaster (it may unmount or
  // move while hovered or focused).
  useEffect(() => {
    const region = regionRef.current;
    if (!region) return;
    const enter = () => store.pause('hover');
    const leave = () => store.resume('hover');
    const focus = () => store.pause('focus');
    const blur = (event: FocusEvent) => {
      if (!region.contains(event.relatedTarget as Node | null)) store.resume('focus');
    };
    region.addEventListener('mouseenter', enter);
    region.addEventListener('mouseleave', leave);
    region.addEventListener('focusin', focus);
    region.addEventListener('focusout', blur);
    return () => {
      region.removeEventListener('mouseenter', enter);
      region.removeEventListener('mouseleave', leave);
      region.removeEventListener('focusin', focus);
      region.removeEventListener('focusout', blur);
      store.resume('hover');
      store.resume('focus');
    };
  }, [store, regionRef]);

  useEffect(() => {
    regionRef.current?.setAttribute('data-count', String(visible.length));
  }, [visible.length, regionRef]);

  useEffect(() => {
    if (!details) return;
    store.pause('dialog');
    return () => store.resume('dialog');
  }, [details, store]);

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
  // Off the app's keep-clear areas, and away with a swipe on a touch screen (a chunk of its own).
  const listRef = useRef<HTMLOListElement>(null);
  useTouchAndPlacement(regionRef, listRef, visible, store, dismissRecord);

  const showDetailsFor = useCallback((record: ErrorRecord) => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    // A dialog chunk that cannot load opens nothing; the toast stays as it was.
    void dialog.load().then(
      () => setDetails({ record, opener }),
      () => undefined,
    );
  }, []);

  // The dialog lives beside the toaster, not in it: the toaster's host follows open modals, and the
  // details dialog is one.
  useEffect(() => {
    setDialog(
      details ? (
        <ErrorBoundary fallback={null} onError={() => setDetails(null)}>
          <Suspense fallback={null}>
            <DetailsDialog
              record={details.record}
              returnFocusTo={details.opener}
              onClose={() => setDetails(null)}
              onModalChange={onModalChange}
              className={classNames.dialog}
            />
          </Suspense>
        </ErrorBoundary>
      ) : null,
    );
  }, [details, setDialog, onModalChange, classNames.dialog]);
  useEffect(() => () => setDialog(null), [setDialog]);

  const showMore = onShowMore
    ? () => {
        store.clearOverflow();
        onShowMore();
      }
    : undefined;

  return (
    <>
      <Announcements announcements={announcements} regions={regions} />
      {visible.length > 0 && (
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
          listRef={listRef}
        />
      )}
      {more > 0 &&
        (showMore ? (
          <button type="button" className={cx('ee-toaster__more', classNames.more)} onClick={showMore}>
            {ui('moreOpen', { count: more })}
          </button>
        ) : (
          <p className={cx('ee-toaster__more', classNames.more)}>{ui('more', { count: more })}</p>
        ))}
    </>
  );
}
