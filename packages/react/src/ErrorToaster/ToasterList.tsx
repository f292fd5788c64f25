'use client';

/**
 * The toaster's list of toasts, and what the live regions say about them: everything that needs the
 * engine and the texts. A chunk of its own, loaded with the first error, so an app pays nothing for
 * it while nothing fails.
 */
import { cx } from '../cx.js';
import type { CSSProperties, ReactNode, Ref } from 'react';
import { ErrorBoundary } from '../boundary/ErrorBoundary.js';
import { ErrorToast, type ErrorToastSlot } from '../ErrorToast/ErrorToast.js';
import { FallbackToast } from '../ErrorToast/FallbackToast.js';
import { useErrorI18n } from '../i18n/useErrorI18n.js';
import type { ErrorRecord } from '../store/types.js';
import type { Politeness } from './LiveRegions.js';
import { useToastAnnouncements } from './useToastAnnouncements.js';

export interface ToastRenderApi {
  readonly dismiss: () => void;
  readonly showDetails: () => void;
}

export interface ToasterListProps {
  readonly visible: readonly ErrorRecord[];
  readonly announce: (text: string, politeness: Politeness) => void;
  readonly dismiss: (id: string) => void;
  readonly showDetails: ((record: ErrorRecord) => void) | undefined;
  readonly listClassName?: string | undefined;
  readonly itemClassName?: string | undefined;
  readonly toastClassNames?: Partial<Record<ErrorToastSlot, string>> | undefined;
  readonly renderToast?: ((record: ErrorRecord, api: ToastRenderApi) => ReactNode) | undefined;
  /** Each toast shows its hint under the message. */
  readonly showHint?: boolean;
  readonly listRef?: Ref<HTMLOListElement>;
}

/** Calls `renderToast` in a render of its own, so the boundary around it catches what it throws. */
function CustomToast({
  render,
  record,
  api,
}: {
  readonly render: NonNullable<ToasterListProps['renderToast']>;
  readonly record: ErrorRecord;
  readonly api: ToastRenderApi;
}) {
  return <>{render(record, api)}</>;
}

export default function ToasterList({
  visible,
  announce,
  dismiss,
  showDetails,
  listClassName,
  itemClassName,
  toastClassNames,
  renderToast,
  showHint = false,
  listRef,
}: ToasterListProps) {
  const namespaces = Array.from(new Set(visible.map((record) => record.resolved.namespace)));
  // Records with order context are announced with their explanation: their product's rules load.
  const i18n = useErrorI18n(undefined, { namespaces, explain: visible.some((record) => record.explain !== undefined) });
  const { ui, lng } = i18n;
  useToastAnnouncements(visible, announce, i18n);

  return (
    <ol ref={listRef} className={cx('ee-toaster__list', listClassName)}>
      {visible.map((record, index) => {
        const onDismiss = () => dismiss(record.id);
        const onShowDetails = showDetails ? () => showDetails(record) : undefined;
        return (
          <li
            key={record.id}
            className={cx('ee-toaster__item', itemClassName)}
            data-ee-toast-id={record.id}
            data-front={index === 0 ? '' : undefined}
            style={
              {
                '--ee-index': index,
                '--ee-row': index + 1,
                '--ee-row-reverse': visible.length - index,
              } as CSSProperties
            }
          >
            {/* One bad record (a custom toast that throws, odd data) shows a plain toast, never unmounts the app. */}
            <ErrorBoundary
              resetKey={record}
              fallback={
                <FallbackToast
                  text={ui('unavailable')}
                  dismissLabel={ui('dismiss')}
                  errorCodeLabel={ui('errorCode')}
                  lng={lng}
                  code={record.resolved.code}
                  onDismiss={onDismiss}
                  live={false}
                />
              }
            >
              {renderToast ? (
                <CustomToast
                  render={renderToast}
                  record={record}
                  api={{ dismiss: onDismiss, showDetails: onShowDetails ?? (() => undefined) }}
                />
              ) : (
                <ErrorToast
                  resolved={record.resolved}
                  count={record.count}
                  action={record.action}
                  explain={record.explain}
                  fieldLabels={record.fieldLabels}
                  showHint={showHint}
                  onDismiss={onDismiss}
                  onShowDetails={onShowDetails}
                  classNames={toastClassNames}
                  live={false}
                />
              )}
            </ErrorBoundary>
          </li>
        );
      })}
    </ol>
  );
}
