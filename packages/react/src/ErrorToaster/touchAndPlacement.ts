/**
 * What the toaster does on touch screens and around the app's keep-clear areas, as one chunk with its
 * share of the stylesheet: it is loaded only on a touch screen or a page that marks areas
 * (useTouchAndPlacement.ts).
 */
export { injectTouchStyles } from '../styles/injectTouch.js';
export { watchKeepClear } from './keepClear.js';
export { watchSwipes } from './swipe.js';
