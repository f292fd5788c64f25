/**
 * The shape of an explanation: the rule behind a rejection, with the symbol's own numbers and
 * one-click fixes. The rules are a product's (`ProductModule.rules`: Options' and Spot's filters,
 * the futures' precision and notional rules, …); the engine only carries the result and asks for it.
 */
import type { RawText } from './texts.js';

/** A fix before it is put in words: set the order's `field` to `value` (a decimal string, `IOC`, `false` …). */
export interface Fix {
  /** The order field, as the exchange names it: `price`, `quantity`, `timeInForce`, `postOnly`, … */
  readonly field: string;
  readonly value: string;
}

/** A one-click fix with its button label in the trader's language: "Use 12305" / "改用 12305". */
export interface Suggestion extends Fix {
  readonly label: string;
}

export interface Explanation {
  /** The code whose rule failed (for -2010, the code of the rule found in the request, e.g. -4029). */
  readonly code: number;
  /** The sentence's key under `explain.` in the product's namespace, e.g. `priceOffTick`. */
  readonly key: string;
  /** The order field the rule is about; null for a limit of the account (open orders, position, balance). */
  readonly field: string | null;
  /** The sentence's values: the trader's input as sent, the rule's numbers, the valid neighbours. */
  readonly values: Readonly<Record<string, string>>;
  /** The localized sentence. */
  readonly text: string;
  /** Fixes in order of preference: the nearest valid value first. */
  readonly suggestions: readonly Suggestion[];
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
 * Explains `code` with what the app knows (the `explain` option), in `lng`, with the product's texts;
 * `answer` says which of the code's messages came back, when the engine read one.
 */
export type Explainer = (
  code: number | null,
  facts: unknown,
  lng: string,
  raw: RawText,
  answer?: ExplainedAnswer,
) => Explanation | null;

/** One check an order fails, as the error the exchange would answer. */
export interface OrderFailure {
  readonly code: number;
  /**
   * The message variant the exchange would send (`default`, `param`, …); null when the catalog lacks
   * it (a message the exchange's error page does not list): `message` then holds its text.
   */
  readonly variant: string | null;
  /** The values it would fill in. */
  readonly values: Readonly<Record<string, string>>;
  /** The order field it is about, or null when it is about the order as a whole or the account. */
  readonly field: string | null;
  /** The exchange's text, for a message the catalog lacks. */
  readonly message?: string;
}

/** A product's order rules. */
export interface OrderRules {
  readonly explain: Explainer;
  /**
   * Every check the order (`facts`: the `explain` option) fails, in the order the exchange runs them.
   * Only what the request itself decides: balance, positions and the book are the exchange's to judge.
   */
  readonly check: (facts: unknown) => readonly OrderFailure[];
}
