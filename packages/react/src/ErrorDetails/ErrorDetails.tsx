'use client';

import type { Suggestion } from '@exchange-errors/core';
import { cx } from '../cx.js';
import {
  forwardRef,
  useEffect,
  useId,
  useInsertionEffect,
  useMemo,
  useRef,
  useState,
  type HTMLAttributes,
} from 'react';
import { ErrorBoundary } from '../boundary/ErrorBoundary.js';
import { ErrorMessageText } from '../ErrorMessageText/ErrorMessageText.js';
import { formatDateTime } from '../i18n/locale.js';
import { toastStrings } from '../i18n/strings.js';
import { useErrorI18n } from '../i18n/useErrorI18n.js';
import { useSafeLanguage } from '../i18n/useSafeLanguage.js';
import { redactRequest, requestLine } from '../request/redact.js';
import { read } from '../resolved/read.js';
import type { RequestInfo } from '@exchange-errors/core';
import { useResolvedError, type ErrorSourceProps } from '../useResolvedError.js';
import { exchangeNameKey, productLine } from './productLine.js';
import { detailsStrings } from './strings.js';
import { supportJson, toDate } from './supportJson.js';
import { injectDetailsStyles } from '../styles/injectDetails.js';

/* -------------------------------------------------------------------------------------------------
 * ErrorDetails
 * -----------------------------------------------------------------------------------------------*/

export const ERROR_DETAILS_NAME = 'ErrorDetails';

export type ErrorDetailsSlot =
  'title' | 'message' | 'explanation' | 'suggestions' | 'suggestion' | 'hint' | 'list' | 'link' | 'copy';

/** A one-click fix: set the order's `field` to `value`; `label` is the button's text ("Use 12305"). */
export type ErrorSuggestion = Suggestion;

export interface ErrorDetailsProps extends ErrorSourceProps, Omit<HTMLAttributes<HTMLElement>, 'children'> {
  /** When it happened. */
  readonly time?: Date | number;
  /**
   * The request that failed, shown and copied for support with its secrets redacted (signature,
   * API key, listen key, tokens: see `RequestInfo`).
   */
  readonly request?: RequestInfo;
  /** The heading level of the title; default 2. */
  readonly headingLevel?: 2 | 3 | 4;
  /** Called with the copied JSON after a successful copy. */
  readonly onCopied?: (json: string) => void;
  readonly classNames?: Partial<Record<ErrorDetailsSlot, string>> | null;
  /**
   * What the app knows about the request, for the product's rules: for Options, binance-options'
   * `ExplainContext` (`{ order, symbolInfo, book }`). A filter failure then says its rule in full,
   * with the symbol's numbers and the valid values nearest to the trader's.
   */
  readonly explain?: unknown;
  /** The app's labels for parameter names the server quotes: `{ quantity: 'Quantity' }`. */
  readonly fieldLabels?: Readonly<Record<string, string>> | null;
  /**
   * Shows the explanation's fixes as buttons ("Use 12305", "Turn off post-only"); called with the
   * one clicked, for the app to put `value` into its order `field`.
   */
  readonly onApplySuggestion?: (suggestion: ErrorSuggestion) => void;
}

type CopyState = 'idle' | 'copied' | 'failed';

const ErrorDetailsView = forwardRef<HTMLElement, ErrorDetailsProps>(function ErrorDetailsView(props, ref) {
  const {
    code,
    error,
    msg,
    params,
    variant,
    product,
    resolved: given,
    time,
    request,
    headingLevel = 2,
    onCopied,
    className,
    classNames,
    explain,
    fieldLabels,
    onApplySuggestion,
    ...rest
  } = props;
  const parts: Partial<Record<ErrorDetailsSlot, string>> =
    typeof classNames === 'object' && classNames !== null ? classNames : {};
  // The request's URL says which product answered, as it does for the toaster's records.
  const requestUrl = read(request, 'url');
  // Its share of the stylesheet, where the toaster injected the rest, before the panel paints.
  useInsertionEffect(() => {
    if (typeof document !== 'undefined') injectDetailsStyles(document);
  }, []);
  const resolved = useResolvedError({
    code,
    error,
    msg,
    params,
    variant,
    product,
    resolved: given,
    url: typeof requestUrl === 'string' ? requestUrl : undefined,
  });
  const { ui, describe, lng } = useErrorI18n(detailsStrings, {
    namespaces: [resolved.namespace],
    explain: explain !== undefined && explain !== null,
  });
  const productOf = productLine(resolved);
  const exchangeKey = exchangeNameKey(resolved.exchange);
  const exchangeName = exchangeKey ? ui(exchangeKey) : (resolved.exchange ?? '');
  const text = describe(resolved, { explain, fieldLabels: fieldLabels ?? undefined });
  const explanation = text.explanation;
  const titleId = useId();
  const suggestionsId = useId();
  const [copy, setCopy] = useState<CopyState>('idle');
  const failedRef = useRef<HTMLTextAreaElement>(null);
  const date = toDate(time);
  const safeRequest = useMemo(() => redactRequest(request), [request]);
  const line = requestLine(safeRequest);
  const json = supportJson(resolved, lng, date, safeRequest, explanation);
  const Heading = `h${headingLevel === 3 || headingLevel === 4 ? headingLevel : 2}` as 'h2';
  const docsUrl = text.docsUrl ? (lng.toLowerCase().startsWith('zh') ? text.docsUrl.zh : text.docsUrl.en) : null;
  const showServer = resolved.serverMessage !== null && resolved.serverMessage !== text.message;
  const outcome = read(resolved, 'outcome');
  const outcomeKey =
    outcome === 'rejected'
      ? 'resultRejected'
      : outcome === 'unknown'
        ? 'resultUnknown'
        : outcome === 'notSent'
          ? 'resultNotSent'
          : null;
  const serverDetail = read(resolved, 'serverDetail');

  useEffect(() => {
    if (copy === 'failed') failedRef.current?.select();
  }, [copy]);

  const handleCopy = async () => {
    try {
      if (typeof navigator === 'undefined' || !navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(json);
      setCopy('copied');
      onCopied?.(json);
    } catch {
      setCopy('failed');
    }
  };

  return (
    <section
      ref={ref}
      aria-labelledby={titleId}
      lang={lng}
      data-ee-details=""
      data-severity={resolved.severity}
      data-outcome={outcomeKey ? (outcome as string) : undefined}
      className={cx('ee-details', className)}
      {...rest}
    >
      <Heading id={titleId} className={cx('ee-details__title', parts.title)}>
        {text.title}
      </Heading>
      <p className={cx('ee-details__message', parts.message)}>
        <ErrorMessageText parts={text.parts} fallback={text.message} />
      </p>
      {explanation && (
        <p className={cx('ee-details__explanation', parts.explanation)} data-ee-explanation={explanation.key}>
          {explanation.text}
        </p>
      )}
      {explanation && typeof onApplySuggestion === 'function' && explanation.suggestions.length > 0 && (
        <div role="group" aria-labelledby={suggestionsId} className={cx('ee-details__suggestions', parts.suggestions)}>
          <span id={suggestionsId} className="ee-details__suggestions-label">
            {ui('suggestions')}
          </span>
          {explanation.suggestions.map((suggestion) => (
            <button
              key={`${suggestion.field}:${suggestion.value}`}
              type="button"
              className={cx('ee-button', parts.suggestion)}
              data-field={suggestion.field}
              data-value={suggestion.value}
              onClick={() =>
                onApplySuggestion({ field: suggestion.field, value: suggestion.value, label: suggestion.label })
              }
            >
              {suggestion.label}
            </button>
          ))}
        </div>
      )}
      {text.hint && <p className={cx('ee-details__hint', parts.hint)}>{text.hint}</p>}
      <dl className={cx('ee-details__list', parts.list)}>
        {resolved.code !== null && (
          <div>
            <dt>{ui('errorCode')}</dt>
            <dd>
              <code>{resolved.code}</code>
              {resolved.name && (
                <>
                  {' '}
                  · <code>{resolved.name}</code>
                </>
              )}
            </dd>
          </div>
        )}
        {productOf && (
          <div>
            <dt>{ui('product')}</dt>
            <dd>
              {'known' in productOf
                ? ui(productOf.known)
                : ui('productCouldBe', {
                    products: productOf.candidates
                      .map((key) => ui(key))
                      .join(lng.toLowerCase().startsWith('zh') ? '、' : ', '),
                  })}
            </dd>
          </div>
        )}
        {outcomeKey && (
          <div>
            <dt>{ui('result')}</dt>
            <dd className="ee-details__outcome">{ui(outcomeKey)}</dd>
          </div>
        )}
        <div>
          <dt>{ui('category')}</dt>
          <dd>{text.category}</dd>
        </div>
        <div>
          <dt>{ui('retryable')}</dt>
          <dd>{resolved.retryable ? ui('retryableYes') : ui('retryableNo')}</dd>
        </div>
        {text.detail !== '' && text.detail !== resolved.serverMessage && (
          <div>
            <dt>{ui('codeMessage')}</dt>
            <dd>{text.detail}</dd>
          </div>
        )}
        {showServer && (
          <div>
            <dt>{ui('serverMessage')}</dt>
            <dd lang="en">{resolved.serverMessage}</dd>
          </div>
        )}
        {typeof serverDetail === 'string' && serverDetail !== '' && (
          <div>
            <dt>{ui('serverDetail')}</dt>
            <dd lang="en">
              <code>{serverDetail}</code>
            </dd>
          </div>
        )}
        {date && (
          <div>
            <dt>{ui('time')}</dt>
            <dd>
              {/* The server renders in its own time zone; the browser's wins on hydration. */}
              <time dateTime={date.toISOString()} suppressHydrationWarning>
                {formatDateTime(date, lng)}
              </time>
            </dd>
          </div>
        )}
        {line !== '' && (
          <div>
            <dt>{ui('request')}</dt>
            <dd>
              <code>{line}</code>
            </dd>
          </div>
        )}
      </dl>
      <div className="ee-details__actions">
        {docsUrl && resolved.code !== null && (
          <a
            className={cx('ee-link', parts.link)}
            href={docsUrl}
            target="_blank"
            rel="noopener noreferrer"
            aria-label={ui('learnMoreLabel', { code: resolved.code, exchange: exchangeName })}
          >
            {ui('learnMore')}
          </a>
        )}
        <button type="button" className={cx('ee-button', parts.copy)} onClick={() => void handleCopy()}>
          {ui('copy')}
        </button>
        <span role="status" className="ee-details__copy-status">
          {copy === 'copied' ? ui('copied') : copy === 'failed' ? ui('copyFailed') : ''}
        </span>
      </div>
      {copy === 'failed' && (
        <textarea
          ref={failedRef}
          className="ee-details__support"
          readOnly
          aria-label={ui('supportData')}
          value={json}
          rows={8}
        />
      )}
    </section>
  );
});

/** Shown when the details cannot render: built-in text only; the error is in the store's history. */
function FallbackDetails({ code }: { readonly code: unknown }) {
  const { lng, language } = useSafeLanguage();
  const strings = toastStrings[language];
  return (
    <section lang={lng} data-ee-details="" data-ee-fallback="" className="ee-details" aria-label={strings.unavailable}>
      <p className="ee-details__message">{strings.unavailable}</p>
      {typeof code === 'number' && Number.isFinite(code) && (
        <p className="ee-details__hint">
          {strings.errorCode} <code>{code}</code>
        </p>
      )}
    </section>
  );
}

/**
 * Everything support needs about one error. Never takes the app down: an odd prop or a throwing
 * i18n instance shows a plain fallback instead.
 */
export const ErrorDetails = forwardRef<HTMLElement, ErrorDetailsProps>(function ErrorDetails(props, ref) {
  const code = read(props.resolved, 'code') ?? props.code;
  return (
    <ErrorBoundary resetKey={props.resolved ?? props.error ?? props.code} fallback={<FallbackDetails code={code} />}>
      <ErrorDetailsView ref={ref} {...props} />
    </ErrorBoundary>
  );
});
ErrorDetails.displayName = ERROR_DETAILS_NAME;
