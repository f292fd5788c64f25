/**
 * The status an HTML error page states in its title or first heading (`<title>502 Bad Gateway`,
 * CloudFront's `<H1>403 ERROR</H1>`), for a client that kept the page but not the status. Only the
 * page's head is read.
 */
const HEAD_LENGTH = 2048;
const STATED = /<(?:title|h1)[^>]{0,64}>\s*(?:error:?\s*)?([45]\d\d)\b/i;

export function statusOfPage(page: string): number | null {
  const match = STATED.exec(page.slice(0, HEAD_LENGTH));
  return match?.[1] ? Number(match[1]) : null;
}
