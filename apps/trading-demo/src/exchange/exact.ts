/**
 * Exact decimals for the filter checks, on the strings as sent: every value becomes a bigint count of
 * 10^-20 (Binance takes at most 20 decimals), so `12306 % 0.0001` or `1.00000001 % 0.00000001` is
 * decided exactly, as the exchange does, and never by floating point. Written apart from the kit's
 * decimal module on purpose: the demo's tests check the kit against an independent implementation.
 */
const SCALE = 20;
const PLAIN = /^(-?)(\d{1,21})(?:\.(\d{1,20}))?$/;

/** Units of 10^-20; the caller has checked `text` against the decimal format. */
export function units(text: string): bigint {
  const match = PLAIN.exec(text);
  if (!match) throw new Error(`not a plain decimal: ${text}`);
  const magnitude = BigInt(match[2] ?? '0') * 10n ** BigInt(SCALE) + BigInt((match[3] ?? '').padEnd(SCALE, '0'));
  return match[1] === '-' ? -magnitude : magnitude;
}

/** Decimal places the value needs: trailing zeros do not count (`12305.00` has none). */
export function placesOf(text: string): number {
  const fraction = PLAIN.exec(text)?.[3] ?? '';
  return fraction.replace(/0+$/, '').length;
}

export function isMultiple(value: string, step: string): boolean {
  return units(value) % units(step) === 0n;
}
