'use client';

import { supportedLanguageOf } from '@exchange-errors/core/internal';
import { useContext } from 'react';
import { getI18n, I18nContext } from 'react-i18next';
import { read } from '../resolved/read.js';
import { safeLanguageTag } from './locale.js';

/**
 * The app's language for fallbacks, without calling into the i18n instance (which may be what
 * threw): the context is read, the language property is read defensively, nothing else.
 */
export function useSafeLanguage(): { readonly lng: string; readonly language: 'en' | 'zh' } {
  const context = useContext(I18nContext) as { i18n?: unknown } | undefined;
  let i18n: unknown = read(context, 'i18n');
  if (i18n === undefined) {
    try {
      i18n = getI18n();
    } catch {
      i18n = undefined;
    }
  }
  const language = read(i18n, 'language');
  const tag = safeLanguageTag(typeof language === 'string' ? language : 'en');
  return { lng: tag, language: supportedLanguageOf(tag) };
}
