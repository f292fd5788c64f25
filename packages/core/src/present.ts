/**
 * Values in the trader's language. The server's values are English (`1 MINUTE`, `IP banned until
 * 1700000000000`, `` `quantity` ``); the catalog keeps them faithful and this module only presents
 * them: rate-limit intervals in words of the trader's language, ban ends as a local date-time plus
 * the time left, parameter names as code (or the app's own field label). Pure and total: odd language
 * tags, bad time zones and hostile option objects fall back, never throw.
 */
import { interpolate } from './interpolate.js';
import { supportedLanguageOf } from './languages.js';
import { readOwn } from './lookup.js';
import type { RawText } from './texts.js';

export interface PresentOptions {
  /**
   * The app's own labels for parameter names the server quotes, e.g. `{ quantity: 'Quantity' }` or
   * `{ quantity: '数量' }`: shown instead of the raw name.
   */
  readonly fieldLabels?: Readonly<Record<string, string>>;
  /** "Now" in ms, for how long a ban has left (default: `Date.now()`). */
  readonly now?: number;
  /** IANA time zone for dates, e.g. `Asia/Shanghai` (default: the runtime's, i.e. the trader's). */
  readonly timeZone?: string;
}

/**
 * The message as parts an app can render: `code` for a parameter name or pattern the server quoted,
 * or a name the catalog's wording quotes in backticks (`name: 'template'`; render in `<code>`, quotes
 * already removed), `field` for a parameter shown as the app's label,
 * `value` for any other value (`raw` is the server's form), `text` for the rest.
 */
export type MessagePart =
  | { readonly type: 'text'; readonly text: string }
  | { readonly type: 'code'; readonly text: string; readonly name: string }
  | { readonly type: 'field'; readonly text: string; readonly name: string; readonly raw: string }
  | { readonly type: 'value'; readonly text: string; readonly name: string; readonly raw: string };

export interface PresentedMessage {
  /** Plain text: the template with the display values; the template's own quotes are kept. */
  readonly message: string;
  readonly parts: readonly MessagePart[];
  /** Each value as shown (`intervalUnit: 'minutes'`, `until: '14 Nov 2023, 22:13:20 (in 2 minutes)'`). */
  readonly displayValues: Readonly<Record<string, string>>;
}

/** Values that name a parameter or hold a pattern: shown as code, or as the app's label. */
const PARAMETER_VALUES = new Set(['param', 'otherParam']);
const CODE_VALUES = new Set(['param', 'otherParam', 'legalRange', 'item']);

/* ------------------------------------------------------------------ safe options */

function labelFor(options: unknown, name: string): string | null {
  const label = readOwn(readOwn(options, 'fieldLabels'), name);
  return typeof label === 'string' && label.trim() !== '' ? label : null;
}

function nowOf(options: unknown): number {
  const now = readOwn(options, 'now');
  return typeof now === 'number' && Number.isFinite(now) ? now : Date.now();
}

function timeZoneOf(options: unknown): string | undefined {
  const zone = readOwn(options, 'timeZone');
  return typeof zone === 'string' && zone !== '' ? zone : undefined;
}

/* ------------------------------------------------------------------ Intl, safely */

const localeCache = new Map<string, string>();

/**
 * A locale Intl accepts for `lng`: `en_US` → `en-US`; tags Intl refuses (`''`, `x-klingon`, `12`)
 * fall back to the shipped language the text is in (`en` or `zh-CN`).
 */
export function intlLocale(lng: unknown): string {
  const key = typeof lng === 'string' ? lng : '';
  let locale = localeCache.get(key);
  if (locale === undefined) {
    locale = supportedLanguageOf(key) === 'zh' ? 'zh-CN' : 'en';
    try {
      const [canonical] = Intl.getCanonicalLocales(key.trim().replace(/_/g, '-'));
      if (canonical && Intl.DateTimeFormat.supportedLocalesOf([canonical]).length > 0) locale = canonical;
    } catch {
      // RangeError for a malformed tag: the fallback above.
    }
    if (localeCache.size < 256) localeCache.set(key, locale);
  }
  return locale;
}

/** Intl objects are costly to build (tens of µs); one per locale and options, a few locales per app. */
const intlCache = new Map<string, unknown>();

function cachedIntl<T>(key: string, make: () => T): T {
  let value = intlCache.get(key) as T | undefined;
  if (value === undefined) {
    value = make();
    if (intlCache.size < 64) intlCache.set(key, value);
  }
  return value;
}

function pluralOf(locale: string, count: number): string {
  try {
    return cachedIntl(`plural|${locale}`, () => new Intl.PluralRules(locale)).select(count);
  } catch {
    return count === 1 ? 'one' : 'other';
  }
}

const UNITS: Readonly<Record<string, 'SECOND' | 'MINUTE' | 'HOUR' | 'DAY'>> = {
  S: 'SECOND',
  SEC: 'SECOND',
  SECOND: 'SECOND',
  SECONDS: 'SECOND',
  M: 'MINUTE',
  MIN: 'MINUTE',
  MINUTE: 'MINUTE',
  MINUTES: 'MINUTE',
  H: 'HOUR',
  HOUR: 'HOUR',
  HOURS: 'HOUR',
  D: 'DAY',
  DAY: 'DAY',
  DAYS: 'DAY',
};

/** `MINUTE` with a count of 10 → `minutes` / `分钟`; an unknown unit stays as the server sent it. */
function unitWord(unit: string, count: number, locale: string, raw: RawText): string {
  const name = UNITS[unit.trim().toUpperCase()];
  if (!name) return unit;
  return raw(`present.units.${name}_${pluralOf(locale, count)}`) ?? raw(`present.units.${name}_other`) ?? unit;
}

function formatDateTime(ms: number, locale: string, timeZone: string | undefined): string {
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'medium' };
  try {
    return cachedIntl(
      `date|${locale}|${timeZone ?? ''}`,
      () => new Intl.DateTimeFormat(locale, { ...options, timeZone }),
    ).format(ms);
  } catch {
    // A time zone Intl does not know: the runtime's own.
    return cachedIntl(`date|${locale}|`, () => new Intl.DateTimeFormat(locale, options)).format(ms);
  }
}

function formatRelative(ms: number, now: number, locale: string): string {
  const seconds = (ms - now) / 1000;
  const abs = Math.abs(seconds);
  const [value, unit]: [number, Intl.RelativeTimeFormatUnit] =
    abs < 60
      ? [Math.round(seconds), 'second']
      : abs < 3600
        ? [Math.round(seconds / 60), 'minute']
        : abs < 172_800
          ? [Math.round(seconds / 3600), 'hour']
          : [Math.round(seconds / 86_400), 'day'];
  return cachedIntl(`relative|${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })).format(
    value,
    unit,
  );
}

/** Millisecond timestamps from 2001 to 2286: anything else is not a time and is shown as sent. */
const EPOCH_MS = /^\d{12,13}$/;

/* ------------------------------------------------------------------ values */

interface Context {
  readonly locale: string;
  readonly raw: RawText;
  readonly options: unknown;
}

function presentValue(name: string, value: string, values: Readonly<Record<string, string>>, ctx: Context): string {
  try {
    if (name === 'intervalUnit') {
      const count = Number(values['intervalNum']);
      return unitWord(value, Number.isFinite(count) ? count : 2, ctx.locale, ctx.raw);
    }
    if (name === 'interval') {
      const match = /^\s*(\d{1,9})\s*([A-Za-z]{1,10})\s*$/.exec(value);
      if (match?.[1] && match[2]) return `${match[1]} ${unitWord(match[2], Number(match[1]), ctx.locale, ctx.raw)}`;
      return value;
    }
    if (name === 'until' && EPOCH_MS.test(value)) {
      const ms = Number(value);
      const time = formatDateTime(ms, ctx.locale, timeZoneOf(ctx.options));
      const relative = formatRelative(ms, nowOf(ctx.options), ctx.locale);
      const template = ctx.raw('present.until') ?? '{{time}} ({{relative}})';
      return interpolate(template, { time, relative });
    }
    if (PARAMETER_VALUES.has(name)) return labelFor(ctx.options, value) ?? value;
  } catch {
    // Intl missing or broken in this runtime: the value as the server sent it.
  }
  return value;
}

/** Every value as the trader reads it; names the message does not use are passed through. */
export function displayValuesOf(
  values: Readonly<Record<string, string>>,
  lng: string,
  raw: RawText,
  options?: unknown,
): Record<string, string> {
  const ctx: Context = { locale: intlLocale(lng), raw, options };
  const out: Record<string, string> = {};
  for (const name of Object.keys(values)) {
    const value = values[name];
    if (typeof value === 'string') out[name] = presentValue(name, value, values, ctx);
  }
  return out;
}

/* ------------------------------------------------------------------ the message */

const PLACEHOLDER = /\{\{\s*([^{}\s,]+)\s*(?:,[^{}]*)?\}\}/g;
/** The `name` of a code part the catalog's own wording quotes (not a value): `` `TRADING` ``. */
const TEMPLATE_CODE = 'template';
const CLOSING: Readonly<Record<string, string>> = { '`': '`', "'": "'", '"': '"', '“': '”', '‘': '’', '「': '」' };

function pushText(parts: MessagePart[], text: string): void {
  if (text === '') return;
  const previous = parts[parts.length - 1];
  if (previous?.type === 'text') parts[parts.length - 1] = { type: 'text', text: previous.text + text };
  else parts.push({ type: 'text', text });
}

/**
 * Text with `` `name` `` spans, pushed as parts: the spans become code parts named `name`. Binance's
 * documents mark names in backticks (`` `ReduceOnly`订单被拒绝 ``, `` `LOT_SIZE` ``), in the server's
 * text and in the catalog's own wording alike; a trader should see a code word, not Markdown.
 */
function pushWithCode(parts: MessagePart[], text: string, name: string): void {
  if (!text.includes('`')) return pushText(parts, text);
  let last = 0;
  for (const match of text.matchAll(/`([^`\n]{1,200})`/g)) {
    const at = match.index ?? 0;
    pushText(parts, text.slice(last, at));
    parts.push({ type: 'code', text: match[1] ?? '', name });
    last = at + match[0].length;
  }
  pushText(parts, text.slice(last));
}

/**
 * Fills `template` with the presented values (never throws). `message` keeps the template's own quotes (compatible
 * with plain-text rendering); `parts` drops the quotes around a value and says what the value is.
 */
export function presentTemplate(
  template: string,
  values: Readonly<Record<string, string>>,
  lng: string,
  raw: RawText,
  options?: unknown,
): PresentedMessage {
  const text = typeof template === 'string' ? template : '';
  try {
    return fillTemplate(text, values, lng, raw, options);
  } catch {
    // A hostile `values` (a Proxy that throws) or template source: the template as it is.
    return { message: text, parts: [{ type: 'text', text }], displayValues: {} };
  }
}

function fillTemplate(
  template: string,
  values: Readonly<Record<string, string>>,
  lng: string,
  raw: RawText,
  options: unknown,
): PresentedMessage {
  const display = displayValuesOf(values, lng, raw, options);
  const parts: MessagePart[] = [];
  if (!template.includes('{{')) {
    pushWithCode(parts, template, TEMPLATE_CODE);
    return { message: template, parts, displayValues: display };
  }
  let message = '';
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    const at = match.index ?? 0;
    const name = match[1] ?? '';
    const rawValue = Object.prototype.hasOwnProperty.call(values, name) ? values[name] : undefined;
    let before = template.slice(last, at);
    last = at + match[0].length;
    if (rawValue === undefined) {
      message += before + match[0];
      pushWithCode(parts, before + match[0], TEMPLATE_CODE);
      continue;
    }
    const shown = display[name] ?? rawValue;
    const open = before.slice(-1);
    const close = CLOSING[open];
    const quoted = close !== undefined && template.startsWith(close, last);
    const labelled = PARAMETER_VALUES.has(name) && shown !== rawValue;
    if (quoted) before = before.slice(0, -1);
    // Plain text: a label reads as a quoted word; anything else keeps the template's quotes.
    message +=
      labelled && quoted ? `${before}“${shown}”` : `${before}${quoted ? open : ''}${shown}${quoted ? close : ''}`;
    pushWithCode(parts, before, TEMPLATE_CODE);
    if (name === 'serverMessage') {
      pushWithCode(parts, shown, 'serverMessage');
    } else if (labelled) {
      parts.push({ type: 'field', text: shown, name, raw: rawValue });
    } else if (CODE_VALUES.has(name)) {
      parts.push({ type: 'code', text: shown, name });
    } else {
      parts.push({ type: 'value', text: shown, name, raw: rawValue });
    }
    if (quoted) last += close.length;
  }
  const rest = template.slice(last);
  message += rest;
  pushWithCode(parts, rest, TEMPLATE_CODE);
  return { message, parts, displayValues: display };
}
