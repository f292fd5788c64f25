import { binanceOptionsEager } from '@exchange-errors/binance-options/eager';
import {
  loadErrors,
  resolve,
  validateOrder,
  type OrderValidation,
  type ResolvedError,
  type Suggestion,
} from '@exchange-errors/core';
import { useErrorI18n, type ShowErrorOptions } from '@exchange-errors/react';
import { useId, useMemo, useRef, useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiFailure } from '../api/client.js';
import type { BatchItem, OrderView } from '../api/types.js';
import { useExchange } from '../state/exchange.js';
import { registerExchange } from '../state/registerExchange.js';
import { useMarketFacts } from '../state/marketFacts.js';
import { useOrderRules } from '../state/orderRules.js';
import {
  ERROR_MODULES,
  EXCHANGES,
  exchangeOf,
  isVenueProduct,
  productsOf,
  VENUES,
  type ExchangeId,
  type TicketProduct,
} from '../state/products.js';
import { useTicket, type TicketValues } from '../state/ticket.js';
import { useAccountData } from '../state/trading-data.js';
import { useProductReady } from '../state/useProductReady.js';
import { useSettled } from '../state/useSettled.js';
import { useRefreshVenueAccount } from '../state/venueAccount.js';
import { useVenueRules } from '../state/venueRules.js';
import type { PlacedOrder, Venue } from '../venues/types.js';
import { FieldError, type FieldIssue } from './FieldError.js';
import { fieldLabelsOf } from './fieldLabels.js';
import { fieldOf, type TicketField } from './fieldErrors.js';
import { RulesNotice } from './RulesNotice.js';
import { patchFor, ticketProduct, TYPE_LABELS, type TicketProductSpec } from './ticketProducts.js';

/**
 * The exchange's answer to the last order sent, per field, with what the kit explains it with (the
 * order as sent, the symbol's entry, the market facts).
 */
type FieldErrors = Partial<Record<TicketField, { readonly resolved: ResolvedError; readonly explain?: unknown }>>;

const TIF_LABELS = { GTC: 'ticket.gtc', IOC: 'ticket.ioc', FOK: 'ticket.fok', GTX: 'ticket.gtx' } as const;
const POSITION_LABELS = {
  BOTH: 'ticket.positionBoth',
  LONG: 'ticket.positionLong',
  SHORT: 'ticket.positionShort',
} as const;

const NO_ERRORS: FieldErrors = {};
type CheckedFields = Partial<Record<TicketField, OrderValidation['errors'][number]>>;

/** Inline checks wait this long after the last keystroke: "12305." on the way to "12305.5" is not an error yet. */
const SETTLE_MS = 300;

/** Fields whose emptiness the exchange judges on send (-1102), not the ticket while it is filled in. */
const TEXT_FIELDS: ReadonlySet<TicketField> = new Set(['symbol', 'price', 'quantity', 'clientOrderId']);

/** A check's failures by ticket field (the check names the exchange's parameters), the first per field. */
function byTicketField(check: OrderValidation, spec: TicketProductSpec): CheckedFields {
  const out: CheckedFields = {};
  for (const [param, issue] of Object.entries(check.fields)) {
    const field = spec.fieldOfParam(param);
    if (field && spec.fields.has(field) && !out[field]) out[field] = issue;
  }
  return out;
}

/** The change that moves the ticket to another product: its own kind of symbol, a type and time in force it takes. */
function switchPatch(values: TicketValues, next: TicketProduct): Partial<TicketValues> {
  const spec = ticketProduct(next);
  const patch: { -readonly [K in keyof TicketValues]?: TicketValues[K] } = { product: next, price: '' };
  // A symbol of the next venue's kind stays (BTCUSDT from Spot to USDⓈ-M); Options' never do.
  const symbol = values.symbol.trim();
  const from = isVenueProduct(values.product) ? VENUES[values.product] : null;
  if (isVenueProduct(next)) {
    const venue = VENUES[next];
    if (!venue.symbolPattern.test(symbol)) patch.symbol = venue.defaultSymbol;
  } else if (from?.symbolPattern.test(symbol)) patch.symbol = '';
  if (!spec.orderTypes.includes(values.type)) patch.type = 'LIMIT';
  if (!spec.timeInForce.includes(values.timeInForce)) patch.timeInForce = 'GTC';
  return patch;
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

export function OrderTicket() {
  const { t, i18n } = useTranslation();
  const { client, report } = useExchange();
  const { refresh } = useAccountData();
  const refreshVenue = useRefreshVenueAccount();
  const { values, update } = useTicket();
  const { product } = values;
  const spec = ticketProduct(product);
  const venue: Venue | null = isVenueProduct(product) ? VENUES[product] : null;
  // The Options texts and rules (the exchange's answers shown beside a field are explained too), and
  // the texts and rules of the product on the ticket, loaded when the ticket switches to it.
  const optionsNamespace = ERROR_MODULES.options.namespace;
  const namespaces = venue ? [optionsNamespace, venue.errors.namespace] : [optionsNamespace];
  const { describe, lng } = useErrorI18n(undefined, { namespaces, explain: true });
  // Tagged with the product they came from: an answer that lands after a switch is not shown.
  const [shownErrors, setShownErrors] = useState<{ readonly product: TicketProduct; readonly fields: FieldErrors }>({
    product: 'options',
    fields: {},
  });
  const [pending, setPending] = useState(false);
  const lastProductOf = useRef<Partial<Record<ExchangeId, TicketProduct>>>({});
  const [status, setStatus] = useState('');
  const errors = shownErrors.product === product ? shownErrors.fields : NO_ERRORS;
  const setErrors = (fields: FieldErrors, from: TicketProduct = product) => setShownErrors({ product: from, fields });
  const id = useId();
  const fieldLabels = fieldLabelsOf(i18n);
  const symbol = values.symbol.trim();
  // Options: the polled optionSymbols[] and the chain's quotes.
  const { symbolInfo, book } = useOrderRules(symbol);
  // A venue: its exchangeInfo (fetched once, cached), the facts its rules read, its module's rules.
  const venueRules = useVenueRules(venue);
  const entry = venue ? venueRules.symbols.find((s) => s.symbol === symbol) : undefined;
  const facts = useMarketFacts(venue, entry ? symbol : null);
  const venueReady = useProductReady(i18n, venue?.errors ?? null, lng);

  /** What the kit checks and explains an order of the ticket with; null when it has nothing to go on. */
  const explainFor = (v: TicketValues, side: 'BUY' | 'SELL'): unknown => {
    if (v.product === 'options') return { order: orderParams(v, side), symbolInfo, book };
    if (!venue || v.product !== product) return null;
    const found = venueRules.symbols.find((s) => s.symbol === v.symbol.trim());
    return found ? { ...facts, order: venue.orderParams(v, side), symbolInfo: found.entry } : null;
  };

  // The exchange's own checks, run as the trader types: the same code, text and explanation the
  // exchange would answer. Shown once the field has settled; never blocks sending.
  const settled = useSettled(values, SETTLE_MS);
  const checkOptions = useMemo(() => ({ lng, i18n, fieldLabels }), [lng, i18n, fieldLabels]);
  const checkOf = (v: TicketValues): CheckedFields => {
    if (v.product !== product) return {};
    const explain = explainFor(v, v.side);
    if (explain === null) return {};
    if (v.product === 'options') return byTicketField(validateOrder(binanceOptionsEager, explain, checkOptions), spec);
    // Before its rules chunk is in, a venue's module would pass everything: no check rather than a false "fine".
    if (!venue || !venueReady) return {};
    return byTicketField(validateOrder(venue.errors, explain, checkOptions), spec);
  };
  const check = checkOf(values);
  const settledCheck = checkOf(settled);

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
    const now = check[field];
    if (!now || !settledCheck[field]) return null;
    if (TEXT_FIELDS.has(field) && String(values[field]).trim() === '') return null;
    return {
      code: now.code,
      message: now.message,
      parts: now.messageParts,
      explanation: now.explanation,
      source: 'check',
    };
  };

  /** The exchange's answer beside `field` no longer applies once the field changes. */
  const clearError = (field: TicketField) =>
    // Functional: a fix applied from a toast's details runs in a closure made when the order was sent.
    setShownErrors((current) => {
      if (!current.fields[field]) return current;
      const { [field]: _, ...rest } = current.fields;
      return { ...current, fields: rest };
    });
  const change = (field: TicketField, patch: Partial<TicketValues>) => {
    update(patch);
    clearError(field);
  };

  /**
   * "Use 0.001": the value goes into its field, and focus with it (the button it was on goes away).
   * `from` is the product whose rule suggested it, `symbol` the order's: a fix in the details of a
   * toast from before a switch brings the ticket back to that product and symbol.
   */
  const applySuggestionFor = (from: TicketProduct, symbol: string) => (suggestion: Suggestion) => {
    const fromSpec = ticketProduct(from);
    const field = fromSpec.fieldOfParam(suggestion.field);
    const patch = field ? patchFor(fromSpec, field, suggestion.value) : null;
    if (!field || !patch) return;
    // Worked out from the ticket as it is then, not as it was when the toast's order was sent.
    update((now) => (now.product === from ? patch : { ...switchPatch(now, from), symbol, ...patch }));
    clearError(field);
    // (From a toast's details the kit calls this once its modal has closed, so the field can take focus.)
    document.getElementById(`ticket-${field}`)?.focus();
  };
  const applySuggestion = applySuggestionFor(product, symbol);

  const markField = (failure: unknown, explain: unknown) => {
    if (!(failure instanceof ApiFailure)) return;
    const resolved = resolve(binanceOptionsEager, failure.input);
    // -1111, -6054 and a -2010 with its cause name no field themselves: the rule found in the order does.
    const field = fieldOf(resolved) ?? describe(resolved, { explain }).explanation?.field ?? null;
    if (field) setErrors({ [field]: { resolved, explain } });
  };

  /** A venue's rejection beside its field, read with that product's catalog (a lazy chunk), explained. */
  const markVenueField = async (failure: unknown, from: Venue & { id: TicketProduct }, explain: unknown) => {
    if (!(failure instanceof ApiFailure)) return;
    try {
      await loadErrors(i18n, from.errors);
      const resolved = resolve(from.errors, failure.input, { request: failure.request });
      const ruleField = describe(resolved, { explain }).explanation?.field;
      const field = fieldOf(resolved, from.id) ?? (ruleField ? from.fieldOfParam(ruleField) : null);
      // Tagged with its product: if the trader switched while the catalog loaded, it stays hidden.
      if (field) setErrors({ [field]: { resolved, ...(explain === null ? {} : { explain }) } }, from.id);
    } catch {
      // Without its catalog (offline) the toast still shows the error; the field stays unmarked.
    }
  };

  const orderText = (order: PlacedOrder) => {
    const common = {
      side: t(`side.${order.side}`),
      quantity: order.quantity,
      symbol: order.symbol,
      status: t(`status.${order.status}`, { defaultValue: order.status }),
      id: order.orderId,
    };
    return order.type === 'MARKET'
      ? t('ticket.placedMarket', common)
      : t('ticket.placedId', { ...common, price: order.price });
  };

  /** A venue's order to its own endpoint (Spot: cancel-replace when it names an order to replace). */
  const submitVenue = async (from: Venue & { id: TicketProduct }, side: 'BUY' | 'SELL') => {
    const replaceId = values.replaceOrderId.trim();
    const order = from.orderParams(values, side);
    // The kit explains a rejection with what the ticket checked it with; submitting anyway sends it.
    const explain = explainFor(values, side);
    const shown: Pick<ShowErrorOptions, 'explain' | 'fieldLabels' | 'onApplySuggestion' | 'product'> = {
      ...(from.product ? { product: from.product } : {}),
      fieldLabels,
      onApplySuggestion: applySuggestionFor(from.id, values.symbol.trim()),
      ...(explain === null ? {} : { explain }),
    };
    try {
      const replace = from.cancelReplace && from.fields.has('replaceOrderId') && replaceId !== '';
      if (replace && from.cancelReplace) {
        const answer = await client.request<unknown>(
          'POST',
          from.cancelReplace.path,
          from.cancelReplace.params(order, replaceId),
          { signed: true },
        );
        const placed = from.cancelReplace.readPlaced(answer);
        setStatus(placed ? t('ticket.replaced', { old: replaceId, placed: orderText(placed) }) : '');
      } else {
        const answer = await client.request<unknown>('POST', from.paths.order, order, { signed: true });
        const placed = from.readOrder(answer, order);
        setStatus(placed ? orderText(placed) : '');
      }
    } catch (failure) {
      setStatus('');
      void markVenueField(failure, from, explain);
      report(failure, shown);
    } finally {
      setPending(false);
      refreshVenue();
    }
  };

  const submit = async (side: 'BUY' | 'SELL') => {
    update({ side });
    setErrors({});
    setStatus(t('ticket.sending'));
    setPending(true);
    if (isVenueProduct(product)) return submitVenue({ ...VENUES[product], id: product }, side);
    const params = orderParams(values, side);
    // What the kit needs to explain a rejection: the order as sent, the symbol's rules, the book.
    const explain = { order: params, symbolInfo, book };
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
    lastProductOf.current[exchangeOf(next)] = next;
    update(switchPatch(values, next));
    setErrors({}, next);
    setStatus('');
  };
  /** Another exchange: back to the product last traded there, else its first. */
  const switchExchange = (next: ExchangeId) => {
    registerExchange(next);
    const target = lastProductOf.current[next] ?? productsOf(next)[0];
    if (target) switchProduct(target);
  };
  const exchange = exchangeOf(product);

  const has = (name: TicketField) => spec.fields.has(name);
  const issues: Partial<Record<TicketField, FieldIssue>> = {};
  for (const name of spec.fields) {
    const issue = issueOf(name);
    if (issue) issues[name] = issue;
  }
  const market = product !== 'options' && values.type === 'MARKET';
  const rules = venue && entry ? venue.rulesOf(entry) : null;
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
          <legend>{t('ticket.exchange')}</legend>
          <div className="segments">
            {EXCHANGES.map((x) => (
              <label key={x}>
                <input
                  type="radio"
                  name={`${id}-exchange`}
                  value={x}
                  checked={exchange === x}
                  onChange={() => switchExchange(x)}
                />
                <span>{t(`exchange.${x}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset className="product-switch">
          <legend>{t('ticket.product')}</legend>
          <div className="segments">
            {productsOf(exchange).map((p) => (
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
        <RulesNotice
          status={venue ? venueRules.status : null}
          product={t(`product.${product}`)}
          onRetry={venueRules.retry}
        />
        {field(
          'symbol',
          t('ticket.symbol'),
          (p) => (
            <input
              {...p}
              value={values.symbol}
              onChange={(e) => change('symbol', { symbol: e.target.value })}
              placeholder={venue ? venue.defaultSymbol : 'BTC-261225-100000-C'}
              autoComplete="off"
              spellCheck={false}
              {...(product !== 'options' ? { list: datalistId } : {})}
            />
          ),
          rulesHint,
        )}
        {product !== 'options' && (
          <datalist id={datalistId}>
            {venueRules.symbols.map((s) => (
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
              onChange={(e) => change('type', { type: spec.orderTypes.find((o) => o === e.target.value) ?? 'LIMIT' })}
            >
              {spec.orderTypes.map((o) => (
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
              change('timeInForce', { timeInForce: spec.timeInForce.find((o) => o === e.target.value) ?? 'GTC' })
            }
            disabled={product !== 'options' && values.type !== 'LIMIT'}
          >
            {spec.timeInForce.map((o) => (
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
