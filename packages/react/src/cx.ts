/** Class names joined; anything that is not a non-empty string (an app's `null`, a number) is left out. */
export function cx(...names: unknown[]): string {
  return names.filter((name) => typeof name === 'string' && name !== '').join(' ');
}
