/**
 * Values in the trader's language: intervals, ban ends, parameter names. The raw values and the
 * server's text stay as they were.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatError, optionsTexts, resolveError } from './test-support/options.js';
import { intlLocale } from './present.js';
import { formatResolvedWith, readFormatOptions } from './format.js';
import { BAN_PAYLOAD, BAN_UNTIL_MS, WEIGHT_PAYLOAD } from './test-support/payloads.js';

const weight = (intervalNum: string, intervalUnit: string) => ({
  code: -1008,
  msg: `Too much request weight used; current limit is 2400 request weight per ${intervalNum} ${intervalUnit}. Please use the websocket for live updates to avoid polling the API.`,
});
const orders = (interval: string) => ({
  code: -1015,
  msg: `Too many new orders; current limit is 50 orders per ${interval}.`,
});

describe('rate-limit intervals', () => {
  it('reads "1 MINUTE" as 1 minute / 1 分钟 (the zh toast said "每 1 MINUTE")', () => {
    expect(formatError(WEIGHT_PAYLOAD, { lng: 'zh' }).message).toBe(
      '请求权重过多；当前限制为每 1 分钟 2400 请求权重。请使用 websocket 进行实时更新，以避免轮询 API。',
    );
    expect(formatError(WEIGHT_PAYLOAD, { lng: 'en' }).message).toBe(
      'Too much request weight used; current limit is 2400 request weight per 1 minute. Please use the websocket for live updates to avoid polling the API.',
    );
  });

  it.each([
    ['1', 'SECOND', 'per 1 second', '每 1 秒'],
    ['10', 'SECOND', 'per 10 seconds', '每 10 秒'],
    ['5', 'MINUTE', 'per 5 minutes', '每 5 分钟'],
    ['1', 'HOUR', 'per 1 hour', '每 1 小时'],
    ['1', 'DAY', 'per 1 day', '每 1 天'],
    ['2', 'DAY', 'per 2 days', '每 2 天'],
    ['1', 'minute', 'per 1 minute', '每 1 分钟'],
    ['3', 'FORTNIGHT', 'per 3 FORTNIGHT', '每 3 FORTNIGHT'],
  ])('-1008 per %s %s', (num, unit, en, zh) => {
    expect(formatError(weight(num, unit), { lng: 'en' }).message).toContain(en);
    expect(formatError(weight(num, unit), { lng: 'zh' }).message).toContain(zh);
  });

  it.each([
    ['10 SECOND', 'per 10 seconds.', '每10 秒 50个订单'],
    ['1 DAY', 'per 1 day.', '每1 天 50个订单'],
    ['1 MINUTE', 'per 1 minute.', '每1 分钟 50个订单'],
  ])('-1015 per %s', (interval, en, zh) => {
    expect(formatError(orders(interval), { lng: 'en' }).message).toContain(en);
    expect(formatError(orders(interval), { lng: 'zh' }).message).toContain(zh);
  });

  it('keeps the raw values and the server text unchanged', () => {
    const formatted = formatError(WEIGHT_PAYLOAD, { lng: 'zh' });
    expect(formatted.values).toEqual({ limit: '2400', intervalNum: '1', intervalUnit: 'MINUTE' });
    expect(formatted.serverMessage).toBe(WEIGHT_PAYLOAD.msg);
    expect(formatted.displayValues).toEqual({ limit: '2400', intervalNum: '1', intervalUnit: '分钟' });
  });
});

describe('ban ends', () => {
  const now = BAN_UNTIL_MS - 125_000;

  it('reads the timestamp as a local date-time plus the time left, in the trader’s locale', () => {
    const en = formatError(BAN_PAYLOAD, { lng: 'en', now, timeZone: 'UTC' });
    expect(en.displayValues['until']).toMatch(/^Dec 11, 2023, 6:24:38\sAM \(in 2 minutes\)$/);
    expect(en.message).toMatch(/IP banned until Dec 11, 2023, 6:24:38\sAM \(in 2 minutes\)\. Please use/);
    const zh = formatError(BAN_PAYLOAD, { lng: 'zh-CN', now, timeZone: 'Asia/Shanghai' });
    expect(zh.displayValues['until']).toBe('2023年12月11日 14:24:38（2分钟后）');
    expect(zh.message).toContain('IP被禁止，直到2023年12月11日 14:24:38（2分钟后）。');
    expect(zh.values['until']).toBe(String(BAN_UNTIL_MS));
  });

  it('uses the locale’s own date order (en-GB) and says when the ban is over', () => {
    const gb = formatError(BAN_PAYLOAD, { lng: 'en-GB', now: BAN_UNTIL_MS + 3 * 3_600_000, timeZone: 'UTC' });
    expect(gb.displayValues['until']).toBe('11 Dec 2023, 06:24:38 (3 hours ago)');
  });

  it.each(['en_US', '', '   ', 'x-klingon', 'tlh', '12', 'zh_TW', 'EN', 'de-DE-u-ca-buddhist', '\u0000'])(
    'never throws for the language tag %j',
    (lng) => {
      const formatted = formatError(BAN_PAYLOAD, { lng, now, timeZone: 'UTC' });
      expect(formatted.displayValues['until']).toMatch(/2023|2566/);
    },
  );

  it('falls back to the runtime’s zone for a time zone Intl does not know', () => {
    expect(formatError(BAN_PAYLOAD, { lng: 'en', now, timeZone: 'Mars/Olympus_Mons' }).displayValues['until']).toMatch(
      /2023.*\(in 2 minutes\)$/,
    );
  });

  it('shows a value that is not a timestamp as the server sent it', () => {
    const odd = {
      code: -1008,
      msg: 'Way too much request weight used; IP banned until tomorrow. Please use the websocket for live updates to avoid bans.',
    };
    expect(formatError(odd, { lng: 'zh' }).displayValues['until']).toBe('tomorrow');
  });

  it('maps odd language tags to a locale Intl accepts', () => {
    expect(intlLocale('en_US')).toBe('en-US');
    expect(intlLocale('')).toBe('en');
    expect(intlLocale('x-klingon')).toBe('en');
    expect(intlLocale('zh_TW')).toBe('zh-TW');
    expect(intlLocale(42)).toBe('en');
  });
});

describe('parameter names', () => {
  const missing = { code: -1102, msg: "Mandatory parameter 'quantity' was not sent, was empty/null, or malformed." };

  it('marks a quoted parameter name as code, without the quotes, and keeps the plain message as before', () => {
    const formatted = formatError(missing, { lng: 'en' });
    expect(formatted.message).toBe('Mandatory parameter `quantity` was not sent, was empty/null, or malformed.');
    expect(formatted.messageParts).toEqual([
      { type: 'text', text: 'Mandatory parameter ' },
      { type: 'code', text: 'quantity', name: 'param' },
      { type: 'text', text: ' was not sent, was empty/null, or malformed.' },
    ]);
  });

  it('shows the app’s own field label in either language', () => {
    const en = formatError(missing, { lng: 'en', fieldLabels: { quantity: 'Quantity' } });
    expect(en.message).toBe('Mandatory parameter “Quantity” was not sent, was empty/null, or malformed.');
    expect(en.messageParts[1]).toEqual({ type: 'field', text: 'Quantity', name: 'param', raw: 'quantity' });
    const zh = formatError(missing, { lng: 'zh', fieldLabels: { quantity: '数量' } });
    expect(zh.message).toBe('强制参数“数量”未发送，为空/空或格式错误。');
    expect(zh.messageParts).toEqual([
      { type: 'text', text: '强制参数' },
      { type: 'field', text: '数量', name: 'param', raw: 'quantity' },
      { type: 'text', text: '未发送，为空/空或格式错误。' },
    ]);
    expect(zh.values).toEqual({ param: 'quantity' });
  });

  it('labels both names of an either/or and leaves a name without a label as code', () => {
    const either = {
      code: -1102,
      msg: "Param 'orderId' or 'origClientOrderId' must be sent, but both were empty/null!",
    };
    const parts = formatError(either, { lng: 'en', fieldLabels: { orderId: 'Order ID' } }).messageParts;
    expect(parts.filter((p) => p.type !== 'text')).toEqual([
      { type: 'field', text: 'Order ID', name: 'param', raw: 'orderId' },
      { type: 'code', text: 'origClientOrderId', name: 'otherParam' },
    ]);
  });

  it('shows a legal range as code and other quoted values as plain values', () => {
    const range = {
      code: -1100,
      msg: "Illegal characters found in parameter 'price'; legal range is '^([0-9]{1,20})(\\.[0-9]{1,20})?$'.",
    };
    const parts = formatError(range, { lng: 'zh' }).messageParts;
    expect(parts.map((p) => p.type)).toEqual(['text', 'code', 'text', 'code', 'text']);
    const count = { code: -1101, msg: 'Too many parameters; expected `5` and received `6`.' };
    expect(formatError(count, { lng: 'en' }).messageParts).toEqual([
      { type: 'text', text: 'Too many parameters; expected ' },
      { type: 'value', text: '5', name: 'expected', raw: '5' },
      { type: 'text', text: ' and received ' },
      { type: 'value', text: '6', name: 'received', raw: '6' },
      { type: 'text', text: '.' },
    ]);
  });

  it('finds backticked names in the text of a code it does not know', () => {
    const parts = formatError({ code: -9999, msg: 'Parameter `symbol` is bad' }, { lng: 'en' }).messageParts;
    expect(parts).toEqual([
      { type: 'text', text: 'The exchange returned error ' },
      { type: 'value', text: '-9999', name: 'code', raw: '-9999' },
      { type: 'text', text: ': Parameter ' },
      { type: 'code', text: 'symbol', name: 'serverMessage' },
      { type: 'text', text: ' is bad' },
    ]);
  });

  it('ignores labels it cannot read safely, and labels that are not text', () => {
    const throwing = new Proxy(
      {},
      {
        get: () => {
          throw new Error('boom');
        },
        getOwnPropertyDescriptor: () => {
          throw new Error('boom');
        },
      },
    );
    expect(formatError(missing, { lng: 'en', fieldLabels: throwing }).message).toContain('`quantity`');
    expect(formatError(missing, { lng: 'en', fieldLabels: { quantity: 42 } as never }).message).toContain('`quantity`');
    expect(formatError(missing, { lng: 'en', fieldLabels: { quantity: '  ' } }).message).toContain('`quantity`');
    const polluted = formatError(
      { code: -1102, msg: "Mandatory parameter 'toString' was not sent, was empty/null, or malformed." },
      { lng: 'en', fieldLabels: {} },
    );
    expect(polluted.message).toContain('`toString`');
  });

  it('keeps a label holding markup or placeholders as literal text', () => {
    const formatted = formatError(missing, { lng: 'en', fieldLabels: { quantity: '<b>{{code}}</b>' } });
    expect(formatted.message).toBe('Mandatory parameter “<b>{{code}}</b>” was not sent, was empty/null, or malformed.');
  });
});

describe('inputs built to hurt', () => {
  it('presents a megabyte of backticks, quotes and labels in linear time', () => {
    const started = performance.now();
    const huge = '`a'.repeat(250_000) + '`' + 'x'.repeat(199).concat('`').repeat(2_000);
    const formatted = formatError({ code: -9999, msg: huge }, { lng: 'zh' });
    expect(formatted.messageParts.length).toBeGreaterThan(1000);
    const long = 'q'.repeat(100_000);
    const labelled = formatError(
      { code: -1102, msg: `Mandatory parameter '${long}' was not sent, was empty/null, or malformed.` },
      { lng: 'en', fieldLabels: { [long]: 'L'.repeat(100_000) } },
    );
    expect(labelled.message.length).toBeGreaterThan(100_000);
    // A guard against quadratic work, not a speed claim: well under a second on a loaded CI core.
    expect(performance.now() - started).toBeLessThan(3_000);
  });
});

describe('a resolved error formatted again (what the toaster does when the language changes)', () => {
  const shipped = (language: string) => (language === 'zh' ? optionsTexts.zh : optionsTexts.en);

  it('gives the same message, parts and values as formatError', () => {
    const resolved = resolveError(WEIGHT_PAYLOAD);
    const again = formatResolvedWith(resolved, { lng: 'zh' }, { shipped });
    const formatted = formatError(WEIGHT_PAYLOAD, { lng: 'zh' });
    expect(again.message).toBe(formatted.message);
    expect(again.messageParts).toEqual(formatted.messageParts);
    expect(again.displayValues).toEqual(formatted.displayValues);
  });

  it('keeps a message for what is not a resolved error, and never throws', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (resolved, options) => {
        const again = formatResolvedWith(resolved as never, readFormatOptions(options), { shipped });
        expect(typeof again.message).toBe('string');
      }),
      { numRuns: 2_000 },
    );
  });

  it('fuzz: formatError with any presentation options keeps a non-empty message', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(BAN_PAYLOAD, WEIGHT_PAYLOAD, orders('10 SECOND'), {
          code: -1102,
          msg: "Mandatory parameter 'x' was not sent, was empty/null, or malformed.",
        }),
        fc.record(
          {
            lng: fc.oneof(fc.string(), fc.constantFrom('en', 'zh', 'en_US', 'x-klingon')),
            now: fc.oneof(fc.double(), fc.anything()),
            timeZone: fc.oneof(fc.string(), fc.anything()),
            fieldLabels: fc.anything(),
          },
          { requiredKeys: [] },
        ),
        (body, options) => {
          expect(formatError(body, options as never).message.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 2_000 },
    );
  }, 60_000);
});
