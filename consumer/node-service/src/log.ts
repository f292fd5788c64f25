/**
 * A Node service that only formats errors for its logs: the catalog package alone, no i18next
 * installed, type-checked with `skipLibCheck: false` (so every published .d.ts is checked too).
 */
import { binanceOptionsEager } from '@exchange-errors/binance-options/eager';
import { format, type FormattedError } from '@exchange-errors/core';

export function logLine(body: unknown, lng = 'en'): string {
  const error: FormattedError = format(binanceOptionsEager, body, { lng });
  const known = error.known ? 'known' : 'unknown';
  return `${error.code ?? '-'} ${error.name ?? '?'} (${known}, ${error.category}, retryable: ${error.retryable}): ${error.message}`;
}

console.log(logLine(process.argv[2] ?? '{"code":-1121,"msg":"Invalid symbol."}', process.argv[3]));
