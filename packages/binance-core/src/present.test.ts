/** presentTemplate is public (re-exported by the product packages): total over what callers pass. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { presentTemplate } from './present.js';

const units = (key: string) => (key === 'present.units.MINUTE_one' ? 'minute' : null);

describe('presentTemplate', () => {
  it('presents values with the given template source', () => {
    const presented = presentTemplate('per {{intervalNum}} {{intervalUnit}}, `{{param}}`', { intervalNum: '1', intervalUnit: 'MINUTE', param: 'quantity' }, 'en', units);
    expect(presented.message).toBe('per 1 minute, `quantity`');
    expect(presented.parts).toContainEqual({ type: 'code', text: 'quantity', name: 'param' });
  });

  it('splits the names a server message backticks into code parts', () => {
    const presented = presentTemplate('{{serverMessage}}', { serverMessage: 'Mandatory parameter `quantity` was not sent.' }, 'en', units);
    expect(presented.parts).toEqual([
      { type: 'text', text: 'Mandatory parameter ' },
      { type: 'code', text: 'quantity', name: 'serverMessage' },
      { type: 'text', text: ' was not sent.' },
    ]);
  });

  it('never throws: hostile values, a throwing source, a template that is not text', () => {
    const throwing = new Proxy({}, { ownKeys: () => { throw new Error('no'); }, get: () => { throw new Error('no'); } });
    const down = () => {
      throw new Error('source down');
    };
    expect(presentTemplate('per {{intervalNum}}', throwing as never, 'en', units).message).toBe('per {{intervalNum}}');
    expect(presentTemplate('per {{intervalNum}} {{intervalUnit}}', { intervalNum: '1', intervalUnit: 'MINUTE' }, 'en', down).message).toBe('per 1 MINUTE');
    expect(presentTemplate(42 as never, {}, 'en', units).message).toBe('');
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.string(), fc.anything(), (template, values, lng, options) => {
        expect(typeof presentTemplate(template as never, values as never, lng, units, options).message).toBe('string');
      }),
      { numRuns: 1_000 },
    );
  });
});
