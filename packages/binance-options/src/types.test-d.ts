/** Type tests: known codes autocomplete and narrow; any number a server sends is still accepted. */
import { describe, expectTypeOf, it } from 'vitest';
import type {
  BinanceErrorCodeInput,
  BinanceOptionsErrorCode,
  BinanceOptionsErrorName,
  BinanceOptionsValues,
  BinanceOptionsVariant,
  BinanceOptionsResource,
  ErrorCodeInfo,
  FormattedBinanceError,
} from './index.js';
import { formatBinanceError, getErrorCodeInfo, isKnownErrorCode, resolveBinanceError } from './index.js';

describe('public types', () => {
  it('lists the known codes and names as literals', () => {
    expectTypeOf<-1121>().toExtend<BinanceOptionsErrorCode>();
    expectTypeOf<-6063>().toExtend<BinanceOptionsErrorCode>();
    // @ts-expect-error -1 is not a code of the document
    expectTypeOf<-1>().toExtend<BinanceOptionsErrorCode>();
    expectTypeOf<'BAD_SYMBOL'>().toExtend<BinanceOptionsErrorName>();
  });

  it('accepts an arbitrary number where a code is taken', () => {
    expectTypeOf<number>().toExtend<BinanceErrorCodeInput>();
    expectTypeOf<-1121>().toExtend<BinanceErrorCodeInput>();
    // @ts-expect-error a string is not a code
    expectTypeOf<'-1121'>().toExtend<BinanceErrorCodeInput>();
  });

  it('types the variants and their values per code', () => {
    expectTypeOf<BinanceOptionsVariant<-1102>>().toEqualTypeOf<'default' | 'param' | 'either'>();
    expectTypeOf<BinanceOptionsVariant<-1121>>().toEqualTypeOf<'default'>();
    expectTypeOf<BinanceOptionsValues<-1102, 'either'>>().toEqualTypeOf<{
      readonly param: string;
      readonly otherParam: string;
    }>();
    expectTypeOf<BinanceOptionsValues<-1008, 'weightLimit'>>().toHaveProperty('intervalUnit');
  });

  it('narrows with isKnownErrorCode and returns info or undefined', () => {
    const code: number = -1121;
    if (isKnownErrorCode(code)) expectTypeOf(code).toEqualTypeOf<BinanceOptionsErrorCode>();
    expectTypeOf(getErrorCodeInfo(code)).toEqualTypeOf<ErrorCodeInfo | undefined>();
  });

  it('accepts unknown input and returns plain strings', () => {
    expectTypeOf(resolveBinanceError).parameter(0).toBeUnknown();
    expectTypeOf(formatBinanceError({}, { lng: 'zh' })).toEqualTypeOf<FormattedBinanceError>();
    expectTypeOf<FormattedBinanceError['message']>().toBeString();
  });

  it('exposes the resource shape for CustomTypeOptions', () => {
    expectTypeOf<BinanceOptionsResource['codes']['-1121']['title']>().toBeString();
    expectTypeOf<BinanceOptionsResource['fallback']['code']['message']>().toBeString();
  });
});
