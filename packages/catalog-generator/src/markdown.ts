/**
 * The little Markdown these documents use, read by hand-written scanners: each one walks its input once,
 * so no line, however long or hostile (10,000 `[` or `\`), costs more than linear time. A regular
 * expression with nested or adjacent quantifiers could backtrack; none is used on unbounded text here.
 */

const ASCII_PUNCTUATION = new Set('!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~');

/** CommonMark backslash escapes: `\-1000` is `-1000`, `TOO\_MANY` is `TOO_MANY`. */
export function unescapeMarkdown(text: string): { text: string; escaped: boolean } {
  if (!text.includes('\\')) return { text, escaped: false };
  const out: string[] = [];
  let copyFrom = 0;
  let escaped = false;
  for (let i = text.indexOf('\\'); i >= 0 && i < text.length; i = text.indexOf('\\', i)) {
    const next = text[i + 1];
    if (next !== undefined && ASCII_PUNCTUATION.has(next)) {
      out.push(text.slice(copyFrom, i));
      copyFrom = i + 1;
      escaped = true;
      i += 2;
    } else {
      i += 1;
    }
  }
  out.push(text.slice(copyFrom));
  return { text: out.join(''), escaped };
}

/** The next index of `char` at or after `from`, remembered so repeated searches never rescan. */
class Finder {
  private next = -2;
  constructor(
    private readonly text: string,
    private readonly char: string,
  ) {}
  from(index: number): number {
    if (this.next === -1) return -1;
    if (this.next < index) this.next = this.text.indexOf(this.char, index);
    return this.next;
  }
}

export interface LinkReading {
  /** The text with every `[label](target)` replaced by its label. */
  readonly text: string;
  /** Targets of in-document links (`#anchor`), without the `#`. */
  readonly anchors: readonly string[];
  readonly linked: boolean;
}

/**
 * Replaces inline links by their label; keeps every other character as written. One pass: the label
 * starts at the latest `[` before a `](`, so `[[[[…](x)` costs no more than its length.
 */
export function readLinks(text: string): LinkReading {
  if (!text.includes('](')) return { text, anchors: [], linked: false };
  const closeParen = new Finder(text, ')');
  const anchors: string[] = [];
  const out: string[] = [];
  let copyFrom = 0;
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '[') {
      open = i;
    } else if (char === ']' && open >= 0) {
      if (text[i + 1] === '(') {
        const close = closeParen.from(i + 2);
        if (close < 0) break;
        const target = text.slice(i + 2, close).trim();
        const space = target.search(/\s/);
        const href = space < 0 ? target : target.slice(0, space);
        if (href.startsWith('#')) anchors.push(href.slice(1));
        out.push(text.slice(copyFrom, open), text.slice(open + 1, i));
        copyFrom = close + 1;
        i = close;
      }
      open = -1;
    }
  }
  out.push(text.slice(copyFrom));
  return { text: out.join(''), anchors, linked: anchors.length > 0 || copyFrom > 0 };
}

function isZeroWidthOrBlank(char: string | undefined): boolean {
  return char === '\u200b' || char === '\u200c' || char === '\u200d' || char === '\ufeff' || char === ' ';
}

export interface HeadingLink {
  /** The heading text before the link. */
  readonly text: string;
  readonly path: string;
  /** The fragment as written (percent-encoded on the docs site). */
  readonly fragment: string;
}

/**
 * The docs site's permalink at the end of a heading: `[](/docs/…#anchor "Direct link to …")`, where the
 * brackets hold nothing or a zero-width space. Read backwards from the closing parenthesis, one scan.
 * Returns null when the heading carries none.
 */
export function readHeadingLink(heading: string): HeadingLink | null {
  const text = heading.trimEnd();
  const last = text.length - 1;
  if (text[last] !== ')') return null;
  let targetEnd = last;
  if (text[last - 1] === '"') {
    const titleStart = text.lastIndexOf('"', last - 2);
    if (titleStart < 0 || !isBlank(text[titleStart - 1])) return null;
    targetEnd = titleStart - 1;
    while (targetEnd > 0 && isBlank(text[targetEnd - 1])) targetEnd--;
  }
  const paren = text.lastIndexOf('(', targetEnd - 1);
  if (paren < 1 || text[paren - 1] !== ']') return null;
  const target = text.slice(paren + 1, targetEnd);
  if (/\s/.test(target)) return null;
  let start = paren - 2;
  while (start >= 0 && isZeroWidthOrBlank(text[start])) start--;
  if (text[start] !== '[') return null;
  const hash = target.indexOf('#');
  if (hash < 0) return null;
  return { text: text.slice(0, start), path: target.slice(0, hash), fragment: target.slice(hash + 1) };
}

/**
 * The id GitHub and Docusaurus give a heading (github-slugger's rule): lower case, punctuation and
 * symbols dropped, each space a hyphen. Letters of every script stay: `-1000 未知错误` → `-1000-未知错误`.
 */
export function slugOf(heading: string): string {
  let out = '';
  for (const char of heading.trim().toLowerCase()) {
    if (char === ' ') out += '-';
    else if (char === '-' || /[\p{L}\p{M}\p{N}\p{Pc}]/u.test(char)) out += char;
  }
  return out;
}

/** `<a id="other-errors"></a>` (or `name=`) on a line of its own: an id for the heading below it. */
export function readHtmlAnchor(line: string): string | null {
  const trimmed = line.trim();
  if (!trimmed.startsWith('<a ') || !trimmed.endsWith('</a>') || trimmed.length > 300) return null;
  const match = /^<a\s+(?:id|name)\s*=\s*"([^"]*)"\s*>\s*<\/a>$/.exec(trimmed);
  return match?.[1] ?? null;
}

function isBlank(char: string | undefined): boolean {
  return char === ' ' || char === '\t';
}

/**
 * Splits list items a scraper ran together on one line: `A.  * B.` is two items when the marker is the
 * line's own, stands after two or more blanks, and is followed by a blank. A single blank before it is
 * text (`Price * QTY`), as is a marker glued to a word.
 */
export function splitRunTogether(text: string, marker: string): string[] {
  const parts: string[] = [];
  let start = 0;
  let blanks = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (isBlank(char)) {
      blanks++;
      continue;
    }
    if (char === marker && blanks >= 2 && isBlank(text[i + 1]) && i - blanks > start) {
      parts.push(text.slice(start, i - blanks));
      start = i + 1;
    }
    blanks = 0;
  }
  parts.push(text.slice(start));
  return parts.map((part) => part.trim());
}

/** `<br/>`, `<br>`, `</br>` in a table cell are line breaks. */
export function breaksToNewlines(text: string): string {
  return text
    .replace(/<\/?br\s*\/?>/gi, '\n')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}

/** `撤单**或者**下单`: strong emphasis pairs removed. A lone `*` is text (`Price * QTY`), so only pairs of `**` go. */
export function readEmphasis(text: string): string {
  const parts = text.split('**');
  return parts.length > 1 && parts.length % 2 === 1 ? parts.join('') : text;
}

/**
 * `<a href="…">allowable range</a>` in a table cell (Bybit's 110003): the link's text, tags dropped.
 * One pass; a `<a` without its `>` or `</a>` is left as written.
 */
export function readHtmlLinks(text: string): { text: string; linked: boolean } {
  if (!text.includes('<a ')) return { text, linked: false };
  const out: string[] = [];
  let copyFrom = 0;
  let linked = false;
  for (let open = text.indexOf('<a ', 0); open >= 0; open = text.indexOf('<a ', copyFrom)) {
    const tagEnd = text.indexOf('>', open);
    const close = tagEnd < 0 ? -1 : text.indexOf('</a>', tagEnd);
    if (close < 0) break;
    out.push(text.slice(copyFrom, open), text.slice(tagEnd + 1, close));
    copyFrom = close + 4;
    linked = true;
  }
  out.push(text.slice(copyFrom));
  return { text: out.join(''), linked };
}

/** `~~text~~` around a whole cell: struck through (withdrawn). The text inside, and whether it was. */
export function readStrike(text: string): { text: string; struck: boolean } {
  const trimmed = text.trim();
  if (trimmed.length > 4 && trimmed.startsWith('~~') && trimmed.endsWith('~~')) {
    return { text: trimmed.slice(2, -2).trim(), struck: true };
  }
  return { text, struck: false };
}
