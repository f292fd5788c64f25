import { describe, expect, it } from 'vitest';
import type { Quirk } from './model.js';
import { parseDocument } from './parse.js';
import { isDelimiterRow, messagesOfCell, readRow, splitCells } from './tables.js';

function cell(text: string): { messages: string[]; quirks: string[] } {
  const quirks: Quirk[] = [];
  const messages = messagesOfCell(text, 1, quirks).map((m) => m.text);
  return { messages, quirks: quirks.map((q) => q.kind) };
}

describe('table rows as Spot writes them', () => {
  it('reads a quoted message, and two in one row', () => {
    expect(cell('"Unknown order sent."')).toEqual({ messages: ['Unknown order sent.'], quirks: [] });
    expect(cell('"Rest API trading is not enabled." / "WebSocket API trading is not enabled."')).toEqual({
      messages: ['Rest API trading is not enabled.', 'WebSocket API trading is not enabled.'],
      quirks: [],
    });
  });

  it('reads a message whose closing quote is missing, and one with a period after the quote', () => {
    expect(cell('"FIX API trading is not enabled.')).toEqual({
      messages: ['FIX API trading is not enabled.'],
      quirks: ['unterminated-quote'],
    });
    expect(cell('"The requested action would change no state; rejecting".')).toEqual({
      messages: ['The requested action would change no state; rejecting'],
      quirks: ['text-outside-quotes'],
    });
  });

  it('reads an unquoted message, and keeps code spans inside quoted ones', () => {
    expect(cell('OPO orders are not supported for this symbol.')).toEqual({
      messages: ['OPO orders are not supported for this symbol.'],
      quirks: ['table-cell'],
    });
    expect(cell('"Order book liquidity is less than `LOT_SIZE` filter minimum quantity."').messages).toEqual([
      'Order book liquidity is less than `LOT_SIZE` filter minimum quantity.',
    ]);
  });

  it('splits cells on pipes outside code spans and drops the edges of a leading or trailing pipe', () => {
    expect(splitCells('| OPO orders are not supported. |  |')).toEqual(['OPO orders are not supported.', '']);
    expect(splitCells('"A." | `a|b` description. |')).toEqual(['"A."', '`a|b` description.']);
    expect(splitCells('"A." |B')).toEqual(['"A."', 'B']);
  });

  it('reads the description with <br/> as line breaks and Markdown read', () => {
    const quirks: Quirk[] = [];
    const row = readRow(
      '"Filter failure: MAX_POSITION" | The position limit. <br/> Sum of \\`BUY\\` orders.',
      7,
      quirks,
    );
    expect(row?.description).toEqual({
      raw: 'The position limit. <br/> Sum of \\`BUY\\` orders.',
      text: 'The position limit.\nSum of `BUY` orders.',
    });
    expect(row?.line).toBe(7);
  });

  it('recognizes delimiter rows only', () => {
    expect(isDelimiterRow('------------ | ------------')).toBe(true);
    expect(isDelimiterRow('|:---|---:|')).toBe(true);
    expect(isDelimiterRow('---')).toBe(false);
    expect(isDelimiterRow('-- | a')).toBe(false);
  });
});

describe('tables in a document', () => {
  const text = [
    '---',
    'product: spot',
    'language: en',
    '---',
    '# Error codes for Binance',
    '## 10xx - General',
    '### -1013 INVALID_MESSAGE',
    '  * Potential error messages can be found in [Filter Failures](#filter-failures) or [Failures](#other-errors).',
    '<a id="other-errors"></a>',
    '',
    '## Messages for -1010 ERROR_MSG_RECEIVED, -2010 NEW_ORDER_REJECTED, and -2038 ORDER_AMEND_REJECTED',
    'This code is sent when an error has been returned by the matching engine.',
    '',
    'Error message | Description',
    '------------ | ------------',
    '"Unknown order sent." | The order could not be found.',
    '| OPO orders are not supported for this symbol. |  |',
    '',
    '<a id="filter_failures"></a>',
    '',
    '## Filter failures',
    'Error message | Description',
    '------------ | ------------',
    '"Filter failure: PRICE_FILTER" | `price` is too high.',
    '"Filter failure: LOT_SIZE" | `quantity` is too high. |',
  ].join('\n');

  it('reads each table with its kind, the codes it belongs to, and its rows', () => {
    const d = parseDocument(text);
    expect(d.tables.map((t) => [t.kind, t.codes, t.rows.length, t.line])).toEqual([
      ['engineMessage', [-1010, -2010, -2038, -1013], 2, 14],
      ['filterFailure', [-1013], 2, 22],
    ]);
    expect(d.tables[1]?.header).toEqual(['Error message', 'Description']);
    expect(d.sections[2]).toMatchObject({ anchor: 'filter-failures', aliases: ['filter_failures'] });
  });
});
