/** Type tests: `code` takes known codes (autocompleted) and any number from a server; nothing else. */
import type { ComponentProps } from 'react';
import { describe, expectTypeOf, it } from 'vitest';
import type { ExplainContext } from '@exchange-errors/binance-options';
import {
  redactRequest,
  showError,
  type ErrorDetails,
  type ErrorRecord,
  type ErrorStoreSnapshot,
  type ErrorSuggestion,
  type ErrorToast,
  type ErrorToaster,
  type RedactedRequest,
  type RequestContext,
  type ShowErrorOptions,
} from './index.js';

describe('component prop types', () => {
  it('accepts known codes and arbitrary numbers for code', () => {
    expectTypeOf<-1121>().toExtend<ComponentProps<typeof ErrorToast>['code']>();
    expectTypeOf<number>().toExtend<ComponentProps<typeof ErrorToast>['code']>();
    // @ts-expect-error a code is a number, not a string
    expectTypeOf<'-1121'>().toExtend<ComponentProps<typeof ErrorToast>['code']>();
  });

  it('takes anything as the raw error and string or number params', () => {
    expectTypeOf<unknown>().toExtend<ComponentProps<typeof ErrorToast>['error']>();
    expectTypeOf<{ param: string; count: number }>().toExtend<
      NonNullable<ComponentProps<typeof ErrorToast>['params']>
    >();
    // @ts-expect-error params are text or numbers
    expectTypeOf<{ param: { nested: true } }>().toExtend<NonNullable<ComponentProps<typeof ErrorToast>['params']>>();
  });

  it('types the action and the details props', () => {
    expectTypeOf<{ onClick: () => void; label?: string }>().toExtend<
      NonNullable<ComponentProps<typeof ErrorToast>['action']>
    >();
    expectTypeOf<Date | number>().toExtend<NonNullable<ComponentProps<typeof ErrorDetails>['time']>>();
    // @ts-expect-error heading levels are 2 to 4
    expectTypeOf<1>().toExtend<NonNullable<ComponentProps<typeof ErrorDetails>['headingLevel']>>();
  });

  it('types the toaster and showError', () => {
    expectTypeOf<(record: ErrorRecord) => null>().toExtend<
      NonNullable<ComponentProps<typeof ErrorToaster>['renderToast']>
    >();
    expectTypeOf(showError).returns.toBeString();
    expectTypeOf(showError).parameter(1).toExtend<{ duration?: number | 'persistent' } | undefined>();
  });

  it('types the toaster’s placement and its "+N more"', () => {
    expectTypeOf<{ bottom: 72; left: '2rem' }>().toExtend<NonNullable<ComponentProps<typeof ErrorToaster>['offset']>>();
    expectTypeOf<16>().toExtend<NonNullable<ComponentProps<typeof ErrorToaster>['offset']>>();
    type SideOffsets = Exclude<NonNullable<ComponentProps<typeof ErrorToaster>['offset']>, string | number>;
    // @ts-expect-error offsets are per side: top, right, bottom, left
    expectTypeOf<{ middle: 1 }>().toExtend<SideOffsets>();
    expectTypeOf<() => void>().toExtend<NonNullable<ComponentProps<typeof ErrorToaster>['onShowMore']>>();
    expectTypeOf<null>().toExtend<ComponentProps<typeof ErrorToaster>['classNames']>();
    expectTypeOf<boolean>().toExtend<NonNullable<ComponentProps<typeof ErrorToast>['live']>>();
  });

  it('types the snapshot’s bounds and a request with what a signed call carries', () => {
    expectTypeOf<ErrorStoreSnapshot['waiting']>().toBeNumber();
    expectTypeOf<ErrorStoreSnapshot['overflow']>().toBeNumber();
    expectTypeOf<{
      method: 'POST';
      path: string;
      headers: Headers;
      body: URLSearchParams;
    }>().toExtend<RequestContext>();
    expectTypeOf(redactRequest).returns.toEqualTypeOf<RedactedRequest | null>();
  });

  it('types what the app knows about the order: explain, field labels, fixes, the hint', () => {
    expectTypeOf<ExplainContext>().toExtend<NonNullable<ComponentProps<typeof ErrorToast>['explain']>>();
    expectTypeOf<{
      order: { symbol: string; price: string; quantity: string };
      symbolInfo: { filters: { filterType: 'PRICE_FILTER'; tickSize: string }[] };
    }>().toExtend<NonNullable<ComponentProps<typeof ErrorDetails>['explain']>>();
    expectTypeOf<{ quantity: string }>().toExtend<NonNullable<ComponentProps<typeof ErrorToast>['fieldLabels']>>();
    expectTypeOf<boolean>().toExtend<NonNullable<ComponentProps<typeof ErrorToast>['showHint']>>();
    expectTypeOf<boolean>().toExtend<NonNullable<ComponentProps<typeof ErrorToaster>['showHint']>>();
    expectTypeOf<(s: ErrorSuggestion) => void>().toExtend<
      NonNullable<ComponentProps<typeof ErrorDetails>['onApplySuggestion']>
    >();
    expectTypeOf<ErrorSuggestion['field']>().toEqualTypeOf<
      'price' | 'quantity' | 'timeInForce' | 'postOnly' | 'quoteOrderQty' | 'stopPrice' | 'icebergQty' | 'trailingDelta'
    >();
    expectTypeOf<{
      explain: ExplainContext;
      fieldLabels: { price: string };
      onApplySuggestion: (s: ErrorSuggestion) => void;
    }>().toExtend<ShowErrorOptions>();
    // @ts-expect-error field labels are text
    expectTypeOf<{ quantity: 1 }>().toExtend<NonNullable<ComponentProps<typeof ErrorToast>['fieldLabels']>>();
    // Product-agnostic: each product's rules read their own context (binance-options: ExplainContext).
    expectTypeOf<ErrorRecord['explain']>().toEqualTypeOf<unknown>();
  });
});
