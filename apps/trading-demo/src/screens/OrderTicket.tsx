import type { ExplainContext } from '@exchange-errors/binance-options';
import { binanceOptionsEager } from '@exchange-errors/binance-options/eager';
import {
  loadErrors,
  resolve,
  validateOrder,
  type OrderValidation,
  type ResolvedError,
  type Suggestion,
} from '@exchange-errors/core';
import { useErrorI18n } from '@exchange-errors/react';
import { useId, useMemo, useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiFailure } from '../api/client.js';
import type { BatchItem, LinearOrderView, OrderView } from '../api/types.js';
import { useExchange } from '../state/exchange.js';
import { useOrderRules } from '../state/orderRules.js';
import { PRODUCT_APIS, SPOT_CANCEL_REPLACE, TICKET_PRODUCTS, type TicketProduct } from '../state/products.js';
import { plainDecimal, useProductSymbols } from '../state/productSymbols.js';
import { useAccountData } from '../state/trading-data.js';
import { useTicket, type TicketValues } from '../state/ticket.js';
import { useSettled } from '../state/useSettled.js';
import { FieldError, type FieldIssue } from './FieldError.js';
import { fieldLabelsOf } from './fieldLabels.js';
import { fieldOf, type TicketField } from './fieldErrors.js';

/** The exchange's answer to the last order sent, per field, with the order it judged (Options explains it). */
type FieldErrors = Partial<
  Record<TicketField, { readonly resolved: ResolvedError; readonly explain?: ExplainContext }>
>;

/** The fields each product's order takes. */
const PRODUCT_FIELDS: Readonly<Record<TicketProduct, ReadonlySet<TicketField>>> = {
  options: new Set([
    'symbol',
    'side',
    'type',
    'price',
    'quantity',
    'timeInForce',
    'postOnly',
    'reduceOnly',
    'clientOrderId',
    'batch',
  ]),
  spot: new Set(['symbol', 'side', 'type', 'price', 'quantity', 'timeInForce', 'clientOrderId', 'replaceOrderId']),
  usdm: new Set([
    'symbol',
    'side',
    'type',
    'price',
    'quantity',
    'timeInForce',
    'reduceOnly',
    'positionSide',
    'clientOrderId',
  ]),
};

const ORDER_TYPES: Readonly<Record<TicketProduct, readonly TicketValues['type'][]>> = {
  options: ['LIMIT', 'MARKET'],
  spot: ['LIMIT', 'MARKET', 'LIMIT_MAKER'],
  usdm: ['LIMIT', 'MARKET'],
};

const TIME_IN_FORCE: Readonly<Record<TicketProduct, readonly TicketValues['timeInForce'][]>> = {
  options: ['GTC', 'IOC', 'FOK'],
  spot: ['GTC', 'IOC', 'FOK'],
  usdm: ['GTC', 'IOC', 'FOK', 'GTX'],
};

const TYPE_LABELS = { LIMIT: 'ticket.limit', MARKET: 'ticket.market', LIMIT_MAKER: 'ticket.limitMaker' } as const;
const TIF_LABELS = { GTC: 'ticket.gtc', IOC: 'ticket.ioc', FOK: 'ticket.fok', GTX: 'ticket.gtx' } as const;
const POSITION_LABELS = {
  BOTH: 'ticket.positionBoth',
  LONG: 'ticket.positionLong',
  SHORT: 'ticket.positionShort',
} as const;
/** Spot and USDⓈ-M symbols (`BTCUSDT`) against Options' (`BTC-261225-100000-C`). */
const LINEAR_SYMBOL = /^[A-Z0-9]+USDT$/;

const NO_ERRORS: FieldErrors = {};
const NO_CHECK: OrderValidation = { ok: true, errors: [], first: null, fields: {} };

/** Inline checks wait this long after the last keystroke: "12305." on the way to "12305.5" is not an error yet. */
const SETTLE_MS = 300;

/** Fields whose emptiness the exchange judges on send (-1102), not the ticket while it is filled in. */
const TEXT_FIELDS: ReadonlySet<TicketField> = new Set(['symbol', 'price', 'quantity', 'clientOrderId']);

/** A fix as a change to the ticket; null for a field the ticket does not have. */
function patchFor(suggestion: Suggestion): { field: TicketField; patch: Partial<TicketValues> } | null {
  const { field, value } = suggestion;
  if (field === 'price') return { field, patch: { price: value } };
  if (field === 'quantity') return { field, patch: { quantity: value } };
  if (field === 'postOnly') return { field, patch: { postOnly: value === 'true' } };
  if (field === 'timeInForce' && (value === 'GTC' || value === 'IOC' || value === 'FOK'))
    return { field, patch: { timeInForce: value } };
  return null;
}

/** An Options order as `POST /eapi/v1/order` takes it. */
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

/** A Spot order as `POST /api/v3/order` takes it: a price and timeInForce only where its type has them. */
function spotParams(v: TicketValues, side: 'BUY' | 'SELL') {
  return {
    symbol: v.symbol.trim(),
    side,
    type: v.type,
    timeInForce: v.type === 'LIMIT' ? v.timeInForce : undefined,
    price: v.type === 'MARKET' ? undefined : v.price.trim(),
    quantity: v.quantity.trim(),
    newClientOrderId: v.clientOrderId.trim() || undefined,
  };
}

/** A USDⓈ-M order as `POST /fapi/v1/order` takes it. */
function usdmParams(v: TicketValues, side: 'BUY' | 'SELL') {
  const limit = v.type !== 'MARKET';
  return {
    symbol: v.symbol.trim(),
    side,
    positionSide: v.positionSide,
    type: v.type,
    timeInForce: limit ? v.timeInForce : undefined,
    price: limit ? v.price.trim() : undefined,
    quantity: v.quantity.trim(),
    reduceOnly: v.reduceOnly || undefined,
    newClientOrderId: v.clientOrderId.trim() || undefined,
  };
}

export function OrderTicket() {
  const { t, i18n } = useTranslation();
  const { client, report } = useExchange();
  const { refresh } = useAccountData();
  const { values, update } = useTicket();
  const { product } = values;
  // The Options texts and rules (the exchange's answers shown beside a field are explained too), and
  // the texts of the product on the ticket, loaded when the ticket switches to it.
  const optionsNamespace = binanceOptionsEager.namespace;
  const namespaces =
    product === 'options' ? [optionsNamespace] : [optionsNamespace, PRODUCT_APIS[product].errors.namespace];
  const { describe, lng } = useErrorI18n(undefined, { namespaces, explain: true });
  const symbols = useProductSymbols(product);
  // Tagged with the product they came from: an answer that lands after a switch is not shown.
  const [shownErrors, setShownErrors] = useState<{ readonly product: TicketProduct; readonly fields: FieldErrors }>({
    product: 'options',
    fields: {},
  });
  const [pending, setPending] = useState(false);
  const [status, setStatus] = useState('');
  const errors = shownErrors.product === product ? shownErrors.fields : NO_ERRORS;
  const setErrors = (fields: FieldErrors, from: TicketProduct = product) => setShownErrors({ product: from, fields });
  const id = useId();
  const fieldLabels = fieldLabelsOf(i18n);
  const symbol = values.symbol.trim();
  const { symbolInfo, book } = useOrderRules(symbol);

  // The exchange's own checks, run as the trader types: the same code, text and explanation the
  // exchange would answer. Shown once the field has settled; never blocks sending.
  const settled = useSettled(values, SETTLE_MS);
  const checkOptions = useMemo(() => ({ lng, i18n, fieldLabels }), [lng, i18n, fieldLabels]);
  // Options only: Spot and USDⓈ-M orders are judged by their exchange when sent.
  const check = useMemo(
    () =>
      values.product === 'options'
        ? validateOrder(
            binanceOptionsEager,
            { order: orderParams(values, values.side), symbolInfo, book },
            checkOptions,
          )
        : NO_CHECK,
    [values, symbolInfo, book, checkOptions],
  );
  const settledCheck = useMemo(
    () =>
      settled.product === 'options'
        ? validateOrder(
            binanceOptionsEager,
            { order: orderParams(settled, settled.side), symbolInfo, book },
            checkOptions,
          )
        : NO_CHECK,
    [settled, symbolInfo, book, checkOptions],
  );

  const issueOf = (field: TicketField): FieldIssue | null => {
    const sent = errors[field];
    if (sent) {
      const text = describe(sent.resolved, { explain: sent.explain, fieldLabels });
      return {
        code: sent.resolved.code,
        message: text.message,
        parts: text.parts,
        explanation: text.explanation,
        source: 'exchange',
      };
    }
    if (field === 'batch' || field === 'positionSide' || field === 'replaceOrderId') return null;
    const now = check.fields[field];
    if (!now || !settledCheck.fields[field]) return null;
    if (TEXT_FIELDS.has(field) && String(values[field]).trim() === '') return null;
    return {
      code: now.code,
      message: now.message,
      parts: now.messageParts,
      explanation: now.explanation,
      source: 'check',
    };
  };

  const change = (field: TicketField, patch: Partial<TicketValues>) => {
    update(patch);
    // Functional: a fix applied from a toast's details runs in a closure made when the order was sent.
    setShownErrors((current) => {
      if (!current.fields[field]) return current;
      const { [field]: _, ...rest } = current.fields;
      return { ...current, fields: rest };
    });
  };

  /** "Use 12305": the value goes into its field, and focus with it (the button it was on goes away). */
  const applySuggestion = (suggestion: Suggestion) => {
    const fix = patchFor(suggestion);
    if (!fix) return;
    change(fix.field, fix.patch);
    // (From a toast's details the kit calls this once its modal has closed, so the field can take focus.)
    document.getElementById(`ticket-${fix.field}`)?.focus();
  };

  const markField = (failure: unknown, explain: ExplainContext) => {
    if (!(failure instanceof ApiFailure)) return;
    const resolved = resolve(binanceOptionsEager, failure.input);
    // -1111, -6054 and a -2010 with its cause name no field themselves: the rule found in the order does.
    const field = fieldOf(resolved) ?? describe(resolved, { explain }).explanation?.field ?? null;
    if (field) setErrors({ [field]: { resolved, explain } });
  };

  /** A Spot or USDⓈ-M rejection beside its field, read with that product's catalog (a lazy chunk). */
  const markLinearField = async (failure: unknown, from: Exclude<TicketProduct, 'options'>) => {
    if (!(failure instanceof ApiFailure)) return;
    try {
      const module = PRODUCT_APIS[from].errors;
      await loadErrors(i18n, module);
      const resolved = resolve(module, failure.input);
      const field = fieldOf(resolved, from);
      // Tagged with its product: if the trader switched while the catalog loaded, it stays hidden.
      if (field) setErrors({ [field]: { resolved } }, from);
    } catch {
      // Without its catalog (offline) the toast still shows the error; the field stays unmarked.
    }
  };

  const orderText = (order: LinearOrderView) => {
    const common = {
      side: t(`side.${order.side}`),
      quantity: plainDecimal(order.origQty),
      symbol: order.symbol,
      status: t(`status.${order.status}`, { defaultValue: order.status }),
      id: order.orderId,
    };
    return order.type === 'MARKET'
      ? t('ticket.placedMarket', common)
      : t('ticket.placedId', { ...common, price: plainDecimal(order.price) });
  };

  /** Spot and USDⓈ-M: one order to the product's own endpoint (Spot: cancel-replace when it names an order). */
  const submitLinear = async (from: Exclude<TicketProduct, 'options'>, side: 'BUY' | 'SELL') => {
    const replaceId = values.replaceOrderId.trim();
    try {
      if (from === 'spot' && replaceId !== '') {
        const params = { ...spotParams(values, side), cancelReplaceMode: 'STOP_ON_FAILURE', cancelOrderId: replaceId };
        const answer = await client.request<{ newOrderResponse: LinearOrderView }>(
          'POST',
          SPOT_CANCEL_REPLACE,
          params,
          { signed: true },
        );
        setStatus(t('ticket.replaced', { old: replaceId, placed: orderText(answer.newOrderResponse) }));
      } else {
        const params = from === 'spot' ? spotParams(values, side) : usdmParams(values, side);
        setStatus(
          orderText(await client.request<LinearOrderView>('POST', PRODUCT_APIS[from].order, params, { signed: true })),
        );
      }
    } catch (failure) {
      setStatus('');
      void markLinearField(failure, from);
      report(failure, { product: from, fieldLabels });
    } finally {
      setPending(false);
    }
  };

  const submit = async (side: 'BUY' | 'SELL') => {
    update({ side });
    setErrors({});
    setStatus(t('ticket.sending'));
    setPending(true);
    if (product !== 'options') return submitLinear(product, side);
    const params = orderParams(values, side);
    // What the kit needs to explain a rejection: the order as sent, the symbol's rules, the book.
    const explain: ExplainContext = { order: params, symbolInfo, book };
    const shown = { explain, fieldLabels, onApplySuggestion: applySuggestion, product: 'options' as const };
    const copies = Number(values.batch);
    try {
      if (Number.isInteger(copies) && copies > 1) {
        const orders = Array.from({ length: copies }, (_, i) => ({
          ...params,
          clientOrderId: params.clientOrderId && `${params.clientOrderId}-${i + 1}`,
        }));
        const answers = await client.request<BatchItem[]>(
          'POST',
          '/eapi/v1/batchOrders',
          { orders: JSON.stringify(orders) },
          { signed: true },
        );
        const failed = answers.filter((a): a is { code: number; msg: string } => 'code' in a);
        const failures = failed.map((item) => new ApiFailure(item, { method: 'POST', url: '/eapi/v1/batchOrders' }));
        if (failures[0]) markField(failures[0], explain);
        for (const failure of failures) report(failure, shown);
        setStatus(t('ticket.batchPlaced', { ok: answers.length - failed.length, failed: failed.length }));
      } else {
        const order = await client.request<OrderView>('POST', '/eapi/v1/order', params, { signed: true });
        setStatus(
          t('ticket.placed', {
            side: t(`side.${order.side}`),
            quantity: order.quantity,
            symbol: order.symbol,
            price: order.price,
            status: t(`status.${order.status}`),
          }),
        );
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
    if (event.key !== 'Enter' || !(event.target instanceof HTMLInputElement) || event.target.type === 'checkbox')
      return;
    event.preventDefault();
    if (!pending) void submit(values.side);
  };

  /** Another product: its own symbols and fields; the exchange's earlier answers no longer apply. */
  const switchProduct = (next: TicketProduct) => {
    if (next === product) return;
    const patch: { -readonly [K in keyof TicketValues]?: TicketValues[K] } = { product: next, price: '' };
    const linear = LINEAR_SYMBOL.test(values.symbol.trim());
    if (next !== 'options' && !linear) patch.symbol = 'BTCUSDT';
    if (next === 'options' && linear) patch.symbol = '';
    if (!ORDER_TYPES[next].includes(values.type)) patch.type = 'LIMIT';
    if (!TIME_IN_FORCE[next].includes(values.timeInForce)) patch.timeInForce = 'GTC';
    update(patch);
    setErrors({}, next);
    setStatus('');
  };

  const has = (name: TicketField) => PRODUCT_FIELDS[product].has(name);
  const issues: Partial<Record<TicketField, FieldIssue>> = {};
  for (const name of PRODUCT_FIELDS[product]) {
    const issue = issueOf(name);
    if (issue) issues[name] = issue;
  }
  const market = product !== 'options' && values.type === 'MARKET';
  const rules = symbols.find((s) => s.symbol === symbol);
  const rulesHint = rules
    ? t('ticket.rules', {
        tick: rules.tickSize,
        step: rules.stepSize,
        notional: rules.minNotional,
        quote: rules.quoteAsset,
      })
    : undefined;

  type ControlProps = { id: string; onKeyDown: typeof onKeyDown; 'aria-invalid'?: true; 'aria-describedby'?: string };
  const datalistId = `${id}-symbols`;
  const field = (name: TicketField, label: ReactNode, control: (props: ControlProps) => ReactNode, hint?: string) => {
    const error = issues[name];
    const inputId = `ticket-${name}`;
    const described =
      [hint ? `${inputId}-hint` : '', error ? `${inputId}-error` : ''].filter(Boolean).join(' ') || undefined;
    return (
      <div className={`field field-${name}`}>
        <label htmlFor={inputId}>{label}</label>
        {control({
          id: inputId,
          onKeyDown,
          ...(error ? { 'aria-invalid': true } : {}),
          ...(described ? { 'aria-describedby': described } : {}),
        })}
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
    return issue ? (
      <FieldError key={`${name}-error`} id={`ticket-${name}-error`} issue={issue} onApply={applySuggestion} />
    ) : null;
  };

  return (
    <section aria-labelledby={`${id}-heading`} className="panel ticket">
      <h2 id={`${id}-heading`}>{t('ticket.heading')}</h2>
      <form onSubmit={onSubmit} noValidate>
        <fieldset className="product-switch">
          <legend>{t('ticket.product')}</legend>
          <div className="segments">
            {TICKET_PRODUCTS.map((p) => (
              <label key={p}>
                <input
                  type="radio"
                  name={`${id}-product`}
                  value={p}
                  checked={product === p}
                  onChange={() => switchProduct(p)}
                />
                <span>{t(`product.${p}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        {field(
          'symbol',
          t('ticket.symbol'),
          (p) => (
            <input
              {...p}
              value={values.symbol}
              onChange={(e) => change('symbol', { symbol: e.target.value })}
              placeholder={product === 'options' ? 'BTC-261225-100000-C' : 'BTCUSDT'}
              autoComplete="off"
              spellCheck={false}
              {...(product !== 'options' ? { list: datalistId } : {})}
            />
          ),
          rulesHint,
        )}
        {product !== 'options' && (
          <datalist id={datalistId}>
            {symbols.map((s) => (
              <option key={s.symbol} value={s.symbol} />
            ))}
          </datalist>
        )}
        {fieldError('symbol')}
        <div className="field-row">
          {field('side', t('ticket.side'), (p) => (
            <select
              {...p}
              value={values.side}
              onChange={(e) => change('side', { side: e.target.value === 'SELL' ? 'SELL' : 'BUY' })}
            >
              <option value="BUY">{t('side.BUY')}</option>
              <option value="SELL">{t('side.SELL')}</option>
            </select>
          ))}
          {field('type', t('ticket.type'), (p) => (
            <select
              {...p}
              value={values.type}
              onChange={(e) =>
                change('type', { type: ORDER_TYPES[product].find((o) => o === e.target.value) ?? 'LIMIT' })
              }
            >
              {ORDER_TYPES[product].map((o) => (
                <option key={o} value={o}>
                  {t(TYPE_LABELS[o])}
                </option>
              ))}
            </select>
          ))}
        </div>
        {fieldError('side')}
        {fieldError('type')}
        <div className="field-row">
          {field('price', t('ticket.price'), (p) => (
            // A market order takes the book's price: the field stays, unsent.
            <input
              {...p}
              value={values.price}
              onChange={(e) => change('price', { price: e.target.value })}
              inputMode="decimal"
              autoComplete="off"
              disabled={market}
            />
          ))}
          {field('quantity', t('ticket.quantity'), (p) => (
            <input
              {...p}
              value={values.quantity}
              onChange={(e) => change('quantity', { quantity: e.target.value })}
              inputMode="decimal"
              autoComplete="off"
            />
          ))}
        </div>
        {fieldError('price')}
        {fieldError('quantity')}
        {field('timeInForce', t('ticket.timeInForce'), (p) => (
          <select
            {...p}
            value={values.timeInForce}
            onChange={(e) =>
              change('timeInForce', { timeInForce: TIME_IN_FORCE[product].find((o) => o === e.target.value) ?? 'GTC' })
            }
            disabled={product !== 'options' && values.type !== 'LIMIT'}
          >
            {TIME_IN_FORCE[product].map((o) => (
              <option key={o} value={o}>
                {t(TIF_LABELS[o])}
              </option>
            ))}
          </select>
        ))}
        {fieldError('timeInForce')}
        {(has('postOnly') || has('reduceOnly')) && (
          <div className="field-row checks">
            {has('postOnly') &&
              field('postOnly', t('ticket.postOnly'), (p) => (
                <input
                  {...p}
                  type="checkbox"
                  checked={values.postOnly}
                  onChange={(e) => change('postOnly', { postOnly: e.target.checked })}
                />
              ))}
            {has('reduceOnly') &&
              field('reduceOnly', t('ticket.reduceOnly'), (p) => (
                <input
                  {...p}
                  type="checkbox"
                  checked={values.reduceOnly}
                  onChange={(e) => change('reduceOnly', { reduceOnly: e.target.checked })}
                />
              ))}
          </div>
        )}
        {fieldError('postOnly')}
        {fieldError('reduceOnly')}
        {has('positionSide') &&
          field('positionSide', t('ticket.positionSide'), (p) => (
            <select
              {...p}
              value={values.positionSide}
              onChange={(e) =>
                change('positionSide', {
                  positionSide: e.target.value === 'LONG' || e.target.value === 'SHORT' ? e.target.value : 'BOTH',
                })
              }
            >
              {(['BOTH', 'LONG', 'SHORT'] as const).map((o) => (
                <option key={o} value={o}>
                  {t(POSITION_LABELS[o])}
                </option>
              ))}
            </select>
          ))}
        {fieldError('positionSide')}
        <div className="field-row">
          {field('clientOrderId', `${t('ticket.clientOrderId')} (${t('ticket.optional')})`, (p) => (
            <input
              {...p}
              value={values.clientOrderId}
              onChange={(e) => change('clientOrderId', { clientOrderId: e.target.value })}
              autoComplete="off"
              spellCheck={false}
            />
          ))}
          {has('batch') &&
            field(
              'batch',
              t('ticket.batch'),
              (p) => (
                <input
                  {...p}
                  type="number"
                  min={1}
                  max={20}
                  value={values.batch}
                  onChange={(e) => change('batch', { batch: e.target.value })}
                />
              ),
              t('ticket.batchHint'),
            )}
        </div>
        {fieldError('clientOrderId')}
        {fieldError('batch')}
        {has('replaceOrderId') &&
          field(
            'replaceOrderId',
            `${t('ticket.replaceOrderId')} (${t('ticket.optional')})`,
            (p) => (
              <input
                {...p}
                value={values.replaceOrderId}
                onChange={(e) => change('replaceOrderId', { replaceOrderId: e.target.value })}
                inputMode="numeric"
                autoComplete="off"
                spellCheck={false}
              />
            ),
            t('ticket.replaceHint'),
          )}
        {fieldError('replaceOrderId')}
        {/* On a phone this row stays on screen at the bottom while the ticket is in view: toasts keep clear of it. */}
        <div className="actions" data-ee-keep-clear="">
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
