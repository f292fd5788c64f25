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
  /**
   * Keys that mark the plain objects a client throws for an HTTP failure with the status under `code`
   * and its status text under `message` (Bybit's SDK, bybit-api: `requestOptions`).
   */
  readonly statusObjects?: readonly string[];
}

const NO_WORDS: ClientWords = {
  ccxtIds: [],
  sdkErrors: {},
  sdkTexts: [],
  sdkTransports: {},
  sdkMessages: [],
};

/**
 * The words of several exchanges' clients as one (the readers look for any of them). Which exchange a
 * word belongs to is `clientOwners`'s to say.
 */
export function mergeClientWords(all: readonly ClientWords[]): ClientWords {
  if (all.length === 0) return NO_WORDS;
  if (all.length === 1 && all[0]) return all[0];
  return {
    // Longest first: `binanceusdm` before `binance`, so a message's first word finds its own class.
    ccxtIds: [...new Set(all.flatMap((w) => w.ccxtIds))].sort((a, b) => b.length - a.length),
    sdkErrors: Object.assign({}, ...all.map((w) => w.sdkErrors)) as Record<string, number>,
    sdkTexts: all.flatMap((w) => w.sdkTexts),
    sdkTransports: Object.assign({}, ...all.map((w) => w.sdkTransports)) as ClientWords['sdkTransports'],
    sdkMessages: all.flatMap((w) => w.sdkMessages),
    statusObjects: [...new Set(all.flatMap((w) => w.statusObjects ?? []))],
  };
}

/**
 * The exchange each client word names (ccxt's ids, the SDK's class names), for the words only one
 * of the exchanges given has: a client that names its exchange tells whose answer it threw.
 */
export function clientOwners(
  all: readonly { readonly id: string; readonly words: ClientWords }[],
): Map<string, string> {
  const owners = new Map<string, string | null>();
  for (const { id, words } of all) {
    for (const word of [...words.ccxtIds, ...Object.keys(words.sdkErrors), ...Object.keys(words.sdkTransports)]) {
      const known = owners.get(word);
      owners.set(word, known === undefined || known === id ? id : null);
    }
  }
  const out = new Map<string, string>();
  for (const [word, id] of owners) if (id !== null) out.set(word, id);
  return out;
}
