/**
 * Product rules load as a chunk of their own the first time a component has order context. Tests
 * that assert an explanation right after rendering warm them up once, through the public path.
 */
import { cleanup, waitFor } from '@testing-library/react';
import { ErrorToast } from '../ErrorToast/ErrorToast.js';
import { EXPLAINED } from '../stories-support/orders.js';
import { renderWithI18n } from './render.js';

export async function loadExplainerOnce(): Promise<void> {
  const c = EXPLAINED.priceOffTick;
  renderWithI18n(<ErrorToast error={c.error} explain={c.explain} />);
  await waitFor(() => {
    if (!document.querySelector('[data-ee-explanation]')) throw new Error('rules not loaded yet');
  });
  cleanup();
}
