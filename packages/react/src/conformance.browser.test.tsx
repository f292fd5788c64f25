import '@testing-library/jest-dom/vitest';
import { act } from '@testing-library/react';
import { ErrorDetails } from './ErrorDetails/ErrorDetails.js';
import { ErrorToast } from './ErrorToast/ErrorToast.js';
import { ErrorToaster } from './ErrorToaster/ErrorToaster.js';
import { EXPLAINED } from './stories-support/orders.js';
import { createErrorStore } from './store/createErrorStore.js';
import './styles.css';
import { runConformance, screen } from './test-support/conformance.js';

const noop = () => undefined;

function toasterWithToasts(className: string) {
  const store = createErrorStore({ errorDuration: 'persistent', noticeDuration: 'persistent' });
  store.show({ code: -1102, msg: "Mandatory parameter 'quantity' was not sent, was empty/null, or malformed." });
  for (let i = 0; i < 3; i++) store.show({ code: -1008, msg: 'Too many requests queued.' });
  store.show(-2018, { action: { onClick: noop } });
  store.show(-6035);
  return <ErrorToaster store={store} className={className} />;
}

runConformance([
  {
    name: 'ErrorToast (error with every control)',
    render: (className) => (
      <ErrorToast
        className={className}
        error={{ code: -2010, msg: 'NEW_ORDER_REJECTED' }}
        count={3}
        action={{ onClick: noop }}
        onShowDetails={noop}
        onDismiss={noop}
      />
    ),
    classTarget: () => document.querySelector('[data-ee-toast]'),
    minTabStops: 3,
  },
  {
    name: 'ErrorToast (warning)',
    render: (className) => <ErrorToast className={className} code={-1008} onDismiss={noop} />,
    classTarget: () => document.querySelector('[data-ee-toast]'),
    minTabStops: 1,
  },
  {
    name: 'ErrorToast (explained, with its hint)',
    render: (className) => (
      <ErrorToast
        className={className}
        error={EXPLAINED.priceOffTick.error}
        explain={EXPLAINED.priceOffTick.explain}
        showHint
        onShowDetails={noop}
        onDismiss={noop}
      />
    ),
    classTarget: () => document.querySelector('[data-ee-toast]'),
    minTabStops: 2,
  },
  {
    name: 'ErrorDetails (explained, with its fixes)',
    render: (className) => (
      <ErrorDetails
        className={className}
        error={EXPLAINED.postOnly.error}
        explain={EXPLAINED.postOnly.explain}
        onApplySuggestion={noop}
      />
    ),
    classTarget: () => document.querySelector('[data-ee-details]'),
    minTabStops: 4,
  },
  {
    name: 'ErrorDetails',
    render: (className) => (
      <ErrorDetails
        className={className}
        error={{ code: -1102, msg: "Mandatory parameter 'quantity' was not sent, was empty/null, or malformed." }}
        time={Date.UTC(2026, 10, 24, 9, 30)}
        request={{ method: 'POST', url: '/eapi/v1/order' }}
      />
    ),
    classTarget: () => document.querySelector('[data-ee-details]'),
    minTabStops: 2,
  },
  {
    name: 'ErrorToaster',
    render: toasterWithToasts,
    classTarget: () => document.querySelector('[data-ee-toaster]'),
    minTabStops: 6,
  },
  {
    name: 'ErrorToaster details dialog',
    render: toasterWithToasts,
    classTarget: () => document.querySelector('[data-ee-toaster]'),
    after: async () => {
      const details = screen.getAllByRole('button', { name: /Details|详情/ })[0];
      await act(async () => details?.click());
      // The dialog is a chunk of its own: the first open waits for it.
      await screen.findByRole('heading', { level: 2 }, { timeout: 10_000 });
    },
    minTabStops: 2,
  },
]);
