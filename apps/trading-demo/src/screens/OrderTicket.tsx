import { resolveBinanceError, type ResolvedBinanceError } from '@exchange-errors/binance-options';
import { useErrorI18n } from '@exchange-errors/react';
import { useId, useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiFailure } from '../api/client.js';
import type { BatchItem, OrderView } from '../api/types.js';
import { useExchange } from '../state/exchange.js';
import { useAccountData } from '../state/trading-data.js';
import { useTicket, type TicketValues } from '../state/ticket.js';
import { fieldOf, type TicketField } from './fieldErrors.js';

type FieldErrors = Partial<Record<TicketField, ResolvedBinanceError>>;

function orderParams(v: TicketValues, side: 'BUY' | 'SELL') {
  return {
    symbol: v.symbol.trim(),
    side,
    type: v.type,
    price: v.price.trim(),
    quantity: v.quantity.trim(),
    timeInForce: v.timeInForce,
    postOnly: v.postOnly || undefined,
    reduceOnly: v.reduceOnly || undefined,
    clientOrderId: v.clientOrderId.trim() || undefined,
  };
}

export function OrderTicket() {
  const { t } = useTranslation();
  const { describe } = useErrorI18n();
  const { client, report } = useExchange();
  const { refresh } = useAccountData();
  const { values, update } = useTicket();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [pending, setPending] = useState(false);
  const [status, setStatus] = useState('');
  const id = useId();

  const change = (field: TicketField, patch: Partial<TicketValues>) => {
    update(patch);
    if (errors[field]) setErrors(({ [field]: _, ...rest }) => rest);
  };

  const markField = (failure: unknown) => {
    if (!(failure instanceof ApiFailure)) return;
    const resolved = resolveBinanceError(failure.input);
    const field = fieldOf(resolved);
    if (field) setErrors({ [field]: resolved });
  };

  const submit = async (side: 'BUY' | 'SELL') => {
    update({ side });
    setErrors({});
    setStatus(t('ticket.sending'));
    setPending(true);
    const params = orderParams(values, side);
    const copies = Number(values.batch);
    try {
      if (Number.isInteger(copies) && copies > 1) {
        const orders = Array.from({ length: copies }, (_, i) => ({ ...params, clientOrderId: params.clientOrderId && `${params.clientOrderId}-${i + 1}` }));
        const answers = await client.request<BatchItem[]>('POST', '/eapi/v1/batchOrders', { orders: JSON.stringify(orders) }, { signed: true });
        const failed = answers.filter((a): a is { code: number; msg: string } => 'code' in a);
        const failures = failed.map((item) => new ApiFailure(item, { method: 'POST', path: '/eapi/v1/batchOrders' }));
        if (failures[0]) markField(failures[0]);
        failures.forEach(report);
        setStatus(t('ticket.batchPlaced', { ok: answers.length - failed.length, failed: failed.length }));
      } else {
        const order = await client.request<OrderView>('POST', '/eapi/v1/order', params, { signed: true });
        setStatus(t('ticket.placed', { side: t(`side.${order.side}`), quantity: order.quantity, symbol: order.symbol, price: order.price, status: t(`status.${order.status}`) }));
      }
    } catch (failure) {
      setStatus('');
      markField(failure);
      report(failure);
    } finally {
      setPending(false);
      refresh();
    }
  };

  // The Buy and Sell buttons say which side they send.
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    void submit(submitter?.getAttribute('value') === 'SELL' ? 'SELL' : 'BUY');
  };

  // Enter in a field would "click" the first button (Buy) whatever the Side field says: send the
  // side the trader chose instead.
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Enter' || !(event.target instanceof HTMLInputElement) || event.target.type === 'checkbox') return;
    event.preventDefault();
    if (!pending) void submit(values.side);
  };

  type ControlProps = { id: string; onKeyDown: typeof onKeyDown; 'aria-invalid'?: true; 'aria-describedby'?: string };
  const field = (name: TicketField, label: ReactNode, control: (props: ControlProps) => ReactNode, hint?: string) => {
    const error = errors[name];
    const inputId = `ticket-${name}`;
    const described = [hint ? `${inputId}-hint` : '', error ? `${inputId}-error` : ''].filter(Boolean).join(' ') || undefined;
    return (
      <div className={`field field-${name}`}>
        <label htmlFor={inputId}>{label}</label>
        {control({ id: inputId, onKeyDown, ...(error ? { 'aria-invalid': true } : {}), ...(described ? { 'aria-describedby': described } : {}) })}
        {hint && (
          <p id={`${inputId}-hint`} className="hint">
            {hint}
          </p>
        )}
        {error && (
          <p id={`${inputId}-error`} className="field-error">
            {describe(error).message}
          </p>
        )}
      </div>
    );
  };

  return (
    <section aria-labelledby={`${id}-heading`} className="panel ticket">
      <h2 id={`${id}-heading`}>{t('ticket.heading')}</h2>
      <form onSubmit={onSubmit} noValidate>
        {field('symbol', t('ticket.symbol'), (p) => (
          <input {...p} value={values.symbol} onChange={(e) => change('symbol', { symbol: e.target.value })} placeholder="BTC-261225-100000-C" autoComplete="off" spellCheck={false} />
        ))}
        <div className="field-row">
          {field('side', t('ticket.side'), (p) => (
            <select {...p} value={values.side} onChange={(e) => change('side', { side: e.target.value === 'SELL' ? 'SELL' : 'BUY' })}>
              <option value="BUY">{t('side.BUY')}</option>
              <option value="SELL">{t('side.SELL')}</option>
            </select>
          ))}
          {field('type', t('ticket.type'), (p) => (
            <select {...p} value={values.type} onChange={(e) => change('type', { type: e.target.value === 'MARKET' ? 'MARKET' : 'LIMIT' })}>
              <option value="LIMIT">{t('ticket.limit')}</option>
              <option value="MARKET">{t('ticket.market')}</option>
            </select>
          ))}
        </div>
        <div className="field-row">
          {field('price', t('ticket.price'), (p) => (
            <input {...p} value={values.price} onChange={(e) => change('price', { price: e.target.value })} inputMode="decimal" autoComplete="off" />
          ))}
          {field('quantity', t('ticket.quantity'), (p) => (
            <input {...p} value={values.quantity} onChange={(e) => change('quantity', { quantity: e.target.value })} inputMode="decimal" autoComplete="off" />
          ))}
        </div>
        {field('timeInForce', t('ticket.timeInForce'), (p) => (
          <select {...p} value={values.timeInForce} onChange={(e) => change('timeInForce', { timeInForce: e.target.value as TicketValues['timeInForce'] })}>
            <option value="GTC">{t('ticket.gtc')}</option>
            <option value="IOC">{t('ticket.ioc')}</option>
            <option value="FOK">{t('ticket.fok')}</option>
          </select>
        ))}
        <div className="field-row checks">
          {field('postOnly', t('ticket.postOnly'), (p) => (
            <input {...p} type="checkbox" checked={values.postOnly} onChange={(e) => change('postOnly', { postOnly: e.target.checked })} />
          ))}
          {field('reduceOnly', t('ticket.reduceOnly'), (p) => (
            <input {...p} type="checkbox" checked={values.reduceOnly} onChange={(e) => change('reduceOnly', { reduceOnly: e.target.checked })} />
          ))}
        </div>
        <div className="field-row">
          {field('clientOrderId', `${t('ticket.clientOrderId')} (${t('ticket.optional')})`, (p) => (
            <input {...p} value={values.clientOrderId} onChange={(e) => change('clientOrderId', { clientOrderId: e.target.value })} autoComplete="off" spellCheck={false} />
          ))}
          {field(
            'batch',
            t('ticket.batch'),
            (p) => <input {...p} type="number" min={1} max={20} value={values.batch} onChange={(e) => change('batch', { batch: e.target.value })} />,
            t('ticket.batchHint'),
          )}
        </div>
        <div className="actions">
          <button type="submit" name="side" value="BUY" className="buy" disabled={pending}>
            {t('ticket.buy')}
          </button>
          <button type="submit" name="side" value="SELL" className="sell" disabled={pending}>
            {t('ticket.sell')}
          </button>
        </div>
        <p role="status" className="status">
          {status}
        </p>
      </form>
    </section>
  );
}
