import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ErrorMessageText } from './ErrorMessageText.js';

describe('ErrorMessageText', () => {
  it('renders code parts as <code>, a label in quotes, values and text as text', () => {
    const { container } = render(
      <p>
        <ErrorMessageText
          parts={[
            { type: 'text', text: 'Mandatory parameter ' },
            { type: 'code', text: 'quantity', name: 'param' },
            { type: 'text', text: ' or ' },
            { type: 'field', text: 'Price', name: 'otherParam', raw: 'price' },
            { type: 'text', text: ' per 1 ' },
            { type: 'value', text: 'minute', name: 'intervalUnit', raw: 'MINUTE' },
          ]}
        />
      </p>,
    );
    expect(container.textContent).toBe('Mandatory parameter quantity or “Price” per 1 minute');
    expect(container.querySelector('code')?.textContent).toBe('quantity');
    expect(container.querySelector('.ee-field')?.textContent).toBe('“Price”');
  });

  it('renders markup in any part as text', () => {
    const { container } = render(
      <ErrorMessageText
        parts={[
          { type: 'code', text: '<img src=x onerror=alert(1)>', name: 'param' },
          { type: 'text', text: '<b>x</b>' },
        ]}
      />,
    );
    expect(container.querySelector('img, b')).toBeNull();
    expect(container.textContent).toBe('<img src=x onerror=alert(1)><b>x</b>');
  });

  it('falls back for no parts, odd parts and Proxies, and bounds a huge list', () => {
    const throwing = new Proxy([], {
      get: () => {
        throw new Error('boom');
      },
    });
    const { container, rerender } = render(<ErrorMessageText parts={null} fallback="Error" />);
    expect(container.textContent).toBe('Error');
    rerender(<ErrorMessageText parts={throwing as never} fallback="Error" />);
    expect(container.textContent).toBe('Error');
    rerender(<ErrorMessageText parts={[null, 42, { type: 'code' }, { type: 'text', text: 'ok' }] as never} />);
    expect(container.textContent).toBe('ok');
    rerender(
      <ErrorMessageText parts={Array.from({ length: 100_000 }, () => ({ type: 'text' as const, text: 'x' }))} />,
    );
    expect(container.textContent?.length).toBe(200);
  });
});
