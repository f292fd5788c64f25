/**
 * What the client libraries of one exchange say, as data: the generic readers of this folder take
 * it as an argument, so that a second exchange brings its own (ccxt prefixes every message with the
 * exchange's id; an exchange's official SDK has its own error classes).
 */

/** How a request failed without an answer, as far as the client knew. */
export type Transport = 'notSent' | 'dropped' | 'timeout';

export interface ClientWords {
  /** ccxt's ids of this exchange's classes, the first word of each of their messages. */
  readonly ccxtIds: readonly string[];
  /**
   * The official SDK's error classes that carry the server's message, by `name`: the HTTP status each
   * stands for (0: none in particular). Their message is the server's `msg`, or one of `sdkTexts`
   * when the body had none.
   */
  readonly sdkErrors: Readonly<Record<string, number>>;
  /** The texts the SDK writes itself when the body had no message: never the exchange's words. */
  readonly sdkTexts: readonly string[];
  /** The official SDK's error classes that mean no answer came, by `name`: their message is the SDK's own. */
  readonly sdkTransports: Readonly<Record<string, Transport>>;
  /** Plain `Error`s the official SDK throws itself (its WebSocket API): what each says about the request. */
  readonly sdkMessages: readonly { readonly text: RegExp; readonly transport: Transport }[];
}
