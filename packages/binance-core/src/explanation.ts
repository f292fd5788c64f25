/**
 * The shape of an explanation: the rule behind a rejection, with the product's own numbers and
 * one-click fixes. The rules are a product's (binance-options has them for Options orders); the
 * engine only carries the result and asks for it through an `Explainer`.
 */
import type { RawText } from './texts.js';

/** A one-click fix: set `field` to `value` (a decimal string, `IOC`, `false` …). */
export interface ExplanationSuggestion {
  /** The order parameter to set, named as the order request names it. */
  readonly field:
    'price' | 'quantity' | 'timeInForce' | 'postOnly' | 'quoteOrderQty' | 'stopPrice' | 'icebergQty' | 'trailingDelta';
  readonly value: string;
}

export interface LocalizedSuggestion extends ExplanationSuggestion {
  /** A button label in the trader's language: "Use 12305" / "改用 12305", "Turn off post-only". */
  readonly label: string;
}

export interface BinanceErrorExplanation {
  /** The code whose rule failed (for -2010, the code of the rule found in the request, e.g. -4029). */
  readonly code: number;
  /** The sentence's key under `explain.` in the product's namespace, e.g. `priceOffTick`. */
  readonly key: string;
  /** The order field the rule is about; null for a limit of the account (open orders, position, balance). */
  readonly field: ExplanationSuggestion['field'] | null;
  /** The sentence's values: the trader's input as sent, the rule's numbers, the valid neighbours. */
  readonly values: Readonly<Record<string, string>>;
  /** The localized sentence. */
  readonly text: string;
  /** Fixes in order of preference: the nearest valid value first. */
  readonly suggestions: readonly LocalizedSuggestion[];
  /** The language tag the sentence was looked up in. */
  readonly lng: string;
}

/**
 * What the engine read from the answer besides its code: the message variant the server's text
 * matched and the text itself. One code can carry many causes (Spot's -1013 is a filter failure or
 * an account restriction), so rules that know them ask which one came back.
 */
export interface ExplainedAnswer {
  readonly variant: string | null;
  readonly message: string | null;
}

/**
 * A product's rules: explain `code` with what the app knows (`context`), in `lng`, with `raw` texts;
 * `answer` says which of the code's messages came back, when the engine read one.
 */
export type Explainer = (
  code: number | null,
  context: unknown,
  lng: string,
  raw: RawText,
  answer?: ExplainedAnswer,
) => BinanceErrorExplanation | null;
