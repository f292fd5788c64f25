/**
 * The binding every product package exports under its own names, on a catalog of the test's making:
 * docs URLs from anchors, lookup, the bound functions and the i18next glue.
 */
import { describe, expect, it } from 'vitest';
import { bindProduct, codeLookup, codesWithDocs, type GeneratedCode } from './bind.js';
import type { BinanceCatalog, BinanceCatalogModule } from './catalog.js';

const GENERATED: readonly GeneratedCode[] = [
  {
    code: -2022,
    name: 'CANCEL_REPLACE_FAILED',
    section: '20xx',
    category: 'order',
    retryable: false,
    severity: 'error',
    variants: [{ key: 'default', params: [], server: 'Order cancel-replace failed.' }],
    anchor: '-2022-order_cancel_replace_failed',
  },
];
const TEXTS = {
  en: {
    codes: {
      '-2022': {
        title: 'Cancel-replace failed',
        hint: 'Check both orders.',
        messages: { default: 'Order cancel-replace failed.' },
      },
    },
  },
  zh: {
    codes: {
      '-2022': { title: '撤销挂单再下单失败', hint: '请检查两个订单。', messages: { default: '撤销挂单再下单失败。' } },
    },
    docs: { '-2022': '-2022-撤销挂单再下单失败' },
  },
};
const PAGES = { en: 'https://example.test/errors', zh: 'https://example.test/zh/errors' };
const CODES = codesWithDocs(PAGES, GENERATED, TEXTS.zh);
const CATALOG: BinanceCatalog = { product: 'spot', namespace: 'testSpot', prefixes: ['/api/'], codes: CODES };

const MODULE: BinanceCatalogModule = {
  product: 'spot',
  namespace: 'testSpot',
  prefixes: ['/api/'],
  loadCatalog: () => Promise.resolve(CATALOG),
  loadTexts: (language) => Promise.resolve(TEXTS[language]),
};
const BODY = '{"code":-2022,"msg":"Order cancel-replace failed."}';

/** The part of i18next the glue uses, recording what was added. */
function fakeI18n(language = 'en') {
  const bundles = new Map<string, object>();
  return {
    language,
    bundles,
    addResourceBundle: (lng: string, ns: string, resources: object) => void bundles.set(`${lng}/${ns}`, resources),
    getResource: (): unknown => undefined,
  };
}

describe('codesWithDocs and codeLookup', () => {
  it('joins each language’s page with the code’s anchor (the Chinese page’s own from the zh texts), and finds codes by number only', () => {
    expect(CODES[0]?.docsUrl).toEqual({
      en: 'https://example.test/errors#-2022-order_cancel_replace_failed',
      zh: 'https://example.test/zh/errors#-2022-撤销挂单再下单失败',
    });
    // Without the zh texts (a lazy catalog): the English anchor on the Chinese page.
    expect(codesWithDocs(PAGES, GENERATED)[0]?.docsUrl.zh).toBe(
      'https://example.test/zh/errors#-2022-order_cancel_replace_failed',
    );
    const lookup = codeLookup(CATALOG);
    expect(lookup(-2022)?.name).toBe('CANCEL_REPLACE_FAILED');
    expect(lookup('-2022')).toBeUndefined();
    expect(lookup(-1)).toBeUndefined();
  });
});

describe('bindProduct', () => {
  const bound = bindProduct(CATALOG, MODULE, TEXTS);

  it('resolves and formats against its own catalog, the shipped texts behind no i18next', async () => {
    expect(bound.resolve(BODY)).toMatchObject({
      product: 'spot',
      code: -2022,
      name: 'CANCEL_REPLACE_FAILED',
      known: true,
    });
    expect(bound.format(BODY, { lng: 'zh' })).toMatchObject({
      title: '撤销挂单再下单失败',
      message: '撤销挂单再下单失败。',
      hint: '请检查两个订单。',
    });
    expect(bound.format(BODY, { lng: 'en_US' })).toMatchObject({ title: 'Cancel-replace failed' });
    // A catalog made without the zh texts gets the Chinese page's anchor from them when formatting in zh.
    const lazy = bindProduct({ ...CATALOG, codes: codesWithDocs(PAGES, GENERATED) }, MODULE, TEXTS);
    expect(lazy.resolve(BODY).docsUrl?.zh).toBe('https://example.test/zh/errors#-2022-order_cancel_replace_failed');
    expect(lazy.format(BODY, { lng: 'zh-CN' }).docsUrl).toEqual(CODES[0]?.docsUrl);
    expect(lazy.format(BODY, { lng: 'en' }).docsUrl?.en).toBe(
      'https://example.test/errors#-2022-order_cancel_replace_failed',
    );
    const response = new Response(BODY, { status: 400, headers: { 'content-type': 'application/json' } });
    expect(await bound.resolveResponse(response)).toMatchObject({ code: -2022, httpStatus: 400, outcome: 'rejected' });
  });

  it('is an eager module: catalog and texts in memory, loads resolve at once', async () => {
    expect(bound.eager).toMatchObject({ product: 'spot', namespace: 'testSpot', catalog: CATALOG, texts: TEXTS });
    expect(await bound.eager.loadCatalog()).toBe(CATALOG);
    expect(await bound.eager.loadTexts('zh')).toBe(TEXTS.zh);
  });

  it('its eager module loads English for anything but zh, as the lazy modules do, and never throws', async () => {
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error('trap');
        },
      },
    );
    const loadTexts = bound.eager.loadTexts as (language: unknown) => Promise<unknown>;
    expect(await loadTexts('fr')).toBe(TEXTS.en);
    expect(await loadTexts('__proto__')).toBe(TEXTS.en);
    expect(await loadTexts(hostile)).toBe(TEXTS.en);
  });

  it('adds both languages to an app’s instance, and loads one on demand', async () => {
    const i18n = fakeI18n();
    expect(bound.addErrors(i18n)).toBe(i18n);
    expect([...i18n.bundles.keys()].sort()).toEqual(['en/testSpot', 'zh/testSpot']);
    const lazy = fakeI18n('zh-CN');
    expect(await bound.loadErrors(lazy)).toBe('zh');
    expect([...lazy.bundles.keys()]).toEqual(['zh/testSpot']);
  });

  it('never throws for hostile input or options', () => {
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error('trap');
        },
      },
    );
    expect(() => bound.resolve(hostile, hostile)).not.toThrow();
    expect(() => bound.format(hostile, hostile)).not.toThrow();
  });
});
