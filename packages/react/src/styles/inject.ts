/**
 * The toaster brings its own stylesheet: on first use it adds `styles.css` (minified) as the first
 * `<style>` of the page's head, so the app's own CSS, which comes later, wins wherever it overrides.
 * Nothing is added when the page already has it: `@exchange-errors/react/styles.css` imported by the
 * app (it sets `--ee-styles` on the root), or a toaster's earlier injection. A strict CSP takes a
 * `nonce`; `injectStyles={false}` turns this off for apps that load styles.css themselves.
 */
import { STYLES } from './css.js';

const MARK = 'data-ee-styles';

export function injectErrorStyles(doc: Document | undefined, nonce?: string): void {
  if (!doc?.head) return;
  try {
    if (doc.head.querySelector(`style[${MARK}]`)) return;
    const view = doc.defaultView;
    if (view && view.getComputedStyle(doc.documentElement).getPropertyValue('--ee-styles').trim() !== '') return;
    const style = doc.createElement('style');
    style.setAttribute(MARK, '');
    if (nonce) style.nonce = nonce;
    style.textContent = STYLES;
    doc.head.prepend(style);
  } catch {
    // A page that refuses (a sealed head, a CSP without the nonce): the toasts are unstyled, not broken.
  }
}
