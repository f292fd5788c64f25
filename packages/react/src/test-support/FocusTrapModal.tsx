/**
 * A small focus-trapping modal, the way Radix's Dialog or focus-trap behave: `aria-modal="true"`,
 * a backdrop that takes every click outside, Tab and Shift+Tab cycling through what is tabbable
 * inside at the moment of the key press, focus pulled back if it leaves, Escape closes, focus
 * returns to the opener. For tests and stories of the toaster above modals; not part of the kit.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

const TABBABLE =
  'button:not([disabled]), [href], input:not([disabled]), select, textarea, [tabindex]:not([tabindex="-1"])';

export interface FocusTrapModalProps {
  readonly label: string;
  readonly onClose: () => void;
  readonly children?: ReactNode;
}

export function FocusTrapModal({ label, onClose, children }: FocusTrapModalProps) {
  const ref = useRef<HTMLDivElement>(null);
  const close = useRef(onClose);

  useEffect(() => {
    close.current = onClose;
  }, [onClose]);

  useEffect(() => {
    const modal = ref.current;
    if (!modal) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const tabbables = () =>
      Array.from(modal.querySelectorAll<HTMLElement>(TABBABLE)).filter((el) => el.getClientRects().length > 0);
    tabbables()[0]?.focus();
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) {
        close.current();
        return;
      }
      if (event.key !== 'Tab') return;
      const list = tabbables();
      if (list.length === 0) return;
      event.preventDefault();
      const index = list.indexOf(document.activeElement as HTMLElement);
      const next = event.shiftKey
        ? index <= 0
          ? list.length - 1
          : index - 1
        : index === -1 || index === list.length - 1
          ? 0
          : index + 1;
      list[next]?.focus();
    };
    const onFocusIn = (event: FocusEvent) => {
      if (!modal.contains(event.target as Node)) tabbables()[0]?.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('focusin', onFocusIn);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('focusin', onFocusIn);
      opener?.focus();
    };
  }, []);

  return createPortal(
    <>
      <div
        data-testid="backdrop"
        style={{ position: 'fixed', inset: 0, zIndex: 1000, background: 'rgb(0 0 0 / 0.5)' }}
      />
      <div
        ref={ref}
        role="dialog"
        aria-modal="true"
        aria-label={label}
        style={{
          position: 'fixed',
          inset: 0,
          zIndex: 1001,
          margin: 'auto',
          width: '20rem',
          height: 'fit-content',
          padding: '1rem',
          borderRadius: 8,
          background: '#ffffff',
          color: '#1e2329',
        }}
      >
        {children}
      </div>
    </>,
    document.body,
  );
}
