/**
 * Which language a trader reads: Bybit ships English, Traditional Chinese (`zh-Hant`: zh-TW, zh-HK,
 * zh-MO, zh-Hant…) and Simplified Chinese (`zh`: zh, zh-CN, zh-SG, zh-Hans…); a Binance product ships
 * no Traditional, so a zh-TW trader reads its Simplified. The engine's own texts (fallbacks, outcomes,
 * categories, value words) are in all three in Bybit's namespace, ours.
 */
import { binanceSpotEager } from '@exchange-errors/binance-spot/eager';
import { format, loadErrors } from '@exchange-errors/core';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import en from '../locales/en/bybit.json' with { type: 'json' };
import zh from '../locales/zh/bybit.json' with { type: 'json' };
import zhHant from '../locales/zh-Hant/bybit.json' with { type: 'json' };
import { bybitV5 } from './generated/index.js';
import { bybitV5Eager as V5 } from './generated/eager.js';

const BALANCE = { retCode: 110007, retMsg: 'ab not enough for new order', result: {}, retExtInfo: {}, time: 1 };
const ORDER = { request: { url: 'https://api.bybit.com/v5/order/create' } };
const texts = (resource: typeof en) => resource.codes['110007'];

describe('Bybit’s three languages', () => {
  it.each(['zh-TW', 'zh-HK', 'zh-MO', 'zh-Hant', 'zh-Hant-TW', 'zh_TW', 'ZH-hant'])(
    '%s reads Traditional Chinese',
    (lng) => {
      const read = format(V5, BALANCE, { ...ORDER, lng });
      expect(read.title).toBe(texts(zhHant).title);
      expect(read.hint).toBe(texts(zhHant).hint);
      expect(read.lng).toMatch(/^zh-(TW|HK|MO|Hant)/);
    },
  );

  it.each(['zh', 'zh-CN', 'zh-SG', 'zh-Hans', 'zh-Hans-CN', 'zh_CN'])('%s reads Simplified Chinese', (lng) => {
    const read = format(V5, BALANCE, { ...ORDER, lng });
    expect(read.title).toBe(texts(zh).title);
    expect(read.title).not.toBe(texts(zhHant).title);
  });

  it.each(['en', 'en-US', 'fr', '', 'x-klingon'])('%s reads English', (lng) => {
    expect(format(V5, BALANCE, { ...ORDER, lng }).title).toBe(texts(en).title);
  });

  it('serves a zh-TW trader Simplified Chinese on a Binance product, and says so', () => {
    const read = format(
      binanceSpotEager,
      { code: -2010, msg: 'Account has insufficient balance for requested action.' },
      {
        lng: 'zh-TW',
      },
    );
    expect(read.lng).toBe('zh-Hans');
    expect(read.title).toBe(
      format(
        binanceSpotEager,
        { code: -2010, msg: 'Account has insufficient balance for requested action.' },
        { lng: 'zh-CN' },
      ).title,
    );
  });

  it('has the engine’s own texts in every language: a network failure, an unknown outcome, a rate limit', () => {
    const offline = new TypeError('Failed to fetch');
    expect(format(V5, offline, { lng: 'zh-TW' })).toMatchObject({ title: '連線問題', outcome: 'notSent' });
    expect(format(V5, offline, { lng: 'zh-CN' })).toMatchObject({ title: '连接问题' });
    expect(format(V5, { status: 503 }, { lng: 'zh-HK' })).toMatchObject({ title: '結果未知', outcome: 'unknown' });
    const limited = format(V5, { status: 429, headers: { 'retry-after': '3' } }, { lng: 'zh-TW' });
    expect(limited.message).toBe('交易所正在限制此連線的請求。請在 3 秒後重試。');
    expect(zhHant.categories.account).toBe('帳戶');
    expect(zh.categories.account).toBe('账户');
  });

  it('loads only the trader’s language of a lazy module into the app’s i18next, under zh-Hant for zh-TW', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ lng: 'zh-TW', fallbackLng: 'en', resources: {}, showSupportNotice: false } as never);
    await loadErrors(i18n, bybitV5);
    expect(i18n.hasResourceBundle('zh-Hant', 'bybit')).toBe(true);
    expect(i18n.hasResourceBundle('zh', 'bybit')).toBe(false);
    expect(i18n.hasResourceBundle('en', 'bybit')).toBe(false);
    const read = format(bybitV5, BALANCE, { ...ORDER, i18n });
    expect(read).toMatchObject({ title: texts(zhHant).title, lng: 'zh-TW', product: 'v5' });
    // The app's own wording wins.
    i18n.addResourceBundle('zh-TW', 'bybit', { codes: { '110007': { title: '可用餘額不夠' } } }, true, true);
    expect(format(bybitV5, BALANCE, { ...ORDER, i18n }).title).toBe('可用餘額不夠');
  });
});
