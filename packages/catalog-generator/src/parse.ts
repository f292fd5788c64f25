/**
 * Reads one error-code file into one `ParsedDocument` per language copy it holds (Binance's Options
 * file holds an English and a Chinese copy, every other file one). One pass over the lines; every line
 * is looked at a bounded number of times, so time grows linearly with the file.
 *
 * What it understands, by general rules rather than per-document cases:
 * - `#` starts a language copy (a repeated title with nothing under it is a scraper's duplicate);
 *   `##` a section; `### -CODE NAME` a code; list items under a code are its messages;
 * - headings with a docs-site permalink (`[U+200B](…#anchor "…")`: a zero-width space or nothing in the brackets), or
 *   without (the anchor is then the slug the site derives), with up to three leading blanks, escaped
 *   (`\-1000 TOO\_MANY`), with names that are not UPPER_SNAKE or are Chinese, with the minus sign missing;
 * - `<a id>` tags above a heading (extra anchors), `*`, `-` or `+` list markers, items run together on
 *   one line, fenced code blocks, pipe tables of messages (Binance Spot's; see tables.ts);
 * - tables of codes (Bybit's: `| 10001 | Request parameter error |`; see code-table.ts), each in the
 *   section above it, or in a sub-section when a `###` heading that is no code opens it; a code listed
 *   twice in one section has two messages, a code in several sections one entry per section; the MDX
 *   front matter (`title:`) that Bybit's page starts with gives the copy's title.
 * Anything read past or normalized is kept as a quirk with its line; anything that would make the
 * result a guess (no name, no message, a code twice, an unknown product or language) is a
 * `SourceFormatError` with its line.
 */
import { codeOfRow, readCodeRow } from './code-table.js';
import { SourceFormatError } from './errors.js';
import { readFrontMatter } from './front-matter.js';
import { readHeadingLink, readHtmlAnchor, slugOf, splitRunTogether, unescapeMarkdown } from './markdown.js';
import { readMessage } from './message.js';
import {
  EXCHANGE_OF,
  EXCHANGES,
  type Exchange,
  type ItemLayout,
  type Language,
  type ParsedCode,
  type ParsedDocument,
  type ParsedMessage,
  type ParsedSection,
  type ParsedTable,
  type ParsedTableRow,
  type Product,
  type Quirk,
} from './model.js';
import { productOf } from './product.js';
import { hasHan } from './script.js';
import { isDelimiterRow, readRow } from './tables.js';

export interface ParseOptions {
  /** The product, when the front matter does not say (a snippet in a test). */
  readonly product?: Product;
  /** The language, when neither the front matter, the title nor the permalinks say. */
  readonly language?: Language;
}

interface MutableCode extends Omit<ParsedCode, 'messages'> {
  readonly messages: ParsedMessage[];
}

interface MutableTable extends Omit<ParsedTable, 'rows' | 'codes' | 'kind' | 'header'> {
  readonly header: string[];
  readonly rows: ParsedTableRow[];
}

interface Copy {
  title: string;
  titleLine: number;
  readonly sections: ParsedSection[];
  readonly codes: MutableCode[];
  readonly tables: MutableTable[];
  readonly quirks: Quirk[];
  /** Pages the permalinks point at, in order of first use. */
  readonly linkPaths: string[];
  readonly linkPathSet: Set<string>;
  readonly slugs: Map<string, number>;
  /** Per section, the codes its tables list: where a repeated row's messages go. */
  readonly tableCodes: Map<number, Map<number, MutableCode>>;
}

const MAX_CODE_DIGITS = 9;

function newCopy(title: string, titleLine: number): Copy {
  return {
    title,
    titleLine,
    sections: [],
    codes: [],
    tables: [],
    quirks: [],
    linkPaths: [],
    linkPathSet: new Set(),
    slugs: new Map(),
    tableCodes: new Map(),
  };
}

/** `#`–`######` after at most three blanks, then a blank or the end: level and text, else null. */
function readHeading(line: string): { level: number; text: string; indent: number } | null {
  let indent = 0;
  while (indent < line.length && line[indent] === ' ') indent++;
  if (indent > 3 || line[indent] !== '#') return null;
  let level = 0;
  while (line[indent + level] === '#') level++;
  const after = line[indent + level];
  if (level > 6 || (after !== undefined && after !== ' ' && after !== '\t')) return null;
  return { level, text: line.slice(indent + level).trim(), indent };
}

/** A list item: at most four blanks, a marker `*`, `-` or `+`, a blank. Returns its marker and text. */
function readItem(line: string): { marker: string; text: string } | null {
  let indent = 0;
  while (indent < line.length && (line[indent] === ' ' || line[indent] === '\t')) indent++;
  if (indent > 4) return null;
  const marker = line[indent] ?? '';
  if (marker !== '*' && marker !== '-' && marker !== '+') return null;
  const after = line[indent + 1];
  if (after !== undefined && after !== ' ' && after !== '\t') return null;
  return { marker, text: line.slice(indent + 1).trim() };
}

function isFence(line: string): boolean {
  const trimmed = line.trimStart();
  return line.length - trimmed.length <= 3 && (trimmed.startsWith('```') || trimmed.startsWith('~~~'));
}

function decodeFragment(fragment: string, line: number, quirks: Quirk[]): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    quirks.push({ kind: 'undecodable-anchor', line, detail: fragment });
    return fragment;
  }
}

/** The slug, numbered like GitHub's (`x`, `x-1`, `x-2`) when a copy repeats a heading. */
function uniqueSlug(copy: Copy, text: string): string {
  const base = slugOf(text);
  const seen = copy.slugs.get(base) ?? 0;
  copy.slugs.set(base, seen + 1);
  return seen === 0 ? base : `${base}-${seen}`;
}

interface HeadingParts {
  readonly text: string;
  readonly anchor: string;
  readonly aliases: string[];
}

/** Text, anchor and aliases of a `##`/`###` heading; notes the permalink's page. */
function headingParts(copy: Copy, raw: string, line: number, pendingIds: readonly string[]): HeadingParts {
  const link = readHeadingLink(raw);
  const unescaped = unescapeMarkdown(link ? link.text : raw);
  if (unescaped.escaped) copy.quirks.push({ kind: 'escaped-markdown', line, detail: raw });
  const text = unescaped.text.trim();
  const slug = uniqueSlug(copy, text);
  let anchor = slug;
  if (link) {
    copy.quirks.push({ kind: 'heading-link', line, detail: raw.slice(link.text.length) });
    if (!copy.linkPathSet.has(link.path)) {
      if (copy.linkPathSet.size > 0) copy.quirks.push({ kind: 'foreign-anchor', line, detail: link.path });
      copy.linkPathSet.add(link.path);
      copy.linkPaths.push(link.path);
    }
    anchor = decodeFragment(link.fragment, line, copy.quirks);
  }
  const aliases = [...new Set([...pendingIds, slug])].filter((id) => id !== anchor);
  return { text, anchor, aliases };
}

/** `-1000 UNKNOWN` → code and name; null when the text does not start with a code. */
function readCodeHeading(text: string, line: number, quirks: Quirk[]): { code: number; name: string } | null {
  const signed = text.startsWith('-');
  let i = signed ? 1 : 0;
  const digitsStart = i;
  while (i < text.length && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
  const digits = text.slice(digitsStart, i);
  if (digits === '' || (i < text.length && text[i] !== ' ' && text[i] !== '\t')) return null;
  if (digits.length > MAX_CODE_DIGITS) throw new SourceFormatError(`code ${text.slice(0, i)} is out of range`, line);
  const name = text.slice(i).trim();
  if (name === '') throw new SourceFormatError(`code heading "${text}" has no name`, line);
  if (!signed) quirks.push({ kind: 'unsigned-code', line, detail: `${digits} read as -${digits}` });
  return { code: -Number(digits), name };
}

/** `-1010`, `-2038`: codes a section title names. */
function codesNamedIn(title: string): number[] {
  return [...title.matchAll(/-(\d{4,6})(?!\d)/g)].map((match) => -Number(match[1]));
}

function languageOf(tag: string | undefined, line: number): Language | undefined {
  if (tag === undefined) return undefined;
  const lower = tag.toLowerCase();
  if (lower === 'en' || lower.startsWith('en-')) return 'en';
  if (lower === 'zh' || lower.startsWith('zh-')) return 'zh';
  throw new SourceFormatError(`unsupported language "${tag}"`, line);
}

/** What the copy itself says: permalinks under `/zh-CN/`, else a Chinese or English title. */
function detectedLanguage(copy: Copy): Language | undefined {
  if (copy.linkPaths.length > 0) return copy.linkPaths.some((path) => path.includes('/zh-CN/')) ? 'zh' : 'en';
  if (copy.title !== '') return hasHan(copy.title) ? 'zh' : 'en';
  return undefined;
}

/**
 * A zh page gives each message in English and then in Chinese when most of its codes that have a
 * Chinese item list an English one before it; otherwise each item is a message of its own. A code of a
 * table whose cells are all Chinese says nothing either way (a cell is one message, in one language or
 * both), so only table codes with both count.
 */
function layoutOf(language: Language, codes: readonly MutableCode[]): ItemLayout {
  if (language === 'en') return 'one-per-message';
  let withChinese = 0;
  let englishFirst = 0;
  for (const code of codes) {
    const firstChinese = code.messages.findIndex((m) => m.script === 'cjk');
    if (firstChinese < 0) continue;
    if (code.fromTable && code.messages.every((m) => m.script === 'cjk')) continue;
    withChinese++;
    if (code.messages.slice(0, firstChinese).some((m) => m.script === 'latin')) englishFirst++;
  }
  return withChinese > 0 && englishFirst * 2 >= withChinese ? 'english-then-chinese' : 'one-per-message';
}

function exchangeOf(frontMatter: Readonly<Record<string, string>>, product: Product): Exchange {
  const declared = frontMatter['exchange']?.trim().toLowerCase();
  return (EXCHANGES as readonly string[]).includes(declared ?? '') ? (declared as Exchange) : EXCHANGE_OF[product];
}

function finishCopy(
  copy: Copy,
  language: Language,
  product: Product,
  frontMatter: Record<string, string>,
): ParsedDocument {
  // A heading names a code once per page; a table row names it once per section (Bybit lists the same
  // code under several products, with another meaning), where repeated rows are merged as it is read.
  const seen = new Map<string, number>();
  let previous: MutableCode | undefined;
  for (const code of copy.codes) {
    const key = code.fromTable ? `${code.section}:${code.code}` : String(code.code);
    const first = seen.get(key);
    if (first !== undefined) throw new SourceFormatError(`code ${code.code} again (first at line ${first})`, code.line);
    seen.set(key, code.line);
    if (code.messages.length === 0) throw new SourceFormatError(`${code.code} has no message`, code.line);
    if (code.fromTable) continue;
    if (previous && Math.abs(code.code) < Math.abs(previous.code)) {
      copy.quirks.push({ kind: 'out-of-order-code', line: code.line, detail: `${code.code} after ${previous.code}` });
    }
    previous = code;
  }
  // A link names an id; an id used twice belongs to its first section, as in a browser. One pass over
  // the links, so a table never scans every code.
  const owner = new Map<string, number>();
  copy.sections.forEach((section, index) => {
    for (const id of [section.anchor, ...section.aliases]) if (!owner.has(id)) owner.set(id, index);
  });
  const linkedFrom = new Map<number, number[]>();
  for (const code of copy.codes) {
    const targets = new Set(code.messages.flatMap((m) => m.links.map((id) => owner.get(id))));
    for (const target of targets) {
      if (target === undefined) continue;
      const list = linkedFrom.get(target) ?? [];
      list.push(code.code);
      linkedFrom.set(target, list);
    }
  }
  const tables: ParsedTable[] = copy.tables.map((table) => {
    const section = copy.sections[table.section];
    const codes = [...new Set([...codesNamedIn(section?.title ?? ''), ...(linkedFrom.get(table.section) ?? [])])];
    const texts = table.rows.flatMap((row) => row.messages.map((m) => m.text));
    const kind = texts.every((text) => text.startsWith('Filter failure:')) ? 'filterFailure' : 'engineMessage';
    return { ...table, kind, codes };
  });
  const path = copy.linkPaths[0] ?? pathOnDocsSite(frontMatter['source_url']);
  return {
    product,
    exchange: exchangeOf(frontMatter, product),
    language,
    locale: frontMatter['language']?.trim() || language,
    frontMatter,
    title: copy.title,
    ...(path === undefined ? {} : { pagePath: path }),
    layout: layoutOf(language, copy.codes),
    sections: copy.sections,
    codes: copy.codes,
    tables,
    quirks: copy.quirks,
  };
}

function pathOnDocsSite(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.hostname === 'developers.binance.com' ? parsed.pathname : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A table of codes: every row into the current section's codes. A code already listed in the section
 * gets the row's messages too (Bybit's 131002: two texts); a code of another section is another entry.
 */
function readCodeTable(copy: Copy, header: string, rows: readonly string[], firstRowLine: number, line: number): void {
  const section = copy.sections.length - 1;
  const anchor = copy.sections[section]?.anchor ?? '';
  const headerCells = header.split('|').map((cell) => cell.trim());
  const inner = headerCells.slice(1, -1);
  if (inner.some((cell) => cell === ''))
    copy.quirks.push({ kind: 'header-cell', line, detail: `empty header cell: ${header.trim()}` });
  // Codes already listed in this section (by an earlier table under the same heading): one map per section.
  let inSection = copy.tableCodes.get(section);
  if (!inSection) {
    inSection = new Map<number, MutableCode>();
    copy.tableCodes.set(section, inSection);
  }
  rows.forEach((rowLine, index) => {
    const lineNo = firstRowLine + index;
    const row = readCodeRow(rowLine, lineNo, copy.quirks);
    if (!row) return;
    const known = inSection.get(row.code);
    if (known) {
      copy.quirks.push({
        kind: 'repeated-code',
        line: lineNo,
        detail: `${row.code} again in this section (first at line ${known.line})`,
      });
      known.messages.push(...row.messages);
      return;
    }
    const entry: MutableCode = {
      code: row.code,
      name: '',
      section,
      anchor,
      aliases: [],
      line: lineNo,
      messages: [...row.messages],
      fromTable: true,
    };
    inSection?.set(row.code, entry);
    copy.codes.push(entry);
  });
}

export function parseDocuments(markdown: string, options: ParseOptions = {}): ParsedDocument[] {
  if (typeof markdown !== 'string') throw new SourceFormatError('the document is not text', 1);
  const lines = markdown
    .replace(/^\ufeff/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  const { data: frontMatter, next } = readFrontMatter(lines);
  const product = options.product ?? productOf(frontMatter);
  if (!product)
    throw new SourceFormatError('cannot tell the product: no known `product` or `source_url` in the front matter', 1);

  const copies: Copy[] = [];
  let copy: Copy | undefined;
  let code: MutableCode | undefined;
  let pendingIds: string[] = [];
  let fenceLine = 0;
  /** A `###` heading that names no code: a sub-section if a table of codes comes next. */
  let subsection: { parts: HeadingParts; line: number } | undefined;

  // Bybit's page is MDX: its own front matter block (title, sidebar label) follows the project's.
  let start = next;
  while (start < lines.length && (lines[start] ?? '').trim() === '') start++;
  if (next > 0 && (lines[start] ?? '').trim() === '---') {
    let mdx: ReturnType<typeof readFrontMatter>;
    try {
      mdx = readFrontMatter(lines.slice(start));
    } catch {
      throw new SourceFormatError('MDX front matter is not closed by ---', start + 1);
    }
    copy = newCopy(mdx.data['title'] ?? '', start + 1);
    copies.push(copy);
    copy.quirks.push({ kind: 'mdx-front-matter', line: start + 1, detail: JSON.stringify(mdx.data) });
    start += mdx.next;
  } else {
    start = next;
  }

  const current = (): Copy => {
    if (!copy) {
      copy = newCopy('', next + 1);
      copies.push(copy);
    }
    return copy;
  };

  for (let i = start; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const lineNo = i + 1;
    if (isFence(line)) {
      fenceLine = fenceLine === 0 ? lineNo : 0;
      continue;
    }
    if (fenceLine !== 0) continue;
    if (line.trim() === '') continue;

    const id = readHtmlAnchor(line);
    if (id !== null) {
      pendingIds.push(id);
      current().quirks.push({ kind: 'html-anchor', line: lineNo, detail: id });
      continue;
    }

    const heading = readHeading(line);
    if (heading) {
      const ids = pendingIds;
      pendingIds = [];
      code = undefined;
      if (subsection)
        current().quirks.push({ kind: 'non-code-heading', line: subsection.line, detail: subsection.parts.text });
      subsection = undefined;
      if (heading.level === 1) {
        if (copy && copy.sections.length === 0 && copy.codes.length === 0) {
          copy.quirks.push({ kind: 'duplicate-title', line: lineNo, detail: heading.text });
          copy.title = heading.text;
          copy.titleLine = lineNo;
        } else {
          copy = newCopy(heading.text, lineNo);
          copies.push(copy);
        }
        continue;
      }
      const target = current();
      if (heading.indent > 0) target.quirks.push({ kind: 'indented-heading', line: lineNo, detail: line });
      const parts = headingParts(target, heading.text, lineNo, ids);
      if (heading.level === 2) {
        target.sections.push({
          title: parts.text,
          anchor: parts.anchor,
          aliases: parts.aliases,
          line: lineNo,
          level: 2,
        });
        continue;
      }
      const parsed = heading.level === 3 ? readCodeHeading(parts.text, lineNo, target.quirks) : null;
      if (!parsed) {
        if (heading.level === 3) subsection = { parts, line: lineNo };
        else target.quirks.push({ kind: 'non-code-heading', line: lineNo, detail: parts.text });
        continue;
      }
      if (target.sections.length === 0)
        throw new SourceFormatError(`code ${parsed.code} before any ## section`, lineNo);
      code = {
        ...parsed,
        section: target.sections.length - 1,
        anchor: parts.anchor,
        aliases: parts.aliases,
        line: lineNo,
        messages: [],
      };
      target.codes.push(code);
      continue;
    }
    pendingIds = [];
    if (subsection && !(line.includes('|') && isDelimiterRow(lines[i + 1] ?? ''))) {
      current().quirks.push({ kind: 'non-code-heading', line: subsection.line, detail: subsection.parts.text });
      subsection = undefined;
    }

    if (line.includes('|') && isDelimiterRow(lines[i + 1] ?? '')) {
      const target = current();
      let end = i + 2;
      while (end < lines.length && (lines[end] ?? '').trim() !== '' && (lines[end] ?? '').includes('|')) end++;
      const rowLines = lines.slice(i + 2, end);
      if (rowLines.length > 0 && rowLines.every((row) => codeOfRow(row) !== null)) {
        if (subsection) {
          const { parts, line: at } = subsection;
          target.sections.push({ title: parts.text, anchor: parts.anchor, aliases: parts.aliases, line: at, level: 3 });
          subsection = undefined;
        }
        if (target.sections.length === 0) throw new SourceFormatError('table before any ## section', lineNo);
        readCodeTable(target, line, rowLines, i + 3, lineNo);
        code = undefined;
        i = end - 1;
        continue;
      }
      if (subsection)
        target.quirks.push({ kind: 'non-code-heading', line: subsection.line, detail: subsection.parts.text });
      subsection = undefined;
      if (target.sections.length === 0) throw new SourceFormatError('table before any ## section', lineNo);
      if (code) target.quirks.push({ kind: 'stray-item', line: lineNo, detail: `table under code ${code.code}` });
      code = undefined;
      const table: MutableTable = { section: target.sections.length - 1, header: [], rows: [], line: lineNo };
      table.header.push(
        ...line
          .split('|')
          .map((cell) => cell.trim())
          .filter((cell) => cell !== ''),
      );
      let j = i + 2;
      for (; j < lines.length; j++) {
        const rowLine = lines[j] ?? '';
        if (rowLine.trim() === '' || !rowLine.includes('|')) break;
        const row = readRow(rowLine, j + 1, target.quirks);
        if (row) table.rows.push(row);
      }
      target.tables.push(table);
      i = j - 1;
      continue;
    }

    const item = readItem(line);
    if (item) {
      const target = current();
      if (!code) {
        target.quirks.push({ kind: 'stray-item', line: lineNo, detail: line.trim() });
        continue;
      }
      const parts = splitRunTogether(item.text, item.marker);
      if (parts.length > 1) target.quirks.push({ kind: 'run-together-items', line: lineNo, detail: line.trim() });
      for (const part of parts) {
        if (part === '') throw new SourceFormatError(`empty list item under ${code.code}`, lineNo);
        code.messages.push(readMessage(part, lineNo, target.quirks));
      }
      continue;
    }
    if (code) current().quirks.push({ kind: 'prose-under-code', line: lineNo, detail: line.trim() });
  }
  if (fenceLine !== 0)
    current().quirks.push({ kind: 'unterminated-fence', line: fenceLine, detail: 'read to the end' });
  if (subsection)
    current().quirks.push({ kind: 'non-code-heading', line: subsection.line, detail: subsection.parts.text });

  const withContent = copies.filter((c) => c.codes.length > 0 || c.tables.length > 0);
  if (withContent.length === 0) throw new SourceFormatError('no error codes found', next + 1);
  const declared = withContent.length === 1 ? languageOf(frontMatter['language'], 1) : undefined;
  const documents = withContent.map((c) => {
    const detected = detectedLanguage(c);
    if (detected && declared && detected !== declared) {
      throw new SourceFormatError(`front matter says ${declared}, the text reads as ${detected}`, c.titleLine);
    }
    const language = detected ?? declared ?? options.language;
    if (!language) throw new SourceFormatError('cannot tell the language of this copy', c.titleLine);
    return finishCopy(c, language, product, frontMatter);
  });
  for (const language of ['en', 'zh'] as const) {
    const same = documents.filter((d) => d.language === language);
    if (same.length > 1)
      throw new SourceFormatError(`two ${language} copies in one file`, same[1]?.codes[0]?.line ?? 1);
  }
  return documents;
}

/** The one copy of a file (or, for a file with both languages, the one in `options.language`). */
export function parseDocument(markdown: string, options: ParseOptions = {}): ParsedDocument {
  const documents = parseDocuments(markdown, options);
  if (options.language !== undefined) {
    const match = documents.find((d) => d.language === options.language);
    if (!match) throw new SourceFormatError(`no ${options.language} copy in this file`, 1);
    return match;
  }
  const only = documents[0];
  if (documents.length !== 1 || !only) {
    throw new SourceFormatError(`the file holds ${documents.length} language copies: pass options.language`, 1);
  }
  return only;
}
