/** Reading what app code passes: a throwing getter, a revoked Proxy, a BigInt or a cycle never throws here. */

/** Reads one property; a throwing getter or a revoked Proxy reads as `undefined`. */
export function read(target: unknown, key: PropertyKey): unknown {
  if ((typeof target !== 'object' && typeof target !== 'function') || target === null) return undefined;
  try {
    return (target as Record<PropertyKey, unknown>)[key];
  } catch {
    return undefined;
  }
}

/** Hint values as plain strings: only text, numbers, bigints and booleans survive. */
export function plainValues(values: unknown): Record<string, string> | undefined {
  if (typeof values !== 'object' || values === null) return undefined;
  const out: Record<string, string> = {};
  let keys: string[];
  try {
    keys = Object.keys(values);
  } catch {
    return undefined;
  }
  for (const key of keys) {
    const value = read(values, key);
    if (typeof value === 'string') out[key] = value;
    else if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean')
      out[key] = String(value);
  }
  return out;
}

/** A stable text for a values object, for memo keys: no JSON.stringify of caller data (BigInt, cycles). */
export function valuesKey(values: unknown): string {
  const plain = plainValues(values);
  if (!plain) return '';
  return JSON.stringify(
    Object.keys(plain)
      .sort()
      .map((k) => [k, plain[k]]),
  );
}
