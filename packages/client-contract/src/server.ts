/**
 * The loopback exchange: node:http on 127.0.0.1, a free port. Every request to a product's order
 * endpoint gets the answer of the scenario the test set (`answerWith`); anything else a client asks
 * first (server time, exchange info) gets an empty success. Every request is recorded, so a test can
 * assert its call really reached this server.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Answer } from './scenarios.js';

export interface SeenRequest {
  readonly method: string;
  readonly path: string;
}

export interface LoopbackExchange {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  /** The answer to the next requests to `path`, until set again. */
  answerWith(path: string, answer: Answer): void;
  /** Requests received since the last call, then forgets them. */
  takeSeen(): SeenRequest[];
  close(): Promise<void>;
}

/** How long a held answer waits for the client to give up before the server ends it. */
const HOLD_LIMIT_MS = 30_000;

function pathOf(request: IncomingMessage): string {
  const url = request.url ?? '/';
  const query = url.indexOf('?');
  return query < 0 ? url : url.slice(0, query);
}

export async function startExchange(): Promise<LoopbackExchange> {
  let route: { path: string; answer: Answer } | null = null;
  let seen: SeenRequest[] = [];
  const held = new Set<ServerResponse>();

  const server = createServer((request, response) => {
    const path = pathOf(request);
    seen.push({ method: request.method ?? 'GET', path });
    // Read the body to its end, so that the client sees an orderly answer.
    request.resume();
    const answer = route && route.path === path ? route.answer : null;
    if (answer === null) {
      response
        .writeHead(200, { 'content-type': 'application/json' })
        .end(path.endsWith('/time') ? '{"serverTime":0}' : '{}');
      return;
    }
    if (answer.kind === 'http') {
      response.writeHead(answer.status, answer.headers).end(answer.body);
      return;
    }
    // 'hold' (a refused connection never reaches this server).
    held.add(response);
    const timer = setTimeout(() => response.destroy(), HOLD_LIMIT_MS);
    response.on('close', () => {
      clearTimeout(timer);
      held.delete(response);
    });
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    origin: `http://127.0.0.1:${port}`,
    answerWith(path, answer) {
      route = { path, answer };
    },
    takeSeen() {
      const out = seen;
      seen = [];
      return out;
    },
    async close() {
      for (const response of held) response.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
