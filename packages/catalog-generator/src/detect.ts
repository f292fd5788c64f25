/**
 * Checks that look across codes rather than inside one: a Chinese text copied onto another code, the
 * same English message or name under two codes, texts that read like documentation rather than a
 * server's answer, quoted letters that look like values. Each finding is a detection; only the first
 * kind changes a pairing (the copy is `broken`), because only it makes a Chinese text wrong.
 */
import { comparable, wordSimilarity } from './compare.js';
import type { ParsedDocument } from './model.js';
import { API_PREFIXES, apiPathsOf } from './product.js';
import type { Detection, PairedCode } from './pair.js';

const SYMBOLIC_NAME = /^[A-Z][A-Z0-9_]*$/;
/** Openings Binance uses for explanations listed among messages (Spot -1158, USDⓈ-M -2022 …). */
const NOTE_OPENING = /^(?:If |This (?:code is sent|indicates)|Potential error messages)/;
/** `'x'`, `'y'`: a single quoted letter where a value would go (Spot -1161). */
const QUOTED_LETTER = /'[a-z]'/;
/** Word similarity (Sørensen–Dice) from which two English texts are the same message in other words. */
const SAME_WORDS = 0.5;

/**
 * Chinese texts shared by two codes whose English differs: the later one is taken to be the copy (a
 * copy-paste runs down the page), and marked `broken`. PM's -1008 carries -1007's text this way. Two
 * English texts that say the same in other words (half their words or more in common: Bybit's
 * `Insufficient balance` / `Available balance is insufficient`, both `餘額不足`) share a Chinese text
 * rightly.
 */
function markCopiedChinese(codes: readonly PairedCode[], detections: Detection[]): PairedCode[] {
  const first = new Map<string, { code: number; en: string }>();
  return codes.map((code) => ({
    ...code,
    variants: code.variants.map((variant) => {
      if (variant.zh.kind !== 'binance' && variant.zh.kind !== 'broken') return variant;
      if (variant.zh.template === null) return variant;
      const key = comparable(variant.zh.template);
      const en = comparable(variant.en.template);
      const earlier = first.get(key);
      if (!earlier) {
        first.set(key, { code: code.code, en });
        return variant;
      }
      if (earlier.en === en || wordSimilarity(earlier.en, en) >= SAME_WORDS) return variant;
      detections.push({
        rule: 'zh-duplicate-of-other-code',
        code: code.code,
        language: 'zh',
        line: variant.zh.line,
        detail: `${code.code}'s zh "${variant.zh.raw}" is ${earlier.code}'s, whose English differs (en: ${variant.en.raw})`,
      });
      return {
        ...variant,
        zh: {
          ...variant.zh,
          kind: 'broken' as const,
          reasons: [...variant.zh.reasons, `same Chinese text as ${earlier.code}, whose English differs`],
        },
      };
    }),
  }));
}

function detectEnglish(en: ParsedDocument, detections: Detection[]): void {
  const names = new Map<string, number>();
  const messages = new Map<string, number>();
  const prefixes = API_PREFIXES[en.product];
  for (const code of en.codes) {
    const note = (rule: Detection['rule'], line: number, detail: string): void => {
      detections.push({ rule, code: code.code, language: 'en', line, detail });
    };
    // A code of a table has no name (Bybit's): nothing to compare.
    if (!code.fromTable) {
      const sameName = names.get(code.name);
      if (sameName !== undefined)
        note('en-duplicate-name', code.line, `${code.code} is named ${code.name}, like ${sameName}`);
      else names.set(code.name, code.code);
      if (!SYMBOLIC_NAME.test(code.name)) note('en-name-not-symbolic', code.line, `${code.code} ${code.name}`);
    }
    for (const message of code.messages) {
      const key = comparable(message.template);
      const other = messages.get(key);
      if (other !== undefined && other !== code.code) {
        note('en-duplicate-message', message.line, `${code.code} repeats ${other}'s "${message.raw}"`);
      } else {
        messages.set(key, code.code);
      }
      if (message.links.length > 0 || NOTE_OPENING.test(message.text)) {
        note('en-note-like', message.line, message.raw);
      }
      if (QUOTED_LETTER.test(message.text)) note('en-suspect-placeholder', message.line, message.raw);
      const foreign = apiPathsOf(message.text).filter((path) => !prefixes.includes(path.split('/')[1] ?? ''));
      if (foreign.length > 0)
        note(
          'en-foreign-path',
          message.line,
          `${foreign.join(', ')} on ${en.product} (${prefixes.map((p) => `/${p}/`).join(', ')})`,
        );
    }
  }
}

export function detectCrossCode(
  en: ParsedDocument,
  codes: readonly PairedCode[],
  detections: Detection[],
): PairedCode[] {
  detectEnglish(en, detections);
  return markCopiedChinese(codes, detections);
}
