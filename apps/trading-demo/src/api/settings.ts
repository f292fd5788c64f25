/** Where the app sends requests and how it signs them; kept in localStorage. */
import { DEMO_API_KEY, DEMO_API_SECRET } from '../exchange/auth.js';

export interface ApiSettings {
  /** Empty: the embedded simulated exchange. Otherwise an http(s) origin such as https://eapi.binance.com. */
  readonly baseUrl: string;
  readonly apiKey: string;
  readonly apiSecret: string;
  readonly recvWindow: number;
  /** Added to the device clock for `timestamp`; lets the trader see -1021 on purpose. */
  readonly clockOffsetMs: number;
}

export const DEFAULT_SETTINGS: ApiSettings = {
  baseUrl: '',
  apiKey: DEMO_API_KEY,
  apiSecret: DEMO_API_SECRET,
  recvWindow: 5000,
  clockOffsetMs: 0,
};

/** A base URL the app accepts: empty, or an http(s) URL without query or fragment; returns its origin + path. */
export function normalizeBaseUrl(value: string): string | null {
  const trimmed = value.trim();
  if (trimmed === '') return '';
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return null;
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.search || url.hash || url.username) return null;
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

function finite(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

/** Reads stored settings; anything missing or malformed falls back to the defaults. */
export function parseSettings(raw: string | null): ApiSettings {
  let stored: Record<string, unknown> = {};
  try {
    const parsed: unknown = raw === null ? {} : JSON.parse(raw);
    if (typeof parsed === 'object' && parsed !== null) stored = parsed as Record<string, unknown>;
  } catch {
    // Corrupt storage: start from the defaults.
  }
  const text = (key: keyof ApiSettings, fallback: string) => (typeof stored[key] === 'string' ? stored[key] : fallback);
  return {
    baseUrl: normalizeBaseUrl(text('baseUrl', '')) ?? '',
    apiKey: text('apiKey', DEFAULT_SETTINGS.apiKey),
    apiSecret: text('apiSecret', DEFAULT_SETTINGS.apiSecret),
    recvWindow: finite(stored.recvWindow, DEFAULT_SETTINGS.recvWindow),
    clockOffsetMs: finite(stored.clockOffsetMs, 0),
  };
}
