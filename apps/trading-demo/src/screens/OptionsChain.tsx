import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Mark, OptionSymbolInfo, Ticker } from '../api/types.js';
import { formatDate, formatNumber, formatPercent } from '../format.js';
import { useMarketData } from '../state/trading-data.js';
import { useUpdateTicket } from '../state/ticket.js';

interface Row {
  readonly strike: number;
  readonly call?: OptionSymbolInfo;
  readonly put?: OptionSymbolInfo;
}

export function OptionsChain() {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const { info, quotes } = useMarketData();
  const update = useUpdateTicket();
  const [underlying, setUnderlying] = useState('BTCUSDT');
  const [expiry, setExpiry] = useState<number | null>(null);
  const underlyingId = useId();
  const expiryId = useId();

  const symbols = useMemo(() => info.data?.optionSymbols ?? [], [info.data]);
  const underlyings = useMemo(() => [...new Set(symbols.map((s) => s.underlying))].sort(), [symbols]);
  const expiries = useMemo(
    () =>
      [...new Set(symbols.filter((s) => s.underlying === underlying).map((s) => s.expiryDate))].sort((a, b) => a - b),
    [symbols, underlying],
  );
  const activeExpiry = expiry !== null && expiries.includes(expiry) ? expiry : (expiries[0] ?? null);

  const rows = useMemo<Row[]>(() => {
    const byStrike = new Map<number, { call?: OptionSymbolInfo; put?: OptionSymbolInfo }>();
    for (const s of symbols) {
      if (s.underlying !== underlying || s.expiryDate !== activeExpiry) continue;
      const strike = Number(s.strikePrice);
      const row = byStrike.get(strike) ?? {};
      if (s.side === 'CALL') row.call = s;
      else row.put = s;
      byStrike.set(strike, row);
    }
    return [...byStrike].sort(([a], [b]) => a - b).map(([strike, row]) => ({ strike, ...row }));
  }, [symbols, underlying, activeExpiry]);

  const tickers = useMemo(() => new Map((quotes.data?.tickers ?? []).map((q) => [q.symbol, q])), [quotes.data]);
  const marks = useMemo(() => new Map((quotes.data?.marks ?? []).map((m) => [m.symbol, m])), [quotes.data]);
  const index = rows.map((r) => tickers.get(r.call?.symbol ?? '')?.exercisePrice).find(Boolean);

  if (!info.data) {
    return (
      <section aria-labelledby="chain-heading" className="panel chain">
        <h2 id="chain-heading">{t('chain.heading')}</h2>
        <p role="status">{info.failed ? t('chain.unavailable') : t('chain.loading')}</p>
      </section>
    );
  }

  const cells = (s: OptionSymbolInfo | undefined, ticker: Ticker | undefined, mark: Mark | undefined) => {
    const digits = s?.priceScale ?? 2;
    const pick = (side: 'BUY' | 'SELL', price: string | undefined) => {
      if (!s || price === undefined) return;
      update({ product: 'options', symbol: s.symbol, side, price, type: 'LIMIT' });
      document.getElementById('ticket-quantity')?.focus();
    };
    return [
      <td key="bid">
        {s && ticker ? (
          <button
            type="button"
            className="quote bid"
            aria-label={t('chain.sellAt', { symbol: s.symbol, price: formatNumber(ticker.bidPrice, lng, digits) })}
            onClick={() => pick('SELL', ticker.bidPrice)}
          >
            {formatNumber(ticker.bidPrice, lng, digits)}
          </button>
        ) : (
          '–'
        )}
      </td>,
      <td key="mark">{formatNumber(mark?.markPrice, lng, digits)}</td>,
      <td key="ask">
        {s && ticker ? (
          <button
            type="button"
            className="quote ask"
            aria-label={t('chain.buyAt', { symbol: s.symbol, price: formatNumber(ticker.askPrice, lng, digits) })}
            onClick={() => pick('BUY', ticker.askPrice)}
          >
            {formatNumber(ticker.askPrice, lng, digits)}
          </button>
        ) : (
          '–'
        )}
      </td>,
      <td key="iv">{formatPercent(mark?.markIV, lng)}</td>,
      <td key="delta">{formatNumber(mark?.delta, lng, 2)}</td>,
    ];
  };

  const head = ['bid', 'mark', 'ask', 'iv', 'delta'] as const;
  return (
    <section aria-labelledby="chain-heading" className="panel chain">
      <div className="panel-head">
        <h2 id="chain-heading">{t('chain.heading')}</h2>
        <div className="controls">
          <label htmlFor={underlyingId}>{t('chain.underlying')}</label>
          <select id={underlyingId} value={underlying} onChange={(e) => setUnderlying(e.target.value)}>
            {underlyings.map((u) => (
              <option key={u} value={u}>
                {u}
              </option>
            ))}
          </select>
          <label htmlFor={expiryId}>{t('chain.expiry')}</label>
          <select id={expiryId} value={activeExpiry ?? ''} onChange={(e) => setExpiry(Number(e.target.value))}>
            {expiries.map((e) => (
              <option key={e} value={e}>
                {formatDate(e, lng)}
              </option>
            ))}
          </select>
          {index !== undefined && (
            <output className="index">{t('chain.index', { price: formatNumber(index, lng, 2) })}</output>
          )}
        </div>
      </div>
      <div className="table-scroll">
        <table className="chain-table">
          <caption className="visually-hidden">
            {t('chain.caption', { underlying, expiry: activeExpiry === null ? '' : formatDate(activeExpiry, lng) })}
          </caption>
          <thead>
            <tr>
              <th scope="colgroup" colSpan={5}>
                {t('chain.calls')}
              </th>
              <th scope="col" rowSpan={2}>
                {t('chain.strike')}
              </th>
              <th scope="colgroup" colSpan={5}>
                {t('chain.puts')}
              </th>
            </tr>
            <tr>
              {head.map((h) => (
                <th key={`c-${h}`} scope="col">
                  {t(`chain.${h}`)}
                </th>
              ))}
              {head.map((h) => (
                <th key={`p-${h}`} scope="col">
                  {t(`chain.${h}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.strike}>
                {cells(row.call, tickers.get(row.call?.symbol ?? ''), marks.get(row.call?.symbol ?? ''))}
                <th scope="row" className="strike">
                  {formatNumber(row.strike, lng, row.strike < 100 ? 2 : 0)}
                </th>
                {cells(row.put, tickers.get(row.put?.symbol ?? ''), marks.get(row.put?.symbol ?? ''))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
