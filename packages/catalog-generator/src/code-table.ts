/**
 * Bybit's tables of codes: `| 10001 | Request parameter error |`, one table per section, every row a
 * code and its message. The code cell may be struck through (`~~10018~~`: withdrawn), a link
 * (`[401](../pilot-feature#…)`) or padded; the message cell may be struck, hold an HTML link, a
 * numbered list of messages (`1. internal server error; 2. Service is restarting`), or (on the Chinese
 * page) the English message followed by its Chinese (see mixed.ts). Each is read by one rule and
 * recorded as a quirk with its line.
 */
import { readHtmlLinks, readLinks, readStrike } from './markdown.js';
import { readMessage } from './message.js';
import { readMixedCell } from './mixed.js';
import type { ParsedMessage, Quirk } from './model.js';
import { splitCells } from './tables.js';

const MAX_CODE_DIGITS = 9;

export interface CodeCell {
  readonly code: number;
  readonly struck: boolean;
  readonly linked: boolean;
}

/** A code cell: optionally struck or linked, then an integer (sign kept as written); null otherwise. */
export function readCodeCell(cell: string): CodeCell | null {
  const strike = readStrike(cell);
  const links = readLinks(strike.text.trim());
  const text = links.text.trim();
  let i = text.startsWith('-') ? 1 : 0;
  const digitsStart = i;
  while (i < text.length && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
  const digits = i - digitsStart;
  if (digits === 0 || digits > MAX_CODE_DIGITS || i !== text.length) return null;
  return { code: Number(text), struck: strike.struck, linked: links.linked };
}

/** The first cell of a table row, when the row reads as a code row. */
export function codeOfRow(line: string): CodeCell | null {
  const [first] = splitCells(line);
  return first === undefined ? null : readCodeCell(first);
}

/**
 * `1. A; 2. B` (the whole cell a numbered list): its items; null when the cell is not such a list. A
 * cell with a lead-in before `1.` (`Invalid request. 1. …; 2. …`) explains causes rather than listing
 * messages, and stays whole.
 */
export function numberedItems(text: string): string[] | null {
  const trimmed = text.trim();
  if (!trimmed.startsWith('1.')) return null;
  const items: string[] = [];
  let start = 2;
  let next = 2;
  for (let at = trimmed.indexOf(';', start); at >= 0; at = trimmed.indexOf(';', at + 1)) {
    let j = at + 1;
    while (trimmed[j] === ' ') j++;
    const marker = `${next}.`;
    if (!trimmed.startsWith(marker, j)) continue;
    items.push(trimmed.slice(start, at).trim());
    start = j + marker.length;
    next++;
  }
  if (items.length === 0) return null;
  items.push(trimmed.slice(start).trim());
  return items.every((item) => item !== '') ? items : null;
}

export interface CodeRow {
  readonly code: number;
  readonly struck: boolean;
  readonly messages: ParsedMessage[];
}

/** One row of a code table: its code and its message(s); null (with a quirk) for a row without a message. */
export function readCodeRow(line: string, lineNo: number, quirks: Quirk[]): CodeRow | null {
  const cells = splitCells(line);
  const [codeCell = '', messageCell = '', ...rest] = cells;
  const code = readCodeCell(codeCell);
  if (!code) return null;
  if (code.linked) quirks.push({ kind: 'linked-code', line: lineNo, detail: codeCell });
  if (rest.some((cell) => cell !== '')) {
    quirks.push({ kind: 'table-cell', line: lineNo, detail: `cells beyond the message: ${rest.join(' | ')}` });
  }
  const strike = readStrike(messageCell);
  const struck = code.struck || strike.struck;
  if (struck) quirks.push({ kind: 'struck-row', line: lineNo, detail: `${codeCell} | ${messageCell}` });
  const html = readHtmlLinks(strike.text);
  if (html.linked) quirks.push({ kind: 'html-link', line: lineNo, detail: messageCell });
  const text = html.text.trim();
  if (text === '') {
    quirks.push({ kind: 'table-cell', line: lineNo, detail: `row without a message: ${line.trim()}` });
    return null;
  }
  if (text.split('"').length % 2 === 0) quirks.push({ kind: 'unbalanced-quote', line: lineNo, detail: text });
  const items = numberedItems(text);
  if (items) quirks.push({ kind: 'numbered-items', line: lineNo, detail: `${items.length} messages: ${text}` });
  const messages: ParsedMessage[] = [];
  for (const item of items ?? [text]) {
    const mixed = readMixedCell(item);
    const parts = mixed?.kind === 'split' ? [mixed.parts.english, mixed.parts.chinese] : [item];
    if (mixed?.kind === 'split') {
      quirks.push({ kind: 'mixed-cell', line: lineNo, detail: `${mixed.parts.english} ‖ ${mixed.parts.chinese}` });
    } else if (mixed?.kind === 'whole' && mixed.reason.startsWith('the Chinese is a note')) {
      quirks.push({ kind: 'mixed-cell', line: lineNo, detail: `kept whole (${mixed.reason})` });
    }
    for (const part of parts) {
      const message = readMessage(part, lineNo, quirks);
      messages.push(struck ? { ...message, struck: true } : message);
    }
  }
  return { code: code.code, struck, messages };
}
