// Browser tests run in Debian's Chromium (no browser download works on these machines). Installs it
// with apt when missing and we are root; otherwise says exactly what to install.
import { existsSync } from 'node:fs';
import { run } from './bootstrap.mjs';
import { CHROMIUM } from './chromium.mjs';

export function ensureBrowser() {
  if (existsSync(CHROMIUM)) return;
  if (process.getuid?.() !== 0) {
    console.error(
      `Chromium not found at ${CHROMIUM}. Install it (Debian: apt-get install chromium fonts-wqy-microhei) or set CHROMIUM_PATH.`,
    );
    process.exit(1);
  }
  console.log('Installing Chromium and a CJK font from Debian (once per machine)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (
    run('apt-get', ['update', '-qq'], { env }) !== 0 ||
    run('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-wqy-microhei'], { env }) !== 0
  ) {
    console.error('Installing Chromium with apt-get failed.');
    process.exit(1);
  }
}
