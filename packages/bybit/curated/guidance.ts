/**
 * Our words for every Bybit code: its category, whether the very same request may succeed later
 * (`retryable`), its severity, and our title and hint in English and Traditional Chinese (`zh` here is
 * Traditional: the Simplified is converted from it at generate time, with the phrase fixes of
 * scripts/overrides.ts). The rows are per section (rows-*.ts); a code listed in several sections with
 * another meaning has words for each meaning below, unless the same words fit every one.
 */
import { g, withVariants, type CodeGuidance, type VariantGuidance } from '@exchange-errors/catalog-generator/curate';
import { HINT as H } from './hints.js';
import { F, R, type Row } from './row.js';
import { ASSET } from './rows-asset.js';
import { OTHER } from './rows-other.js';
import { SPOT } from './rows-spot.js';
import { HTTP_WS_UTA } from './rows-uta.js';

function entry([, category, retryable, severity, en, zhHant, hint]: Row): VariantGuidance {
  return g(category, retryable, severity, [en, hint[0]], [zhHant, hint[1]]);
}

const rows = [...HTTP_WS_UTA, ...SPOT, ...ASSET, ...OTHER];
const byCode = new Map<number, VariantGuidance>();
for (const row of rows) {
  if (byCode.has(row[0])) throw new Error(`curated/guidance: ${row[0]} twice`);
  byCode.set(row[0], entry(row));
}

function code(value: number): VariantGuidance {
  const found = byCode.get(value);
  if (!found) throw new Error(`curated/guidance: no row for ${value}`);
  return found;
}

/** The same words for every section that lists the code (the same situation in other products' wording). */
const same = (value: number): CodeGuidance => ({ ...code(value), sameInEveryMeaning: true });

/** Codes with another meaning in another section: the first meaning's words, then each other meaning's. */
const MEANINGS: Readonly<Record<number, CodeGuidance>> = {
  [429]: withVariants(code(429), {
    highLoad: g(
      'internal',
      R,
      'warning',
      ['Trading service under high load', H.retry[0]],
      ['交易服務負載過高', H.retry[1]],
    ),
  }),
  [10003]: withVariants(code(10003), {
    invalidApiKey: g('auth', F, 'error', ['Invalid API key', H.apiKey[0]], ['API 金鑰無效', H.apiKey[1]]),
  }),
  [10016]: {
    ...withVariants(code(10016), {
      restarting: g(
        'internal',
        R,
        'warning',
        ['Service restarting', H.restarting[0]],
        ['服務正在重啟', H.restarting[1]],
      ),
    }),
    sameInEveryMeaning: true,
  },
  [700000]: withVariants(code(700000), {
    paramsError: g('validation', F, 'error', ['Parameter error', H.params[0]], ['參數錯誤', H.params[1]]),
  }),
  [700001]: withVariants(code(700001), {
    marketNotFound: g(
      'order',
      F,
      'error',
      ['Prediction market not found', H.prediction[0]],
      ['預測市場不存在', H.prediction[1]],
    ),
  }),
  [700002]: withVariants(code(700002), {
    lowLiquidity: g(
      'order',
      R,
      'warning',
      ['Not enough liquidity for a FOK order', H.prediction[0]],
      ['流動性不足，FOK 訂單無法成交', H.prediction[1]],
    ),
  }),
  [700010]: withVariants(code(700010), {
    insufficientUsdc: g('funds', F, 'error', ['USDC balance too low', H.balance[0]], ['USDC 餘額不足', H.balance[1]]),
  }),
  [700011]: withVariants(code(700011), {
    insufficientPosition: g(
      'position',
      F,
      'error',
      ['Token position too small', H.prediction[0]],
      ['代幣持倉不足', H.prediction[1]],
    ),
  }),
  [400001]: withVariants(code(400001), {
    invalidParameter: g('validation', F, 'error', ['Invalid parameter', H.params[0]], ['參數無效', H.params[1]]),
  }),
  [700004]: same(700004),
  [700007]: same(700007),
  [700012]: same(700012),
  [180001]: same(180001),
};

export const GUIDANCE: Readonly<Record<number, CodeGuidance>> = {
  ...Object.fromEntries(byCode),
  ...MEANINGS,
};
