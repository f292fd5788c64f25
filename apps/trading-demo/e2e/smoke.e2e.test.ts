import { it } from 'vitest';
import { startHarness, openApp, axe } from './harness.js';
it('smoke', async () => {
const h = await startHarness();
const s = await openApp(h, {});
const { page } = s;
await page.getByRole('table').first().waitFor();
await page.screenshot({ path: '/tmp/shot1.png', fullPage: true });
await page.getByLabel('Symbol').fill('BTC-261225-100000-C');
await page.getByLabel('Price').fill('502');
await page.getByLabel('Quantity').fill('0.1');
await page.getByRole('button', { name: 'Buy', exact: true }).click();
await page.waitForTimeout(1000);
await page.screenshot({ path: '/tmp/shot2.png', fullPage: true });
console.log(await page.evaluate(() => fetch('/eapi/v1/order', {method:'POST'}).then(async r => r.status + ' ' + await r.text())));
console.log(JSON.stringify(await axe(page), null, 1).slice(0, 3000));
console.log(s.problems);
await h.close();
});
