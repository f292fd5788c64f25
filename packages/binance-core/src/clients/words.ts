/**
 * What the client libraries of one exchange say, as data: the generic readers of this folder take
 * it as an argument, so that a second exchange brings its own (ccxt prefixes every message with the
 * exchange's id; an exchange's official SDK has its own error classes).
 */

/** How a request failed without an answer, as far as the client knew. */
export type Transport = 'notSent' | 'dropped' | 'timeout';

/** One error class of an exchange's official SDK. */
export interface SdkErrorClass {
  /** The HTTP status the class stands for (`ForbiddenError`: 403), when it stands for one. */
  readonly status?: number;
  /** How the request failed when the class means no answer came. */
  readonly transport?: Transport;
  /** Its message is the server's `msg` (unless it is one of the SDK's own texts below). */
  readonly serverMessage?: boolean;
  /** The SDK's own text when it had no message from the server: never the exchange's words. */
  readonly defaultMessage?: string;
  /** Messages the SDK writes itself (`Server error: 502`): never the exchange's words. */
  readonly ownMessage?: RegExp;
}

export interface ClientWords {
  /** ccxt's ids of this exchange's classes, the first word of each of their messages. */
  readonly ccxtIds: readonly string[];
  /** The official SDK's error classes by `name`. */
  readonly sdkErrors: Readonly<Record<string, SdkErrorClass>>;
  /** Plain `Error`s the official SDK throws itself (its WebSocket API): what each says about the request. */
  readonly sdkMessages: readonly { readonly text: RegExp; readonly transport: Transport }[];
}
