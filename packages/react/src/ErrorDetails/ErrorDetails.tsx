import { forwardRef, useEffect, useId, useRef, useState, type HTMLAttributes } from 'react';
import { useErrorI18n } from '../i18n/useErrorI18n.js';
import { detailsStrings } from './strings.js';
import type { RequestContext } from '../store/types.js';
import { useResolvedError, type ErrorSourceProps } from '../useResolvedError.js';
import { supportJson, toDate } from './supportJson.js';

/* -------------------------------------------------------------------------------------------------
 * ErrorDetails
 * -----------------------------------------------------------------------------------------------*/

export const ERROR_DETAILS_NAME = 'ErrorDetails';

export type ErrorDetailsSlot = 'title' | 'message' | 'hint' | 'list' | 'link' | 'copy';

export interface ErrorDetailsProps extends ErrorSourceProps, Omit<HTMLAttributes<HTMLElement>, 'children'> {
  /** When it happened. */
  readonly time?: Date | number;
  /** The request that failed (method and path), shown and copied for support. */
  readonly request?: RequestContext;
  /** The heading level of the title; default 2. */
  readonly headingLevel?: 2 | 3 | 4;
  /** Called with the copied JSON after a successful copy. */
  readonly onCopied?: (json: string) => void;
  readonly classNames?: Partial<Record<ErrorDetailsSlot, string>>;
}

type CopyState = 'idle' | 'copied' | 'failed';

function cx(...names: (string | false | undefined)[]): string {
  return names.filter(Boolean).join(' ');
}

export const ErrorDetails = forwardRef<HTMLElement, ErrorDetailsProps>(function ErrorDetails(props, ref) {
  const { code, error, msg, params, variant, resolved: given, time, request, headingLevel = 2, onCopied, className, classNames = {}, ...rest } = props;
  const resolved = useResolvedError({ code, error, msg, params, variant, resolved: given });
  const { ui, describe, lng } = useErrorI18n(detailsStrings);
  const text = describe(resolved);
  const titleId = useId();
  const [copy, setCopy] = useState<CopyState>('idle');
  const failedRef = useRef<HTMLTextAreaElement>(null);
  const date = toDate(time);
  const json = supportJson(resolved, lng, date, request);
  const Heading = `h${headingLevel}` as 'h2';
  const docsUrl = resolved.docsUrl ? (lng.toLowerCase().startsWith('zh') ? resolved.docsUrl.zh : resolved.docsUrl.en) : null;
  const showServer = resolved.serverMessage !== null && resolved.serverMessage !== text.message;

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
    <section ref={ref} aria-labelledby={titleId} lang={lng} data-ee-details="" data-severity={resolved.severity} className={cx('ee-details', className)} {...rest}>
      <Heading id={titleId} className={cx('ee-details__title', classNames.title)}>
        {text.title}
      </Heading>
      <p className={cx('ee-details__message', classNames.message)}>{text.message}</p>
      {text.hint && <p className={cx('ee-details__hint', classNames.hint)}>{text.hint}</p>}
      <dl className={cx('ee-details__list', classNames.list)}>
        {resolved.code !== null && (
          <div>
            <dt>{ui('errorCode')}</dt>
            <dd>
              <code>{resolved.code}</code>
              {resolved.name && <> · <code>{resolved.name}</code></>}
            </dd>
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
        {showServer && (
          <div>
            <dt>{ui('serverMessage')}</dt>
            <dd lang="en">{resolved.serverMessage}</dd>
          </div>
        )}
        {date && (
          <div>
            <dt>{ui('time')}</dt>
            <dd>
              {/* The server renders in its own time zone; the browser's wins on hydration. */}
              <time dateTime={date.toISOString()} suppressHydrationWarning>
                {new Intl.DateTimeFormat(lng, { dateStyle: 'medium', timeStyle: 'medium' }).format(date)}
              </time>
            </dd>
          </div>
        )}
        {request && (request.method || request.path) && (
          <div>
            <dt>{ui('request')}</dt>
            <dd>
              <code>{[request.method, request.path].filter(Boolean).join(' ')}</code>
            </dd>
          </div>
        )}
      </dl>
      <div className="ee-details__actions">
        {docsUrl && resolved.code !== null && (
          <a className={cx('ee-link', classNames.link)} href={docsUrl} target="_blank" rel="noopener noreferrer" aria-label={ui('learnMoreLabel', { code: resolved.code })}>
            {ui('learnMore')}
          </a>
        )}
        <button type="button" className={cx('ee-button', classNames.copy)} onClick={() => void handleCopy()}>
          {ui('copy')}
        </button>
        <span role="status" className="ee-details__copy-status">
          {copy === 'copied' ? ui('copied') : copy === 'failed' ? ui('copyFailed') : ''}
        </span>
      </div>
      {copy === 'failed' && (
        <textarea ref={failedRef} className="ee-details__support" readOnly aria-label={ui('supportData')} value={json} rows={8} />
      )}
    </section>
  );
});
ErrorDetails.displayName = ERROR_DETAILS_NAME;
