/** Type tests: known codes autocomplete and narrow; any number a server sends is still accepted. */
import { codeInfo, format, resolve, type ErrorCodeInfo, type FormattedError } from '@exchange-errors/core';
import { describe, expectTypeOf, it } from 'vitest';
import { binanceOptionsEager } from './generated/eager.js';
import type {
  BinanceOptionsErrorCode,
  BinanceOptionsErrorName,
  BinanceOptionsResource,
  BinanceOptionsValues,
  BinanceOptionsVariant,
  ExplainContext,
  OptionSymbolInfo,
} from './generated/index.js';

describe('public types', () => {
  it('lists the known codes and names as literals', () => {
    expectTypeOf<-1121>().toExtend<BinanceOptionsErrorCode>();
    expectTypeOf<-6063>().toExtend<BinanceOptionsErrorCode>();
    // @ts-expect-error -1 is not a code of the document
    expectTypeOf<-1>().toExtend<BinanceOptionsErrorCode>();
    expectTypeOf<'BAD_SYMBOL'>().toExtend<BinanceOptionsErrorName>();
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

  it('looks a code up: info or undefined, any number accepted', () => {
    const code: number = -1121;
    expectTypeOf(codeInfo(binanceOptionsEager, code)).toEqualTypeOf<ErrorCodeInfo | undefined>();
    expectTypeOf(codeInfo).parameter(1).toEqualTypeOf<number>();
  });

  it('accepts unknown input and returns plain strings', () => {
    expectTypeOf(resolve).parameter(1).toBeUnknown();
    expectTypeOf(format(binanceOptionsEager, {}, { lng: 'zh' })).toEqualTypeOf<FormattedError>();
    expectTypeOf<FormattedError['message']>().toBeString();
  });

  it('exposes the resource shape for CustomTypeOptions, and what its rules read', () => {
    expectTypeOf<BinanceOptionsResource['codes']['-1121']['title']>().toBeString();
    expectTypeOf<BinanceOptionsResource['fallback']['code']['message']>().toBeString();
    expectTypeOf<{ symbolInfo: OptionSymbolInfo }>().toExtend<ExplainContext>();
  });
});
