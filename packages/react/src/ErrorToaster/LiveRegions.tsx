import { useCallback, useRef, useState } from 'react';

export type Politeness = 'polite' | 'assertive';

export interface Announcement {
  readonly id: number;
  readonly text: string;
  readonly politeness: Politeness;
}

/** How long an announcement stays in its region (then it is removed, silently). */
const KEEP_MS = 7000;
/** At most this many announcements per region at once; the oldest go first. */
const KEEP_COUNT = 4;

/**
 * Announcements for the two live regions. A new node per message (never a text change in place),
 * so a screen reader hears each one once, an identical message included, and removals say nothing.
 */
export function useAnnouncements(): { readonly announcements: readonly Announcement[]; readonly announce: (text: string, politeness: Politeness) => void } {
  const [announcements, setAnnouncements] = useState<readonly Announcement[]>([]);
  const nextId = useRef(0);

  const announce = useCallback((text: string, politeness: Politeness) => {
    if (text.trim() === '') return;
    const id = ++nextId.current;
    setAnnouncements((list) => {
      const same = list.filter((a) => a.politeness === politeness);
      const drop = same.length >= KEEP_COUNT ? new Set(same.slice(0, same.length - KEEP_COUNT + 1).map((a) => a.id)) : null;
      return [...(drop ? list.filter((a) => !drop.has(a.id)) : list), { id, text, politeness }];
    });
    // Left to run after an unmount: clearing a finished toaster's state is harmless.
    setTimeout(() => setAnnouncements((list) => list.filter((a) => a.id !== id)), KEEP_MS);
  }, []);

  return { announcements, announce };
}

export interface LiveRegionsProps {
  readonly announcements: readonly Announcement[];
  readonly lang: string;
}

/**
 * A polite and an assertive live region, rendered from the first render on (in server output too)
 * and empty until something is said: screen readers only reliably announce changes to a live region
 * that already existed. Visually hidden; the visible toasts are not live themselves.
 */
export function LiveRegions({ announcements, lang }: LiveRegionsProps) {
  const region = (politeness: Politeness) => (
    <div role="log" aria-live={politeness} aria-relevant="additions" aria-atomic="false" data-ee-live={politeness}>
      {announcements
        .filter((a) => a.politeness === politeness)
        .map((a) => (
          <div key={a.id}>{a.text}</div>
        ))}
    </div>
  );
  return (
    <div className="ee-visually-hidden" lang={lang} data-ee-announcer="">
      {region('polite')}
      {region('assertive')}
    </div>
  );
}
