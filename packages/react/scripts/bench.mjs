// Store benchmark, framework-free (Node, the built store): what a storm costs.
//   100,000 distinct errors (every one a new toast: the queue and its overflow are exercised) and
//   100,000 identical errors (one toast whose count climbs), each bare and with a subscriber that
//   reads every snapshot the way React's useSyncExternalStore does.
// Reports time per error and the heap after the run (after a full GC; and what of it the store
// holds: the heap with the store minus the heap once it is released), beside
// the engine's resolve alone (the share of the time that is parsing the server's message), and the
// growth of time per error from 10,000 to 100,000 errors (flat means O(1) amortized).
// Reported, not gated: shared CI machines are too noisy to fail a build on timings.
import { resolve } from '@exchange-errors/core';
import { binanceOptionsEager } from '@exchange-errors/binance-options/eager';
import { registerCatalogs } from '../dist/catalogs/registry.js';
import { createErrorStore, preloadErrorEngine } from '../dist/store/createErrorStore.js';

// As an app that has the engine and the Options catalog loaded: the storm measures the store, not
// the chunk loading before the first error (until then errors wait, in order, and nothing shows).
registerCatalogs(binanceOptionsEager);
await preloadErrorEngine();

const N = 100_000;
const gc = typeof globalThis.gc === 'function' ? globalThis.gc : null;

const distinctInputs = (n) =>
  Array.from({ length: n }, (_, i) => ({
    code: -1102,
    msg: `Mandatory parameter 'p${i}' was not sent, was empty/null, or malformed.`,
  }));
const identicalInputs = (n) => Array.from({ length: n }, () => ({ code: -1008, msg: 'Too many requests queued.' }));

function heapUsed() {
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed;
}

/** One storm; returns only numbers, so nothing of the store outlives the call. */
function storm(makeInputs, n, subscriber) {
  let inputs = makeInputs(n);
  // Persistent toasts: the run measures the store, not timers firing in the middle of it.
  const store = createErrorStore({ errorDuration: 'persistent', noticeDuration: 'persistent' });
  let reads = 0;
  if (subscriber) {
    store.subscribe(() => {
      reads += store.getSnapshot().visible.length;
    });
  }
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i++) store.show(inputs[i]);
  const ns = Number(process.hrtime.bigint() - start);
  inputs = null;
  const snapshot = store.getSnapshot();
  const after = heapUsed();
  if (subscriber && reads === 0) throw new Error('the subscriber read no snapshot');
  const state = `visible ${snapshot.visible.length}, waiting ${snapshot.waiting}, +${snapshot.overflow} folded, history ${snapshot.history.length} (+${snapshot.dropped} dropped), total ${snapshot.total}`;
  store.dismissAll();
  return { ns, after, state };
}

function run(name, makeInputs, n, { subscriber = false } = {}) {
  const { ns, after, state } = storm(makeInputs, n, subscriber);
  // What the store holds after the storm: the heap with it, minus the heap once it is gone.
  const without = heapUsed();
  return {
    name,
    n,
    usPerError: ns / 1000 / n,
    totalMs: ns / 1e6,
    heapMiB: after / 1024 / 1024,
    heldMiB: (after - without) / 1024 / 1024,
    state,
  };
}

function resolveOnly(makeInputs, n) {
  const inputs = makeInputs(n);
  const start = process.hrtime.bigint();
  let sink = 0;
  for (let i = 0; i < n; i++) sink += resolve(binanceOptionsEager, inputs[i]).code ?? 0;
  const ns = Number(process.hrtime.bigint() - start);
  return { usPerError: ns / 1000 / n, sink };
}

const fmt = (value, digits = 2) => value.toFixed(digits);

// Warm up the JIT on a smaller run of each shape.
run('warm-up', distinctInputs, 20_000, { subscriber: true });
run('warm-up', identicalInputs, 20_000, { subscriber: true });

console.log(
  `@exchange-errors/react store benchmark (Node ${process.version}${gc ? '' : '; run with --expose-gc for heap figures'})`,
);
const rows = [];
for (const [label, make] of [
  ['distinct', distinctInputs],
  ['identical', identicalInputs],
]) {
  for (const subscriber of [false, true]) {
    const small = run(label, make, N / 10, { subscriber });
    const big = run(label, make, N, { subscriber });
    rows.push({
      label: `${N.toLocaleString('en')} ${label}${subscriber ? ', subscriber reads every snapshot' : ''}`,
      big,
      growth: big.usPerError / small.usPerError,
    });
  }
}
for (const { label, big, growth } of rows) {
  console.log(
    `  ${label.padEnd(58)} ${fmt(big.usPerError).padStart(6)} µs/error  ${fmt(big.totalMs, 0).padStart(5)} ms  heap after ${fmt(big.heapMiB, 1).padStart(5)} MiB (store ${fmt(big.heldMiB).padStart(5)} MiB)  10k→100k ×${fmt(growth)}`,
  );
  console.log(`  ${''.padEnd(58)} ${big.state}`);
}
const resolveDistinct = resolveOnly(distinctInputs, N);
const resolveIdentical = resolveOnly(identicalInputs, N);
console.log(
  `  the engine's resolve alone: distinct ${fmt(resolveDistinct.usPerError)} µs/error, identical ${fmt(resolveIdentical.usPerError)} µs/error`,
);
const superlinear = rows.filter((r) => r.growth > 3);
console.log(
  superlinear.length === 0
    ? 'time per error is flat from 10k to 100k errors (O(1) amortized); the heap stays bounded'
    : `time per error grows with the number of errors: ${superlinear.map((r) => r.label).join('; ')}`,
);
