/**
 * An exchange's official SDK errors, by class name (the classes are the exchange's words: see
 * binance-words.ts for `@binance/common`'s). The class stands for a status or for a failure without
 * an answer; its message is the exchange's `msg`, unless it is the SDK's own text.
 */
import type { ClientFacts } from './facts.js';
import type { ClientWords } from './words.js';

export function readSdkError(name: string, message: string, words: ClientWords): ClientFacts | null {
  const known = Object.prototype.hasOwnProperty.call(words.sdkErrors, name) ? words.sdkErrors[name] : undefined;
  if (!known) {
    const said = words.sdkMessages.find((entry) => entry.text.test(message));
    return said ? { transport: said.transport, clientMessage: message } : null;
  }
  const own = message === '' || message === known.defaultMessage || (known.ownMessage?.test(message) ?? false);
  return {
    status: known.status,
    transport: known.transport,
    serverText: known.serverMessage === true && !own ? message : undefined,
    clientMessage: message,
  };
}
