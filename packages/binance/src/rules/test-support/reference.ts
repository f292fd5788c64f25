/**
 * A reference for the rules' arithmetic, written apart from them: every decimal string becomes a
 * bigint count of 10^-30 (trailing zeros and all), and the rules of Binance's filter document are
 * applied to those integers as the document states them.
 */
const SCALE = 30;
const UNIT = 10n ** BigInt(SCALE);

/** `"0.00100000"` → 10^27; a sign is kept. */
export function ref(text: string): bigint {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) throw new Error(`not a decimal: ${text}`);
  const fraction = (match[3] ?? '').padEnd(SCALE, '0');
  if (fraction.length > SCALE) throw new Error(`too many decimals: ${text}`);
  const value = BigInt(match[2] ?? '0') * UNIT + BigInt(fraction);
  return match[1] === '-' ? -value : value;
}

/** A reference value back as a plain decimal (no trailing zeros). */
export function show(value: bigint): string {
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString().padStart(SCALE + 1, '0');
  const whole = digits.slice(0, -SCALE);
  const fraction = digits.slice(-SCALE).replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

/** Decimals a value needs: trailing zeros do not count. */
export function places(text: string): number {
  return (text.split('.')[1] ?? '').replace(/0+$/, '').length;
}

/** The document's min / max / step rule; a value of 0 turns each part off. */
export function passes(value: bigint, min: bigint, max: bigint, step: bigint): boolean {
  if (min > 0n && value < min) return false;
  if (max > 0n && value > max) return false;
  return step === 0n || value % step === 0n;
}

/** `a × b` at the reference scale. */
export function times(a: bigint, b: bigint): bigint {
  return (a * b) / UNIT;
}

export const ONE = UNIT;
