/** Request parameters as Binance reads them: query string and form body, each name at most once. */
import { DECIMAL_RANGE, exchangeErrors, reject } from './errors.js';

export class Params {
  private readonly values = new Map<string, string>();

  constructor(sources: readonly string[]) {
    for (const source of sources) {
      for (const [name, value] of new URLSearchParams(source)) {
        if (this.values.has(name)) reject(exchangeErrors.duplicateParam());
        this.values.set(name, value);
      }
    }
  }

  /** The value, or undefined when absent or empty (Binance treats both as not sent). */
  optional(name: string): string | undefined {
    const value = this.values.get(name);
    return value === undefined || value === '' ? undefined : value;
  }

  required(name: string): string {
    return this.optional(name) ?? reject(exchangeErrors.mandatory(name));
  }

  /** A decimal, sign allowed so that the range filters (not the character check) judge negatives. */
  decimal(name: string, required: true): number;
  decimal(name: string, required: false): number | undefined;
  decimal(name: string, required: boolean): number | undefined {
    const text = required ? this.decimalText(name, true) : this.decimalText(name, false);
    return text === undefined ? undefined : Number(text);
  }

  /** The decimal as sent, for exact checks against the filters. */
  decimalText(name: string, required: true): string;
  decimalText(name: string, required: false): string | undefined;
  decimalText(name: string, required: boolean): string | undefined {
    const raw = required ? this.required(name) : this.optional(name);
    if (raw === undefined) return undefined;
    if (!/^-?[0-9]{1,20}(\.[0-9]{1,20})?$/.test(raw)) reject(exchangeErrors.illegalChars(name, DECIMAL_RANGE));
    return raw;
  }

  integer(name: string, required: true): number;
  integer(name: string, required: false): number | undefined;
  integer(name: string, required: boolean): number | undefined {
    const raw = required ? this.required(name) : this.optional(name);
    if (raw === undefined) return undefined;
    if (!/^-?[0-9]{1,19}$/.test(raw)) reject(exchangeErrors.mandatory(name));
    return Number(raw);
  }

  boolean(name: string): boolean {
    const raw = this.optional(name);
    if (raw === undefined) return false;
    if (raw !== 'true' && raw !== 'false') reject(exchangeErrors.mandatory(name));
    return raw === 'true';
  }
}
