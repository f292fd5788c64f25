/**
 * A store's records and hydration (issue #22): the server never has the browser's errors (it keeps
 * none, see concurrentSsr.test.tsx), while the browser may have some before it hydrates (an error
 * shown as the page loaded). Every store renders empty while hydrating, so the markup matches what
 * the server sent; the records appear right after.
 */
import { act } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { createErrorStore, type ErrorStore } from './createErrorStore.js';
import { ErrorStoreProvider, useErrorStoreSnapshot } from './hooks.js';

function Log() {
  const { visible, total } = useErrorStoreSnapshot();
  return (
    <output data-total={total}>
      {visible.map((record) => (
        <span key={record.id}>{String(record.resolved.code)}</span>
      ))}
    </output>
  );
}

const page = (store: ErrorStore) => (
  <ErrorStoreProvider store={store}>
    <Log />
  </ErrorStoreProvider>
);

describe('a store with records before hydration', () => {
  it('hydrates the server markup without a mismatch, then shows its records', async () => {
    // The server's render: a store of its own, empty (one per request, or none at all).
    const html = renderToString(page(createErrorStore()));
    expect(html).toContain('data-total="0"');
    // The browser's store already holds an error when React hydrates.
    const store = createErrorStore();
    store.show('{"code":-1121,"msg":"Invalid symbol."}');
    await expect.poll(() => store.getSnapshot().visible.length).toBe(1);
    const container = document.createElement('div');
    // The server's own markup, as the browser received it: hydration is what is under test.
    // eslint-disable-next-line no-restricted-syntax
    container.innerHTML = html;
    document.body.append(container);
    const errors: unknown[] = [];
    (globalThis as Record<string, unknown>)['IS_REACT_ACT_ENVIRONMENT'] = true;
    let root: { unmount(): void } | undefined;
    await act(async () => {
      root = hydrateRoot(container, page(store), { onRecoverableError: (error) => errors.push(error) });
    });
    expect(errors).toEqual([]);
    expect(container.querySelector('output')?.getAttribute('data-total')).toBe('1');
    expect(container.textContent).toBe('-1121');
    await act(async () => root?.unmount());
    container.remove();
  });
});
