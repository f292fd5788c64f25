// A React Server Components environment in a plain Node process, as a server-components bundler sets
// it up: the `react-server` condition (React's server build, without hooks, context or classes) and
// React's own Node loader (react-server-dom-webpack/node-loader), which turns every module that starts
// with `'use client'` into client references instead of running it. Then the kit is imported as server
// code would import it, its framework-free parts are used, and a server layout with `<ErrorToaster />`
// is rendered to React's server-components payload. Prints what happened as JSON.
//
//   node --conditions react-server src/test-support/rsc/server.mjs
import { register } from 'node:module';
import { Writable } from 'node:stream';
import { MessageChannel } from 'node:worker_threads';

const loaded = [];
const { port1, port2 } = new MessageChannel();
port1.on('message', (url) => loaded.push(url));
register('./text-hooks.mjs', import.meta.url);
register('react-server-dom-webpack/node-loader', import.meta.url);
// Registered last, so it runs first: it sees every module, client ones included.
register('./trace-hooks.mjs', import.meta.url, { data: { port: port2 }, transferList: [port2] });

const CLIENT_REFERENCE = Symbol.for('react.client.reference');
const out = { errors: [] };
const kit = await import('@exchange-errors/react');
const { binanceOptionsEager } = await import('@exchange-errors/binance-options/eager');
const { createElement: h } = await import('react');
const { renderToPipeableStream } = await import('react-server-dom-webpack/server');

out.exports = Object.fromEntries(
  Object.entries(kit).map(([name, value]) => [
    name,
    value?.$$typeof === CLIENT_REFERENCE ? 'client reference' : typeof value,
  ]),
);

// The framework-free parts, called as server code would.
kit.registerCatalogs(binanceOptionsEager);
out.showError = typeof kit.showError('{"code":-1121,"msg":"Invalid symbol."}');
const store = kit.createErrorStore();
store.show('{"code":-1121,"msg":"Invalid symbol."}');
for (let i = 0; i < 100 && store.getSnapshot().visible.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
out.store = store.getSnapshot().visible.map((record) => ({ code: record.resolved.code, name: record.resolved.name }));
store.dismissAll();
out.redacted = kit.redactRequest({ url: '/eapi/v1/order?symbol=BTC-260101-90000-C&signature=abc' }).url;
out.namespace = kit.UI_NAMESPACE;
out.uiZh = kit.uiStrings.zh.dismiss;

// The bundler's client manifest: where each client reference's code lives (here, its module URL).
const manifest = {};
for (const value of Object.values(kit)) {
  if (value?.$$typeof !== CLIENT_REFERENCE) continue;
  const [id, name] = value.$$id.split('#');
  manifest[value.$$id] = { id, chunks: [], name };
}

// A root layout as a server component: the toaster placed in it, like `app/layout.tsx`.
async function Layout({ lng }) {
  await new Promise((r) => setTimeout(r, 5));
  return h(
    'html',
    { lang: lng },
    h('body', null, h('main', null, 'Options desk'), h(kit.ErrorToaster, { position: 'bottom-left', hotkey: 'F8' })),
  );
}

out.flight = await new Promise((resolve, reject) => {
  let text = '';
  const sink = new Writable({
    write(chunk, _encoding, done) {
      text += chunk.toString('utf8');
      done();
    },
    final(done) {
      done();
      resolve(text);
    },
  });
  const { pipe } = renderToPipeableStream(h(Layout, { lng: 'zh' }), manifest, {
    onError(error) {
      out.errors.push(String(error?.stack ?? error));
    },
  });
  pipe(sink);
  setTimeout(() => reject(new Error('the server-components render did not finish')), 20_000).unref();
});

// Every module the kit's import and the render loaded, once the trace has been delivered.
await new Promise((r) => setTimeout(r, 50));
port1.close();
out.loaded = [...new Set(loaded)];
process.stdout.write(JSON.stringify(out));
