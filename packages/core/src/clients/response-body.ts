/**
 * The async path: some clients throw before the body is read. ky's `HTTPError` holds the `Response`
 * unread, and an app using fetch may throw the `Response` itself. `readResponseBody(caught)` reads
 * that body (from a clone, so the app can still read it) and returns what every synchronous function
 * reads in full: `{ status, headers, url, body, cause: caught }`. Anything else comes back unchanged,
 * except a value a promise would mistake for one (a `then` that is a function or throws), which comes
 * back as `{ cause: caught }`, read the same. Never rejects.
 */
import { readSafely } from '../lookup.js';

interface ResponseLike {
  readonly status: number;
  readonly url?: string;
  readonly bodyUsed?: boolean;
  readonly headers: { get(name: string): string | null };
  text(): Promise<string>;
  clone?(): ResponseLike;
}

function isUnreadResponse(value: unknown): value is ResponseLike {
  return (
    typeof readSafely(value, 'status') === 'number' &&
    typeof readSafely(value, 'text') === 'function' &&
    typeof readSafely(readSafely(value, 'headers'), 'get') === 'function' &&
    readSafely(value, 'bodyUsed') !== true
  );
}

/** The unread Response in what was caught: itself, its `response`, or its cause's. */
function responseIn(caught: unknown): ResponseLike | null {
  for (const candidate of [
    caught,
    readSafely(caught, 'response'),
    readSafely(readSafely(caught, 'cause'), 'response'),
  ]) {
    if (isUnreadResponse(candidate)) return candidate;
  }
  return null;
}

/** What an async function may return without the promise adopting it (or throwing on `then`). */
function settled(value: unknown): unknown {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return value;
  try {
    if (typeof (value as { then?: unknown }).then !== 'function') return value;
  } catch {
    // A getter or a Proxy that throws on `then`.
  }
  return { cause: value };
}

/** Every header, lower-cased (an exchange's own retry header among them), read safely. */
function headersOf(response: ResponseLike): Record<string, string> {
  const out: Record<string, string> = {};
  try {
    const each = readSafely(response.headers, 'forEach');
    if (typeof each === 'function') {
      (each as (cb: (value: string, name: string) => void) => void).call(response.headers, (value, name) => {
        if (typeof value === 'string' && typeof name === 'string') out[name.toLowerCase()] = value;
      });
      return out;
    }
    const retryAfter = response.headers.get('retry-after');
    if (retryAfter !== null) out['retry-after'] = retryAfter;
  } catch {
    // Headers that cannot be read: none.
  }
  return out;
}

/**
 * What a caught error holds, read in full: a fetch `Response` not read yet (thrown as is, or ky's
 * `HTTPError.response`, also one `cause` down) becomes `{ status, headers, url, body, cause }`, which
 * every synchronous verb (and `showError`) reads like any other error. Anything else comes back as
 * it was. Reads a clone, so the app can still read the body. Never rejects.
 */
export async function readResponseBody(caught: unknown): Promise<unknown> {
  try {
    const response = responseIn(caught);
    if (!response) return settled(caught);
    const copy = typeof response.clone === 'function' ? response.clone() : response;
    const body = await copy.text();
    const url = readSafely(response, 'url');
    return {
      status: response.status,
      headers: headersOf(response),
      url: typeof url === 'string' && url !== '' ? url : undefined,
      body,
      cause: caught,
    };
  } catch {
    // A body already read, a stream that failed, a hostile object: what was caught, as it was.
    return settled(caught);
  }
}
