/**
 * Type tests: `I18nLike` is the kit's own structural type (the published declarations must not import
 * i18next, an optional peer), and real instances of every supported i18next major still fit it.
 */
import i18next26, { createInstance as createInstance26 } from 'i18next';
import i18next23 from 'i18next-23';
import i18next27 from 'i18next-27';
import { describe, expectTypeOf, it } from 'vitest';
import { format, loadErrors, type I18nLike } from '@exchange-errors/core';
import { binanceOptions } from './generated/index.js';

describe('I18nLike', () => {
  it('is satisfied by the default instance of i18next 23, 26 and 27', () => {
    expectTypeOf(i18next23).toExtend<I18nLike>();
    expectTypeOf(i18next26).toExtend<I18nLike>();
    expectTypeOf(i18next27).toExtend<I18nLike>();
  });

  it('is satisfied by instances the app creates, cloned ones included', () => {
    expectTypeOf(i18next23.createInstance()).toExtend<I18nLike>();
    expectTypeOf(createInstance26({ lng: 'zh' })).toExtend<I18nLike>();
    expectTypeOf(i18next27.createInstance().cloneInstance()).toExtend<I18nLike>();
  });

  it('lets the public functions take those instances', () => {
    const app27 = i18next27.createInstance();
    expectTypeOf(format).toBeCallableWith(binanceOptions, '{"code":-1121}', { i18n: i18next23 });
    expectTypeOf(format).toBeCallableWith([binanceOptions], -1121, { i18n: i18next26, lng: 'zh-CN' });
    expectTypeOf(loadErrors).toBeCallableWith(app27, binanceOptions, 'en');
    expectTypeOf(loadErrors).toBeCallableWith(null, [binanceOptions]);
  });

  it('refuses what is not an instance', () => {
    // @ts-expect-error an object without getResource cannot serve the texts
    expectTypeOf<{ addResourceBundle: () => void }>().toExtend<I18nLike>();
    type NumberLanguage = { addResourceBundle: () => void; getResource: () => unknown; language: number };
    // @ts-expect-error the language must be a string
    expectTypeOf<NumberLanguage>().toExtend<I18nLike>();
  });
});
