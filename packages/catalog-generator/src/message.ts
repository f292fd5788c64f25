/** One message as written → the forms the generator compares and fills. */
import { readEmphasis, readLinks, unescapeMarkdown } from './markdown.js';
import type { ParsedMessage, Quirk } from './model.js';
import { readTemplate } from './placeholders.js';
import { scriptOf } from './script.js';

export function readMessage(raw: string, line: number, quirks: Quirk[]): ParsedMessage {
  const unescaped = unescapeMarkdown(raw);
  if (unescaped.escaped) quirks.push({ kind: 'escaped-markdown', line, detail: raw });
  const links = readLinks(unescaped.text);
  if (links.linked) quirks.push({ kind: 'markdown-link', line, detail: raw });
  const plain = readEmphasis(links.text);
  if (plain !== links.text) quirks.push({ kind: 'markdown-emphasis', line, detail: raw });
  const reading = readTemplate(plain);
  return {
    raw,
    text: plain,
    template: reading.template,
    placeholders: reading.placeholders,
    script: scriptOf(reading.withoutPlaceholders),
    links: links.anchors,
    line,
  };
}
