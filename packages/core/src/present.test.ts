/** presentTemplate is public (re-exported by the product packages): total over what callers pass. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { presentTemplate } from './present.js';

const units = (key: string) => (key === 'present.units.MINUTE_one' ? 'minute' : null);

describe('presentTemplate', () => {
  it('presents values with the given template source', () => {
    const presented = presentTemplate(
      'per {{intervalNum}} {{intervalUnit}}, `{{param}}`',
      { intervalNum: '1', intervalUnit: 'MINUTE', param: 'quantity' },
      'en',
      units,
    );
    expect(presented.message).toBe('per 1 minute, `quantity`');
    expect(presented.parts).toContainEqual({ type: 'code', text: 'quantity', name: 'param' });
  });

  it('splits the names a server message backticks into code parts', () => {
    const presented = presentTemplate(
      '{{serverMessage}}',
      { serverMessage: 'Mandatory parameter `quantity` was not sent.' },
      'en',
      units,
    );
    expect(presented.parts).toEqual([
      { type: 'text', text: 'Mandatory parameter ' },
      { type: 'code', text: 'quantity', name: 'serverMessage' },
      { type: 'text', text: ' was not sent.' },
    ]);
  });

  it("shows the names the catalog's own wording backticks as code, not as Markdown", () => {
    // USDⓈ-M's Chinese for -2022, as Binance's document writes it.
    expect(presentTemplate('`ReduceOnly`订单被拒绝', {}, 'zh', units).parts).toEqual([
      { type: 'code', text: 'ReduceOnly', name: 'template' },
      { type: 'text', text: '订单被拒绝' },
    ]);
    const presented = presentTemplate(
      '请使用 `{{param}}` 或 `TRADING`，见 `POST /fapi/v1/listenKey`',
      { param: 'status' },
      'zh',
      units,
    );
    expect(presented.message).toBe('请使用 `status` 或 `TRADING`，见 `POST /fapi/v1/listenKey`');
    expect(presented.parts).toEqual([
      { type: 'text', text: '请使用 ' },
      { type: 'code', text: 'status', name: 'param' },
      { type: 'text', text: ' 或 ' },
      { type: 'code', text: 'TRADING', name: 'template' },
      { type: 'text', text: '，见 ' },
      { type: 'code', text: 'POST /fapi/v1/listenKey', name: 'template' },
    ]);
    // A lone backtick is text; the parts always spell the whole message without its quotes.
    expect(presentTemplate('a ` b', {}, 'en', units).parts).toEqual([{ type: 'text', text: 'a ` b' }]);
    const long = 'x`'.repeat(100_000);
    const parts = presentTemplate(long, {}, 'en', units).parts;
    // x`x`x`…: every pair of backticks quotes one x; the text keeps all 100,000 x's.
    expect(parts.map((part) => part.text).join('')).toBe('x'.repeat(100_000));
    expect(parts.filter((part) => part.type === 'code')).toHaveLength(50_000);
  });

  it('never throws: hostile values, a throwing source, a template that is not text', () => {
    const throwing = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('no');
        },
        get: () => {
          throw new Error('no');
        },
      },
    );
    const down = () => {
      throw new Error('source down');
    };
    expect(presentTemplate('per {{intervalNum}}', throwing as never, 'en', units).message).toBe('per {{intervalNum}}');
    expect(
      presentTemplate('per {{intervalNum}} {{intervalUnit}}', { intervalNum: '1', intervalUnit: 'MINUTE' }, 'en', down)
        .message,
    ).toBe('per 1 MINUTE');
    expect(presentTemplate(42 as never, {}, 'en', units).message).toBe('');
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.string(), fc.anything(), (template, values, lng, options) => {
        expect(typeof presentTemplate(template as never, values as never, lng, units, options).message).toBe('string');
      }),
      { numRuns: 1_000 },
    );
  });
});
