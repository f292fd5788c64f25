'use client';

/**
 * What the live regions say, kept by the toaster's controller and put into the regions the toaster
 * rendered before anything happened.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Announcement, LiveRegionRefs, Politeness } from './LiveRegions.js';

/** How long an announcement stays in its region (then it is removed, silently). */
const KEEP_MS = 7000;
/** At most this many announcements per region at once; the oldest go first. */
const KEEP_COUNT = 4;

/**
 * Announcements for the two live regions. A new node per message (never a text change in place),
 * so a screen reader hears each one once, an identical message included, and removals say nothing.
 */
export function useAnnouncements(): {
  readonly announcements: readonly Announcement[];
  readonly announce: (text: string, politeness: Politeness) => void;
} {
  const [announcements, setAnnouncements] = useState<readonly Announcement[]>([]);
  const nextId = useRef(0);
  const timers = useRef(new Set<ReturnType<typeof setTimeout>>());

  // An unmounted toaster's timers go with it: left running they kept its state alive, and one that
  // fired after a test environment closed its window threw from inside React.
  useEffect(() => {
    const pending = timers.current;
    return () => {
      for (const timer of pending) clearTimeout(timer);
      pending.clear();
    };
  }, []);

  const announce = useCallback((text: string, politeness: Politeness) => {
    if (text.trim() === '') return;
    const id = ++nextId.current;
    setAnnouncements((list) => {
      const same = list.filter((a) => a.politeness === politeness);
      const drop =
        same.length >= KEEP_COUNT ? new Set(same.slice(0, same.length - KEEP_COUNT + 1).map((a) => a.id)) : null;
      return [...(drop ? list.filter((a) => !drop.has(a.id)) : list), { id, text, politeness }];
    });
    const timer = setTimeout(() => {
      timers.current.delete(timer);
      setAnnouncements((list) => list.filter((a) => a.id !== id));
    }, KEEP_MS);
    timers.current.add(timer);
  }, []);

  return { announcements, announce };
}

/** The announcements, put into the live regions the toaster rendered before anything happened. */
export function Announcements({
  announcements,
  regions,
}: {
  readonly announcements: readonly Announcement[];
  readonly regions: LiveRegionRefs;
}) {
  const into = (politeness: Politeness, element: HTMLElement | null) =>
    element
      ? createPortal(
          announcements.filter((a) => a.politeness === politeness).map((a) => <div key={a.id}>{a.text}</div>),
          element,
        )
      : null;
  return (
    <>
      {into('polite', regions.polite.current)}
      {into('assertive', regions.assertive.current)}
    </>
  );
}
