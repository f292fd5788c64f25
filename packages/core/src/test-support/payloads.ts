/** Real Binance payloads with values in them, for the engine's presentation tests. */

/**
 * An IP ban as a Binance server sent it on 2023-12-11, quoted in a comment of a public trading bot
 * (https://github.com/AndreyMashukov/go-crypto-bot, exchange_context/client/banance_client.go):
 * "Way too much request weight used; IP banned until 1702275878212. Please use WebSocket Streams for
 * live updates to avoid bans." That is spot's wording around the same millisecond `until` value
 * Options sends; the fixture keeps the real value inside Options' own sentence.
 */
export const BAN_UNTIL_MS = 1702275878212;
export const BAN_PAYLOAD = {
  code: -1008,
  msg: `Way too much request weight used; IP banned until ${BAN_UNTIL_MS}. Please use the websocket for live updates to avoid bans.`,
};

/** -1008 with the limit, as the server fills it (the demo exchange and Binance's document agree). */
export const WEIGHT_PAYLOAD = {
  code: -1008,
  msg: 'Too much request weight used; current limit is 2400 request weight per 1 MINUTE. Please use the websocket for live updates to avoid polling the API.',
};
