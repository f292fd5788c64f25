/**
 * Fills `{{name}}` placeholders in one pass. Values are inserted verbatim and never scanned again,
 * so a value holding `{{x}}`, `$t(…)` or `<b>` stays literal text; nothing is HTML-escaped because
 * callers render text, not markup. A format suffix (`{{limit, number}}`) in an app's own override is
 * accepted and ignored: the value is the server's text, shown as sent.
 */
const PLACEHOLDER = /\{\{\s*([^{}\s,]+)\s*(?:,[^{}]*)?\}\}/g;

export function interpolate(template: string, values: Readonly<Record<string, string>>): string {
  if (!template.includes('{{')) return template;
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = Object.prototype.hasOwnProperty.call(values, name) ? values[name] : undefined;
    return value ?? whole;
  });
}
