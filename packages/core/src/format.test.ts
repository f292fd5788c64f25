import i18next from 'i18next';
import i18next23 from 'i18next-23';
import i18next27 from 'i18next-27';
import { describe, expect, it, vi } from 'vitest';
import { NAMESPACE, addOptionsTexts, formatError, options } from './test-support/options.js';
import { loadErrors, type I18nLike } from './i18n.js';

const MISSING = { code: -1102, msg: "Mandatory parameter 'quantity' was not sent, was empty/null, or malformed." };

describe('formatError without an instance', () => {
  it('localizes title, message and hint with the server values in English', () => {
    expect(formatError(MISSING, { lng: 'en' })).toMatchObject({
      lng: 'en',
      code: -1102,
      title: 'Required field missing',
      message: 'Mandatory parameter `quantity` was not sent, was empty/null, or malformed.',
      hint: 'Fill in the missing field and try again.',
    });
  });

  it.each([
    ['zh', 'zh'],
    ['zh-CN', 'zh-CN'],
    ['ZH-hans', 'zh-Hans'],
    // Traditional Chinese tags get the shipped Simplified Chinese, and the result says so.
    ['zh_TW', 'zh-Hans'],
    ['zh-HK', 'zh-Hans'],
    ['zh-Hant', 'zh-Hans'],
  ])('uses Chinese for %s with the same values (reported as %s)', (lng, reported) => {
    expect(formatError(MISSING, { lng })).toMatchObject({
      lng: reported,
      title: '缺少必填字段',
      message: '强制参数`quantity`未发送，为空/空或格式错误。',
    });
  });

  it('falls back to English for a language it does not ship', () => {
    expect(formatError(MISSING, { lng: 'fr' }).title).toBe('Required field missing');
  });

  it('shows the code and server text, as plain text, for an unknown code', () => {
    expect(formatError({ code: -7777, msg: '<img src=x onerror=alert(1)> {{evil}}' }, { lng: 'en' })).toMatchObject({
      title: 'Exchange error',
      message: 'The exchange returned error -7777: <img src=x onerror=alert(1)> {{evil}}',
    });
    expect(formatError({ code: -7777, msg: 'x' }, { lng: 'zh' }).message).toBe('交易所返回错误 -7777：x');
  });

  it('formats rate limits with the Retry-After seconds', () => {
    expect(formatError({ status: 429, headers: { 'retry-after': '30' } }, { lng: 'zh' }).message).toBe(
      '交易所正在限制此连接的请求。请在 30 秒后重试。',
    );
  });

  it('never returns an empty message, whatever the options', () => {
    for (const options of [
      undefined,
      null,
      42,
      'zh',
      { lng: 42 },
      { lng: '' },
      { i18n: {} },
      { i18n: { getFixedT: 1 } },
    ]) {
      const result = formatError(undefined, options as never);
      expect(result.message.length).toBeGreaterThan(0);
      expect(result.title.length).toBeGreaterThan(0);
    }
  });
});

function appInstance(factory: typeof i18next, overrides?: Record<string, unknown>) {
  const instance = factory.createInstance();
  void instance.init({
    lng: 'zh-CN',
    fallbackLng: 'en',
    resources: overrides ? { zh: { [NAMESPACE]: overrides } } : {},
    initImmediate: false,
    initAsync: false,
    showSupportNotice: false,
  } as never);
  return instance;
}

describe.each([
  ['i18next 23', i18next23 as unknown as typeof i18next],
  ['i18next 26', i18next],
  ['i18next 27', i18next27 as unknown as typeof i18next],
])('formatError with the app’s instance (%s)', (_label, factory) => {
  it('adds the namespace when missing and follows the instance’s language', () => {
    const app = appInstance(factory);
    const result = formatError(MISSING, { i18n: app as unknown as I18nLike });
    expect(result.lng).toBe('zh-CN');
    expect(result.title).toBe('缺少必填字段');
    expect(app.hasResourceBundle('zh', NAMESPACE)).toBe(true);
  });

  it('never overwrites the app’s own wording', () => {
    const app = appInstance(factory, { codes: { '-1102': { title: '请填写完整' } } });
    const result = formatError(MISSING, { i18n: app as unknown as I18nLike });
    expect(result.title).toBe('请填写完整');
    expect(result.hint).toBe('请补全缺少的字段后重试。');
    addOptionsTexts(app as unknown as I18nLike);
    expect(formatError(MISSING, { i18n: app as unknown as I18nLike }).title).toBe('请填写完整');
  });

  it('keeps values literal even if the app escapes values and uses other delimiters', () => {
    const app = factory.createInstance();
    void app.init({
      lng: 'en',
      interpolation: { escapeValue: true, prefix: '[[', suffix: ']]' },
      initImmediate: false,
      initAsync: false,
      showSupportNotice: false,
    } as never);
    const msg = 'Mandatory parameter `<b>{{x}}</b> & $t(key)` was not sent, was empty/null, or malformed.';
    expect(formatError({ code: -1102, msg }, { i18n: app as unknown as I18nLike }).message).toBe(msg);
  });

  it('loads one language, the instance’s, into it', async () => {
    const app = appInstance(factory);
    await expect(loadErrors(app as unknown as I18nLike, options)).resolves.toBeUndefined();
    expect(app.hasResourceBundle('zh', NAMESPACE)).toBe(true);
    expect(app.hasResourceBundle('en', NAMESPACE)).toBe(false);
    expect(app.t(`${NAMESPACE}:codes.-1121.title`)).toBe('合约代码无效');
  });
});

describe('formatError when the app’s instance misbehaves', () => {
  it('falls back to the shipped texts when its t throws or returns nothing', () => {
    const broken = {
      addResourceBundle: vi.fn(() => {
        throw new Error('no');
      }),
      getFixedT: () => () => {
        throw new Error('no');
      },
    } as unknown as I18nLike;
    expect(formatError(MISSING, { i18n: broken, lng: 'zh' }).title).toBe('缺少必填字段');
    const empty = { addResourceBundle: vi.fn(), getFixedT: () => () => '' } as unknown as I18nLike;
    expect(formatError(MISSING, { i18n: empty, lng: 'en' }).title).toBe('Required field missing');
  });
});
