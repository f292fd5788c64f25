/**
 * Hostile callers, not only hostile input: options, values and i18n instances whose getters, traps
 * and methods throw, and language tags as apps really pass them. Each falls back to shipped texts.
 */
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { NAMESPACE, addOptionsTexts, formatError, options, resolveError } from './test-support/options.js';
import { loadErrors, type I18nLike } from './i18n.js';

const MISSING = { code: -1102, msg: "Mandatory parameter 'quantity' was not sent, was empty/null, or malformed." };
const boom = () => {
  throw new Error('boom');
};
const throwingProxy = new Proxy(
  {},
  { get: boom, has: boom, ownKeys: boom, getOwnPropertyDescriptor: boom, getPrototypeOf: boom },
);
const revoked = (() => {
  const r = Proxy.revocable({}, {});
  r.revoke();
  return r.proxy;
})();
const throwingGetters = (...keys: string[]) =>
  Object.defineProperties({}, Object.fromEntries(keys.map((k) => [k, { get: boom, enumerable: true }])));

function app(lng: string, extra?: Record<string, Record<string, unknown>>) {
  const instance = i18next.createInstance();
  void instance.init({
    lng,
    fallbackLng: 'en',
    resources: extra ?? {},
    initAsync: false,
    showSupportNotice: false,
  } as never);
  return instance;
}

describe('hostile options', () => {
  it.each([
    ['an options object whose getters throw', throwingGetters('lng', 'i18n', 'variant', 'values')],
    ['a Proxy whose traps throw', throwingProxy],
    ['a revoked Proxy', revoked],
    ['values whose getters throw', { lng: 'zh', values: throwingGetters('param') }],
    ['values as a throwing Proxy', { lng: 'zh', values: throwingProxy }],
    ['a variant that is an object', { variant: { toString: boom } }],
  ])('formatError survives %s', (_label, options) => {
    const formatted = formatError(MISSING, options as never);
    expect(formatted.message.length).toBeGreaterThan(0);
    expect(formatted.title.length).toBeGreaterThan(0);
    const bare = formatError(-1102, options as never);
    expect(bare.message.length).toBeGreaterThan(0);
  });

  it('resolveError survives hostile hints', () => {
    for (const hints of [
      throwingProxy,
      revoked,
      throwingGetters('variant', 'values'),
      { values: throwingProxy },
      { values: throwingGetters('param') },
    ]) {
      expect(resolveError(-1102, hints as never)).toMatchObject({ code: -1102, variant: 'default' });
    }
  });
});

describe('hostile i18n instances', () => {
  const instances: [string, unknown][] = [
    [
      'language getters that throw',
      Object.assign(throwingGetters('language', 'resolvedLanguage'), {
        getResource: () => undefined,
        addResourceBundle: () => undefined,
      }),
    ],
    ['getResource that throws', { language: 'zh', getResource: boom, addResourceBundle: () => undefined }],
    ['addResourceBundle that throws', { language: 'zh', getResource: () => undefined, addResourceBundle: boom }],
    [
      'getFixedT that throws',
      { language: 'zh', getFixedT: boom, getResource: () => undefined, addResourceBundle: () => undefined },
    ],
    ['a Proxy whose traps throw', throwingProxy],
    ['a revoked Proxy', revoked],
    [
      'services.languageUtils that throws',
      {
        language: 'zh',
        services: throwingGetters('languageUtils'),
        getResource: () => undefined,
        addResourceBundle: () => undefined,
      },
    ],
    [
      'getResource returning objects',
      { language: 'zh', getResource: () => ({ a: 1 }), addResourceBundle: () => undefined },
    ],
  ];

  it.each(instances)('formatError falls back to the shipped texts: %s', (_label, i18n) => {
    const formatted = formatError(MISSING, { i18n: i18n as I18nLike, lng: 'zh' });
    expect(formatted.title).toBe('缺少必填字段');
    expect(formatted.message).toBe('强制参数`quantity`未发送，为空/空或格式错误。');
  });

  it.each(instances)('the glue does not throw either: %s', async (_label, i18n) => {
    expect(() => addOptionsTexts(i18n as I18nLike)).not.toThrow();
    await expect(loadErrors(i18n as I18nLike, options)).resolves.toBeUndefined();
  });
});

describe('language tags as apps pass them', () => {
  it.each([
    ['en_US', 'en-US', 'Required field missing'],
    ['EN-us', 'en-US', 'Required field missing'],
    ['', 'en', 'Required field missing'],
    ['x-klingon', 'en', 'Required field missing'],
    ['i-klingon', 'en', 'Required field missing'],
    ['fr', 'en', 'Required field missing'],
    ['zh_CN', 'zh-CN', '缺少必填字段'],
    ['zh-Hans-CN', 'zh-Hans-CN', '缺少必填字段'],
    ['zh-TW', 'zh-Hans', '缺少必填字段'],
    ['zh_HK', 'zh-Hans', '缺少必填字段'],
    ['zh-Hant', 'zh-Hans', '缺少必填字段'],
    ['a'.repeat(10_000), 'en', 'Required field missing'],
  ])('%s reads as %s', (lng, reported, title) => {
    for (const i18n of [undefined, app(typeof lng === 'string' && lng.length < 100 ? lng : 'en')]) {
      const formatted = formatError(MISSING, { lng, i18n: i18n as unknown as I18nLike });
      expect(formatted.lng).toBe(reported);
      expect(formatted.title).toBe(title);
    }
  });

  it('follows an instance whose language is an odd tag', () => {
    expect(formatError(MISSING, { i18n: app('zh_TW') as unknown as I18nLike })).toMatchObject({
      lng: 'zh-Hans',
      title: '缺少必填字段',
    });
    expect(formatError(MISSING, { i18n: app('en_US') as unknown as I18nLike })).toMatchObject({
      lng: 'en-US',
      title: 'Required field missing',
    });
  });
});

describe('Traditional Chinese', () => {
  // What an app that ships its own Traditional Chinese adds (see the README): one bundle under zh-Hant.
  const hant = { [NAMESPACE]: { codes: { '-1102': { title: '缺少必填欄位', hint: '請補齊缺少的欄位後重試。' } } } };

  it.each(['zh-TW', 'zh_TW', 'zh-HK', 'zh-Hant', 'zh-Hant-TW', 'zh-MO'])(
    '%s reaches the app’s zh-Hant override',
    (lng) => {
      const i18n = app(lng, { 'zh-Hant': hant });
      const formatted = formatError(MISSING, { i18n: i18n as unknown as I18nLike });
      expect(formatted.title).toBe('缺少必填欄位');
      expect(formatted.hint).toBe('請補齊缺少的欄位後重試。');
      // The message has no Traditional text in the app: it is the shipped Simplified one, and says so.
      expect(formatted.message).toBe('强制参数`quantity`未发送，为空/空或格式错误。');
      expect(formatted.lng).toBe('zh-Hans');
    },
  );

  it('an override under the exact tag wins too, and the result reports it', () => {
    const full = {
      [NAMESPACE]: {
        codes: { '-1102': { title: '缺少必填欄位', messages: { param: '必填參數 {{param}} 未傳送。' } } },
      },
    };
    const formatted = formatError(MISSING, { i18n: app('zh-TW', { 'zh-TW': full }) as unknown as I18nLike });
    expect(formatted).toMatchObject({ lng: 'zh-TW', title: '缺少必填欄位', message: '必填參數 quantity 未傳送。' });
  });

  it('does not give zh-CN the Traditional texts', () => {
    const formatted = formatError(MISSING, { i18n: app('zh-CN', { 'zh-Hant': hant }) as unknown as I18nLike });
    expect(formatted.title).toBe('缺少必填字段');
  });
});
