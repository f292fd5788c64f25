/** Builds server messages from the document's templates, the way a server would fill them. */
import type { ErrorVariantInfo } from '../catalog.js';

export type QuoteForm = 'backtick' | 'single' | 'bare';

const QUOTE: Record<QuoteForm, string> = { backtick: '`', single: "'", bare: '' };

/** Fills `%s` in order; a placeholder the document wraps in quotes gets the form's quote instead. */
export function fillServer(
  variant: ErrorVariantInfo,
  values: Readonly<Record<string, string>>,
  form: QuoteForm = 'backtick',
): string {
  let index = 0;
  return variant.server.replace(/([`']?)%s\1/g, (_whole, quote: string) => {
    const name = variant.params[index++] ?? '';
    const value = values[name] ?? '';
    return quote === '' ? value : `${QUOTE[form]}${value}${QUOTE[form]}`;
  });
}

/** Fills `{{name}}` placeholders of a catalog message. */
export function fillNamed(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_whole, name: string) => values[name] ?? `{{${name}}}`);
}

/** Fills the `％s` / `%s` of the Chinese document with values in the given order. */
export function fillZhSource(text: string, values: readonly string[]): string {
  let index = 0;
  return text.replace(/[%％]s/g, () => values[index++] ?? '');
}
