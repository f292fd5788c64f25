/**
 * The shape of a product's curated guidance (`packages/<product>/curated/guidance.ts`): for every code,
 * how it is classified and our short title plus "what you can do" hint in each language; for a variant
 * that needs its own words (Spot's matching-engine and filter-failure messages, an IP ban beside a
 * plain rate limit), the same per variant.
 */
import type { Category, Severity } from './taxonomy.js';

export interface Text {
  readonly title: string;
  readonly hint: string;
}

export interface VariantGuidance {
  readonly category: Category;
  /** The very same request may succeed if sent again later, unchanged. */
  readonly retryable: boolean;
  readonly severity: Severity;
  readonly en: Text;
  readonly zh: Text;
}

export interface CodeGuidance extends VariantGuidance {
  /** Variants with their own classification, title and hint; the others use the code's. */
  readonly variants?: Readonly<Record<string, VariantGuidance>>;
  /**
   * The code name this guidance was written for, when it comes from the shared table of general codes:
   * the generator refuses it for a product where the code means something else.
   */
  readonly appliesTo?: string;
  /**
   * Bybit: the code's words fit every meaning it has in the document's sections (the same situation in
   * other products' words), so its variants in other sections need none of their own.
   */
  readonly sameInEveryMeaning?: true;
}

/** Everything a product's `curated/guidance.ts` exports. */
export interface ProductGuidance {
  readonly GUIDANCE: Readonly<Record<number, CodeGuidance>>;
  /** Guidance for table messages (Spot), by variant key: applies under every code the message comes with. */
  readonly TABLE_GUIDANCE?: Readonly<Record<string, VariantGuidance>>;
}

export const RETRY = true;
export const FINAL = false;

/** One entry: classification, then `[title, hint]` in English and in Chinese. */
export function g(
  category: Category,
  retryable: boolean,
  severity: Severity,
  en: readonly [string, string],
  zh: readonly [string, string],
): VariantGuidance {
  return { category, retryable, severity, en: { title: en[0], hint: en[1] }, zh: { title: zh[0], hint: zh[1] } };
}

/** A code's guidance with per-variant guidance beside it. */
export function withVariants(code: VariantGuidance, variants: Readonly<Record<string, VariantGuidance>>): CodeGuidance {
  return { ...code, variants };
}
