/**
 * Pairs each English message of a product with its Chinese counterpart, and says what that counterpart
 * is: Binance's Chinese (`binance`), the English left in place (`english`), nothing (`missing`), or
 * something that cannot be used as it stands (`broken`). Every judgement comes from a general rule and
 * is written down as a detection; no code is special-cased here. Fixes belong to the product's override
 * table, which this module only informs.
 *
 * Within one code, the zh page's items are matched to the en messages in three steps:
 * 1. English items are matched to en messages by text (exact, then one a prefix of the other, then with
 *    Chinese words standing for English ones, then by word similarity; see compare.ts);
 * 2. on an English-then-Chinese page, each run of English items is followed by a run of Chinese ones,
 *    which translate them in order (or, when fewer, the first English item with as many placeholders);
 * 3. the Chinese items left over (all of them on a one-per-message page) go, in order, to the en
 *    messages that still lack a translation, preferring one with as many placeholders.
 */
import { comparable, isGarbledName, LineMatcher, type LineMatch } from './compare.js';
import { detectCrossCode } from './detect.js';
import type { ItemLayout, Language, ParsedCode, ParsedDocument, ParsedMessage, Product, TableKind } from './model.js';
import { typeSignature } from './placeholders.js';
import { apiPathsOf } from './product.js';
import { hasHan } from './script.js';
import { pairSectionsByCodes } from './sections.js';

export type ZhKind = 'binance' | 'english' | 'missing' | 'broken';

export interface EnText {
  readonly template: string;
  readonly raw: string;
  readonly text: string;
  readonly line: number;
  readonly placeholderCount: number;
}

export interface ZhText {
  readonly kind: ZhKind;
  /** The zh page's text with placeholders as `%s`; null when missing. */
  readonly template: string | null;
  readonly raw: string | null;
  readonly line: number | null;
  /** Why the kind is not `binance`, or what was noticed on the way. */
  readonly reasons: readonly string[];
}

export interface PairedVariant {
  readonly en: EnText;
  readonly zh: ZhText;
}

export interface PairedCode {
  readonly code: number;
  /** Always the English page's name: zh pages carry Chinese or garbled names. */
  readonly name: string;
  /** The zh page's heading name when it differs from `name`. */
  readonly zhName: string | null;
  readonly section: string;
  readonly anchor: { readonly en: string; readonly zh: string | null };
  readonly variants: readonly PairedVariant[];
}

export interface PairedTableVariant extends PairedVariant {
  readonly description: { readonly en: string; readonly zh: string | null };
}

export interface PairedTable {
  readonly kind: TableKind;
  readonly codes: readonly number[];
  readonly variants: readonly PairedTableVariant[];
}

export type DetectionRule =
  | 'zh-code-missing'
  | 'zh-message-missing'
  | 'zh-kept-english'
  | 'zh-placeholder-count'
  | 'zh-placeholder-order'
  | 'zh-duplicate-of-other-code'
  | 'zh-translates-other-english'
  | 'zh-english-line-differs'
  | 'zh-english-line-garbled'
  | 'zh-unmatched-line'
  | 'zh-stray-character'
  | 'zh-path-differs'
  | 'zh-name-chinese'
  | 'zh-name-garbled'
  | 'zh-name-differs'
  | 'zh-only-code'
  | 'en-duplicate-name'
  | 'en-duplicate-message'
  | 'en-note-like'
  | 'en-suspect-placeholder'
  | 'en-name-not-symbolic'
  | 'en-foreign-path'
  | `quirk:${string}`;

export interface Detection {
  readonly rule: DetectionRule;
  readonly code: number | null;
  readonly language: Language | null;
  readonly line: number | null;
  readonly detail: string;
}

export interface ProductPairing {
  readonly product: Product;
  readonly codes: readonly PairedCode[];
  readonly tables: readonly PairedTable[];
  readonly detections: readonly Detection[];
  readonly source: {
    readonly en: { readonly updatedAt: string; readonly url: string; readonly codes: number };
    readonly zh: {
      readonly updatedAt: string;
      readonly url: string;
      readonly codes: number;
      readonly layout: ItemLayout;
    };
  };
}

function enText(message: ParsedMessage): EnText {
  return {
    template: message.template,
    raw: message.raw,
    text: message.text,
    line: message.line,
    placeholderCount: message.placeholders.length,
  };
}

interface Assignment {
  readonly chinese: (ParsedMessage | undefined)[];
  /** How the English item the Chinese one translates matched the en message, when it came through one. */
  readonly via: (LineMatch | undefined)[];
  readonly english: ({ message: ParsedMessage; how: LineMatch } | undefined)[];
  readonly leftovers: ParsedMessage[];
}

/**
 * How far ahead a Chinese item looks for a message with as many placeholders as it has. Real codes have
 * a handful of messages; the bound keeps a hostile code with 100,000 items linear.
 */
const LOOK_AHEAD = 16;

/** The first index in [from, from + LOOK_AHEAD) whose placeholder count is `count`, else `from`. */
function nearestWithCount(counts: readonly number[], from: number, count: number): number {
  const end = Math.min(counts.length, from + LOOK_AHEAD);
  for (let i = from; i < end; i++) if (counts[i] === count) return i;
  return from;
}

/** Step 2: a run of English items and the run of Chinese items after it. */
function pairRun(
  latin: readonly ParsedMessage[],
  cjk: readonly ParsedMessage[],
): [ParsedMessage, ParsedMessage | undefined][] {
  if (latin.length > cjk.length) {
    const pairs: [ParsedMessage, ParsedMessage | undefined][] = [];
    const counts = latin.map((l) => l.placeholders.length);
    let from = 0;
    for (const c of cjk) {
      const pick = nearestWithCount(counts, from, c.placeholders.length);
      pairs.push([c, latin[pick]]);
      from = pick + 1;
    }
    return pairs;
  }
  return cjk.map((c, i) => [c, latin[i]]);
}

/** Step 3: Chinese items to en messages, in order, preferring equal placeholder counts. */
function alignLeftovers(
  orphans: readonly ParsedMessage[],
  free: readonly number[],
  en: readonly ParsedMessage[],
): { pairs: [ParsedMessage, number][]; leftovers: ParsedMessage[] } {
  if (orphans.length === free.length) return { pairs: orphans.map((o, i) => [o, free[i] ?? 0]), leftovers: [] };
  const pairs: [ParsedMessage, number][] = [];
  const leftovers: ParsedMessage[] = [];
  const counts = free.map((index) => en[index]?.placeholders.length ?? 0);
  let from = 0;
  for (const orphan of orphans) {
    const pick = nearestWithCount(counts, from, orphan.placeholders.length);
    const index = free[pick];
    if (index === undefined) {
      leftovers.push(orphan);
      continue;
    }
    pairs.push([orphan, index]);
    from = pick + 1;
  }
  return { pairs, leftovers };
}

function assign(en: readonly ParsedMessage[], zh: readonly ParsedMessage[], layout: ItemLayout): Assignment {
  const result: Assignment = {
    chinese: en.map(() => undefined),
    via: en.map(() => undefined),
    english: en.map(() => undefined),
    leftovers: [],
  };
  const matchOf = new Map<ParsedMessage, { index: number; how: LineMatch }>();
  const matcher = new LineMatcher(en.map((m) => m.text));
  for (const item of zh) {
    if (item.script !== 'latin') continue;
    const match = matcher.match(item.text);
    if (!match) {
      result.leftovers.push(item);
      continue;
    }
    result.english[match.index] = { message: item, how: match.how };
    matchOf.set(item, match);
  }

  let orphans: ParsedMessage[] = [];
  if (layout === 'english-then-chinese') {
    const runs: { latin: ParsedMessage[]; cjk: ParsedMessage[] }[] = [];
    for (const item of zh) {
      const last = runs[runs.length - 1];
      if (item.script === 'latin') {
        if (!last || last.cjk.length > 0) runs.push({ latin: [item], cjk: [] });
        else last.latin.push(item);
      } else if (last) {
        last.cjk.push(item);
      } else {
        runs.push({ latin: [], cjk: [item] });
      }
    }
    for (const run of runs) {
      for (const [chinese, latin] of pairRun(run.latin, run.cjk)) {
        const match = latin && matchOf.get(latin);
        if (match && !result.chinese[match.index]) {
          result.chinese[match.index] = chinese;
          result.via[match.index] = match.how;
        } else {
          orphans.push(chinese);
        }
      }
    }
  } else {
    orphans = zh.filter((item) => item.script === 'cjk');
  }
  // On a one-per-message page an English item is that message's zh text; it takes no translation too.
  const free = en.flatMap((_, i) =>
    result.chinese[i] || (layout === 'one-per-message' && result.english[i]) ? [] : [i],
  );
  const aligned = alignLeftovers(orphans, free, en);
  for (const [chinese, index] of aligned.pairs) result.chinese[index] = chinese;
  result.leftovers.push(...aligned.leftovers);
  return result;
}

/** A lone Latin letter at the end of a Chinese text that the English does not end with: `不应低于 \`%s\`f`. */
function strayEnding(zh: string, en: string): string | null {
  const match = /(?:^|[^A-Za-z0-9%])([A-Za-z])$/.exec(zh.slice(-2));
  if (!match?.[1] || !hasHan(zh)) return null;
  return /[A-Za-z]$/.test(en) && en.endsWith(match[1]) ? null : match[1];
}

/** A Chinese text naming other endpoints than its English (PM's -1125 says `/fapi/` where en says `/papi/`). */
function pathMismatch(en: string, zh: string): string | null {
  const zhPaths = apiPathsOf(zh);
  if (zhPaths.length === 0) return null;
  const enPaths = apiPathsOf(en);
  const same = zhPaths.length === enPaths.length && zhPaths.every((path) => enPaths.includes(path));
  return same ? null : `API path: en ${enPaths.join(', ') || '(none)'}, zh ${zhPaths.join(', ')}`;
}

/** Checks every zh text against its en message: placeholders (count, then order where types tell), stray endings. */
function checkPlaceholders(en: ParsedMessage, zh: ParsedMessage): string[] {
  const reasons: string[] = [];
  if (zh.placeholders.length !== en.placeholders.length) {
    reasons.push(`placeholders: en has ${en.placeholders.length}, zh has ${zh.placeholders.length}`);
    return reasons;
  }
  const enTypes = typeSignature(en.placeholders);
  const zhTypes = typeSignature(zh.placeholders);
  const sorted = (s: string): string => s.split(',').sort().join(',');
  if (enTypes !== zhTypes && sorted(enTypes) === sorted(zhTypes)) {
    reasons.push(`placeholder order: en ${enTypes}, zh ${zhTypes}`);
  }
  return reasons;
}

interface CodeContext {
  readonly detections: Detection[];
  readonly layout: ItemLayout;
}

function pairCode(en: ParsedCode, zh: ParsedCode | undefined, section: string, ctx: CodeContext): PairedCode {
  const note = (rule: DetectionRule, language: Language | null, line: number | null, detail: string): void => {
    ctx.detections.push({ rule, code: en.code, language, line, detail });
  };
  if (!zh) note('zh-code-missing', 'zh', null, `${en.code} ${en.name} is not on the zh page`);
  const assignment = assign(en.messages, zh?.messages ?? [], ctx.layout);
  for (const leftover of assignment.leftovers) {
    note('zh-unmatched-line', 'zh', leftover.line, `matches no en message of ${en.code}: ${leftover.raw}`);
  }

  const variants = en.messages.map((message, i): PairedVariant => {
    const chinese = assignment.chinese[i];
    const english = assignment.english[i];
    const via = assignment.via[i];
    const reasons: string[] = [];
    if (chinese) {
      let kind: ZhKind = 'binance';
      if (via === 'similar' && english) {
        kind = 'broken';
        reasons.push(`translates a different English text: ${english.message.raw}`);
        note(
          'zh-translates-other-english',
          'zh',
          chinese.line,
          `en: ${message.raw} · zh page's English: ${english.message.raw}`,
        );
      } else if ((via === 'prefix' || via === 'typo') && english) {
        reasons.push(`the zh page's English differs (${via}): ${english.message.raw}`);
        note(
          'zh-english-line-differs',
          'zh',
          english.message.line,
          `en: ${message.raw} · zh page: ${english.message.raw}`,
        );
      } else if (via === 'garbled' && english) {
        note('zh-english-line-garbled', 'zh', english.message.line, english.message.raw);
      }
      const placeholderIssues = checkPlaceholders(message, chinese);
      if (placeholderIssues.length > 0) {
        kind = 'broken';
        reasons.push(...placeholderIssues);
        const rule = placeholderIssues[0]?.startsWith('placeholder order')
          ? 'zh-placeholder-order'
          : 'zh-placeholder-count';
        note(rule, 'zh', chinese.line, `${placeholderIssues.join('; ')} · en: ${message.raw} · zh: ${chinese.raw}`);
      }
      const paths = pathMismatch(message.text, chinese.text);
      if (paths) {
        kind = 'broken';
        reasons.push(paths);
        note('zh-path-differs', 'zh', chinese.line, `${paths} · zh: ${chinese.raw}`);
      }
      const stray = strayEnding(chinese.text, message.text);
      if (stray) {
        kind = 'broken';
        reasons.push(`stray "${stray}" at the end`);
        note('zh-stray-character', 'zh', chinese.line, chinese.raw);
      }
      return {
        en: enText(message),
        zh: { kind, template: chinese.template, raw: chinese.raw, line: chinese.line, reasons },
      };
    }
    if (english) {
      let kind: ZhKind = 'english';
      reasons.push('the zh page keeps the English text');
      note('zh-kept-english', 'zh', english.message.line, english.message.raw);
      if (english.how !== 'exact')
        reasons.push(`the zh page's English differs (${english.how}): ${english.message.raw}`);
      const placeholderIssues = checkPlaceholders(message, english.message);
      if (placeholderIssues.length > 0) {
        kind = 'broken';
        reasons.push(...placeholderIssues);
        note(
          'zh-placeholder-count',
          'zh',
          english.message.line,
          `${placeholderIssues.join('; ')} · en: ${message.raw} · zh: ${english.message.raw}`,
        );
      }
      const { template, raw, line } = english.message;
      return { en: enText(message), zh: { kind, template, raw, line, reasons } };
    }
    if (zh) note('zh-message-missing', 'zh', zh.line, `${en.code}: ${message.raw}`);
    reasons.push(zh ? 'the zh page lacks this message' : 'the zh page lacks this code');
    return { en: enText(message), zh: { kind: 'missing', template: null, raw: null, line: null, reasons } };
  });

  let zhName: string | null = null;
  if (zh && zh.name !== en.name) {
    zhName = zh.name;
    const rule = isGarbledName(zh.name, en.name)
      ? 'zh-name-garbled'
      : hasHan(zh.name)
        ? 'zh-name-chinese'
        : 'zh-name-differs';
    note(rule, 'zh', zh.line, `en ${en.name} · zh ${zh.name}`);
  }
  return {
    code: en.code,
    name: en.name,
    zhName,
    section,
    anchor: { en: en.anchor, zh: zh?.anchor ?? null },
    variants,
  };
}

function pairTables(en: ParsedDocument, zh: ParsedDocument): PairedTable[] {
  return en.tables.map((table) => {
    const texts = new Set(table.rows.flatMap((row) => row.messages.map((m) => comparable(m.text))));
    let best: { rows: typeof table.rows; shared: number } | undefined;
    for (const candidate of zh.tables) {
      const shared = candidate.rows.flatMap((row) => row.messages).filter((m) => texts.has(comparable(m.text))).length;
      if (shared > 0 && (!best || shared > best.shared)) best = { rows: candidate.rows, shared };
    }
    const zhRows = new Map<string, { message: ParsedMessage; description: string }>();
    for (const row of best?.rows ?? []) {
      for (const message of row.messages)
        zhRows.set(comparable(message.text), { message, description: row.description.text });
    }
    const variants = table.rows.flatMap((row) =>
      row.messages.map((message): PairedTableVariant => {
        const found = zhRows.get(comparable(message.text));
        const description = { en: row.description.text, zh: found?.description ?? null };
        if (!found) {
          return {
            en: enText(message),
            zh: {
              kind: 'missing',
              template: null,
              raw: null,
              line: null,
              reasons: ['the zh table lacks this message'],
            },
            description,
          };
        }
        const kind: ZhKind = found.message.script === 'cjk' ? 'binance' : 'english';
        const reasons =
          kind === 'english' ? ['the zh table keeps the English message; its description is Chinese'] : [];
        const { template, raw, line } = found.message;
        return { en: enText(message), zh: { kind, template, raw, line, reasons }, description };
      }),
    );
    return { kind: table.kind, codes: table.codes, variants };
  });
}

/** Pairs a product's en and zh documents. Never throws for parsed documents of the same product. */
export function pairProduct(en: ParsedDocument, zh: ParsedDocument): ProductPairing {
  if (en.product !== zh.product) throw new Error(`cannot pair ${en.product} with ${zh.product}`);
  if (en.language !== 'en' || zh.language !== 'zh')
    throw new Error('pairProduct takes the en document, then the zh one');
  const detections: Detection[] = [];
  for (const doc of [en, zh]) {
    for (const quirk of doc.quirks) {
      detections.push({
        rule: `quirk:${quirk.kind}`,
        code: null,
        language: doc.language,
        line: quirk.line,
        detail: quirk.detail,
      });
    }
  }
  // A code of a table is one per section (Bybit lists a code under several products), so its zh
  // counterpart is the same code in the zh section that matches its section.
  const tabled = en.codes.some((code) => code.fromTable);
  const sectionOf = tabled ? pairSectionsByCodes(en, zh) : [];
  const keyOf = (code: ParsedCode, section: number): string =>
    code.fromTable ? `${section}:${code.code}` : String(code.code);
  const zhByKey = new Map(zh.codes.map((code) => [keyOf(code, code.section), code]));
  const ctx: CodeContext = { detections, layout: zh.layout };
  const pairedKeys = new Set<string>();
  const codes = en.codes.map((code) => {
    const key = keyOf(code, code.fromTable ? (sectionOf[code.section] ?? -1) : code.section);
    pairedKeys.add(key);
    return pairCode(code, zhByKey.get(key), en.sections[code.section]?.title ?? '', ctx);
  });
  for (const code of zh.codes) {
    if (!pairedKeys.has(keyOf(code, code.section))) {
      detections.push({
        rule: 'zh-only-code',
        code: code.code,
        language: 'zh',
        line: code.line,
        detail: `${code.code} ${code.name}`,
      });
    }
  }
  const paired = detectCrossCode(en, codes, detections);
  return {
    product: en.product,
    codes: paired,
    tables: pairTables(en, zh),
    detections,
    source: {
      en: {
        updatedAt: en.frontMatter['updated_at'] ?? '',
        url: en.frontMatter['source_url'] ?? '',
        codes: en.codes.length,
      },
      zh: {
        updatedAt: zh.frontMatter['updated_at'] ?? '',
        url: zh.frontMatter['source_url'] ?? '',
        codes: zh.codes.length,
        layout: zh.layout,
      },
    },
  };
}
