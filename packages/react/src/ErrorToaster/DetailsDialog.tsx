'use client';

import { useEffect, useLayoutEffect, useRef } from 'react';
import { ErrorDetails } from '../ErrorDetails/ErrorDetails.js';
import { useErrorI18n } from '../i18n/useErrorI18n.js';
import { detailsStrings } from '../ErrorDetails/strings.js';
import type { ErrorRecord } from '../store/types.js';

export interface DetailsDialogProps {
  readonly record: ErrorRecord;
  readonly onClose: () => void;
  /** Gets focus back when the dialog closes (the button that opened it). */
  readonly returnFocusTo: HTMLElement | null;
  /**
   * Called when the dialog mounts and as it unmounts, before it leaves the page: the toaster moves
   * into it while it is the topmost modal, and out of it first, so the toasts and the opener never
   * leave the page with it.
   */
  readonly onModalChange?: () => void;
  readonly className?: string;
}

/**
 * A modal `<dialog>`: focus moves in on open, Escape closes, focus returns to the opener. Loaded on
 * first use (see ErrorToaster), so ErrorDetails costs nothing until a trader asks for details.
 */
export default function DetailsDialog({
  record,
  onClose,
  onModalChange,
  returnFocusTo,
  className,
}: DetailsDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const { ui } = useErrorI18n(detailsStrings);
  const modalChange = useRef(onModalChange);
  const applied = useRef<(() => void) | null>(null);

  useEffect(() => {
    modalChange.current = onModalChange;
  }, [onModalChange]);

  // The cleanup runs before React removes the dialog: marked as closing, it no longer counts as a
  // modal, and the toaster moves out. (Not `close()`: StrictMode runs this cleanup on a dialog that
  // stays, and a `close` event would shut it.)
  useLayoutEffect(() => {
    const dialog = ref.current;
    dialog?.removeAttribute('data-ee-closing');
    modalChange.current?.();
    return () => {
      dialog?.setAttribute('data-ee-closing', '');
      modalChange.current?.();
    };
  }, []);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    // Browsers focus the first control on showModal; environments without it get the same here.
    if (!dialog.contains(document.activeElement)) dialog.querySelector<HTMLElement>('button, a[href]')?.focus();
    return () => {
      // A fix the trader chose goes into the app's form once the modal is gone (nothing outside a
      // modal can take focus while it is open): the app may move focus to its field; if it does not,
      // focus goes back to the opener as usual.
      const apply = applied.current;
      applied.current = null;
      if (apply) {
        try {
          apply();
        } catch (error) {
          queueMicrotask(() => {
            throw error;
          });
        }
        const active = document.activeElement;
        if (active && active !== document.body && active.isConnected) return;
      }
      if (returnFocusTo?.isConnected) returnFocusTo.focus();
    };
  }, [returnFocusTo]);

  return (
    // The dialog hears Escape from the controls inside it; it is not itself a control.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <dialog
      ref={ref}
      className={['ee-dialog', className].filter(Boolean).join(' ')}
      aria-label={ui('detailsTitle')}
      data-ee-dialog=""
      onClose={onClose}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      // Browsers turn a real Escape into `cancel`; synthetic key events (and older engines) do not.
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !event.defaultPrevented) {
          event.preventDefault();
          onClose();
        }
      }}
    >
      <ErrorDetails
        resolved={record.resolved}
        time={record.lastAt}
        request={record.request}
        explain={record.explain}
        fieldLabels={record.fieldLabels}
        onApplySuggestion={
          record.onApplySuggestion
            ? (suggestion) => {
                // Back to the app's form, where the trader sends it: the fix is applied as the
                // dialog closes (see the focus effect above).
                applied.current = () => record.onApplySuggestion?.(suggestion);
                onClose();
              }
            : undefined
        }
      />
      {/* Close stays where a thumb reaches it on a phone (a bar at the bottom of the sheet): new toasts keep clear. */}
      <form method="dialog" className="ee-dialog__footer" data-ee-keep-clear="">
        <button type="button" className="ee-button" onClick={onClose}>
          {ui('close')}
        </button>
      </form>
    </dialog>
  );
}
