import { NAMESPACE, resolveBinanceError, validateOrder, type ExplainContext, type LocalizedSuggestion, type ResolvedBinanceError } from '@exchange-errors/binance-options';
import { useErrorI18n } from '@exchange-errors/react';
import { useId, useMemo, useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiFailure } from '../api/client.js';
import type { BatchItem, OrderView } from '../api/types.js';
import { useExchange } from '../state/exchange.js';
import { useOrderRules } from '../state/orderRules.js';
import { useAccountData } from '../state/trading-data.js';
import { useTicket, type TicketValues } from '../state/ticket.js';
import { useSettled } from '../state/useSettled.js';
import { FieldError, type FieldIssue } from './FieldError.js';
import { fieldLabelsOf } from './fieldLabels.js';
import { fieldOf, type TicketField } from './fieldErrors.js';

/** The exchange's answer to the last order sent, per field, with the order it judged. */
type FieldErrors = Partial<Record<TicketField, { readonly resolved: ResolvedBinanceError; readonly explain: ExplainContext }>>;

/** Inline checks wait this long after the last keystroke: "12305." on the way to "12305.5" is not an error yet. */
const SETTLE_MS = 300;

/** Fields whose emptiness the exchange judges on send (-1102), not the ticket while it is filled in. */
const TEXT_FIELDS: ReadonlySet<TicketField> = new Set(['symbol', 'price', 'quantity', 'clientOrderId']);

/** A fix as a change to the ticket; null for a field the ticket does not have. */
function patchFor(suggestion: LocalizedSuggestion): { field: TicketField; patch: Partial<TicketValues> } | null {
  const { field, value } = suggestion;
  if (field === 'price') return { field, patch: { price: value } };
  if (field === 'quantity') return { field, patch: { quantity: value } };
  if (field === 'postOnly') return { field, patch: { postOnly: value === 'true' } };
  if (field === 'timeInForce' && (value === 'GTC' || value === 'IOC' || value === 'FOK')) return { field, patch: { timeInForce: value } };
  return null;
}

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
  const { t, i18n } = useTranslation();
  // The Options texts and rules: the exchange's answers shown beside a field are explained too.
  const { describe, lng } = useErrorI18n(undefined, { namespaces: [NAMESPACE], explain: true });
  const { client, report } = useExchange();
  const { refresh } = useAccountData();
  const { values, update } = useTicket();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [pending, setPending] = useState(false);
  const [status, setStatus] = useState('');
  const id = useId();
  const fieldLabels = fieldLabelsOf(i18n);
  const symbol = values.symbol.trim();
  const { symbolInfo, book } = useOrderRules(symbol);

  // The exchange's own checks, run as the trader types: the same code, text and explanation the
  // exchange would answer. Shown once the field has settled; never blocks sending.
  const settled = useSettled(values, SETTLE_MS);
  const checkOptions = useMemo(() => ({ lng, i18n, fieldLabels, book }), [lng, i18n, fieldLabels, book]);
  const check = useMemo(() => validateOrder(orderParams(values, values.side), symbolInfo, checkOptions), [values, symbolInfo, checkOptions]);
  const settledCheck = useMemo(() => validateOrder(orderParams(settled, settled.side), symbolInfo, checkOptions), [settled, symbolInfo, checkOptions]);

  const issueOf = (field: TicketField): FieldIssue | null => {
    const sent = errors[field];
    if (sent) {
      const text = describe(sent.resolved, { explain: sent.explain, fieldLabels });
      return { code: sent.resolved.code, message: text.message, parts: text.parts, explanation: text.explanation, source: 'exchange' };
    }
    if (field === 'batch') return null;
    const now = check.fields[field];
    if (!now || !settledCheck.fields[field]) return null;
    if (TEXT_FIELDS.has(field) && String(values[field]).trim() === '') return null;
    return { code: now.code, message: now.message, parts: now.messageParts, explanation: now.explanation, source: 'check' };
  };

  const change = (field: TicketField, patch: Partial<TicketValues>) => {
    update(patch);
    // Functional: a fix applied from a toast's details runs in a closure made when the order was sent.
    setErrors((current) => {
      if (!current[field]) return current;
      const { [field]: _, ...rest } = current;
      return rest;
    });
  };

  /** "Use 12305": the value goes into its field, and focus with it (the button it was on goes away). */
  const applySuggestion = (suggestion: LocalizedSuggestion) => {
    const fix = patchFor(suggestion);
    if (!fix) return;
    change(fix.field, fix.patch);
    // (From a toast's details the kit calls this once its modal has closed, so the field can take focus.)
    document.getElementById(`ticket-${fix.field}`)?.focus();
  };

  const markField = (failure: unknown, explain: ExplainContext) => {
    if (!(failure instanceof ApiFailure)) return;
    const resolved = resolveBinanceError(failure.input);
    // -1111, -6054 and a -2010 with its cause name no field themselves: the rule found in the order does.
    const field = fieldOf(resolved) ?? describe(resolved, { explain }).explanation?.field ?? null;
    if (field) setErrors({ [field]: { resolved, explain } });
  };

  const submit = async (side: 'BUY' | 'SELL') => {
    update({ side });
    setErrors({});
    setStatus(t('ticket.sending'));
    setPending(true);
    const params = orderParams(values, side);
    // What the kit needs to explain a rejection: the order as sent, the symbol's rules, the book.
    const explain: ExplainContext = { order: params, symbolInfo, book };
    const shown = { explain, fieldLabels, onApplySuggestion: applySuggestion };
    const copies = Number(values.batch);
    try {
      if (Number.isInteger(copies) && copies > 1) {
        const orders = Array.from({ length: copies }, (_, i) => ({ ...params, clientOrderId: params.clientOrderId && `${params.clientOrderId}-${i + 1}` }));
        const answers = await client.request<BatchItem[]>('POST', '/eapi/v1/batchOrders', { orders: JSON.stringify(orders) }, { signed: true });
        const failed = answers.filter((a): a is { code: number; msg: string } => 'code' in a);
        const failures = failed.map((item) => new ApiFailure(item, { method: 'POST', path: '/eapi/v1/batchOrders' }));
        if (failures[0]) markField(failures[0], explain);
        for (const failure of failures) report(failure, shown);
        setStatus(t('ticket.batchPlaced', { ok: answers.length - failed.length, failed: failed.length }));
      } else {
        const order = await client.request<OrderView>('POST', '/eapi/v1/order', params, { signed: true });
        setStatus(t('ticket.placed', { side: t(`side.${order.side}`), quantity: order.quantity, symbol: order.symbol, price: order.price, status: t(`status.${order.status}`) }));
      }
    } catch (failure) {
      setStatus('');
      markField(failure, explain);
      report(failure, shown);
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

  const issues: Partial<Record<TicketField, FieldIssue>> = {};
  for (const name of ['symbol', 'side', 'type', 'price', 'quantity', 'timeInForce', 'postOnly', 'reduceOnly', 'clientOrderId', 'batch'] as const) {
    const issue = issueOf(name);
    if (issue) issues[name] = issue;
  }

  type ControlProps = { id: string; onKeyDown: typeof onKeyDown; 'aria-invalid'?: true; 'aria-describedby'?: string };
  const field = (name: TicketField, label: ReactNode, control: (props: ControlProps) => ReactNode, hint?: string) => {
    const error = issues[name];
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
      </div>
    );
  };
  // Below the field, or below its row: a sentence with numbers needs the ticket's full width.
  const fieldError = (name: TicketField) => {
    const issue = issues[name];
    return issue ? <FieldError key={`${name}-error`} id={`ticket-${name}-error`} issue={issue} onApply={applySuggestion} /> : null;
  };

  return (
    <section aria-labelledby={`${id}-heading`} className="panel ticket">
      <h2 id={`${id}-heading`}>{t('ticket.heading')}</h2>
      <form onSubmit={onSubmit} noValidate>
        {field('symbol', t('ticket.symbol'), (p) => (
          <input {...p} value={values.symbol} onChange={(e) => change('symbol', { symbol: e.target.value })} placeholder="BTC-261225-100000-C" autoComplete="off" spellCheck={false} />
        ))}
        {fieldError('symbol')}
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
        {fieldError('side')}
        {fieldError('type')}
        <div className="field-row">
          {field('price', t('ticket.price'), (p) => (
            <input {...p} value={values.price} onChange={(e) => change('price', { price: e.target.value })} inputMode="decimal" autoComplete="off" />
          ))}
          {field('quantity', t('ticket.quantity'), (p) => (
            <input {...p} value={values.quantity} onChange={(e) => change('quantity', { quantity: e.target.value })} inputMode="decimal" autoComplete="off" />
          ))}
        </div>
        {fieldError('price')}
        {fieldError('quantity')}
        {field('timeInForce', t('ticket.timeInForce'), (p) => (
          <select {...p} value={values.timeInForce} onChange={(e) => change('timeInForce', { timeInForce: e.target.value as TicketValues['timeInForce'] })}>
            <option value="GTC">{t('ticket.gtc')}</option>
            <option value="IOC">{t('ticket.ioc')}</option>
            <option value="FOK">{t('ticket.fok')}</option>
          </select>
        ))}
        {fieldError('timeInForce')}
        <div className="field-row checks">
          {field('postOnly', t('ticket.postOnly'), (p) => (
            <input {...p} type="checkbox" checked={values.postOnly} onChange={(e) => change('postOnly', { postOnly: e.target.checked })} />
          ))}
          {field('reduceOnly', t('ticket.reduceOnly'), (p) => (
            <input {...p} type="checkbox" checked={values.reduceOnly} onChange={(e) => change('reduceOnly', { reduceOnly: e.target.checked })} />
          ))}
        </div>
        {fieldError('postOnly')}
        {fieldError('reduceOnly')}
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
        {fieldError('clientOrderId')}
        {fieldError('batch')}
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
