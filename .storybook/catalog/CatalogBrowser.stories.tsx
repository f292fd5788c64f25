import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { spacedPunctuation, strayLatinWords } from '../../scripts/zh-text.mjs';
import { CatalogBrowser, LABELS } from './CatalogBrowser';
import { CATALOG_ROWS, filterRows } from './catalogRows';
import './catalog.css';

/**
 * Every error the exchange can send: all codes and message variants, English and Chinese side by
 * side, with category, retry advice, hint and docs links. For translators and support leads.
 */
const meta = {
  title: 'Catalog/Browser',
  component: CatalogBrowser,
  render: (_args, { globals }) => <CatalogBrowser lng={globals['locale'] === 'zh' ? 'zh' : 'en'} />,
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof CatalogBrowser>;

export default meta;
type Story = StoryObj<typeof meta>;

export const AllCodes: Story = {
  play: async ({ canvasElement }) => {
    const rows = within(canvasElement).getAllByRole('row');
    await expect(rows).toHaveLength(CATALOG_ROWS.length + 1);
    await expect(new Set(CATALOG_ROWS.map((r) => r.code)).size).toBe(122);
    await expect(CATALOG_ROWS).toHaveLength(138);
  },
};

/** The browser's own Chinese: no English word left, no space beside full-width punctuation. */
export const ChineseLabels: Story = {
  play: async () => {
    for (const [key, text] of Object.entries(LABELS.zh)) {
      await expect(strayLatinWords(text), key).toEqual([]);
      await expect(spacedPunctuation(text), key).toEqual([]);
    }
  },
};

/** The category and retry column keeps a readable width beside the long message columns, in either language. */
export const ClassificationColumnWidth: Story = {
  play: async ({ canvasElement }) => {
    const header = canvasElement.querySelector('th.cb-class');
    const fontSize = Number.parseFloat(getComputedStyle(canvasElement.querySelector('.cb-table') ?? canvasElement).fontSize);
    await expect(header?.getBoundingClientRect().width ?? 0).toBeGreaterThanOrEqual(8 * fontSize);
  },
};

export const SearchAndFilter: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const search = canvas.getByRole('searchbox');
    await userEvent.type(search, '-1121');
    await waitFor(() => expect(canvas.getAllByRole('row')).toHaveLength(2));
    await userEvent.clear(search);
    // Binance's own typo is searchable: it is what the server sends.
    await userEvent.type(search, 'paramter');
    await waitFor(() => expect(canvas.getAllByRole('row')).toHaveLength(2));
    await userEvent.clear(search);
    await userEvent.selectOptions(canvas.getByRole('combobox'), 'rateLimit');
    await waitFor(() => expect(canvas.getAllByRole('row')).toHaveLength(filterRows(CATALOG_ROWS, '', 'rateLimit').length + 1));
    await userEvent.type(search, '每');
    await waitFor(() => expect(canvas.getAllByRole('row').length).toBeGreaterThan(1));
  },
};
