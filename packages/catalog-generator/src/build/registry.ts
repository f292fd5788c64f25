/**
 * Each product package's hand-written inputs: its override table (`scripts/overrides.ts`), its curated
 * guidance (`curated/guidance.ts`) and the texts outside `codes` its namespace carries. The category
 * labels and fallback texts (`categories.*`, `fallback.*`) and the words that present values
 * (`present.*`) are product-agnostic: one source, Options' `curated/fallback.ts` and
 * `curated/explain.ts`, for every product. The explanation sentences (`explain.*`) are each product's
 * own: Options' `curated/explain.ts`, Spot's `curated/explain.ts`, and one file the three futures
 * products share (`curated/futures-explain.ts` here), each written for the rules that fill them in.
 */
import { EXPLAIN_TEXTS, PRESENT_TEXTS_HANT } from '../../../binance-options/curated/explain.js';
import { FALLBACK_TEXTS } from '../../../binance-options/curated/fallback.js';
import * as optionsGuidance from '../../../binance-options/curated/guidance.js';
import * as optionsOverrides from '../../../binance-options/scripts/overrides.js';
import * as pmGuidance from '../../../binance-pm/curated/guidance.js';
import * as pmOverrides from '../../../binance-pm/scripts/overrides.js';
import { EXPLAIN_TEXTS as SPOT_EXPLAIN_TEXTS } from '../../../binance-spot/curated/explain.js';
import * as spotGuidance from '../../../binance-spot/curated/guidance.js';
import * as spotOverrides from '../../../binance-spot/scripts/overrides.js';
import * as coinmGuidance from '../../../binance-coinm/curated/guidance.js';
import * as coinmOverrides from '../../../binance-coinm/scripts/overrides.js';
import * as usdmGuidance from '../../../binance-usdm/curated/guidance.js';
import * as usdmOverrides from '../../../binance-usdm/scripts/overrides.js';
import { FUTURES_EXPLAIN_TEXTS } from '../../curated/futures-explain.js';
import * as bybitGuidance from '../../../bybit/curated/guidance.js';
import * as bybitOverrides from '../../../bybit/scripts/overrides.js';
import { SECTION_PATHS as BYBIT_SECTION_PATHS } from '../../../bybit/curated/section-paths.js';
import type { ProductGuidance } from '../curate/guidance.js';
import type { ProductOverrides } from '../curate/overrides.js';
import type { Language, Product } from '../model.js';

/**
 * Top-level groups of a namespace besides `codes`, per language (and in Traditional Chinese, `zh-Hant`,
 * for the products that ship it); each checked for parity when built.
 */
export type ExtraTexts = Readonly<
  Record<string, Readonly<Record<Language, unknown>> & { readonly 'zh-Hant'?: unknown }>
>;

export interface ProductInputs {
  readonly overrides: ProductOverrides;
  readonly guidance: ProductGuidance;
  readonly texts: ExtraTexts;
  /**
   * A sectioned product's request path prefixes per section (its `curated/section-paths.ts`): a code
   * with several meanings carries them on its variants, for the engine to pick a meaning by path.
   */
  readonly sectionPaths?: Readonly<Record<string, readonly string[]>>;
}

const sharedTexts: ExtraTexts = {
  'fallback.ts': FALLBACK_TEXTS,
  'explain.ts (present)': { en: { present: EXPLAIN_TEXTS.en.present }, zh: { present: EXPLAIN_TEXTS.zh.present } },
};

/** The futures products' texts: the shared ones and the sentences of their shared order rules. */
const futuresTexts: ExtraTexts = {
  ...sharedTexts,
  'futures-explain.ts': { en: FUTURES_EXPLAIN_TEXTS.en, zh: FUTURES_EXPLAIN_TEXTS.zh },
};

const INPUTS: Partial<Record<Product, ProductInputs>> = {
  options: {
    overrides: optionsOverrides,
    guidance: optionsGuidance,
    texts: { 'fallback.ts': FALLBACK_TEXTS, 'explain.ts': EXPLAIN_TEXTS },
  },
  spot: {
    overrides: spotOverrides,
    guidance: spotGuidance,
    texts: { ...sharedTexts, 'explain.ts': { en: SPOT_EXPLAIN_TEXTS.en, zh: SPOT_EXPLAIN_TEXTS.zh } },
  },
  usdm: { overrides: usdmOverrides, guidance: usdmGuidance, texts: futuresTexts },
  coinm: { overrides: coinmOverrides, guidance: coinmGuidance, texts: futuresTexts },
  pm: { overrides: pmOverrides, guidance: pmGuidance, texts: futuresTexts },
  // The engine's category labels, fallback and value-presenting texts, in its three languages (no
  // order rules, so no explanations).
  bybit: {
    overrides: bybitOverrides,
    guidance: bybitGuidance,
    texts: {
      'fallback.ts': FALLBACK_TEXTS,
      'explain.ts (present)': {
        en: { present: EXPLAIN_TEXTS.en.present },
        zh: { present: EXPLAIN_TEXTS.zh.present },
        'zh-Hant': { present: PRESENT_TEXTS_HANT },
      },
    },
    sectionPaths: BYBIT_SECTION_PATHS,
  },
};

/** The products that have a package with generated files, in the order they are generated. */
export const GENERATED_PRODUCTS: readonly Product[] = (
  ['options', 'spot', 'usdm', 'coinm', 'pm', 'bybit'] as const
).filter((p) => INPUTS[p] !== undefined);

export function inputsOf(product: Product): ProductInputs {
  const inputs = INPUTS[product];
  if (!inputs) throw new Error(`${product} has no product package yet (known: ${GENERATED_PRODUCTS.join(', ')})`);
  return inputs;
}
