/**
 * Reads Binance's error-code document (Markdown exported from their docs site) into a plain model.
 * The document holds one English and one Chinese copy of the same list; each copy has `##` section
 * headings and `### -CODE NAME` headings followed by one bullet per message variant.
 */

export type SourceLanguage = 'en' | 'zh';

export interface SourceSection {
  /** The heading text, e.g. "10xx - General Server or Network issues". */
  readonly title: string;
  /** The docs site's anchor for this heading (without `#`). */
  readonly anchor: string;
}

export interface SourceCode {
  readonly code: number;
  readonly name: string;
  /** Index into the language's section list. */
  readonly sectionIndex: number;
  readonly anchor: string;
  /** One entry per bullet, in document order, text exactly as written (trailing blanks trimmed). */
  readonly messages: readonly string[];
  /** 1-based line of the `###` heading, for error reports. */
  readonly line: number;
}

export interface SourceDocument {
  readonly frontMatter: Readonly<Record<string, string>>;
  /** Path of the docs page per language, e.g. `/docs/zh-CN/derivatives/options-trading/error-code`. */
  readonly pagePath: Readonly<Record<SourceLanguage, string>>;
  readonly sections: Readonly<Record<SourceLanguage, readonly SourceSection[]>>;
  readonly codes: Readonly<Record<SourceLanguage, readonly SourceCode[]>>;
}

export class SourceFormatError extends Error {
  constructor(message: string, readonly line: number) {
    super(`source line ${line}: ${message}`);
    this.name = 'SourceFormatError';
  }
}

// `[](/docs/…/error-code#anchor "Direct link to …")` as the docs exporter writes it after a heading.
const HEADING_LINK = /^(.*?)\[\]\(([^)#\s]+)#([^)\s]+)(?:\s+"[^"]*")?\)\s*$/;
const CODE_HEADING = /^(-\d+)\s+([A-Z][A-Z0-9_]*)$/;
const BULLET = /^\s{0,4}\*\s+(.*)$/;

function parseFrontMatter(lines: readonly string[]): { data: Record<string, string>; next: number } {
  if (lines[0]?.trim() !== '---') return { data: {}, next: 0 };
  const data: Record<string, string> = {};
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.trim() === '---') return { data, next: i + 1 };
    const match = /^([A-Za-z_][\w-]*):\s*(.*)$/.exec(line);
    if (match?.[1] !== undefined) data[match[1]] = (match[2] ?? '').trim();
  }
  throw new SourceFormatError('front matter is not closed by ---', 1);
}

export function parseSource(markdown: string): SourceDocument {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const { data: frontMatter, next } = parseFrontMatter(lines);

  const copies: { sections: SourceSection[]; codes: SourceCode[]; pagePath: string | undefined }[] = [];
  let current: (typeof copies)[number] | undefined;
  let messages: string[] | undefined;

  for (let i = next; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    const lineNo = i + 1;
    if (/^#\s/.test(raw)) {
      current = { sections: [], codes: [], pagePath: undefined };
      copies.push(current);
      messages = undefined;
      continue;
    }
    const heading = /^(#{2,3})\s+(.*)$/.exec(raw);
    if (heading) {
      if (!current) throw new SourceFormatError('heading before the first # title', lineNo);
      const link = HEADING_LINK.exec(heading[2] ?? '');
      if (!link) throw new SourceFormatError(`heading without a docs anchor: ${raw}`, lineNo);
      const [, text = '', path = '', anchor = ''] = link;
      current.pagePath ??= path;
      if (current.pagePath !== path) {
        throw new SourceFormatError(`anchor points at another page (${path})`, lineNo);
      }
      if (heading[1] === '##') {
        current.sections.push({ title: text.trim(), anchor: decodeURIComponent(anchor) });
        messages = undefined;
        continue;
      }
      const codeMatch = CODE_HEADING.exec(text.trim());
      if (!codeMatch) throw new SourceFormatError(`expected "-CODE NAME", got "${text}"`, lineNo);
      if (current.sections.length === 0) throw new SourceFormatError('code before any section', lineNo);
      messages = [];
      current.codes.push({
        code: Number(codeMatch[1]),
        name: codeMatch[2] ?? '',
        sectionIndex: current.sections.length - 1,
        anchor: decodeURIComponent(anchor),
        messages,
        line: lineNo,
      });
      continue;
    }
    const bullet = BULLET.exec(raw);
    if (bullet && messages) {
      const text = (bullet[1] ?? '').trimEnd();
      if (text === '') throw new SourceFormatError('empty message bullet', lineNo);
      messages.push(text);
    }
  }

  const withCodes = copies.filter((copy) => copy.codes.length > 0);
  if (withCodes.length !== 2) {
    throw new SourceFormatError(`expected an English and a Chinese copy, found ${withCodes.length}`, 1);
  }
  const zh = withCodes.find((copy) => copy.pagePath?.includes('/zh-CN/'));
  const en = withCodes.find((copy) => copy !== zh);
  if (!zh || !en) throw new SourceFormatError('could not tell the Chinese copy (anchors under /zh-CN/)', 1);
  for (const copy of withCodes) {
    for (const code of copy.codes) {
      if (code.messages.length === 0) throw new SourceFormatError(`${code.code} has no message`, code.line);
    }
  }
  return {
    frontMatter,
    pagePath: { en: en.pagePath ?? '', zh: zh.pagePath ?? '' },
    sections: { en: en.sections, zh: zh.sections },
    codes: { en: en.codes, zh: zh.codes },
  };
}
