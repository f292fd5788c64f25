/**
 * An Error whose message is the server's answer: the body as text (node-binance-api throws
 * `Error('{"code":-2010,…}')` or `Error('<html>…')`), or `<status> <reason> <body>`
 * (binance-api-node's HTML pages).
 */
import type { ClientFacts } from './facts.js';
import { statusLine } from './status-line.js';

export function readMessageBody(message: string): ClientFacts | null {
  const text = message.trim();
  const first = text.charAt(0);
  if (first === '{' || first === '[') {
    try {
      return { body: JSON.parse(text) as unknown, clientMessage: message };
    } catch {
      return null;
    }
  }
  if (first === '<') return { body: text, clientMessage: message };
  const line = statusLine(text);
  if (line && line.body.charAt(0) === '<') return { status: line.status, body: line.body, clientMessage: message };
  return null;
}
