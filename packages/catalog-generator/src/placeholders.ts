/**
 * Finds the values a server puts into a message. Binance writes the same placeholder many ways:
 * `%s`, `'%s'`, `` `%s` ``, the full-width `％s` of the Chinese pages, a Java-style `%d` or `%b`, and once
 * `'{param}'`. The template writes every one of them `%s` (keeping any quotes, which are part of the
 * wording the server sends) so English and Chinese can be compared token for token.
 */
import type { Placeholder } from './model.js';

const QUOTES = new Set(["'", '`', '"']);
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

/** `{name}` starting at `start` (which holds `{`): its end index (exclusive), or -1. Bounded by the name. */
function namedEnd(text: string, start: number): number {
  let i = start + 1;
  if (!isIdentifierChar(text[i], true)) return -1;
  while (i < text.length && i - start < 64 && isIdentifierChar(text[i], false)) i++;
  return text[i] === '}' ? i + 1 : -1;
}

export function readTemplate(text: string): TemplateReading {
  const placeholders: Placeholder[] = [];
  const template: string[] = [];
  const rest: string[] = [];
  let copyFrom = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] ?? '';
    if (char !== '%' && char !== '％' && char !== '{') continue;
    let end = -1;
    let type: Placeholder['type'] = 's';
    let name: string | undefined;
    if (char !== '{' && PRINTF_TYPES.has(text[i + 1] ?? '')) {
      end = i + 2;
      type = text[i + 1] as 's' | 'd' | 'b';
    } else if (char === '{') {
      end = namedEnd(text, i);
      if (end > 0) {
        type = 'named';
        name = text.slice(i + 1, end - 1);
      }
    }
    if (end < 0) continue;
    const before = text[i - 1] ?? '';
    const after = text[end] ?? '';
    const quote = QUOTES.has(before) && before === after ? before : '';
    placeholders.push({
      raw: quote + text.slice(i, end) + quote,
      type,
      ...(name === undefined ? {} : { name }),
      fullWidth: char === '％',
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
  return placeholders.map((p) => (p.type === 'named' ? 's' : p.type)).join(',');
}
