/**
 * Whether product texts have arrived yet (the first toast is final then): the toaster fetches the
 * rest of the catalogs and texts at idle only after that, so that they never delay a first toast.
 * In the page's first load: a flag and its listeners.
 */
let arrived = false;
let restIn = false;
const listeners = new Set<() => void>();

/** Called by the texts' loader (catalogs/texts.ts) when texts arrive. */
export function noteTextsArrived(): void {
  if (arrived) return;
  arrived = true;
  for (const listener of Array.from(listeners)) listener();
}

export function textsArrived(): boolean {
  return arrived;
}

export function subscribeTextsArrived(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Called once every registered product's whole catalog and texts are in (the rest, at idle). */
export function noteRestIn(): void {
  restIn = true;
}

/** Whether the whole catalogs and texts are in: an error then needs no part fetched. */
export function restLoaded(): boolean {
  return restIn;
}
