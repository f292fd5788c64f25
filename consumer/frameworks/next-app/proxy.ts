import { createProxy } from 'next-i18next/proxy';
import type { NextRequest } from 'next/server';
import { inCookie, inPath } from './i18n/config';

const byPath = createProxy(inPath);
const byCookie = createProxy(inCookie);

/** `/desk` takes its language from the cookie; everything else from the path (`/` redirects to `/en`). */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  return pathname === '/desk' || pathname.startsWith('/desk/') ? byCookie(request) : byPath(request);
}

export const config = { matcher: ['/((?!api|_next/static|_next/image|favicon.ico).*)'] };
