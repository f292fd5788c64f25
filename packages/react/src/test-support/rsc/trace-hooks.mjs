// Module hooks that tell the test process every module Node loads (its URL), before React's server
// loader decides what the module becomes: a real module, or client references for a `'use client'` one.
let port;

export function initialize(data) {
  port = data.port;
}

export async function load(url, context, nextLoad) {
  port.postMessage(url);
  return nextLoad(url, context);
}
