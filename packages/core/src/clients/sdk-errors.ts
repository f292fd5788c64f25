/**
 * An exchange's official SDK errors, by class name (the classes are the exchange's words: see
 * binance-words.ts for `@binance/common`'s). The class stands for a status or for a failure without
 * an answer; its message is the exchange's `msg`, or the SDK's own text when the body had none.
 */
import type { ClientFacts } from './facts.js';
import type { ClientWords } from './words.js';

function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

export function readSdkError(name: string, message: string, words: ClientWords): ClientFacts | null {
  const byClass = own(words.sdkTransports, name);
  if (byClass) return { transport: byClass, clientMessage: message, client: name };
  const transport = words.sdkMessages.find((entry) => entry.text.test(message))?.transport;
  if (transport) return { transport, clientMessage: message };
  const status = own(words.sdkErrors, name);
  if (status === undefined) return null;
  const server = !words.sdkTexts.includes(message);
  return {
    status: status || undefined,
    serverText: server ? message : undefined,
    clientMessage: message,
    client: name,
  };
}
