/**
 * No internet traffic: every TCP connection the tests (and the libraries under test) open must go to
 * the loopback range. A connection anywhere else fails at once, and is recorded so that the suite
 * fails even when a library swallows the error.
 */
import net from 'node:net';
import { afterAll, expect } from 'vitest';

const blocked: string[] = [];
const connect = net.Socket.prototype.connect;

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host === '[::1]' || /^127\./.test(host);
}

function hostOf(args: unknown[]): string {
  const first = args[0];
  if (Array.isArray(first)) return hostOf(first as unknown[]);
  if (typeof first === 'object' && first !== null) {
    const options = first as { host?: unknown; path?: unknown };
    if (typeof options.path === 'string') return 'localhost'; // a local socket file
    return typeof options.host === 'string' ? options.host : 'localhost';
  }
  if (typeof first === 'string' && !/^\d+$/.test(first)) return 'localhost'; // a local socket path
  return typeof args[1] === 'string' ? args[1] : 'localhost';
}

net.Socket.prototype.connect = function guardedConnect(this: net.Socket, ...args: unknown[]) {
  const host = hostOf(args);
  if (!isLoopback(host)) {
    blocked.push(host);
    throw new Error(`client-contract: a connection to ${host} was blocked (loopback only)`);
  }
  return (connect as (...a: unknown[]) => net.Socket).apply(this, args);
} as typeof net.Socket.prototype.connect;

afterAll(() => {
  expect(blocked, 'connections outside the loopback range').toEqual([]);
});
