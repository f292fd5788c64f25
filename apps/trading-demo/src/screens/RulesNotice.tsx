/**
 * Says when the ticket cannot check orders before sending: the venue's symbol rules (its exchangeInfo)
 * did not arrive. The live region is always there, so the sentence is announced when it appears.
 */
import { useTranslation } from 'react-i18next';
import type { RulesStatus } from '../state/rulesCache.js';

export interface RulesNoticeProps {
  readonly status: RulesStatus | null;
  /** The product's name, as the switch shows it. */
  readonly product: string;
  readonly onRetry: () => void;
}

export function RulesNotice({ status, product, onRetry }: RulesNoticeProps) {
  const { t } = useTranslation();
  const failed = status === 'failed';
  return (
    <div className={failed ? 'rules-notice' : 'rules-notice rules-notice--empty'}>
      <p role="status">{failed ? t('ticket.rulesUnavailable', { product }) : ''}</p>
      {failed && (
        <button type="button" onClick={onRetry}>
          {t('ticket.rulesRetry')}
        </button>
      )}
    </div>
  );
}
