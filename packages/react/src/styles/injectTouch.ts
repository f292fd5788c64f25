/**
 * The stylesheet's touch, narrow-screen and keep-clear rules, added by the touch-and-placement chunk
 * (only touch screens and pages that mark keep-clear areas load it) after the stylesheet the toaster
 * injected (and its details rules), with its CSP nonce. Nothing is added when the toaster injected nothing: the app
 * has `styles.css` itself (which holds these rules too), or asked for no injection.
 */
import { TOUCH_STYLES } from './touchCss.js';

export function injectTouchStyles(doc: Document | undefined): void {
  try {
    const main = doc?.head?.querySelector<HTMLStyleElement>('style[data-ee-styles=""]');
    if (!doc || !main || doc.head.querySelector('style[data-ee-styles="touch"]')) return;
    const style = doc.createElement('style');
    style.setAttribute('data-ee-styles', 'touch');
    if (main.nonce) style.nonce = main.nonce;
    style.textContent = TOUCH_STYLES;
    // After the details rules when they are in, as in styles.css: these override some of them.
    (doc.head.querySelector('style[data-ee-styles="details"]') ?? main).after(style);
  } catch {
    // A page that refuses: the toasts keep the compact layout, and still work.
  }
}
