/**
 * The YAML front matter the project puts on every vendored document. Only flat `key: value` lines are
 * used (exchange, product, source_url, updated_at, language…); quoted values are unquoted, so
 * `"2026-05-28T18:38:05.280Z"` reads as the date.
 */
import { SourceFormatError } from './errors.js';

export interface FrontMatter {
  readonly data: Record<string, string>;
  /** Index of the first line after the block (0 when there is none). */
  readonly next: number;
}

function unquote(value: string): string {
  if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) {
    return value.slice(1, -1).replace(/\\(["\\])/g, '$1');
  }
  if (value.length >= 2 && value.startsWith("'") && value.endsWith("'")) {
    return value.slice(1, -1).replaceAll("''", "'");
  }
  return value;
}

export function readFrontMatter(lines: readonly string[]): FrontMatter {
  if (lines[0]?.trim() !== '---') return { data: {}, next: 0 };
  const data: Record<string, string> = {};
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.trim() === '---') return { data, next: i + 1 };
    const colon = line.indexOf(':');
    if (colon < 1) continue;
    const key = line.slice(0, colon);
    if (!/^[A-Za-z_][\w-]*$/.test(key)) continue;
    data[key] = unquote(line.slice(colon + 1).trim());
  }
  throw new SourceFormatError('front matter is not closed by ---', 1);
}
