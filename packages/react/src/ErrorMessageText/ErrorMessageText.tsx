'use client';

import type { MessagePart } from '@exchange-errors/core';
import { Fragment } from 'react';
import { read } from '../resolved/read.js';

/* -------------------------------------------------------------------------------------------------
 * ErrorMessageText
 * -----------------------------------------------------------------------------------------------*/

export const ERROR_MESSAGE_TEXT_NAME = 'ErrorMessageText';

export interface ErrorMessageTextProps {
  /** `messageParts` of a formatted error, `parts` of `describe(…)`, or an `OrderIssue`'s `messageParts`. */
  readonly parts: readonly MessagePart[] | null | undefined;
  /** Shown when `parts` is empty or not a list. */
  readonly fallback?: string;
}

/** Never more than this many parts: a server message is short; a hostile one is cut, not rendered whole. */
const MAX_PARTS = 200;

function textOf(part: unknown): string {
  const text = read(part, 'text');
  return typeof text === 'string' ? text : '';
}

/**
 * A message as the trader reads it: a parameter name the server quoted as `<code>` without its
 * backticks, the app's own label for it in quotes (“Quantity”), every value in the trader's language.
 * Text only: server text never becomes markup.
 */
export function ErrorMessageText({ parts, fallback = '' }: ErrorMessageTextProps) {
  let list: readonly unknown[] = [];
  try {
    if (Array.isArray(parts)) list = parts.slice(0, MAX_PARTS);
  } catch {
    // A Proxy posing as a list: the fallback below.
  }
  if (list.length === 0) return <>{fallback}</>;
  return (
    <>
      {list.map((part, index) => {
        const type = read(part, 'type');
        const text = textOf(part);
        if (type === 'code')
          return (
            <code key={index} className="ee-code">
              {text}
            </code>
          );
        if (type === 'field')
          return (
            <span key={index} className="ee-field">
              “{text}”
            </span>
          );
        // Values (`1 minute`, a ban end) read as the sentence they sit in: plain text.
        return <Fragment key={index}>{text}</Fragment>;
      })}
    </>
  );
}
ErrorMessageText.displayName = ERROR_MESSAGE_TEXT_NAME;
