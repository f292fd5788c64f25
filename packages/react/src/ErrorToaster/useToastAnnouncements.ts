'use client';

import { useEffect, useRef } from 'react';
import type { ErrorI18n } from '../i18n/useErrorI18n.js';
import type { ErrorRecord } from '../store/types.js';
import type { Politeness } from './LiveRegions.js';

/** A coalesced repeat ("×3") is said at most this often, however fast a storm is. */
const REPEAT_MS = 2000;
/**
 * A toast shown before its product's texts arrived (a generic title, the exchange's words) is said
 * once they are in, in full, rather than twice; after this long without them, it is said as it is.
 */
const TEXTS_WAIT_MS = 1500;

/**
 * What the live regions say: each toast once when it appears (errors assertively, the rest
 * politely), and a coalesced repeat as a short "title, shown N times" instead of the whole text.
 */
export function useToastAnnouncements(
  visible: readonly ErrorRecord[],
  announce: (text: string, politeness: Politeness) => void,
  i18n: ErrorI18n,
): void {
  const said = useRef(new Map<string, number>());
  /** When each toast not said yet was first seen waiting for its texts. */
  const waitingSince = useRef(new Map<string, number>());
  const lastRepeat = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const waitTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef({ visible, i18n });

  useEffect(() => {
    latest.current = { visible, i18n };
    const say = (record: ErrorRecord, repeat: boolean) => {
      const { ui, describe } = latest.current.i18n;
      let text: string;
      try {
        const {
          title,
          message: said,
          explanation,
        } = describe(record.resolved, { explain: record.explain, fieldLabels: record.fieldLabels });
        const message = explanation ? `${said} ${explanation.text}` : said;
        const code = record.resolved.code === null ? '' : ` ${ui('errorCode')} ${record.resolved.code}`;
        text = repeat
          ? ui('announceRepeat', { title, count: record.count })
          : ui('announce', { title, message }) + code;
      } catch {
        text = ui('unavailable');
      }
      said.current.set(record.id, record.count);
      waitingSince.current.delete(record.id);
      announce(text, repeat || record.resolved.severity !== 'error' ? 'polite' : 'assertive');
    };
    /** Whether a toast still waits for its product's texts (and may wait longer); never throws. */
    const waits = (record: ErrorRecord, now: number): boolean => {
      let provisional: boolean;
      try {
        provisional = latest.current.i18n.describe(record.resolved).provisional;
      } catch {
        provisional = false;
      }
      if (!provisional) return false;
      const since = waitingSince.current.get(record.id) ?? now;
      waitingSince.current.set(record.id, since);
      return now - since < TEXTS_WAIT_MS;
    };
    const sayNew = () => {
      waitTimer.current = undefined;
      const { visible: current } = latest.current;
      const now = Date.now();
      // Oldest first, so they are heard in the order they arrived: one waiting for its texts holds
      // back the ones after it.
      for (let i = current.length - 1; i >= 0; i--) {
        const record = current[i];
        if (!record || said.current.has(record.id)) continue;
        if (waits(record, now)) {
          const since = waitingSince.current.get(record.id) ?? now;
          waitTimer.current ??= setTimeout(sayNew, Math.max(0, since + TEXTS_WAIT_MS - now));
          return;
        }
        say(record, false);
      }
    };
    const repeats = () => {
      timer.current = undefined;
      lastRepeat.current = Date.now();
      for (const record of latest.current.visible)
        if ((said.current.get(record.id) ?? record.count) < record.count) say(record, true);
    };

    clearTimeout(waitTimer.current);
    sayNew();
    for (const id of Array.from(said.current.keys())) if (!visible.some((r) => r.id === id)) said.current.delete(id);
    for (const id of Array.from(waitingSince.current.keys()))
      if (!visible.some((r) => r.id === id)) waitingSince.current.delete(id);
    if (timer.current === undefined && visible.some((r) => (said.current.get(r.id) ?? r.count) < r.count)) {
      timer.current = setTimeout(repeats, Math.max(0, lastRepeat.current + REPEAT_MS - Date.now()));
    }
  }, [visible, announce, i18n]);

  useEffect(
    () => () => {
      clearTimeout(timer.current);
      clearTimeout(waitTimer.current);
      timer.current = undefined;
      waitTimer.current = undefined;
    },
    [],
  );
}
