/**
 * Finds the values a server puts into a message. Binance writes the same placeholder many ways:
 * `%s`, `'%s'`, `` `%s` ``, the full-width `％s` of the Chinese pages, a Java-style `%d` or `%b`, and once
 * `'{param}'`; Bybit adds i18next-style `{{coin}}`, Go's `{{.replaceKey0}}` (quoted Go-style with doubled
 * quotes, `''{{.replaceKey0}}''`), `{minSize}`, an empty slot `{}` and full-width `｛｛key0｝｝` on its
 * Chinese page. The template writes every one of them `%s` (keeping any quotes, which are part of the
 * wording the server sends) so English and Chinese can be compared token for token.
 */
import type { Placeholder } from './model.js';

const QUOTES = new Set(["'", '`', '"']);
const OPEN = new Set(['{', '｛']);
const CLOSE: Readonly<Record<string, string>> = { '{': '}', '｛': '｝' };
const MAX_NAME = 64;
const PRINTF_TYPES = new Set(['s', 'd', 'b']);

export interface TemplateReading {
  readonly template: string;
  readonly placeholders: readonly Placeholder[];
  /** The text with every token removed: what is left to judge the language by. */
  readonly withoutPlaceholders: string;
}

function isIdentifierChar(char: string | undefined, first: boolean): boolean {
  if (char === undefined) return false;
  if (/[A-Za-z_]/.test(char)) return true;
  return !first && /[0-9]/.test(char);
}

interface Braced {
  readonly end: number;
  readonly type: 'named' | 'empty';
  readonly name?: string;
}

/**
 * A braced placeholder starting at `start` (which holds `{` or `｛`): `{name}`, `{{name}}`, `{{.name}}`
 * (Go), `{}`, in half- or full-width braces (not mixed). Its end index (exclusive), or null. Bounded by
 * the name's length, so a line of 10,000 braces stays linear.
 */
function readBraced(text: string, start: number): Braced | null {
  const open = text[start] ?? '';
  const close = CLOSE[open];
  if (close === undefined) return null;
  const double = text[start + 1] === open;
  let i = start + (double ? 2 : 1);
  if (!double && text[i] === close) return { end: i + 1, type: 'empty' };
  if (double && text[i] === '.') i++;
  const nameStart = i;
  if (!isIdentifierChar(text[i], true)) return null;
  while (i < text.length && i - nameStart < MAX_NAME && isIdentifierChar(text[i], false)) i++;
  const name = text.slice(nameStart, i);
  if (text[i] !== close) return null;
  if (double && text[i + 1] !== close) return null;
  return { end: i + (double ? 2 : 1), type: 'named', name };
}

/** The quote around a token: the same quote character on both sides, or Go's doubled `''` on both. */
function quoteAround(text: string, start: number, end: number): string {
  if (text.slice(start - 2, start) === "''" && text.slice(end, end + 2) === "''") return "''";
  const before = text[start - 1] ?? '';
  return QUOTES.has(before) && before === text[end] ? before : '';
}

export function readTemplate(text: string): TemplateReading {
  const placeholders: Placeholder[] = [];
  const template: string[] = [];
  const rest: string[] = [];
  let copyFrom = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] ?? '';
    if (char !== '%' && char !== '％' && !OPEN.has(char)) continue;
    let end = -1;
    let type: Placeholder['type'] = 's';
    let name: string | undefined;
    if (!OPEN.has(char) && PRINTF_TYPES.has(text[i + 1] ?? '')) {
      end = i + 2;
      type = text[i + 1] as 's' | 'd' | 'b';
    } else if (OPEN.has(char)) {
      const braced = readBraced(text, i);
      if (braced) {
        end = braced.end;
        type = braced.type;
        name = braced.name;
      }
    }
    if (end < 0) continue;
    const quote = quoteAround(text, i, end);
    placeholders.push({
      raw: quote + text.slice(i, end) + quote,
      type,
      ...(name === undefined ? {} : { name }),
      fullWidth: char === '％' || char === '｛',
      quote,
    });
    const literal = text.slice(copyFrom, i);
    template.push(literal, '%s');
    rest.push(literal, ' ');
    copyFrom = end;
    i = end - 1;
  }
  template.push(text.slice(copyFrom));
  rest.push(text.slice(copyFrom));
  return { template: template.join(''), placeholders, withoutPlaceholders: rest.join('') };
}

/** The placeholders' types in order, e.g. `s,b`: two texts agree on order only where types tell them apart. */
export function typeSignature(placeholders: readonly Placeholder[]): string {
  return placeholders.map((p) => (p.type === 'named' || p.type === 'empty' ? 's' : p.type)).join(',');
}
