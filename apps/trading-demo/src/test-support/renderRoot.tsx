/**
 * The whole demo app on the in-page transport, for the UI tests: a simulated exchange (the caller's,
 * to spy on it first), a toaster store whose errors stay until dismissed, and a user-event session.
 * The language and the route come from what the test set before (localStorage, location.hash).
 */
import { createErrorStore } from '@exchange-errors/react';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Simulator } from '../exchange/simulator.js';
import { createDemoI18n } from '../i18n/instance.js';
import { Root } from '../Root.js';
import { createConnection } from '../state/connection.js';

export function renderRoot(simulator = new Simulator()) {
  const store = createErrorStore({ errorDuration: 'persistent' });
  render(
    <Root
      i18n={createDemoI18n()}
      simulator={simulator}
      connection={createConnection(simulator)}
      served={Promise.resolve(false)}
      store={store}
    />,
  );
  return { simulator, store, user: userEvent.setup() };
}
