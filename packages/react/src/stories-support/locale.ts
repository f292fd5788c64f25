/** Story helpers: play functions assert the text of whichever language the toolbar selected. */
export type StoryLocale = 'en' | 'zh';

export function localeOf(globals: Record<string, unknown> | undefined): StoryLocale {
  return globals?.['locale'] === 'zh' ? 'zh' : 'en';
}

export function pick(globals: Record<string, unknown> | undefined, en: string, zh: string): string {
  return localeOf(globals) === 'zh' ? zh : en;
}
