/**
 * Reading an exchange's answers without trusting them: own, well-typed fields only, so an odd answer
 * (partial, of another shape, a throwing getter, a Proxy) gives fewer rows, never a throw.
 */
type Json = Readonly<Record<string, unknown>>;

export const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null;
/** An own field of an answer; undefined when absent (or when reading it throws: a Proxy, a getter). */
export function own(value: unknown, key: string): unknown {
  try {
    return isObject(value) && Object.hasOwn(value, key) ? value[key] : undefined;
  } catch {
    return undefined;
  }
}
/** An own field, when it is a string or a number (Binance sends ids as numbers). */
export function text(value: unknown, key: string): string {
  const field = own(value, key);
  return typeof field === 'string' ? field : typeof field === 'number' && Number.isFinite(field) ? String(field) : '';
}
/** An array's items, copied (so a Proxy's traps run once, here); none for anything else. */
export function list(value: unknown): readonly unknown[] {
  try {
    return Array.isArray(value) ? Array.from(value as unknown[]) : [];
  } catch {
    return [];
  }
}

/** `1.00000000` reads `1`, `0.01000000` reads `0.01`: exchangeInfo's padding is noise to a trader. */
export function plainDecimal(value: string): string {
  return /^\d+\.\d+$/.test(value) ? value.replace(/0+$/, '').replace(/\.$/, '') : value;
}
