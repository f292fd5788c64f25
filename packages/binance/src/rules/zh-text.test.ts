/**
 * The rules' Chinese, rendered: every zh sentence of the explanation tests (one order per sentence,
 * Spot and the futures), with its values taken out, has no stray English word and no space beside
 * full-width punctuation (scripts/zh-text.mjs, the house style). Values (symbols, assets, numbers)
 * may be Latin; the words around them may not. The product suite audits the templates; this audits
 * what a trader reads.
 */
import { describe, expect, it } from 'vitest';
import { spacedPunctuation, strayLatinWords } from '../../../../scripts/zh-text.mjs';
import { spotRules } from './spot/index.js';
import { FUTURES_CASES, RULES } from './test-support/futures-cases.js';
import { SPOT_CASES } from './test-support/spot-cases.js';
import { futuresText, spotText } from './test-support/texts.js';

/** The text with every value replaced by a digit, longest first. */
function withoutValues(text: string, values: Readonly<Record<string, string>>): string {
  let out = text;
  for (const value of Object.values(values).sort((a, b) => b.length - a.length))
    if (value) out = out.split(value).join('0');
  return out;
}

const rendered = [
  ...SPOT_CASES.map((c) => ({
    key: `spot ${c.key}`,
    explanation: spotRules.explain(c.code, c.context, 'zh', spotText('zh'), c.answer),
  })),
  ...FUTURES_CASES.map((c) => ({
    key: `${c.product} ${c.key}`,
    explanation: RULES[c.product].explain(c.code, c.context, 'zh', futuresText('zh')),
  })),
];

describe('the rules’ Chinese, rendered', () => {
  it('renders every case', () => {
    expect(rendered.filter((r) => r.explanation === null).map((r) => r.key)).toEqual([]);
  });

  it('has no stray English word and no spaced full-width punctuation in any sentence or fix label', () => {
    const problems: string[] = [];
    for (const { key, explanation } of rendered) {
      if (!explanation) continue;
      const texts = [explanation.text, ...explanation.suggestions.map((s) => s.label)];
      for (const text of texts) {
        const shown = withoutValues(text, explanation.values);
        for (const word of strayLatinWords(shown)) problems.push(`${key}: "${word}" in ${text}`);
        for (const gap of spacedPunctuation(text)) problems.push(`${key}: space "${gap}" in ${text}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
