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
export default function DetailsDialog({ record, onClose, onModalChange, returnFocusTo, className }: DetailsDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const { ui } = useErrorI18n(detailsStrings);
  const modalChange = useRef(onModalChange);

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
        request={record.context}
        explain={record.explain}
        fieldLabels={record.fieldLabels}
        onApplySuggestion={
          record.onApplySuggestion
            ? (suggestion) => {
                // The fix is in the app's form now: back to it, where the trader sends it.
                record.onApplySuggestion?.(suggestion);
                onClose();
              }
            : undefined
        }
      />
      <form method="dialog" className="ee-dialog__footer">
        <button type="button" className="ee-button" onClick={onClose}>
          {ui('close')}
        </button>
      </form>
    </dialog>
  );
}
