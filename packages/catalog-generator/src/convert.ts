/**
 * Simplified Chinese from Traditional, at generate time only (nothing of it ships): OpenCC's phrase-level
 * data through the `opencc-js` package, with its Taiwan-to-mainland configuration (`twp` → `cn`, OpenCC's
 * tw2sp: Taiwan phrases become the mainland's, `金鑰` → `密钥`, `資訊` → `信息`), then the product's
 * reviewed phrase fixes where OpenCC's data is wrong for this text: OpenCC maps 帳 to 帐 in every
 * phrase, so `帳戶` comes out `帐户` where mainland usage writes `账户`. A fix names the Traditional
 * phrase, what OpenCC makes of it, what it must be, and why; a fix OpenCC no longer needs, or one whose
 * phrase OpenCC reads otherwise inside a text, is an error rather than a silent change.
 */
import * as OpenCC from 'opencc-js/t2cn';

/** A phrase OpenCC converts wrongly, and what it must become. */
export interface PhraseFix {
  /** The Traditional phrase, as the Traditional text has it. */
  readonly hant: string;
  /** What OpenCC makes of it: the fix is refused when OpenCC changes its mind. */
  readonly opencc: string;
  /** The Simplified phrase it must be. */
  readonly hans: string;
  readonly reason: string;
}

export interface Conversion {
  /** The Simplified text: OpenCC's, with the phrase fixes applied. */
  readonly text: string;
  /** OpenCC's output alone. */
  readonly opencc: string;
  /** The Traditional phrases whose fix changed this text. */
  readonly fixed: readonly string[];
}

export class ConversionError extends Error {
  override name = 'ConversionError';
}

const openccConvert = OpenCC.Converter({ from: 'twp', to: 'cn' });

/** OpenCC's Simplified for a Traditional text (Taiwan phrases to the mainland's), nothing else. */
export function opencc(hant: string): string {
  return openccConvert(hant);
}

/** Traditional → Simplified with a product's phrase fixes; remembers which fixes were used. */
export class HansConverter {
  private readonly used = new Set<string>();

  constructor(private readonly fixes: readonly PhraseFix[]) {
    const seen = new Set<string>();
    for (const fix of fixes) {
      if (!fix.reason.trim()) throw new ConversionError(`the phrase fix ${fix.hant} → ${fix.hans} needs a reason`);
      if (seen.has(fix.hant)) throw new ConversionError(`two phrase fixes for ${fix.hant}`);
      seen.add(fix.hant);
      const now = opencc(fix.hant);
      if (now !== fix.opencc) {
        throw new ConversionError(
          `OpenCC now converts ${fix.hant} to ${now}, not ${fix.opencc}: review the phrase fix (→ ${fix.hans})`,
        );
      }
      if (now === fix.hans)
        throw new ConversionError(`OpenCC already converts ${fix.hant} to ${fix.hans}: drop the fix`);
    }
  }

  /**
   * The text cut at every fixed phrase (leftmost, longest first); each piece between them converted
   * by OpenCC, each phrase replaced by its fix. Cutting must not change OpenCC's reading: the pieces
   * converted with OpenCC's own output for the phrases must give OpenCC's output for the whole text,
   * or the fix is refused for this text (a Simplified fix of the whole message is then needed).
   */
  convert(hant: string): Conversion {
    const raw = opencc(hant);
    const pieces: { text: string; fix?: PhraseFix }[] = [];
    let from = 0;
    for (let i = 0; i < hant.length;) {
      const fix = this.fixes.filter((f) => hant.startsWith(f.hant, i)).sort((a, b) => b.hant.length - a.hant.length)[0];
      if (!fix) {
        i++;
        continue;
      }
      if (i > from) pieces.push({ text: hant.slice(from, i) });
      pieces.push({ text: fix.hant, fix });
      i += fix.hant.length;
      from = i;
    }
    if (pieces.length === 0) return { text: raw, opencc: raw, fixed: [] };
    if (from < hant.length) pieces.push({ text: hant.slice(from) });
    const unfixed = pieces.map((p) => (p.fix ? p.fix.opencc : opencc(p.text))).join('');
    if (unfixed !== raw) {
      throw new ConversionError(
        `cutting at the phrase fixes changes OpenCC's reading (${unfixed} ≠ ${raw}): give this message a Simplified fix: ${hant}`,
      );
    }
    const fixed = [...new Set(pieces.flatMap((p) => (p.fix ? [p.fix.hant] : [])))];
    for (const phrase of fixed) this.used.add(phrase);
    return { text: pieces.map((p) => (p.fix ? p.fix.hans : opencc(p.text))).join(''), opencc: raw, fixed };
  }

  /** Fixes no text converted by this converter or named in `alsoUsed` needed: stale entries of the table. */
  unused(alsoUsed: Iterable<string> = []): PhraseFix[] {
    const used = new Set([...this.used, ...alsoUsed]);
    return this.fixes.filter((fix) => !used.has(fix.hant));
  }
}
