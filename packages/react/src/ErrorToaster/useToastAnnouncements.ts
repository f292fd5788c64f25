import type { ResolvedBinanceError } from '@exchange-errors/binance-options';
import { useEffect, useRef } from 'react';
import type { ErrorI18n } from '../i18n/useErrorI18n.js';
import type { ErrorRecord } from '../store/types.js';
import type { Politeness } from './LiveRegions.js';

/** Repeats ("×3") and the "N more waiting" count are said at most this often. */
const REPEAT_MS = 2000;

export interface ToastAnnouncementsOptions {
  readonly visible: readonly ErrorRecord[];
  /** Toasts waiting or folded away. */
  readonly more: number;
  readonly announce: (text: string, politeness: Politeness) => void;
  readonly describe: ErrorI18n['describe'];
  readonly ui: ErrorI18n['ui'];
}

/**
 * What the live regions say: each toast once when it appears (errors assertively, the rest
 * politely), a coalesced repeat as a short "title, shown N times" rather than the whole text again,
 * and the waiting count; repeats and counts at most every 2 s, however fast a storm is.
 */
export function useToastAnnouncements({ visible, more, announce, describe, ui }: ToastAnnouncementsOptions): void {
  const said = useRef(new Map<string, number>());
  const saidMore = useRef(0);
  const lastFlush = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef({ visible, more, describe, ui });

  useEffect(() => {
    latest.current = { visible, more, describe, ui };
    const titleOf = (resolved: ResolvedBinanceError): string => {
      try {
        return latest.current.describe(resolved).title;
      } catch {
        return latest.current.ui('unavailable');
      }
    };
    const fullText = (record: ErrorRecord): string => {
      try {
        const text = latest.current.describe(record.resolved);
        const code = record.resolved.code === null ? '' : ` ${latest.current.ui('errorCode')} ${record.resolved.code}`;
        const count = record.count > 1 ? ` ${latest.current.ui('countLabel', { count: record.count })}` : '';
        return `${latest.current.ui('announce', { title: text.title, message: text.message })}${code}${count}`;
      } catch {
        return latest.current.ui('unavailable');
      }
    };

    // New toasts now, oldest first, so they are heard in the order they arrived.
    for (let i = visible.length - 1; i >= 0; i--) {
      const record = visible[i];
      if (!record || said.current.has(record.id)) continue;
      said.current.set(record.id, record.count);
      announce(fullText(record), record.resolved.severity === 'error' ? 'assertive' : 'polite');
    }
    for (const id of Array.from(said.current.keys())) if (!visible.some((r) => r.id === id)) said.current.delete(id);

    const flush = () => {
      timer.current = null;
      lastFlush.current = Date.now();
      for (const record of latest.current.visible) {
        const count = said.current.get(record.id);
        if (count === undefined || record.count <= count) continue;
        said.current.set(record.id, record.count);
        announce(latest.current.ui('announceRepeat', { title: titleOf(record.resolved), count: record.count }), 'polite');
      }
      const waiting = latest.current.more;
      if (waiting !== saidMore.current) {
        if (waiting > saidMore.current) announce(latest.current.ui('more', { count: waiting }), 'polite');
        saidMore.current = waiting;
      }
    };
    const repeats = visible.some((r) => (said.current.get(r.id) ?? r.count) < r.count);
    if ((repeats || more !== saidMore.current) && timer.current === null) {
      const wait = lastFlush.current + REPEAT_MS - Date.now();
      if (wait <= 0) flush();
      else timer.current = setTimeout(flush, wait);
    }
  }, [visible, more, announce, describe, ui]);

  useEffect(
    () => () => {
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = null;
    },
    [],
  );
}
