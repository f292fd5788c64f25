/**
 * Server Components' i18next, one per setup: each keeps one instance per process with every
 * language loaded and hands each request a `t` fixed to that request's language.
 */
import { createServerI18next } from 'next-i18next/server';
import { inCookie, inPath } from './config';

export const pathI18n = createServerI18next(inPath);
export const cookieI18n = createServerI18next(inCookie);
