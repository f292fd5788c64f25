/**
 * Spot's message tables (the matching engine's texts under -1010 / -2010 / -2011 / -2038, and the
 * "Filter failure: …" texts). Rows are written loosely: a message in double quotes, sometimes two in one
 * row (`"A." / "B."`), a closing quote missing, a period after the quote, a row opened with `|` and no
 * quotes at all, a stray trailing `|`. Each is read by one rule and recorded as a quirk.
 */
import { breaksToNewlines, readLinks, unescapeMarkdown } from './markdown.js';
import { readMessage } from './message.js';
import type { ParsedMessage, ParsedTableRow, Quirk } from './model.js';

/** `---- | ----`, `|:---|---:|`: only pipes, dashes, colons and blanks, with at least one dash and pipe. */
export function isDelimiterRow(line: string): boolean {
  let dash = false;
  let pipe = false;
  for (const char of line) {
    if (char === '-') dash = true;
    else if (char === '|') pipe = true;
    else if (char !== ':' && char !== ' ' && char !== '\t') return false;
  }
  return dash && pipe;
}

/** Cells split on `|` outside code spans; the empty cell before a leading `|` and after a trailing one dropped. */
export function splitCells(line: string): string[] {
  const cells: string[] = [];
  let current = '';
  let inCode = false;
  for (const char of line) {
    if (char === '`') inCode = !inCode;
    if (char === '|' && !inCode) {
      cells.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  cells.push(current);
  if (line.trimStart().startsWith('|')) cells.shift();
  if (line.trimEnd().endsWith('|') && cells.length > 1) cells.pop();
  return cells.map((cell) => cell.trim());
}

/** The messages of a message cell: each double-quoted text, or the whole cell when it has no quotes. */
export function messagesOfCell(cell: string, line: number, quirks: Quirk[]): ParsedMessage[] {
  if (cell === '') return [];
  if (!cell.includes('"')) {
    quirks.push({ kind: 'table-cell', line, detail: `message without quotes: ${cell}` });
    return [readMessage(cell, line, quirks)];
  }
  const messages: ParsedMessage[] = [];
  let i = 0;
  let outside = '';
  while (i < cell.length) {
    const open = cell.indexOf('"', i);
    if (open < 0) {
      outside += cell.slice(i);
      break;
    }
    outside += cell.slice(i, open);
    const close = cell.indexOf('"', open + 1);
    if (close < 0) {
      quirks.push({ kind: 'unterminated-quote', line, detail: cell });
      const text = cell.slice(open + 1).trim();
      if (text !== '') messages.push(readMessage(text, line, quirks));
      break;
    }
    const text = cell.slice(open + 1, close);
    if (text.trim() !== '') messages.push(readMessage(text, line, quirks));
    i = close + 1;
  }
  // Between two quoted messages a `/` separates them; anything else outside the quotes is noted.
  const leftover = outside.replaceAll('/', '').trim();
  if (leftover !== '') quirks.push({ kind: 'text-outside-quotes', line, detail: `${leftover} in ${cell}` });
  return messages;
}

export function readRow(line: string, lineNo: number, quirks: Quirk[]): ParsedTableRow | null {
  const cells = splitCells(line);
  const [messageCell = '', descriptionCell = '', ...rest] = cells;
  if (rest.some((cell) => cell !== '')) {
    quirks.push({ kind: 'table-cell', line: lineNo, detail: `cells beyond the description: ${rest.join(' | ')}` });
  }
  const messages = messagesOfCell(messageCell, lineNo, quirks);
  if (messages.length === 0) {
    quirks.push({ kind: 'table-cell', line: lineNo, detail: `row without a message: ${line.trim()}` });
    return null;
  }
  const description = breaksToNewlines(readLinks(unescapeMarkdown(descriptionCell).text).text);
  return { messages, description: { raw: descriptionCell, text: description }, line: lineNo };
}
