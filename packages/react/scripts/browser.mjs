// Debian's Chromium through playwright-core, as every browser check in this repository drives it, and
// the in-page probe the size and latency measurements share.
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../../../scripts/chromium.mjs';

export function launchChromium() {
  return chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS] });
}

/**
 * Runs in the page: calls `window.__show(body)` and resolves once a text node equal to `expected`
 * is in the DOM (a MutationObserver, so the time is the DOM's, not a polling interval's).
 * Resolves to `{ ms, shownMs, at }`: milliseconds from the call to the text, from the call to the
 * first element matching `selector` (the toast on screen, whatever it says yet; `ms` without a
 * selector), and the wall-clock time the text appeared.
 */
export function showAndWait([body, expected, timeoutMs, selector]) {
  const present = () => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeValue?.trim() === expected) return true;
    }
    return false;
  };
  return new Promise((resolve, reject) => {
    let observer;
    let shownMs = null;
    const check = () => {
      const now = performance.now() - start;
      if (shownMs === null && selector && document.querySelector(selector)) shownMs = now;
      if (!present()) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve({ ms: now, shownMs: shownMs ?? now, at: Date.now() });
    };
    observer = new MutationObserver(check);
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`"${expected}" did not appear within ${timeoutMs} ms`));
    }, timeoutMs);
    const start = performance.now();
    window.__show(body);
    check();
  });
}
