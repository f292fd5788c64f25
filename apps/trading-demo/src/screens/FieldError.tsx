/**
 * An error beside a ticket field: the exchange's message (quoted names as code, the ticket's own
 * labels), the rule behind it with the symbol's numbers, and its fixes as buttons ("Use 12305").
 * The same texts whether it came from the exchange or from `validateOrder` before sending.
 */
import type { Explanation, MessagePart, Suggestion } from '@exchange-errors/core';
import { ErrorMessageText } from '@exchange-errors/react';
import { useTranslation } from 'react-i18next';

export interface FieldIssue {
  readonly code: number | null;
  readonly message: string;
  readonly parts: readonly MessagePart[];
  readonly explanation: Explanation | null;
  /** `exchange`: the answer to a sent order; `check`: validateOrder, before sending. */
  readonly source: 'exchange' | 'check';
}

export interface FieldErrorProps {
  /** The id the field's `aria-describedby` points at: the message and the explanation. */
  readonly id: string;
  readonly issue: FieldIssue;
  readonly onApply: (suggestion: Suggestion) => void;
}

export function FieldError({ id, issue, onApply }: FieldErrorProps) {
  const { t } = useTranslation();
  const suggestions = issue.explanation?.suggestions ?? [];
  return (
    <div className="field-error" data-code={issue.code ?? undefined} data-source={issue.source}>
      <div id={id}>
        <p className="field-error__message">
          <ErrorMessageText parts={issue.parts} fallback={issue.message} />
          {issue.code !== null && <span className="field-error__code"> ({issue.code})</span>}
        </p>
        {issue.explanation && (
          <p className="field-error__explanation" data-explanation={issue.explanation.key}>
            {issue.explanation.text}
          </p>
        )}
      </div>
      {suggestions.length > 0 && (
        <div role="group" aria-label={t('ticket.fixes')} className="fixes">
          {suggestions.map((s) => (
            <button key={`${s.field}:${s.value}`} type="button" className="fix" onClick={() => onApply(s)}>
              {s.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
