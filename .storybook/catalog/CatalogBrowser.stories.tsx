import { binanceCoinmEager } from '@exchange-errors/binance-coinm/eager';
import { binanceOptionsEager } from '@exchange-errors/binance-options/eager';
import { binancePmEager } from '@exchange-errors/binance-pm/eager';
import { binanceSpotEager } from '@exchange-errors/binance-spot/eager';
import { binanceUsdmEager } from '@exchange-errors/binance-usdm/eager';
import { bybitV5Eager } from '@exchange-errors/bybit/eager';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { spacedPunctuation, strayLatinWords } from '../../scripts/zh-text.mjs';
import { CatalogBrowser, LABELS, PAGE_SIZE } from './CatalogBrowser';
import { CATALOG_ROWS, filterRows, productName, ROWS_WITHOUT_ORIGIN, type Language, type Product } from './catalogRows';
import './catalog.css';

/**
 * Every error Binance's and Bybit's APIs can send, product by product: all codes and message variants
 * of Options, Spot, USDⓈ-M, COIN-M, Portfolio Margin and Bybit's v5 API, in the toolbar's language
 * (Bybit's Chinese as its Simplified), with whose Chinese each is, category, retry advice, hint and
 * docs links. For translators and support leads.
 */
const meta = {
  title: 'Catalog/Browser',
  component: CatalogBrowser,
  render: (_args, { globals }) => <CatalogBrowser lng={globals['locale'] === 'zh' ? 'zh' : 'en'} />,
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof CatalogBrowser>;

export default meta;
type Story = StoryObj<typeof meta>;

const lngOf = (globals: Record<string, unknown>): Language => (globals['locale'] === 'zh' ? 'zh' : 'en');

/** The body rows on the page (the header row left out). */
const bodyRows = (canvasElement: HTMLElement) =>
  Array.from(canvasElement.querySelectorAll<HTMLTableRowElement>('tbody tr'));
const cells = (row: HTMLTableRowElement) => Array.from(row.cells).map((cell) => cell.textContent ?? '');
const shownText = (lng: Language, shown: number) =>
  LABELS[lng].shown.replace('{{shown}}', String(shown)).replace('{{total}}', String(CATALOG_ROWS.length));

const MODULES = {
  options: binanceOptionsEager,
  spot: binanceSpotEager,
  usdm: binanceUsdmEager,
  coinm: binanceCoinmEager,
  pm: binancePmEager,
  v5: bybitV5Eager,
} as const;

export const AllProducts: Story = {
  name: 'All products',
  play: async ({ canvasElement, globals }) => {
    const lng = lngOf(globals);
    const canvas = within(canvasElement);
    // Every variant of every product's catalog is a row, once, with whose its Chinese is.
    const expected = Object.values(MODULES).reduce(
      (n, m) => n + (m.catalog?.codes ?? []).reduce((k, c) => k + c.variants.length, 0),
      0,
    );
    await expect(CATALOG_ROWS).toHaveLength(expected);
    await expect(new Set(CATALOG_ROWS.map((r) => r.id)).size).toBe(expected);
    await expect(ROWS_WITHOUT_ORIGIN).toEqual([]);
    for (const [product, module] of Object.entries(MODULES)) {
      await expect(new Set(CATALOG_ROWS.filter((r) => r.product === product).map((r) => r.code)).size, product).toBe(
        module.catalog?.codes.length,
      );
    }
    // One page at a time.
    await expect(bodyRows(canvasElement)).toHaveLength(PAGE_SIZE);
    await expect(canvas.getByRole('status')).toHaveTextContent(shownText(lng, CATALOG_ROWS.length));
    const pages = within(canvas.getByRole('navigation', { name: LABELS[lng].pages }));
    const first = bodyRows(canvasElement)[0]?.dataset['row'];
    await userEvent.click(pages.getByRole('button', { name: LABELS[lng].next }));
    await expect(
      pages.getByText(
        LABELS[lng].page
          .replace('{{page}}', '2')
          .replace('{{pages}}', String(Math.ceil(CATALOG_ROWS.length / PAGE_SIZE))),
      ),
    ).toBeVisible();
    await expect(bodyRows(canvasElement)[0]?.dataset['row']).not.toBe(first);
    await expect(bodyRows(canvasElement)[0]?.dataset['row']).toBe(CATALOG_ROWS[PAGE_SIZE]?.id);
  },
};

/** The browser's own Chinese: no English word left, no space beside full-width punctuation; product names included. */
export const ChineseLabels: Story = {
  play: async () => {
    const { origin, ...flat } = LABELS.zh;
    const texts: [string, string][] = [
      ...Object.entries(flat),
      ...Object.entries(origin).map(([k, t]): [string, string] => [`origin.${k}`, t]),
    ];
    for (const product of ['options', 'spot', 'usdm', 'coinm', 'pm', 'v5'] as const)
      texts.push([product, productName('zh', product)]);
    for (const [key, text] of texts) {
      await expect(strayLatinWords(text), key).toEqual([]);
      await expect(spacedPunctuation(text), key).toEqual([]);
    }
  },
};

/** The category, origin and product columns keep a readable width beside the long message column, in either language. */
export const ColumnWidths: Story = {
  play: async ({ canvasElement }) => {
    const fontSize = Number.parseFloat(
      getComputedStyle(canvasElement.querySelector('.cb-table') ?? canvasElement).fontSize,
    );
    const width = (selector: string) => canvasElement.querySelector(selector)?.getBoundingClientRect().width ?? 0;
    await expect(width('th.cb-class')).toBeGreaterThanOrEqual(8 * fontSize);
    await expect(width('th.cb-origin')).toBeGreaterThanOrEqual(5.5 * fontSize);
    // A product name on one line: its cell is one line high where the row is otherwise short.
    for (const cell of Array.from(canvasElement.querySelectorAll<HTMLElement>('tbody td.cb-product')).slice(0, 20)) {
      await expect(cell.scrollWidth).toBeLessThanOrEqual(cell.clientWidth + 1);
    }
  },
};

/** The product switch: each product's rows alone, and back to all. */
export const SwitchProduct: Story = {
  name: 'Switching product',
  play: async ({ canvasElement, globals }) => {
    const lng = lngOf(globals);
    const canvas = within(canvasElement);
    const products = within(canvas.getByRole('group', { name: LABELS[lng].product }));
    for (const product of ['spot', 'usdm', 'coinm', 'pm', 'options', 'v5'] as const satisfies readonly Product[]) {
      const count = filterRows(CATALOG_ROWS, { product, query: '', category: 'all' }).length;
      const radio = products.getByRole('radio', { name: `${productName(lng, product)} (${count})` });
      await userEvent.click(radio);
      await expect(radio).toBeChecked();
      await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent(shownText(lng, count)));
      const names = new Set(bodyRows(canvasElement).map((row) => cells(row)[0]));
      await expect([...names]).toEqual([productName(lng, product)]);
      await expect(bodyRows(canvasElement)).toHaveLength(Math.min(PAGE_SIZE, count));
    }
    await userEvent.click(products.getByRole('radio', { name: new RegExp(`^${LABELS[lng].allProducts}`) }));
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent(shownText(lng, CATALOG_ROWS.length)));
  },
};

/** -2022 is a failed cancel-replace on Spot and REDUCE_ONLY_REJECT on the futures: separate rows, each product's own text. */
export const SearchACodeAcrossProducts: Story = {
  name: 'Searching a code several products have (-2022)',
  play: async ({ canvasElement, globals }) => {
    const lng = lngOf(globals);
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('searchbox'), '-2022');
    const expected = filterRows(CATALOG_ROWS, { product: 'all', query: '-2022', category: 'all' });
    await waitFor(() => expect(bodyRows(canvasElement)).toHaveLength(expected.length));
    const found = bodyRows(canvasElement).map(cells);
    const spot = found.filter(([product]) => product === productName(lng, 'spot'));
    const usdm = found.filter(([product]) => product === productName(lng, 'usdm'));
    await expect(spot.length).toBeGreaterThanOrEqual(1);
    await expect(usdm.length).toBeGreaterThanOrEqual(1);
    for (const [, code, message] of spot) {
      await expect(code).toContain('ORDER_CANCEL_REPLACE_FAILED');
      await expect(message).toContain(lng === 'zh' ? '撤销挂单再下单失败' : 'Order cancel-replace failed.');
    }
    for (const [, code, message] of usdm) {
      await expect(code).toContain('REDUCE_ONLY_REJECT');
      await expect(message).not.toContain(lng === 'zh' ? '撤销挂单再下单失败' : 'cancel-replace');
    }
    // The futures products' rows too, and nothing but -2022.
    await expect(new Set(found.map(([product]) => product)).size).toBe(4);
    for (const [, code] of found) await expect(code).toMatch(/^-2022/);
    // The switch counts what the search found per product.
    const products = within(canvas.getByRole('group', { name: LABELS[lng].product }));
    await expect(
      products.getByRole('radio', { name: `${productName(lng, 'spot')} (${spot.length})` }),
    ).toBeInTheDocument();
    await expect(products.getByRole('radio', { name: `${productName(lng, 'options')} (0)` })).toBeInTheDocument();
    // Whose Chinese: Spot's is ours (its zh page keeps the English), USDⓈ-M's Binance's.
    await expect(canvasElement.querySelector(`[data-row="spot:-2022.default"] .cb-origin`)).toHaveTextContent(
      LABELS[lng].origin.ours,
    );
    await expect(canvasElement.querySelector(`[data-row="usdm:-2022.default"] .cb-origin`)).toHaveTextContent(
      LABELS[lng].origin.binance,
    );
  },
};

/** Words of a message, in either language, find it in every product that sends it. */
export const SearchByMessage: Story = {
  name: 'Searching by message text across products',
  play: async ({ canvasElement, globals }) => {
    const lng = lngOf(globals);
    const canvas = within(canvasElement);
    const search = canvas.getByRole('searchbox');
    await userEvent.type(search, 'insufficient balance');
    const expected = filterRows(CATALOG_ROWS, { product: 'all', query: 'insufficient balance', category: 'all' });
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent(shownText(lng, expected.length)));
    const products = new Set(bodyRows(canvasElement).map((row) => cells(row)[0]));
    await expect(products).toContain(productName(lng, 'spot'));
    await expect(products).toContain(productName(lng, 'options'));
    // Spot's matching-engine message is a variant with its own title.
    const variant = canvasElement.querySelector('[data-row="spot:-2010.insufficientBalance"]');
    await expect(variant).toHaveTextContent(lng === 'zh' ? '余额不足' : 'Insufficient balance');
    await expect(variant).toHaveTextContent(
      lng === 'zh' ? '账户余额不足，无法执行所请求的操作。' : 'Account has insufficient balance for requested action.',
    );
    await expect(variant).toHaveTextContent(`insufficientBalance · ${LABELS[lng].ownTitle}`);
    // Chinese words find the same messages.
    await userEvent.clear(search);
    await userEvent.type(search, '余额不足');
    await waitFor(() =>
      expect(canvasElement.querySelector('[data-row="spot:-2010.insufficientBalance"]')).not.toBeNull(),
    );
    // Binance's own typo is searchable: it is what the server sends.
    await userEvent.clear(search);
    await userEvent.type(search, 'paramter');
    await waitFor(() =>
      expect(bodyRows(canvasElement)).toHaveLength(
        filterRows(CATALOG_ROWS, { product: 'all', query: 'paramter', category: 'all' }).length,
      ),
    );
    await expect(bodyRows(canvasElement).length).toBeGreaterThan(0);
    await userEvent.clear(search);
    await userEvent.type(search, 'no such message anywhere');
    await expect(await canvas.findByText(LABELS[lng].none)).toBeVisible();
  },
};

/** The category filter, alone and with a product and a search. */
export const FilterByCategory: Story = {
  name: 'Filtering by category',
  play: async ({ canvasElement, globals }) => {
    const lng = lngOf(globals);
    const canvas = within(canvasElement);
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: LABELS[lng].category }), 'rateLimit');
    const all = filterRows(CATALOG_ROWS, { product: 'all', query: '', category: 'rateLimit' });
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent(shownText(lng, all.length)));
    await expect(bodyRows(canvasElement)).toHaveLength(Math.min(PAGE_SIZE, all.length));
    await expect(new Set(all.map((r) => r.product)).size).toBe(6);
    const usdm = filterRows(CATALOG_ROWS, { product: 'usdm', query: '', category: 'rateLimit' });
    await userEvent.click(
      within(canvas.getByRole('group', { name: LABELS[lng].product })).getByRole('radio', {
        name: new RegExp(`^${productName(lng, 'usdm')}`),
      }),
    );
    await waitFor(() => expect(bodyRows(canvasElement)).toHaveLength(usdm.length));
    await userEvent.type(canvas.getByRole('searchbox'), lng === 'zh' ? '每' : 'per');
    await waitFor(() =>
      expect(bodyRows(canvasElement)).toHaveLength(
        filterRows(CATALOG_ROWS, { product: 'usdm', query: lng === 'zh' ? '每' : 'per', category: 'rateLimit' }).length,
      ),
    );
    await expect(bodyRows(canvasElement).length).toBeGreaterThan(0);
  },
};

/** Bybit's rows: a code with a meaning per section (10003), each meaning its own text and title; whose the Chinese is. */
export const BybitMeanings: Story = {
  name: 'Bybit: a code with a meaning per section (10003)',
  play: async ({ canvasElement, globals }) => {
    const lng = lngOf(globals);
    const canvas = within(canvasElement);
    const products = within(canvas.getByRole('group', { name: LABELS[lng].product }));
    await userEvent.click(products.getByRole('radio', { name: new RegExp(`^${productName(lng, 'v5')}`) }));
    await userEvent.type(canvas.getByRole('searchbox'), '10003');
    const sessions = '[data-row="v5:10003.tooManySessions"]';
    const apiKey = '[data-row="v5:10003.invalidApiKey"]';
    await waitFor(() => expect(canvasElement.querySelector(apiKey)).not.toBeNull());
    await expect(canvasElement.querySelector(sessions)).toHaveTextContent(
      lng === 'zh' ? '会话过多' : 'Too many sessions',
    );
    await expect(canvasElement.querySelector(apiKey)).toHaveTextContent(
      lng === 'zh' ? 'API 密钥无效' : 'Invalid API key',
    );
    await expect(canvasElement.querySelector(apiKey)).toHaveTextContent(`invalidApiKey · ${LABELS[lng].ownTitle}`);
    await expect(canvasElement.querySelector(`${apiKey} .cb-origin`)).toHaveTextContent(LABELS[lng].origin.bybit);
    // Its docs: Bybit's pages at the first section that lists the code, the Chinese one at that
    // section's own heading.
    const links = Array.from(canvasElement.querySelectorAll<HTMLAnchorElement>(`${apiKey} .cb-docs a`));
    await expect(links.map((a) => a.getAttribute('href'))).toEqual([
      'https://bybit-exchange.github.io/docs/v5/error#ws-oe-general-code',
      'https://bybit-exchange.github.io/docs/zh-TW/v5/error#ws下單通用錯誤碼',
    ]);
    await expect(links[0]).toHaveAccessibleName(new RegExp(lng === 'zh' ? 'Bybit文档' : 'Bybit docs'));
  },
};
