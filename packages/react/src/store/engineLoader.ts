/**
 * The kit's engine, loaded on first use: no byte of the resolver or of a catalog is in an app's
 * first load. Shared by every store.
 */
import type { ResolvedError } from '@exchange-errors/core';
import { loadCatalogs, loadRegisteredCatalogs } from '../catalogs/load.js';
import type * as Engine from '../engine/resolveRecord.js';

let engine: typeof Engine | null = null;
let engineLoading: Promise<typeof Engine> | null = null;

function loadEngine(): Promise<typeof Engine> {
  engineLoading ??= import('../engine/resolveRecord.js').then(
    (module) => (engine = module),
    (error: unknown) => {
      // A chunk that failed to load (a deploy in between, offline) is tried again with the next error.
      engineLoading = null;
      throw error;
    },
  );
  return engineLoading;
}

/**
 * The engine, already in memory: the toaster's controller has it in its own chunk, so a store it
 * shows errors from never waits for a chunk of the engine's own.
 */
export function provideEngine(module: typeof Engine): void {
  engine = module;
  engineLoading ??= Promise.resolve(module);
}

/** Loads the engine and every registered catalog now, e.g. before server rendering or in tests. */
export function preloadErrorEngine(): Promise<void> {
  return Promise.all([loadEngine(), loadRegisteredCatalogs()]).then(() => undefined);
}

/** Loads the engine and the catalogs one error needs (an app with several products: only its product's). */
export function loadEngineFor(input: unknown, hints: Engine.EngineHints): Promise<void> {
  return loadEngine().then((loaded) => loadCatalogs(loaded.catalogsFor(input, hints)));
}

/** The engine's resolver for an error, once it and the catalogs the error needs are in; null until then. */
export function engineResolverFor(
  input: unknown,
  hints: Engine.EngineHints,
): ((input: unknown, hints: Engine.EngineHints) => ResolvedError) | null {
  return engine && engine.catalogsReady(input, hints) ? engine.resolveTrusted : null;
}
