// The one place that says which Chromium the browser tests drive and how: Debian's package (no
// browser download works on these machines), headless, and without the background networking that
// would otherwise flood the closed network with refused connections.

/** @type {string} */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** @type {readonly string[]} */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
