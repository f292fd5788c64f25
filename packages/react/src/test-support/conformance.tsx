/**
 * One conformance suite for every component, run in real Chromium: axe (WCAG 2.x A/AA, contrast
 * included) in light and dark and in English and Chinese, every control reachable by Tab, and the
 * className passed through.
 */
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { createAppI18n } from './render.js';

export const THEMES = ['light', 'dark'] as const;
export const LANGUAGES = ['en', 'zh'] as const;

export interface ConformanceCase {
  readonly name: string;
  /** The component, given a class name to pass through. */
  readonly render: (className: string) => ReactElement;
  /** Where the class name must land. */
  readonly classTarget: () => Element | null;
  /** Extra setup after render (open a dialog…). */
  readonly after?: () => Promise<void>;
  /** How many focusable controls Tab must reach, at least. */
  readonly minTabStops: number;
}

async function axeViolations(): Promise<string[]> {
  const result = await axe.run(document.body, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    // A component rendered alone is not a page: page-level landmark and heading rules do not apply.
    rules: {
      region: { enabled: false },
      'page-has-heading-one': { enabled: false },
      'landmark-one-main': { enabled: false },
    },
  });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.failureSummary ?? n.html).join(' | ')}`);
}

function applyTheme(theme: (typeof THEMES)[number]): void {
  document.documentElement.dataset['theme'] = theme;
  document.body.style.background = theme === 'dark' ? '#0b0e11' : '#fafafa';
  document.body.style.color = theme === 'dark' ? '#eaecef' : '#1e2329';
}

export function runConformance(cases: readonly ConformanceCase[]): void {
  afterEach(() => {
    cleanup();
    delete document.documentElement.dataset['theme'];
  });

  for (const c of cases) {
    describe(`${c.name} conformance`, () => {
      for (const theme of THEMES) {
        for (const lng of LANGUAGES) {
          it(`has no axe violations (${theme}, ${lng})`, async () => {
            applyTheme(theme);
            const i18n = createAppI18n({ lng });
            render(<I18nextProvider i18n={i18n}>{c.render('conformance-class')}</I18nextProvider>);
            await c.after?.();
            expect(await axeViolations()).toEqual([]);
          });
        }
      }

      it('is fully reachable by keyboard', async () => {
        const user = userEvent.setup();
        render(<I18nextProvider i18n={createAppI18n({ lng: 'en' })}>{c.render('x')}</I18nextProvider>);
        await c.after?.();
        const reached = new Set<Element>();
        for (let i = 0; i < c.minTabStops + 2; i++) {
          await user.tab();
          if (document.activeElement && document.activeElement !== document.body) reached.add(document.activeElement);
        }
        expect(reached.size).toBeGreaterThanOrEqual(c.minTabStops);
        for (const element of reached) expect(element.matches('button, a[href], textarea, [tabindex]')).toBe(true);
      });

      it('passes className through', async () => {
        render(<I18nextProvider i18n={createAppI18n({ lng: 'en' })}>{c.render('passed-through')}</I18nextProvider>);
        // Not inside act(): the details dialog arrives through an effect and a chunk of its own.
        await c.after?.();
        expect(c.classTarget()).toHaveClass('passed-through');
      });
    });
  }
}

export { screen };
