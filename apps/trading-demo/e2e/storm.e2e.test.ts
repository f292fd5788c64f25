import { afterAll, beforeAll, expect, it } from 'vitest';
import { openApp, startHarness, type Harness } from './harness.js';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

it('a storm of 500 rate-limit errors: the DOM stays bounded, the count is right, the log holds them all', async () => {
  const { page, context, problems } = await openApp(harness, { hash: '#/chaos' });
  await page.getByLabel('Requests in the storm').fill('500');
  await page.getByRole('button', { name: 'Start rate-limit storm' }).click();
  await page.getByText('Storm over: 500 requests, 500 rate-limited').waitFor({ timeout: 30_000 });

  const region = page.getByRole('region', { name: 'Notifications (F8)' });
  const toast = region.getByRole('listitem').filter({ hasText: '-1008' });
  // The toaster's list is a chunk of its own: it may still be on its way when the storm is over.
  await expect.poll(() => toast.count()).toBe(1);
  // The interval in the trader's words: the server's `1 MINUTE` reads "1 minute".
  expect(await toast.innerText()).toContain('current limit is 2400 request weight per 1 minute');
  expect(await toast.locator('[data-ee-count]').getAttribute('data-ee-count')).toBe('500');
  expect(await toast.innerText()).toContain('×500');
  // Bounded: at most the visible limit of toasts, and a small DOM, however many errors arrived.
  expect(await region.locator('[data-ee-toast]').count()).toBeLessThanOrEqual(3);
  expect(await region.locator('*').count()).toBeLessThan(80);
  // Rate limits are warnings, said politely (the request may succeed later), and the ×500 only as a
  // short count, a few times at most, not 500 times.
  const polite = page.locator('[data-ee-live="polite"]');
  expect(await polite.textContent()).toContain('Too many requests');
  expect(await polite.locator('> *').count()).toBeLessThanOrEqual(4);
  expect(await page.locator('[data-ee-live="assertive"] > *').count()).toBe(0);

  await page.getByRole('link', { name: 'Error log' }).click();
  await page.getByText('500 errors received').waitFor();
  await page.getByLabel('Filter by code or text').fill('-1008');
  await page.getByText('Showing 1–25 of 500').waitFor();
  expect(await page.locator('.log-table tbody tr').count()).toBe(25);
  // Each entry keeps its own details.
  await page.getByRole('button', { name: 'Details #500' }).click();
  const details = page.locator('#log-details-500');
  expect(await details.innerText()).toContain('TOO_MANY_REQUESTS');
  expect(await details.innerText()).toContain('GET /eapi/v1/time');
  expect(problems).toEqual([]);
  await context.close();
});
