import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createErrorStore, type ErrorStore } from '../store/createErrorStore.js';
import { useErrorStore, useErrorStoreSnapshot } from '../store/hooks.js';
import { renderWithI18n } from '../test-support/render.js';
import { ErrorToaster } from './ErrorToaster.js';

const missing = (param: string) => ({
  code: -1102,
  msg: `Mandatory parameter '${param}' was not sent, was empty/null, or malformed.`,
});

function setup(
  options: { lng?: string; store?: ErrorStore; toaster?: Partial<Parameters<typeof ErrorToaster>[0]> } = {},
) {
  const store = options.store ?? createErrorStore();
  // No delays between events: the store's timers are faked and must only move when a test says so.
  const user = userEvent.setup({ delay: null });
  const rendered = renderWithI18n(
    <>
      <button type="button">Place order</button>
      <ErrorToaster store={store} {...options.toaster} />
    </>,
    { lng: options.lng },
  );
  const region = () => screen.getByRole('region', { name: /Notifications|通知/ });
  // The toasts are list items; announcing is the live regions' job, not theirs.
  const toasts = () => within(region()).queryAllByRole('listitem');
  return {
    ...rendered,
    store,
    user,
    region,
    toasts,
    show: (e: unknown, o?: Parameters<ErrorStore['show']>[1]) => act(() => void store.show(e, o)),
  };
}

describe('ErrorToaster', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    // Testing Library flushes its async act() with setTimeout(0) and only advances fake timers it
    // recognizes as Jest's; point it at Vitest's clock.
    vi.stubGlobal('jest', { advanceTimersByTime: (ms: number) => vi.advanceTimersByTime(ms) });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('is a labelled landmark that names its hotkey', () => {
    const { region } = setup();
    expect(region()).toHaveAccessibleName('Notifications (F8)');
  });

  it('stacks toasts newest first, up to the limit, with a queue behind', () => {
    const { show, toasts, region, store } = setup({
      store: createErrorStore({ limit: 3, errorDuration: 'persistent' }),
    });
    for (const p of ['a', 'b', 'c', 'd', 'e']) show(missing(p));
    expect(toasts().map((t) => t.querySelector('code')?.textContent)).toEqual(['c', 'b', 'a']);
    expect(region()).toHaveTextContent('2 more waiting');
    act(() => store.dismiss(store.getSnapshot().visible[2]?.id ?? ''));
    expect(toasts().map((t) => t.querySelector('code')?.textContent)).toEqual(['d', 'c', 'b']);
    expect(region()).toHaveTextContent('1 more waiting');
  });

  it('coalesces the same error into one toast with a count', () => {
    const { show, toasts } = setup();
    for (let i = 0; i < 4; i++) show(missing('qty'));
    show(missing('price'));
    expect(toasts()).toHaveLength(2);
    expect(toasts()[1]).toHaveTextContent('×4');
    expect(toasts()[1]).toHaveTextContent('shown 4 times');
    expect(toasts()[0]).not.toHaveTextContent(/×\d/);
  });

  it('dismisses an error after its duration, but not while hovered', () => {
    const { show, toasts, region } = setup({ store: createErrorStore({ errorDuration: 5000 }) });
    show(missing('qty'));
    fireEvent.mouseEnter(region());
    act(() => vi.advanceTimersByTime(60_000));
    expect(toasts()).toHaveLength(1);
    fireEvent.mouseLeave(region());
    act(() => vi.advanceTimersByTime(4999));
    expect(toasts()).toHaveLength(1);
    act(() => vi.advanceTimersByTime(1));
    expect(toasts()).toHaveLength(0);
  });

  it('does not dismiss while focus is in a toast', async () => {
    const { show, toasts, user } = setup({ store: createErrorStore({ errorDuration: 5000 }) });
    show(missing('qty'));
    await user.keyboard('{F8}');
    act(() => vi.advanceTimersByTime(60_000));
    expect(toasts()).toHaveLength(1);
  });

  it('does not dismiss while the window is hidden', () => {
    const { show, toasts } = setup({ store: createErrorStore({ errorDuration: 5000 }) });
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    act(() => void document.dispatchEvent(new Event('visibilitychange')));
    show(missing('qty'));
    act(() => vi.advanceTimersByTime(60_000));
    expect(toasts()).toHaveLength(1);
    visibility.mockReturnValue('visible');
    act(() => void document.dispatchEvent(new Event('visibilitychange')));
    act(() => vi.advanceTimersByTime(5000));
    expect(toasts()).toHaveLength(0);
    visibility.mockRestore();
  });

  it('keeps a persistent toast until dismissed', async () => {
    const { show, toasts, user } = setup();
    show(-2010, { duration: 'persistent' });
    act(() => vi.advanceTimersByTime(3_600_000));
    expect(toasts()).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(toasts()).toHaveLength(0);
  });

  it('moves focus to the toasts with F8 and dismisses the focused one with Escape', async () => {
    const { show, toasts, user, region } = setup();
    show(missing('a'));
    show(missing('b'));
    screen.getByRole('button', { name: 'Place order' }).focus();
    await user.keyboard('{F8}');
    const first = toasts()[0];
    expect(first).toHaveTextContent(/parameter b was/);
    expect(within(first as HTMLElement).getByRole('button', { name: 'Details' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(toasts()).toHaveLength(1);
    expect(toasts()[0]).toHaveTextContent(/parameter a was/);
    expect(region()).toHaveFocus();
  });

  it('runs a Retry action', async () => {
    const { show, user } = setup();
    const retry = vi.fn();
    show(
      { code: -1001, msg: 'Internal error; unable to process your request. Please try again.' },
      { action: { onClick: retry } },
    );
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(retry).toHaveBeenCalledTimes(1);
  });

  it('opens the details in a dialog, moves focus in, and returns it on close', async () => {
    // The details load as their own chunk: a real module load, so real timers here.
    vi.useRealTimers();
    const { show, user } = setup();
    show(missing('qty'), { request: { method: 'POST', url: '/eapi/v1/order' } });
    const details = screen.getByRole('button', { name: 'Details' });
    await user.click(details);
    // The chunk's first load is a real module load: slow on a busy machine (over 1 s in CI).
    const dialog = await screen.findByRole('dialog', { name: 'Error details' }, { timeout: 10_000 });
    expect(await within(dialog).findByRole('heading', { name: 'Required field missing' })).toBeInTheDocument();
    expect(dialog).toHaveTextContent('POST /eapi/v1/order');
    expect(dialog.contains(document.activeElement)).toBe(true);
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(details).toHaveFocus();
  });

  it('re-renders open toasts in the new language with the same values', async () => {
    const { show, toasts, i18n } = setup();
    show(missing('quantity'));
    expect(toasts()[0]).toHaveTextContent('Required field missing');
    await act(() => i18n.changeLanguage('zh'));
    expect(screen.getByRole('region', { name: '通知（F8）' })).toBeInTheDocument();
    expect(toasts()[0]).toHaveTextContent('缺少必填字段');
    expect(toasts()[0]).toHaveTextContent('强制参数quantity未发送');
  });

  it('renders a fully custom toast through renderToast', async () => {
    const { show, user, toasts } = setup({
      toaster: {
        renderToast: (record, api) => (
          <div role="alert">
            custom {record.resolved.code}
            <button type="button" onClick={api.dismiss}>
              x
            </button>
          </div>
        ),
      },
    });
    show(-2010);
    expect(screen.getByRole('alert')).toHaveTextContent('custom -2010');
    await user.click(screen.getByRole('button', { name: 'x' }));
    expect(toasts()).toHaveLength(0);
  });

  it('passes class names to its parts', () => {
    const { show, region } = setup({
      toaster: { className: 'app-toaster', classNames: { item: 'app-item' }, toastClassNames: { title: 'app-title' } },
    });
    show(-2010);
    expect(region()).toHaveClass('ee-toaster', 'app-toaster');
    expect(region().querySelector('.app-item .app-title')).not.toBeNull();
  });
});

describe('ErrorToaster announcements', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('jest', { advanceTimersByTime: (ms: number) => vi.advanceTimersByTime(ms) });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  const live = (politeness: 'polite' | 'assertive') =>
    document.querySelector(`[data-ee-live="${politeness}"]`) as HTMLElement;

  it('has a polite and an assertive live region from the first render, empty until needed', () => {
    setup();
    expect(live('polite')).toHaveAttribute('aria-live', 'polite');
    expect(live('assertive')).toHaveAttribute('aria-live', 'assertive');
    expect(live('polite')).toBeEmptyDOMElement();
    expect(live('assertive')).toBeEmptyDOMElement();
  });

  it('announces an error assertively and a warning politely, through those same regions; toasts are not live themselves', () => {
    const { show, region } = setup();
    const [polite, assertive] = [live('polite'), live('assertive')];
    show(missing('qty'));
    show({ code: -1008, msg: 'Too many requests queued.' });
    expect(live('assertive')).toBe(assertive);
    expect(live('polite')).toBe(polite);
    expect(assertive).toHaveTextContent(
      'Required field missing. Mandatory parameter `qty` was not sent, was empty/null, or malformed. Error code -1102',
    );
    expect(polite).toHaveTextContent('Too many requests');
    expect(within(region()).queryAllByRole('alert')).toHaveLength(0);
    expect(region().querySelector('[aria-live]')).toBeNull();
  });

  it('announces a coalesced repeat briefly ("shown N times"), not the whole text again, at most every 2 s', () => {
    const { show } = setup();
    show(missing('qty'));
    act(() => vi.advanceTimersByTime(2500));
    show(missing('qty'));
    act(() => vi.advanceTimersByTime(0));
    expect(live('polite')).toHaveTextContent('Required field missing, shown 2 times');
    for (let i = 0; i < 50; i++) show(missing('qty'));
    expect(live('polite').childElementCount).toBe(1);
    act(() => vi.advanceTimersByTime(2000));
    expect(live('polite')).toHaveTextContent('Required field missing, shown 52 times');
    expect(live('polite').childElementCount).toBe(2);
    expect(live('assertive').childElementCount).toBe(1);
    expect(live('polite')).not.toHaveTextContent('Mandatory parameter');
  });

  it('announces in the current language', async () => {
    const { show, i18n } = setup();
    await act(() => i18n.changeLanguage('zh'));
    show(missing('qty'));
    expect(live('assertive')).toHaveTextContent('缺少必填字段。');
    expect(document.querySelector('[data-ee-announcer]')).toHaveAttribute('lang', 'zh');
  });

  it('leaves no announcement timer behind when the toaster unmounts', () => {
    // The store is the app's and keeps its own timers; only the toaster's must go with it.
    const store = createErrorStore();
    const { show, unmount } = setup({ store });
    const storeTimers = vi.getTimerCount();
    show(missing('qty'));
    show({ code: -1008, msg: 'Too many requests queued.' });
    const withStoreTimers = vi.getTimerCount() - storeTimers;
    unmount();
    store.dismissAll();
    act(() => vi.advanceTimersByTime(0));
    expect(withStoreTimers).toBeGreaterThan(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('speaks a Traditional Chinese trader’s script: zh-TW and zh_HK read the kit’s zh-Hant strings, zh-CN its zh', async () => {
    for (const [lng, details, region] of [
      ['zh-TW', '詳情', '通知'],
      ['zh_HK', '詳情', '通知'],
      ['zh-CN', '详情', '通知'],
    ] as const) {
      const { show, unmount } = setup({ lng });
      show(missing('qty'));
      expect(screen.getByRole('button', { name: details })).toBeVisible();
      expect(screen.getByRole('region', { name: new RegExp(`^${region}`) })).toBeInTheDocument();
      expect(screen.getAllByText(lng === 'zh-CN' ? '错误代码' : '錯誤代碼', { exact: false }).length).toBeGreaterThan(
        0,
      );
      unmount();
    }
  });

  it('keeps an app’s own zh-TW text for a key, and its zh-Hant one, over the kit’s', () => {
    const { show, i18n } = setup({ lng: 'zh-TW' });
    i18n.addResource('zh-TW', 'exchangeErrorsUi', 'details', '查看詳情');
    i18n.addResource('zh-Hant', 'exchangeErrorsUi', 'dismiss', '關掉');
    show(missing('qty'));
    expect(screen.getByRole('button', { name: '查看詳情' })).toBeVisible();
    expect(screen.getByRole('button', { name: '關掉' })).toBeVisible();
  });

  it('empties the regions after a while (silently: removals are not announced)', () => {
    const { show } = setup();
    show(missing('qty'));
    expect(live('assertive')).toHaveAttribute('aria-relevant', 'additions');
    act(() => vi.advanceTimersByTime(8000));
    expect(live('assertive')).toBeEmptyDOMElement();
  });
});

describe('ErrorToaster "+N more"', () => {
  it('folds a storm into "+N more" that opens the log, and counts the folded ones', async () => {
    const store = createErrorStore({ limit: 3, queueLimit: 2, errorDuration: 'persistent' });
    const openLog = vi.fn();
    const user = userEvent.setup();
    renderWithI18n(<ErrorToaster store={store} onShowMore={openLog} />);
    act(() => {
      for (let i = 0; i < 10; i++) store.show(missing(`p${i}`));
    });
    const region = screen.getByRole('region', { name: 'Notifications (F8)' });
    expect(within(region).getAllByRole('listitem')).toHaveLength(3);
    const more = within(region).getByRole('button', { name: '+7 more: open the error log' });
    await user.click(more);
    expect(openLog).toHaveBeenCalledTimes(1);
    // The folded ones were seen in the log; the two still waiting remain.
    expect(within(region).getByRole('button', { name: '+2 more: open the error log' })).toBeInTheDocument();
    expect(store.getSnapshot().history).toHaveLength(10);
  });

  it('is plain text without onShowMore', () => {
    const store = createErrorStore({ limit: 1, errorDuration: 'persistent' });
    renderWithI18n(<ErrorToaster store={store} />);
    act(() => {
      store.show(missing('a'));
      store.show(missing('b'));
    });
    expect(
      within(screen.getByRole('region', { name: 'Notifications (F8)' })).getByText('1 more waiting'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /more/ })).toBeNull();
  });
});

describe('ErrorToaster never takes the app down', () => {
  it('shows a plain, dismissable toast when a custom toast throws; the app and the history stay', async () => {
    const store = createErrorStore({ errorDuration: 'persistent' });
    const user = userEvent.setup();
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    renderWithI18n(
      <>
        <button type="button">Place order</button>
        <ErrorToaster
          store={store}
          renderToast={(record) => {
            if (record.resolved.code === -2010) throw new Error('bad record');
            return <p>fine {record.resolved.code}</p>;
          }}
        />
      </>,
    );
    act(() => {
      store.show(-1121);
      store.show(-2010);
    });
    const region = screen.getByRole('region', { name: 'Notifications (F8)' });
    expect(within(region).getByText('fine -1121')).toBeInTheDocument();
    expect(within(region).getByText('This error could not be displayed.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Place order' })).toBeInTheDocument();
    await user.click(within(region).getByRole('button', { name: 'Dismiss' }));
    expect(within(region).getAllByRole('listitem')).toHaveLength(1);
    expect(store.getSnapshot().history.map((h) => h.resolved.code)).toEqual([-1121, -2010]);
    error.mockRestore();
  });

  it('takes classNames={null}, toastClassNames={null} and odd offsets', () => {
    const store = createErrorStore();
    renderWithI18n(
      <ErrorToaster
        store={store}
        classNames={null}
        toastClassNames={null}
        offset={{ bottom: 24, left: '2rem', top: Number.NaN }}
      />,
    );
    act(() => void store.show(-1121));
    const region = screen.getByRole('region', { name: 'Notifications (F8)' });
    expect(region.style.getPropertyValue('--ee-offset-bottom')).toBe('24px');
    expect(region.style.getPropertyValue('--ee-offset-left')).toBe('2rem');
    expect(region.style.getPropertyValue('--ee-offset-top')).toBe('');
    expect(within(region).getAllByRole('listitem')).toHaveLength(1);
  });

  it.each(['en_US', 'zh_TW', '', 'x-klingon'])('opens the details with the i18next language %j', async (lng) => {
    const store = createErrorStore();
    const user = userEvent.setup();
    renderWithI18n(<ErrorToaster store={store} />, { lng });
    act(() => void store.show(missing('qty'), { time: Date.UTC(2026, 0, 2, 3, 4, 5) }));
    await user.click(screen.getByRole('button', { name: /Details|详情|詳情/ }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/2026/)).toHaveAttribute('datetime', '2026-01-02T03:04:05.000Z');
    expect(dialog.querySelector('[lang]')?.getAttribute('lang')).toMatch(/^(en|en-US|zh-TW)$/);
  });
});

describe('ErrorToaster under a burst', () => {
  it('keeps the DOM bounded, counts right, and records every error in the history', () => {
    const store = createErrorStore({ limit: 3, historyLimit: 2000 });
    function Log() {
      const snapshot = useErrorStoreSnapshot(store);
      return <p data-testid="log">{`${snapshot.history.length} logged, ${snapshot.dropped} dropped`}</p>;
    }
    renderWithI18n(
      <>
        <ErrorToaster store={store} />
        <Log />
      </>,
    );
    act(() => {
      for (let i = 0; i < 1000; i++) store.show({ code: -1008, msg: 'Too many requests queued.' });
      for (let i = 0; i < 10; i++) store.show(missing(`p${i}`));
    });
    const region = screen.getByRole('region', { name: 'Notifications (F8)' });
    expect(region.querySelectorAll('[data-ee-toast]')).toHaveLength(3);
    expect(region.querySelectorAll('li')).toHaveLength(3);
    expect(region).toHaveTextContent('8 more waiting');
    expect(store.getSnapshot().queued.length + store.getSnapshot().visible.length).toBe(11);
    const rateLimit = [...store.getSnapshot().visible, ...store.getSnapshot().queued].find(
      (r) => r.resolved.code === -1008,
    );
    expect(rateLimit?.count).toBe(1000);
    expect(screen.getByTestId('log')).toHaveTextContent('1010 logged, 0 dropped');
  });
});

describe('useErrorStore', () => {
  it('shows through the toaster’s store from anywhere below', async () => {
    const store = createErrorStore();
    function Place() {
      const active = useErrorStore(store);
      return (
        <button type="button" onClick={() => active.show(new TypeError('Failed to fetch'))}>
          Place
        </button>
      );
    }
    const user = userEvent.setup();
    renderWithI18n(
      <>
        <Place />
        <ErrorToaster store={store} />
      </>,
    );
    await user.click(screen.getByRole('button', { name: 'Place' }));
    await waitFor(() => expect(screen.getByRole('listitem')).toHaveTextContent('Connection problem'));
  });

  // Found in the demo: with no provider and no `store` prop, an error shown straight on the shared
  // store (not through `showError`) never woke the toaster, so it stayed in the history unseen.
  it('wakes a toaster with no store of its own when the shared store gets an error straight', async () => {
    function Place() {
      const shared = useErrorStore();
      return (
        <button type="button" onClick={() => shared.show(new TypeError('Failed to fetch'))}>
          Place
        </button>
      );
    }
    const user = userEvent.setup();
    renderWithI18n(
      <>
        <Place />
        <ErrorToaster prefetch={false} />
      </>,
    );
    await user.click(screen.getByRole('button', { name: 'Place' }));
    await waitFor(() => expect(screen.getByRole('listitem')).toHaveTextContent('Connection problem'), {
      timeout: 5000,
    });
  });
});
