/**
 * Whether this code runs on a server (no `window`: Node, an edge runtime, a server components
 * layer). There one process renders every trader's pages, so anything kept at module level there is
 * shared by every request: the kit keeps nothing of a request's errors on a server.
 */
export function onServer(): boolean {
  return typeof window === 'undefined';
}
