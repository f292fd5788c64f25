/**
 * The loopback WebSocket API: a `ws` server on 127.0.0.1 answering every request (`{id, method,
 * params}`) the way the test says, as Binance's WebSocket API answers: `{id, status, error}` for a
 * failure, or nothing at all (the client's request times out).
 */
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';

export type WsAnswer = { readonly status: number; readonly error: object } | 'silence';

export interface LoopbackWebSocketApi {
  /** `ws://127.0.0.1:<port>` */
  readonly url: string;
  answerWith(answer: WsAnswer): void;
  /** The methods received since the last call, then forgets them. */
  takeSeen(): string[];
  close(): Promise<void>;
}

export async function startWebSocketApi(): Promise<LoopbackWebSocketApi> {
  let answer: WsAnswer = 'silence';
  let seen: string[] = [];
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  server.on('connection', (socket) => {
    socket.on('message', (data) => {
      let request: { id?: unknown; method?: unknown };
      try {
        request = JSON.parse(String(data)) as typeof request;
      } catch {
        return;
      }
      seen.push(String(request.method));
      if (answer === 'silence') return;
      socket.send(JSON.stringify({ id: request.id, ...answer, rateLimits: [] }));
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `ws://127.0.0.1:${port}`,
    answerWith(next) {
      answer = next;
    },
    takeSeen() {
      const out = seen;
      seen = [];
      return out;
    },
    async close() {
      for (const client of server.clients) client.terminate();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
