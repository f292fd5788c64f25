import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { createErrorStore, type ErrorStore, type ErrorStoreOptions } from '../store/createErrorStore.js';
import { pick } from '../stories-support/locale.js';
import { FocusTrapModal } from '../test-support/FocusTrapModal.js';
import { ErrorToaster, type ErrorToasterProps } from './ErrorToaster.js';

const missing = (param: string) => ({
  code: -1102,
  msg: `Mandatory parameter '${param}' was not sent, was empty/null, or malformed.`,
});

/** A toaster with its own store, filled by `fill` once; buttons to add more. */
function Demo({
  fill,
  storeOptions,
  children,
  ...props
}: ErrorToasterProps & {
  fill?: (store: ErrorStore) => void;
  storeOptions?: ErrorStoreOptions;
  children?: (store: ErrorStore) => ReactNode;
}) {
  const [store] = useState(() => {
    const created = createErrorStore({ errorDuration: 'persistent', noticeDuration: 'persistent', ...storeOptions });
    fill?.(created);
    return created;
  });
  return (
    <div className="sb-frame">
      <button type="button" className="ee-button" onClick={() => store.show(missing('quantity'))}>
        Show -1102
      </button>{' '}
      <button
        type="button"
        className="ee-button"
        onClick={() => store.show({ code: -1008, msg: 'Too many requests queued.' })}
      >
        Show -1008
      </button>
      {children?.(store)}
      <ErrorToaster {...props} store={store} />
    </div>
  );
}

/**
 * The region that stacks toasts, newest first, with a visible limit and a queue behind it. Same code
 * and values coalesce into ×N; timers hold while hovered, focused or hidden; F8 jumps to the toasts,
 * Escape dismisses, Details opens a dialog.
 */
const meta = {
  title: 'Components/ErrorToaster',
  component: ErrorToaster,
  render: (args) => <Demo {...args} />,
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof ErrorToaster>;

export default meta;
type Story = StoryObj<typeof meta>;

const region = (canvasElement: HTMLElement) => within(canvasElement).getByRole('region');

export const Empty: Story = {};

export const StackOverTheLimit: Story = {
  name: 'A stack over the visible limit',
  render: (args) => (
    <Demo
      {...args}
      fill={(store) => ['symbol', 'side', 'price', 'quantity', 'timeInForce'].forEach((p) => store.show(missing(p)))}
    />
  ),
  play: async ({ canvasElement, globals }) => {
    await expect(within(region(canvasElement)).getAllByRole('listitem')).toHaveLength(3);
    await expect(region(canvasElement)).toHaveTextContent(pick(globals, '2 more waiting', '另有 2 条等待显示'));
  },
};

export const DedupedBurst: Story = {
  name: 'A deduped burst with a count',
  render: (args) => (
    <Demo
      {...args}
      fill={(store) => {
        for (let i = 0; i < 250; i++) store.show({ code: -1008, msg: 'Too many requests queued.' });
      }}
    />
  ),
  play: async ({ canvasElement }) => {
    const toasts = within(region(canvasElement)).getAllByRole('listitem');
    await expect(toasts).toHaveLength(1);
    await expect(toasts[0]).toHaveTextContent('×250');
  },
};

export const Persistent: Story = {
  name: 'A persistent toast',
  render: (args) => (
    <Demo
      {...args}
      fill={(store) =>
        store.show({ code: -6058, msg: 'MMP triggered. Please reset MMP config' }, { duration: 'persistent' })
      }
    />
  ),
};

export const WithRetry: Story = {
  name: 'A toast with a Retry action',
  render: (args) => (
    <Demo
      {...args}
      fill={(store) =>
        store.show(
          { code: -1001, msg: 'Internal error; unable to process your request. Please try again.' },
          { action: { onClick: () => store.show(-1001) } },
        )
      }
    />
  ),
  play: async ({ canvasElement, globals }) => {
    await userEvent.click(within(region(canvasElement)).getByRole('button', { name: pick(globals, 'Retry', '重试') }));
    await expect(within(region(canvasElement)).getByRole('listitem')).toHaveTextContent('×2');
    // -1001 is a warning (it usually passes): announced politely, not as an alert.
    await waitFor(() => expect(document.querySelector('[data-ee-live="polite"]')).not.toBeEmptyDOMElement());
    await expect(document.querySelector('[data-ee-live="assertive"]')).toBeEmptyDOMElement();
  },
};

export const DismissWithEscape: Story = {
  render: (args) => (
    <Demo
      {...args}
      fill={(store) => {
        store.show(missing('a'));
        store.show(missing('b'));
      }}
    />
  ),
  play: async ({ canvasElement, globals }) => {
    const first = within(region(canvasElement)).getAllByRole('listitem')[0] as HTMLElement;
    within(first)
      .getByRole('button', { name: pick(globals, 'Dismiss', '关闭通知') })
      .focus();
    await userEvent.keyboard('{Escape}');
    await expect(within(region(canvasElement)).getAllByRole('listitem')).toHaveLength(1);
    await expect(region(canvasElement)).toHaveFocus();
  },
};

export const HotkeyF8: Story = {
  name: 'F8 moves focus to the toasts',
  render: (args) => <Demo {...args} fill={(store) => store.show(missing('quantity'))} />,
  play: async ({ canvasElement, globals }) => {
    within(canvasElement).getByRole('button', { name: 'Show -1008' }).focus();
    await userEvent.keyboard('{F8}');
    await expect(
      within(region(canvasElement)).getByRole('button', { name: pick(globals, 'Details', '详情') }),
    ).toHaveFocus();
  },
};

export const DetailsDialog: Story = {
  name: 'Details in a dialog',
  render: (args) => (
    <Demo
      {...args}
      fill={(store) => store.show(missing('quantity'), { request: { method: 'POST', url: '/eapi/v1/order' } })}
    />
  ),
  play: async ({ canvasElement, globals }) => {
    const details = within(region(canvasElement)).getByRole('button', { name: pick(globals, 'Details', '详情') });
    await userEvent.click(details);
    // The dialog is its own chunk: the first open may wait for it to load.
    const dialog = await within(document.body).findByRole('dialog', {}, { timeout: 10_000 });
    await expect(await within(dialog).findByText('POST /eapi/v1/order', {}, { timeout: 10_000 })).toBeVisible();
    await waitFor(() => expect(dialog.contains(document.activeElement)).toBe(true));
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(details).toHaveFocus());
  },
};

/* Heard by screen readers ------------------------------------------------------------------- */

/** What the toaster's live regions said, kept visible (they empty themselves after a while). */
function Heard() {
  const [heard, setHeard] = useState<{ live: string; text: string }[]>([]);
  useEffect(() => {
    const observer = new MutationObserver((records) => {
      const added = records.flatMap((r) =>
        Array.from(r.addedNodes).flatMap((node) => {
          const region = node.parentElement?.closest('[data-ee-live]');
          return region && node.textContent
            ? [{ live: region.getAttribute('data-ee-live') ?? '', text: node.textContent }]
            : [];
        }),
      );
      if (added.length > 0) setHeard((list) => [...list, ...added].slice(-6));
    });
    observer.observe(document.body, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, []);
  return (
    <section aria-label="Heard by a screen reader" className="sb-heard">
      <p>
        <strong>Heard by a screen reader</strong>
      </p>
      <ol>
        {heard.map((h, i) => (
          <li key={i}>
            <strong>{h.live}</strong>: {h.text}
          </li>
        ))}
      </ol>
    </section>
  );
}

/**
 * A polite and an assertive live region exist from the first render, empty; errors are said
 * assertively, warnings politely, a coalesced repeat as a short count. The toasts on screen are not
 * live themselves, so nothing is read twice.
 */
export const HeardByScreenReaders: Story = {
  name: 'Heard by screen readers',
  render: (args) => <Demo {...args}>{() => <Heard />}</Demo>,
  play: async ({ canvasElement, globals }) => {
    const assertive = document.querySelector('[data-ee-live="assertive"]');
    const polite = document.querySelector('[data-ee-live="polite"]');
    await expect(assertive).toBeEmptyDOMElement();
    await expect(polite).toBeEmptyDOMElement();
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Show -1102' }));
    await waitFor(() =>
      expect(assertive).toHaveTextContent(pick(globals, 'Required field missing.', '缺少必填字段。')),
    );
    await expect(document.querySelector('[data-ee-live="assertive"]')).toBe(assertive);
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Show -1102' }));
    await waitFor(() => expect(polite).toHaveTextContent(pick(globals, 'shown 2 times', '已出现 2 次')));
    await expect(within(canvasElement).getByRole('region', { name: 'Heard by a screen reader' })).toHaveTextContent(
      'assertive',
    );
  },
};

/* Above modals ------------------------------------------------------------------------------- */

function NativeModal({ store }: { store: ErrorStore }) {
  const ref = useRef<HTMLDialogElement>(null);
  return (
    <>
      {' '}
      <button type="button" className="ee-button" onClick={() => ref.current?.showModal()}>
        Confirm order
      </button>
      <dialog ref={ref} aria-label="Confirm order" className="sb-modal">
        <p>Buy 0.1 BTC-261225-100000-C at 500?</p>
        <button
          type="button"
          className="ee-button"
          onClick={() => store.show({ code: -2010, msg: 'NEW_ORDER_REJECTED' })}
        >
          Place
        </button>{' '}
        <button type="button" className="ee-button" onClick={() => ref.current?.close()}>
          Cancel
        </button>
      </dialog>
    </>
  );
}

const dismissInside = async (container: HTMLElement, globals: Record<string, unknown>) => {
  const toaster = await waitFor(() => {
    const found = container.querySelector<HTMLElement>('[data-ee-toaster]');
    if (!found) throw new Error('the toaster is not in the modal yet');
    return found;
  });
  const dismiss = within(toaster).getAllByRole('button', {
    name: pick(globals, 'Dismiss', '关闭通知'),
  })[0] as HTMLElement;
  const rect = dismiss.getBoundingClientRect();
  // On top of the modal's backdrop: what is under the button's centre is the button.
  await expect(
    dismiss.contains(document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2)),
  ).toBe(true);
  await userEvent.click(dismiss);
};

/**
 * While a modal `<dialog>` is open, new toasts render inside it (the page behind is inert): visible,
 * clickable, reachable with F8 and Tab. They go back when it closes.
 */
export const AboveANativeModal: Story = {
  name: 'Above a native modal dialog',
  render: (args) => <Demo {...args}>{(store) => <NativeModal store={store} />}</Demo>,
  play: async ({ canvasElement, globals }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Confirm order' }));
    const dialog = await within(document.body).findByRole('dialog', { name: 'Confirm order' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Place' }));
    await dismissInside(dialog, globals);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Place' }));
    await userEvent.keyboard('{F8}');
    await expect(dialog.querySelector('[data-ee-toaster]')?.contains(document.activeElement)).toBe(true);
  },
};

function TrapModal({ store }: { store: ErrorStore }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      {' '}
      <button type="button" className="ee-button" onClick={() => setOpen(true)}>
        Confirm order (focus trap)
      </button>
      {open && (
        <FocusTrapModal label="Confirm order" onClose={() => setOpen(false)}>
          <p>Buy 0.1 BTC-261225-100000-C at 500?</p>
          <button
            type="button"
            className="ee-button"
            onClick={() => store.show({ code: -2010, msg: 'NEW_ORDER_REJECTED' })}
          >
            Place
          </button>{' '}
          <button type="button" className="ee-button" onClick={() => setOpen(false)}>
            Cancel
          </button>
        </FocusTrapModal>
      )}
    </>
  );
}

/** The same with a focus-trapping `aria-modal` dialog (like Radix's): the toaster joins the trap. */
export const AboveAFocusTrap: Story = {
  name: 'Above a focus-trapping modal',
  render: (args) => <Demo {...args}>{(store) => <TrapModal store={store} />}</Demo>,
  play: async ({ canvasElement, globals }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Confirm order (focus trap)' }));
    const dialog = await within(document.body).findByRole('dialog', { name: 'Confirm order' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Place' }));
    await dismissInside(dialog, globals);
  },
};

/* Never over the app's controls ------------------------------------------------------------- */

/**
 * Collapsed: the newest toast in front, the others peeking out behind it; hover or focus lays them
 * out in full. `offset` keeps the stack off the app's own controls (here, an order ticket's buttons).
 */
export const CollapsedStackWithOffset: Story = {
  name: 'A collapsed stack, kept off the ticket',
  args: { offset: { bottom: 72 } },
  render: (args) => (
    <Demo {...args} fill={(store) => ['symbol', 'price', 'quantity'].forEach((p) => store.show(missing(p)))}>
      {() => (
        <div className="sb-ticket">
          <button type="button" className="ee-button ee-button--primary">
            Buy
          </button>
          <button type="button" className="ee-button ee-button--primary">
            Sell
          </button>
        </div>
      )}
    </Demo>
  ),
  play: async ({ canvasElement }) => {
    const items = within(region(canvasElement)).getAllByRole('listitem');
    await expect(items).toHaveLength(3);
    const list = items[0]?.parentElement as HTMLElement;
    const front = (items[0] as HTMLElement).getBoundingClientRect().height;
    await expect(list.getBoundingClientRect().height).toBeLessThan(front + 20);
    for (const name of ['Buy', 'Sell']) {
      const button = within(canvasElement).getByRole('button', { name });
      const rect = button.getBoundingClientRect();
      await expect(
        button.contains(document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2)),
      ).toBe(true);
    }
  },
};

/* Bounded under any storm ------------------------------------------------------------------- */

/** 200 distinct errors: three on screen, five waiting, the rest folded into "+N more", which opens the log. */
export const StormWithShowMore: Story = {
  name: 'A storm folded into "+N more"',
  args: { onShowMore: fn() },
  render: (args) => (
    <Demo
      {...args}
      storeOptions={{ queueLimit: 5 }}
      fill={(store) => {
        for (let i = 0; i < 200; i++) store.show(missing(`p${i}`));
      }}
    />
  ),
  play: async ({ canvasElement, args, globals }) => {
    const more = within(region(canvasElement)).getByRole('button', {
      name: pick(globals, '+197 more: open the error log', '另有 197 条：打开错误日志'),
    });
    await userEvent.click(more);
    await expect(args.onShowMore).toHaveBeenCalledTimes(1);
  },
};

/* Never takes the app down ------------------------------------------------------------------ */

/** A custom toast that throws for one record: that toast shows a plain fallback, still dismissable. */
export const ABadRecord: Story = {
  name: 'A record that cannot render',
  render: (args) => (
    <Demo
      {...args}
      fill={(store) => {
        store.show(-1121);
        store.show(-2010);
      }}
      renderToast={(record, api) => {
        if (record.resolved.code === -2010) throw new Error('a bad record');
        return (
          <div className="ee-toast">
            <p className="ee-toast__body">Custom toast {record.resolved.code}</p>
            <button type="button" className="ee-button" onClick={api.dismiss}>
              OK
            </button>
          </div>
        );
      }}
    />
  ),
  play: async ({ canvasElement, globals }) => {
    const toaster = region(canvasElement);
    await expect(
      within(toaster).getByText(pick(globals, 'This error could not be displayed.', '无法显示此错误。')),
    ).toBeInTheDocument();
    await userEvent.click(within(toaster).getByRole('button', { name: pick(globals, 'Dismiss', '关闭通知') }));
    await expect(within(toaster).getAllByRole('listitem')).toHaveLength(1);
  },
};
