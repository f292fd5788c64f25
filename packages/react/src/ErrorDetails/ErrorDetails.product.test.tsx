/**
 * The Product row, with several products registered (Options from the test setup, and two products
 * of this file's own making, as the engine's tests do): the product's name when it is known, the
 * products it could be from when it is not, nothing for a failure that is no product's code.
 */
import { binance } from '@exchange-errors/binance';
import type { Catalog, ErrorCodeInfo, ProductModule } from '@exchange-errors/core';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { registerCatalogs } from '../catalogs/registry.js';
import { renderWithI18n } from '../test-support/render.js';
import { ErrorDetails } from './ErrorDetails.js';
import { productLine } from './productLine.js';

function info(code: number, name: string, server: string): ErrorCodeInfo {
  return {
    code,
    name,
    section: 's',
    category: 'order',
    retryable: false,
    severity: 'error',
    variants: [{ key: 'default', params: [], server }],
    docsUrl: { en: `https://example.test/en#${code}`, zh: `https://example.test/zh#${code}` },
  };
}

function product(
  id: 'spot' | 'usdm',
  namespace: string,
  prefix: string,
  codes: ErrorCodeInfo[],
  title: string,
): ProductModule {
  const catalog: Catalog = { exchange: 'binance', product: id, namespace, codes };
  const texts = {
    codes: Object.fromEntries(
      codes.map((c) => [String(c.code), { title, hint: 'hint', messages: { default: c.variants[0]?.server ?? '' } }]),
    ),
    categories: { order: 'Order' },
    fallback: { unknown: { title: 'Exchange error', message: 'Error {{code}}', hint: '' } },
  };
  return {
    exchange: binance,
    product: id,
    namespace,
    paths: [prefix],
    languages: ['en', 'zh'],
    catalog,
    loadCatalog: () => Promise.resolve(catalog),
    loadTexts: () => Promise.resolve(texts),
    texts: { en: texts, zh: texts },
  };
}

const SPOT = product(
  'spot',
  'testSpot',
  '/api/',
  [info(-2022, 'ORDER_CANCEL_REPLACE_FAILED', 'Order cancel-replace failed.')],
  'Cancel-replace failed',
);
const USDM = product(
  'usdm',
  'testUsdm',
  '/fapi/',
  [
    info(-2022, 'REDUCE_ONLY_REJECT', 'ReduceOnly Order is rejected.'),
    info(-4164, 'MIN_NOTIONAL', 'Order notional must be no smaller than 5.'),
  ],
  'Reduce-only order rejected',
);

/** A product whose Chinese docs page has its own heading anchor for -1101 (as Spot's and PM's have), in its zh texts only. */
function withChineseAnchor(): ProductModule {
  const code: ErrorCodeInfo = {
    ...info(-1101, 'TOO_MANY_PARAMETERS', 'Too many parameters sent for this endpoint.'),
    docsUrl: {
      en: 'https://example.test/en#-1101-too_many_parameters',
      zh: 'https://example.test/zh#-1101-too_many_parameters',
    },
  };
  const catalog: Catalog = { exchange: 'binance', product: 'pm', namespace: 'testPm', codes: [code] };
  const base = {
    categories: { order: 'Order' },
    fallback: { unknown: { title: 'Exchange error', message: 'Error {{code}}', hint: '' } },
  };
  const en = {
    ...base,
    codes: {
      '-1101': {
        title: 'Too many parameters',
        hint: 'hint',
        messages: { default: 'Too many parameters sent for this endpoint.' },
      },
    },
  };
  const zh = {
    ...base,
    codes: { '-1101': { title: '参数过多', hint: '提示', messages: { default: '为此端点发送的参数过多。' } } },
    docs: { '-1101': '-1101-too_many_参数' },
  };
  return {
    exchange: binance,
    product: 'pm',
    namespace: 'testPm',
    paths: ['/papi/'],
    languages: ['en', 'zh'],
    loadCatalog: () => Promise.resolve(catalog),
    loadTexts: (lng) => Promise.resolve(lng === 'zh' ? zh : en),
  };
}

beforeAll(() => {
  registerCatalogs(SPOT, USDM, withChineseAnchor());
});

function productRow(label: string): HTMLElement | null {
  const term = screen.queryByText(label, { selector: 'dt' });
  return term ? (term.nextElementSibling as HTMLElement) : null;
}

describe('ErrorDetails: the product', () => {
  // The test products' texts are not in the app's instance: the component loads them (loadTexts).
  it('names the product the caller gives', async () => {
    renderWithI18n(<ErrorDetails error={{ code: -2022, msg: 'Order cancel-replace failed.' }} product="spot" />);
    expect(await screen.findByRole('heading', { name: 'Cancel-replace failed' })).toBeInTheDocument();
    expect(productRow('Product')).toHaveTextContent(/^Spot$/);
  });

  it('reads the product off the request’s path, in Chinese too', async () => {
    renderWithI18n(
      <ErrorDetails
        error={{ code: -2022, msg: 'ReduceOnly Order is rejected.' }}
        request={{ method: 'POST', url: '/fapi/v1/order?symbol=BTCUSDT' }}
      />,
      { lng: 'zh-CN' },
    );
    expect(await screen.findByRole('heading', { name: 'Reduce-only order rejected' })).toBeInTheDocument();
    expect(productRow('产品')).toHaveTextContent(/^U本位合约$/);
  });

  it('names the only product that knows the code', async () => {
    renderWithI18n(<ErrorDetails code={-4164} />);
    // Nothing names the product: every registered catalog is needed, and loaded, before it is read.
    await waitFor(() => expect(productRow('Product')).toHaveTextContent(/^USDⓈ-M$/));
  });

  it('lists the products it could be from when nothing says which, with the generic text', () => {
    renderWithI18n(<ErrorDetails error={{ code: -2022, msg: 'ReduceOnly Order is rejected.' }} />);
    expect(productRow('Product')).toHaveTextContent(/^could be: Spot, USDⓈ-M$/);
    expect(screen.getByRole('heading', { name: 'Exchange error' })).toBeInTheDocument();
    expect(screen.queryByText('Cancel-replace failed')).toBeNull();
    expect(screen.queryByText('Reduce-only order rejected')).toBeNull();
  });

  it('lists them in Chinese with the Chinese enumeration comma', () => {
    renderWithI18n(<ErrorDetails code={-2022} />, { lng: 'zh' });
    expect(productRow('产品')).toHaveTextContent(/^可能是：现货、U本位合约$/);
  });

  it('says nothing about the product for a failure without a code', () => {
    renderWithI18n(<ErrorDetails error={new TypeError('Failed to fetch')} />);
    expect(productRow('Product')).toBeNull();
  });

  it('Copy gives support the product, or the products it could be', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const { unmount } = renderWithI18n(
      <ErrorDetails
        error={{ code: -2022, msg: 'ReduceOnly Order is rejected.' }}
        request={{ method: 'POST', url: '/fapi/v1/order' }}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Copy' }));
    expect(JSON.parse(writeText.mock.calls[0]?.[0] as string)).toMatchObject({
      product: 'usdm',
      code: -2022,
      name: 'REDUCE_ONLY_REJECT',
    });
    expect(JSON.parse(writeText.mock.calls[0]?.[0] as string)).not.toHaveProperty('productCandidates');
    unmount();
    renderWithI18n(<ErrorDetails error={{ code: -2022, msg: 'ReduceOnly Order is rejected.' }} />);
    await user.click(screen.getByRole('button', { name: 'Copy' }));
    expect(JSON.parse(writeText.mock.calls[1]?.[0] as string)).toMatchObject({
      product: null,
      productCandidates: ['spot', 'usdm'],
      code: -2022,
      name: null,
    });
  });

  it('the app’s own strings win', () => {
    renderWithI18n(<ErrorDetails code={-2022} product="usdm" />, {
      resources: { en: { exchangeErrorsUi: { productUsdm: 'USDT-margined futures' } } },
    });
    expect(productRow('Product')).toHaveTextContent(/^USDT-margined futures$/);
  });
});

describe('productLine', () => {
  it('reads odd resolved errors without throwing', () => {
    const throwing = new Proxy(
      {},
      {
        get: () => {
          throw new Error('nope');
        },
      },
    );
    expect(productLine(throwing)).toBeNull();
    expect(productLine(null)).toBeNull();
    expect(productLine({ code: -2022, namespace: 'x', product: 'toString' })).toBeNull();
    expect(productLine({ code: -2022, namespace: 'x', product: 'spot', productCandidates: [] })).toEqual({
      known: 'productSpot',
    });
    expect(productLine({ code: -2022, namespace: 'x', productCandidates: ['spot', 'nope', 'spot', 'pm'] })).toEqual({
      candidates: ['productSpot', 'productPm'],
    });
    expect(
      productLine({
        code: -2022,
        namespace: 'x',
        productCandidates: new Proxy(['spot'], {
          get: () => {
            throw new Error('nope');
          },
        }),
      }),
    ).toBeNull();
    // Read with no product's codes (nothing registered): no product to name.
    expect(productLine({ code: -2022, namespace: '', product: 'options' })).toBeNull();
  });
});

describe('ErrorDetails: the docs link', () => {
  it('points at the Chinese page’s own heading in Chinese (from the zh texts), at the English one in English', async () => {
    const error = { code: -1101, msg: 'Too many parameters sent for this endpoint.' };
    const { unmount } = renderWithI18n(<ErrorDetails error={error} product="pm" />, { lng: 'zh-CN' });
    expect(await screen.findByRole('heading', { name: '参数过多' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /-1101/ })).toHaveAttribute(
      'href',
      'https://example.test/zh#-1101-too_many_参数',
    );
    unmount();
    renderWithI18n(<ErrorDetails error={error} product="pm" />, { lng: 'en' });
    expect(await screen.findByRole('heading', { name: 'Too many parameters' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /-1101/ })).toHaveAttribute(
      'href',
      'https://example.test/en#-1101-too_many_parameters',
    );
  });
});
