/**
 * What a product package's generated binding does with its codes, on codes of the test's making:
 * docs URLs from anchors, the Chinese page's own anchor from the zh texts, and a lazy module that the
 * synchronous verbs read once `loadErrors` loaded it.
 */
import { describe, expect, it } from 'vitest';
import type { ProductModule } from './catalog.js';
import {
  catalogFrom,
  codesFromRows,
  codesWithDocs,
  withServerMessages,
  type ClassRow,
  type CodeRow,
  type GeneratedCode,
} from './generated.js';
import { loadErrors } from './i18n.js';
import { ALPHA } from './test-support/modules.js';
import { format, resolve } from './verbs.js';

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
const IDENTITY = { exchange: 'alpha', product: 'spot', namespace: 'testSpot' };
const BODY = '{"code":-2022,"msg":"Order cancel-replace failed."}';

/** A lazy module as the generator writes one: nothing in memory, everything a promise. */
function lazyModule(): ProductModule & { loads: string[] } {
  const loads: string[] = [];
  return {
    loads,
    exchange: ALPHA,
    product: 'spot',
    namespace: 'testSpot',
    paths: ['/api/'],
    languages: ['en', 'zh'],
    loadCatalog: () => {
      loads.push('catalog');
      return Promise.resolve(catalogFrom(IDENTITY, PAGES, GENERATED));
    },
    loadTexts: (language) => {
      loads.push(language);
      return Promise.resolve(language === 'zh' ? TEXTS.zh : TEXTS.en);
    },
  };
}

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

describe('catalogFrom and codesWithDocs', () => {
  it('joins each language’s page with the code’s anchor (the Chinese page’s own from the zh texts)', () => {
    expect(catalogFrom(IDENTITY, PAGES, GENERATED, TEXTS.zh).codes[0]?.docsUrl).toEqual({
      en: 'https://example.test/errors#-2022-order_cancel_replace_failed',
      zh: 'https://example.test/zh/errors#-2022-撤销挂单再下单失败',
    });
    // Without the zh texts (a lazy catalog): the English anchor on the Chinese page.
    expect(codesWithDocs(PAGES, GENERATED)[0]?.docsUrl.zh).toBe(
      'https://example.test/zh/errors#-2022-order_cancel_replace_failed',
    );
    expect(catalogFrom(IDENTITY, PAGES, GENERATED)).toMatchObject(IDENTITY);
  });
});

describe('a lazy module', () => {
  it('reads as no product until loaded, then as its own, with the Chinese page’s anchor from the zh texts', async () => {
    const module = lazyModule();
    expect(resolve(module, BODY)).toMatchObject({ product: null, known: false, code: -2022 });
    await loadErrors(null, module, 'zh');
    expect(module.loads.sort()).toEqual(['catalog', 'zh']);
    expect(format(module, BODY, { lng: 'zh-CN' })).toMatchObject({
      product: 'spot',
      title: '撤销挂单再下单失败',
      message: '撤销挂单再下单失败。',
      docsUrl: {
        en: 'https://example.test/errors#-2022-order_cancel_replace_failed',
        zh: 'https://example.test/zh/errors#-2022-撤销挂单再下单失败',
      },
    });
    // Loaded once: a second call fetches only what is new.
    await loadErrors(null, module, 'zh');
    await loadErrors(null, module, 'en');
    expect(module.loads.sort()).toEqual(['catalog', 'en', 'zh']);
    expect(format(module, BODY, { lng: 'en' }).title).toBe('Cancel-replace failed');
  });

  it('adds its texts to an app’s instance in the instance’s language, in-memory modules at once', async () => {
    const i18n = fakeI18n('zh-CN');
    await loadErrors(i18n, lazyModule());
    expect([...i18n.bundles.keys()]).toEqual(['zh/testSpot']);
    const eager: ProductModule = { ...lazyModule(), catalog: catalogFrom(IDENTITY, PAGES, GENERATED), texts: TEXTS };
    const other = fakeI18n('en');
    const pending = loadErrors(other, eager);
    expect([...other.bundles.keys()]).toEqual(['en/testSpot']);
    await pending;
  });

  it('never rejects: a chunk that fails leaves the product generic', async () => {
    const failing: ProductModule = {
      ...lazyModule(),
      loadCatalog: () => Promise.reject(new Error('offline')),
      loadTexts: () => Promise.reject(new Error('offline')),
    };
    await expect(loadErrors(fakeI18n(), failing)).resolves.toBeUndefined();
    await expect(loadErrors(null, [failing, 42, null] as never)).resolves.toBeUndefined();
    expect(resolve(failing, BODY)).toMatchObject({ product: null, code: -2022 });
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error('trap');
        },
      },
    );
    await expect(loadErrors(hostile as never, hostile)).resolves.toBeUndefined();
  });
});

describe('the compact form', () => {
  const CLASSES: readonly ClassRow[] = [
    ['order', false, 'error'],
    ['funds', false, 'error'],
  ];
  const ROWS: readonly CodeRow[] = [
    [-2022, 'CANCEL_REPLACE_FAILED', 0, 0, 'Order cancel-replace failed.', '-2022-order_cancel_replace_failed'],
    [
      -2010,
      'NEW_ORDER_REJECTED',
      1,
      0,
      [
        'NEW_ORDER_REJECTED',
        ['balance', 'Account has insufficient balance for requested action.', '', 1],
        ['rate', 'Order rate limit %s per %s exceeded.', 'limit,interval'],
      ],
    ],
  ];

  it('reads the rows as the codes they stand for: sections, classifications, variants and anchors', () => {
    expect(codesFromRows(ROWS.slice(0, 1), ['20xx'], CLASSES)).toEqual(GENERATED);
    const [, rejected] = codesFromRows(ROWS, ['20xx', '20yy'], CLASSES);
    expect(rejected).toEqual({
      code: -2010,
      name: 'NEW_ORDER_REJECTED',
      section: '20yy',
      category: 'order',
      retryable: false,
      severity: 'error',
      variants: [
        { key: 'default', params: [], server: 'NEW_ORDER_REJECTED' },
        {
          key: 'balance',
          params: [],
          server: 'Account has insufficient balance for requested action.',
          category: 'funds',
          retryable: false,
          severity: 'error',
        },
        { key: 'rate', params: ['limit', 'interval'], server: 'Order rate limit %s per %s exceeded.' },
      ],
      anchor: '-2010-new_order_rejected',
    });
  });

  it('puts each code’s English messages back from the catalog, its values named in order', () => {
    const codes = codesFromRows(ROWS, ['20xx', '20yy'], CLASSES);
    const texts = withServerMessages<{ codes: Record<string, unknown>; fallback: unknown }>(
      { codes: { '-2022': { title: 'T', hint: 'H' }, '-2010': { title: 'R', hint: 'I' } }, fallback: { x: 'y' } },
      codes,
    );
    expect(texts).toEqual({
      codes: {
        '-2022': { title: 'T', hint: 'H', messages: { default: 'Order cancel-replace failed.' } },
        '-2010': {
          title: 'R',
          hint: 'I',
          messages: {
            default: 'NEW_ORDER_REJECTED',
            balance: 'Account has insufficient balance for requested action.',
            rate: 'Order rate limit {{limit}} per {{interval}} exceeded.',
          },
        },
      },
      fallback: { x: 'y' },
    });
  });
});
