/**
 * `<status> <reason> <body>`, as clients write an HTTP failure into a message (ccxt: `418 I'm a
 * Teapot {"code":-1003,…}`; binance-api-node: `502 Bad Gateway <html>…`). The body starts at the
 * first `{`, `[` or `<`; without one there is only the status line.
 */
const STATUS_LINE = /^([1-5]\d\d) ([^{[<]*)/;

export interface StatusLine {
  readonly status: number;
  readonly reason: string;
  /** The text from the body's first character on; '' when none. */
  readonly body: string;
}

export function statusLine(text: string): StatusLine | null {
  const match = STATUS_LINE.exec(text);
  if (!match?.[1]) return null;
  return { status: Number(match[1]), reason: (match[2] ?? '').trim(), body: text.slice(match[0].length) };
}

/** Where an embedded JSON body or HTML page starts in a client's message, or -1. */
export function bodyStart(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 123 /* { */ || c === 91 /* [ */ || c === 60 /* < */) return i;
  }
  return -1;
}
