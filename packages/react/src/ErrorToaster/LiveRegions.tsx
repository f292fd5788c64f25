'use client';

import type { RefObject } from 'react';
export type Politeness = 'polite' | 'assertive';

export interface Announcement {
  readonly id: number;
  readonly text: string;
  readonly politeness: Politeness;
}

/** The two regions' elements, set once the toaster has rendered. */
export interface LiveRegionRefs {
  readonly polite: RefObject<HTMLDivElement | null>;
  readonly assertive: RefObject<HTMLDivElement | null>;
}

/**
 * A polite and an assertive live region, rendered from the first render on (in server output too)
 * and empty until something is said: screen readers only reliably announce changes to a live region
 * that already existed. Visually hidden; the visible toasts are not live themselves. What they say
 * comes later, from the toaster's controller (see `Announcements`).
 */
export function LiveRegions({ lang, regions }: { readonly lang: string; readonly regions: LiveRegionRefs }) {
  const region = (politeness: Politeness) => (
    <div
      ref={regions[politeness]}
      role="log"
      aria-live={politeness}
      aria-relevant="additions"
      aria-atomic="false"
      data-ee-live={politeness}
    />
  );
  return (
    <div className="ee-visually-hidden" lang={lang} data-ee-announcer="" style={HIDDEN}>
      {region('polite')}
      {region('assertive')}
    </div>
  );
}

/** Visually hidden before any stylesheet is there (the kit's arrives with the first error). */
const HIDDEN = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
} as const;
