// The one check every zh string the project owns goes through (the kit's titles, hints and
// sentences, the components' strings, the demo, the catalog browser): no stray English word, and no
// space beside full-width punctuation. Values, code names and the allowed list below may stay Latin.

/**
 * Latin words Chinese UI text keeps: acronyms and names a Chinese trader reads as they are, and code
 * names (parameter names are code). Anything else is a word we forgot to translate.
 */
export const ALLOWED_LATIN = new Set([
  // Acronyms and protocols
  'API',
  'IP',
  'HTTP',
  'HTTPS',
  'HTML',
  'URL',
  'JSON',
  'ID',
  // Binance products and order terms a Chinese trader uses as they are
  'MMP',
  'RFQ',
  'Global',
  'OTC',
  'KYC',
  'GTC',
  'IOC',
  'FOK',
  'GTX',
  'Maker',
  'Delta',
  // Assets and underlyings
  'USDT',
  'BTC',
  'ETH',
  'BTCUSDT',
  'ETHUSDT',
  'BTCUSD',
  // Code names and web platform names
  'recvWindow',
  'Service',
  'Worker',
  'websocket',
  // Spot and futures: protocols, encodings and order kinds Binance's own Chinese keeps in Latin
  // (FIX API, SBE, REST / WebSocket API, OCO / OPO orders, Taker, DropCopy sessions, ASCII and SOH)
  'FIX',
  'SBE',
  'REST',
  'WebSocket',
  'OCO',
  'OPO',
  'Taker',
  'DropCopy',
  'ASCII',
  'SOH',
  // U 本位 (USDⓈ-M), the name Chinese traders give the USDT-margined futures
  'U',
  // Exchanges whose Chinese name is their Latin brand (Bybit's own Chinese pages keep it)
  'Bybit',
]);

/** What is not prose: code spans, URLs, paths, calls, placeholders, symbols and numbers. */
const NOT_PROSE = [
  /`[^`]*`/g,
  /https?:\/\/\S+/g,
  /fetch\([^)]*\)/g,
  /(?:^|\s|[（(])\/[\w*./-]+/g,
  /\{\{[^}]*\}\}/g,
  /\b[A-Z]{2,}(?:-[A-Z0-9.]+)+\b/g,
  /\bF\d{1,2}\b/g,
];

/**
 * Latin words in `text` that are neither in the allowed list nor in `alsoAllowed` (e.g. the words of
 * Binance's own Chinese sentence, which stays as the document has it).
 * @param {string} text
 * @param {Iterable<string>} [alsoAllowed]
 * @returns {string[]}
 */
export function strayLatinWords(text, alsoAllowed = []) {
  const extra = new Set(alsoAllowed);
  let prose = text;
  for (const pattern of NOT_PROSE) prose = prose.replace(pattern, ' ');
  return [...prose.matchAll(/[A-Za-z]+/g)]
    .map((m) => m[0])
    .filter((word) => !ALLOWED_LATIN.has(word) && !extra.has(word));
}

/** Every Latin word of a text (for the words a Binance sentence may keep). */
export function latinWords(/** @type {string} */ text) {
  return [...text.matchAll(/[A-Za-z]+/g)].map((m) => m[0]);
}

/**
 * Spaces beside full-width punctuation (`请求过多； 请` or `价格 ，`), which Chinese typography never has.
 * @param {string} text
 * @returns {string[]}
 */
export function spacedPunctuation(text) {
  return [...text.matchAll(/[，。：；！？、（「“][ \t]+|[ \t]+[，。：；！？、）」”]/g)].map((m) => m[0]);
}
