/**
 * The demo's remembered choices (language, theme, settings). Storage can be blocked (private modes,
 * sandboxed frames, a full quota): then nothing is remembered and the app still works.
 */
const PREFIX = 'exchange-errors-demo:';

export function loadItem(name: string): string | null {
  try {
    return localStorage.getItem(PREFIX + name);
  } catch {
    return null;
  }
}

export function saveItem(name: string, value: string): void {
  try {
    localStorage.setItem(PREFIX + name, value);
  } catch {
    // Not remembered; the choice still applies for this page.
  }
}
