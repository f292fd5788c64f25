import {
  ErrorDetails,
  redactRequest,
  useErrorI18n,
  useErrorStore,
  useErrorStoreSnapshot,
  type HistoryEntry,
} from '@exchange-errors/react';
import { Fragment, useDeferredValue, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatTime } from '../format.js';

const PAGE = 25;

function matches(entry: HistoryEntry, query: string, text: string): boolean {
  if (query === '') return true;
  const q = query.toLowerCase();
  const code = entry.resolved.code === null ? '' : String(entry.resolved.code);
  return (
    code.includes(q) || text.toLowerCase().includes(q) || (entry.resolved.serverMessage ?? '').toLowerCase().includes(q)
  );
}

/** The endpoint of an entry's request, for the table: no query string (the details show it, redacted). */
function endpoint(entry: HistoryEntry): string {
  const request = redactRequest(entry.request);
  return request ? `${request.method ?? ''} ${(request.url ?? '').split('?')[0] ?? ''}`.trim() : '–';
}

/** Every error the toaster received, newest first, a page at a time, each with its full details. */
export function ErrorLogScreen() {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const { describe } = useErrorI18n();
  const store = useErrorStore();
  const { history: entries, dropped, total } = useErrorStoreSnapshot();
  const clear = store.clearHistory;
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query.trim());
  const [page, setPage] = useState(0);
  const [open, setOpen] = useState<number | null>(null);
  const filterId = useId();

  const rows = useMemo(() => {
    const out: { entry: HistoryEntry; title: string; message: string }[] = [];
    for (let i = entries.length - 1; i >= 0; i -= 1) {
      const entry = entries[i];
      if (!entry) continue;
      const text = describe(entry.resolved);
      if (matches(entry, deferred, `${text.title} ${text.message}`))
        out.push({ entry, title: text.title, message: text.message });
    }
    return out;
  }, [entries, deferred, describe]);

  const pages = Math.max(1, Math.ceil(rows.length / PAGE));
  const current = Math.min(page, pages - 1);
  const shown = rows.slice(current * PAGE, current * PAGE + PAGE);

  return (
    <section aria-labelledby="log-heading" className="panel">
      <div className="panel-head">
        <h2 id="log-heading">{t('log.heading')}</h2>
        <button type="button" onClick={clear} disabled={entries.length === 0}>
          {t('log.clear')}
        </button>
      </div>
      <p className="lead">{t('log.intro')}</p>
      <p role="status" className="log-total">
        {t('log.total', { count: total })}
        {dropped > 0 && ` ${t('log.dropped', { count: dropped })}`}
      </p>
      {entries.length === 0 ? (
        <p>{t('log.empty')}</p>
      ) : (
        <>
          <div className="field log-filter">
            <label htmlFor={filterId}>{t('log.filter')}</label>
            <input
              id={filterId}
              type="search"
              value={query}
              onChange={(e) => {
                setQuery(e.target.value);
                setPage(0);
              }}
            />
          </div>
          <p className="log-range">
            {t('log.showing', {
              from: rows.length === 0 ? 0 : current * PAGE + 1,
              to: current * PAGE + shown.length,
              count: rows.length,
            })}
          </p>
          <div className="table-scroll">
            <table className="log-table">
              <thead>
                <tr>
                  <th scope="col">{t('log.seq')}</th>
                  <th scope="col">{t('log.time')}</th>
                  <th scope="col">{t('log.code')}</th>
                  <th scope="col">{t('log.error')}</th>
                  <th scope="col">{t('log.request')}</th>
                  <td />
                </tr>
              </thead>
              <tbody>
                {shown.map(({ entry, title, message }) => {
                  const expanded = open === entry.seq;
                  const detailsId = `log-details-${entry.seq}`;
                  return (
                    <Fragment key={entry.seq}>
                      <tr>
                        <th scope="row">{entry.seq}</th>
                        <td>{formatTime(entry.at, lng)}</td>
                        <td className="mono">{entry.resolved.code ?? entry.resolved.httpStatus ?? '–'}</td>
                        <td>
                          <strong>{title}</strong> {message}
                          {entry.coalesced && <span className="muted"> ({t('log.coalesced')})</span>}
                        </td>
                        <td className="mono">{endpoint(entry)}</td>
                        <td>
                          <button
                            type="button"
                            aria-expanded={expanded}
                            aria-controls={expanded ? detailsId : undefined}
                            onClick={() => setOpen(expanded ? null : entry.seq)}
                          >
                            {expanded ? t('log.hideDetails') : t('log.details')}
                            <span className="visually-hidden"> #{entry.seq}</span>
                          </button>
                        </td>
                      </tr>
                      {expanded && (
                        <tr>
                          <td colSpan={6} id={detailsId}>
                            <ErrorDetails
                              resolved={entry.resolved}
                              time={entry.at}
                              request={entry.request}
                              explain={entry.explain}
                              fieldLabels={entry.fieldLabels}
                              headingLevel={3}
                            />
                          </td>
                        </tr>
                      )}
                    </Fragment>
                  );
                })}
              </tbody>
            </table>
          </div>
          <nav className="pager" aria-label={t('log.heading')}>
            <button type="button" onClick={() => setPage(current - 1)} disabled={current === 0}>
              {t('log.previous')}
            </button>
            <span>
              {current + 1} / {pages}
            </span>
            <button type="button" onClick={() => setPage(current + 1)} disabled={current >= pages - 1}>
              {t('log.next')}
            </button>
          </nav>
        </>
      )}
    </section>
  );
}
