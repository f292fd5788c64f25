'use client';

import { useEffect, useRef } from 'react';
import type { ErrorI18n } from '../i18n/useErrorI18n.js';
import type { ErrorRecord } from '../store/types.js';
import type { Politeness } from './LiveRegions.js';

/** A coalesced repeat ("×3") is said at most this often, however fast a storm is. */
const REPEAT_MS = 2000;

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
  const lastRepeat = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
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
      announce(text, repeat || record.resolved.severity !== 'error' ? 'polite' : 'assertive');
    };
    const repeats = () => {
      timer.current = undefined;
      lastRepeat.current = Date.now();
      for (const record of latest.current.visible)
        if ((said.current.get(record.id) ?? record.count) < record.count) say(record, true);
    };

    // New toasts now, oldest first, so they are heard in the order they arrived.
    for (let i = visible.length - 1; i >= 0; i--) {
      const record = visible[i];
      if (record && !said.current.has(record.id)) say(record, false);
    }
    for (const id of Array.from(said.current.keys())) if (!visible.some((r) => r.id === id)) said.current.delete(id);
    if (timer.current === undefined && visible.some((r) => (said.current.get(r.id) ?? r.count) < r.count)) {
      timer.current = setTimeout(repeats, Math.max(0, lastRepeat.current + REPEAT_MS - Date.now()));
    }
  }, [visible, announce, i18n]);

  useEffect(
    () => () => {
      clearTimeout(timer.current);
      timer.current = undefined;
    },
    [],
  );
}
