/**
 * `showError(error, { explain, fieldLabels, onApplySuggestion })` through the store and the toaster
 * (issue 11): the toast explains the rejection, the details offer its fixes, the log keeps both.
 */
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { loadExplainerOnce } from '../test-support/explainer.js';
import { EXPLAINED } from '../stories-support/orders.js';
import { createErrorStore } from '../store/createErrorStore.js';
import { renderWithI18n } from '../test-support/render.js';
import { ErrorToaster } from './ErrorToaster.js';

const c = EXPLAINED.priceOffTick;

function setup(lng = 'en', toaster: Partial<Parameters<typeof ErrorToaster>[0]> = {}) {
  const store = createErrorStore({ errorDuration: 'persistent', noticeDuration: 'persistent' });
  const rendered = renderWithI18n(<ErrorToaster store={store} {...toaster} />, { lng });
  const toasts = () => within(screen.getByRole('region', { name: /Notifications|通知/ })).queryAllByRole('listitem');
  return {
    ...rendered,
    store,
    toasts,
    show: (e: unknown, o?: Parameters<typeof store.show>[1]) => act(() => void store.show(e, o)),
  };
}

beforeAll(loadExplainerOnce);

describe('showError with what the app knows about the order', () => {
  it('stores explain, fieldLabels and onApplySuggestion on the record and in the history', () => {
    const { store, show } = setup();
    const onApplySuggestion = vi.fn();
    show(c.error, { explain: c.explain, fieldLabels: { price: 'Price' }, onApplySuggestion });
    const [record] = store.getSnapshot().visible;
    expect(record?.explain).toBe(c.explain);
    expect(record?.fieldLabels).toEqual({ price: 'Price' });
    expect(record?.onApplySuggestion).toBe(onApplySuggestion);
    expect(store.getSnapshot().history[0]).toMatchObject({ explain: c.explain, fieldLabels: { price: 'Price' } });
  });

  it('shows the explanation in the toast, in English and in Chinese', () => {
    const en = setup();
    en.show(c.error, { explain: c.explain });
    expect(en.toasts()[0]?.querySelector('[data-ee-explanation]')).toHaveTextContent(c.en);
    en.unmount();
    const zh = setup('zh');
    zh.show(c.error, { explain: c.explain });
    expect(zh.toasts()[0]?.querySelector('[data-ee-explanation]')).toHaveTextContent(c.zh);
  });

  it('explains the latest order when the same rejection coalesces', () => {
    const { show, toasts, store } = setup();
    show(c.error, { explain: c.explain });
    show(c.error, { explain: { ...c.explain, order: { ...c.explain.order, price: '12302' } } });
    expect(toasts()).toHaveLength(1);
    expect(toasts()[0]).toHaveTextContent('×2');
    expect(toasts()[0]?.querySelector('[data-ee-explanation]')).toHaveTextContent(
      'Price 12302 is not a multiple of the tick size 5: the nearest valid prices are 12300 and 12305.',
    );
    expect(store.getSnapshot().history.map((h) => (h.explain as typeof c.explain | undefined)?.order?.price)).toEqual([
      '12306',
      '12302',
    ]);
  });

  it('says the explanation to a screen reader with the message', () => {
    const { show } = setup();
    show(c.error, { explain: c.explain });
    expect(document.querySelector('[data-ee-live="assertive"]')).toHaveTextContent(
      `Tick size precision is invalid. ${c.en}`,
    );
  });

  it('offers the fixes in the details dialog, and applying one closes it', async () => {
    const user = userEvent.setup();
    const onApplySuggestion = vi.fn();
    const { show } = setup();
    show(c.error, { explain: c.explain, onApplySuggestion });
    await user.click(screen.getByRole('button', { name: 'Details' }));
    const dialog = await screen.findByRole('dialog', { name: 'Error details' });
    expect(await within(dialog).findByText(c.en)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Use 12305' }));
    expect(onApplySuggestion).toHaveBeenCalledWith({ field: 'price', value: '12305', label: 'Use 12305' });
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('applies the fix once the modal is gone: the app can move focus to its field, else focus returns to Details', async () => {
    const user = userEvent.setup();
    const { show, store } = setup();
    const field = document.createElement('input');
    field.setAttribute('aria-label', 'Price');
    document.body.append(field);
    // The app puts the value in its field and moves focus there, synchronously.
    show(c.error, {
      explain: c.explain,
      onApplySuggestion: ({ value }) => {
        field.value = value;
        field.focus();
      },
    });
    await user.click(screen.getByRole('button', { name: 'Details' }));
    await user.click(await screen.findByRole('button', { name: 'Use 12310' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(field.value).toBe('12310');
    expect(field).toHaveFocus();
    field.remove();

    // An app that does not move focus: back to the toast's Details button.
    act(() => store.dismissAll());
    show(EXPLAINED.quantityBelowMin.error, {
      explain: EXPLAINED.quantityBelowMin.explain,
      onApplySuggestion: () => undefined,
    });
    const details = screen.getByRole('button', { name: 'Details' });
    await user.click(details);
    await user.click(await screen.findByRole('button', { name: 'Use 0.01' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(details).toHaveFocus();
  });

  it('shows the explanation but no buttons in the details without onApplySuggestion', async () => {
    const user = userEvent.setup();
    const { show } = setup('zh');
    show(c.error, { explain: c.explain });
    await user.click(screen.getByRole('button', { name: '详情' }));
    const dialog = await screen.findByRole('dialog');
    expect(await within(dialog).findByText(c.zh)).toBeInTheDocument();
    expect(within(dialog).queryByRole('button', { name: '改用 12305' })).toBeNull();
  });

  it('passes showHint to every toast', () => {
    const { show, toasts } = setup('en', { showHint: true });
    show(
      { code: -1102, msg: "Mandatory parameter 'quantity' was not sent, was empty/null, or malformed." },
      { fieldLabels: { quantity: 'Quantity' } },
    );
    expect(toasts()[0]?.querySelector('.ee-toast__hint')).toHaveTextContent('Fill in the missing field and try again.');
    expect(toasts()[0]).toHaveTextContent('Mandatory parameter “Quantity” was not sent');
  });

  it('ignores options it cannot read: throwing getters, wrong types', () => {
    const { show, store, toasts } = setup();
    const options = Object.defineProperties(
      {},
      {
        explain: {
          get: () => {
            throw new Error('boom');
          },
          enumerable: true,
        },
        fieldLabels: { value: 'Price', enumerable: true },
        onApplySuggestion: { value: 42, enumerable: true },
      },
    );
    show(c.error, options as never);
    const [record] = store.getSnapshot().visible;
    expect(record?.explain).toBeUndefined();
    expect(record?.fieldLabels).toBeUndefined();
    expect(record?.onApplySuggestion).toBeUndefined();
    expect(toasts()[0]).toHaveTextContent('Tick size precision is invalid.');
  });
});
