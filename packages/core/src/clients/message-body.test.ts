import { describe, expect, it } from 'vitest';
import { extract } from '../test-support/binance.js';
import { statusOfPage } from './html-page.js';

describe('an Error whose message is the answer', () => {
  it('reads a JSON body (node-binance-api throws `Error(<body>)`)', () => {
    expect(
      extract(new Error('{"code":-2010,"msg":"Account has insufficient balance for requested action."}')),
    ).toMatchObject({
      code: -2010,
      msg: 'Account has insufficient balance for requested action.',
    });
  });

  it('reads `<status> <reason> <page>` (binance-api-node) and a page alone, whose stated status counts', () => {
    expect(
      extract(new Error('502 Bad Gateway <html><head><title>502 Bad Gateway</title></head></html>')),
    ).toMatchObject({
      httpStatus: 502,
      html: true,
    });
    expect(
      extract(new Error('<HTML><HEAD><TITLE>ERROR</TITLE></HEAD><BODY><H1>403 ERROR</H1></BODY></HTML>')),
    ).toMatchObject({
      httpStatus: 403,
      html: true,
    });
  });

  it('leaves any other message as the client’s own', () => {
    const raw = extract(new Error('Request failed with status code 400'));
    expect(raw).toMatchObject({ msg: null, clientMessage: 'Request failed with status code 400' });
  });
});

describe('statusOfPage', () => {
  it.each([
    ['<html><head><title>502 Bad Gateway</title></head></html>', 502],
    ['<HTML><TITLE>ERROR: The request could not be satisfied</TITLE><H1>403 ERROR</H1></HTML>', 403],
    ['<html><title>Maintenance</title><p>503</p></html>', null],
    ['<html><title>200 OK</title></html>', null],
  ])('%s → %s', (page, status) => {
    expect(statusOfPage(page)).toBe(status);
  });

  it('reads only the head of a huge page', () => {
    expect(statusOfPage(`${'<p>x</p>'.repeat(100_000)}<title>500</title>`)).toBeNull();
  });
});
