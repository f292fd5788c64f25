'use client';
/**
 * A deliberate hydration mismatch (the server and the browser render different text), so the
 * consumer check proves that its console watch does catch one in each framework's production build.
 */
export function Canary() {
  return <p>{typeof window === 'undefined' ? 'rendered on the server' : 'rendered in the browser'}</p>;
}
