/**
 * The stylesheet's rules for the details panel and its dialog, added by the details chunk (it loads
 * when Details is first opened, or with a standalone ErrorDetails) right after the stylesheet the
 * toaster injected, with its CSP nonce. Nothing is added when the toaster injected nothing: the app
 * has `styles.css` itself (which holds these rules too), or asked for no injection.
 */
import { DETAILS_STYLES } from './detailsCss.js';

export function injectDetailsStyles(doc: Document | undefined): void {
  try {
    const main = doc?.head?.querySelector<HTMLStyleElement>('style[data-ee-styles=""]');
    if (!doc || !main || doc.head.querySelector('style[data-ee-styles="details"]')) return;
    const style = doc.createElement('style');
    style.setAttribute('data-ee-styles', 'details');
    if (main.nonce) style.nonce = main.nonce;
    style.textContent = DETAILS_STYLES;
    // Before the touch rules, as in styles.css: those override some of these on a narrow screen.
    main.after(style);
  } catch {
    // A page that refuses: the details are unstyled, not broken.
  }
}
