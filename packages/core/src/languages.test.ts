import { describe, expect, it } from 'vitest';
import { uiLanguageOf } from './languages.js';

describe('uiLanguageOf', () => {
  it('reads Traditional Chinese from the script or the region, Simplified from any other Chinese', () => {
    for (const tag of ['zh-TW', 'zh_HK', 'zh-MO', 'zh-Hant', 'zh-Hant-TW', 'ZH-tw', ' zh-HK '])
      expect(uiLanguageOf(tag)).toBe('zh-Hant');
    for (const tag of ['zh', 'zh-CN', 'zh_SG', 'zh-Hans', 'zh-Hans-TW', 'ZH-hans'])
      expect(uiLanguageOf(tag)).toBe('zh');
  });

  it('is English for anything else, never a throw', () => {
    for (const tag of ['en', 'en_US', '', 'x-klingon', 'zhx-TW', 'tw', 42, null, undefined, {}, Symbol('zh-TW')])
      expect(uiLanguageOf(tag)).toBe('en');
  });
});
