/**
 * Tells Chinese lines from English ones. A Chinese line often keeps English terms (`API key的类型不正确`,
 * `Reduce only 必须为true，当closePosition为true时`) and a garbled English line may hold a stray Chinese word
 * (`Too many 参数 sent for this endpoint.`), so "has a Han character" is not enough: a line is Chinese when
 * its Han characters are at least as many as its English words (one Han character carries about a word).
 */
import type { Script } from './model.js';

const HAN = /\p{Script=Han}/u;

export function countHan(text: string): number {
  let count = 0;
  for (const char of text) if (HAN.test(char)) count++;
  return count;
}

export function hasHan(text: string): boolean {
  for (const char of text) if (HAN.test(char)) return true;
  return false;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** Runs of ASCII letters; the caller removes placeholder tokens first, or every `%s` would count as a word. */
export function countLatinWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const letter = isAsciiLetter(text.charCodeAt(i));
    if (letter && !inWord) count++;
    inWord = letter;
  }
  return count;
}

export function scriptOf(textWithoutPlaceholders: string): Script {
  const han = countHan(textWithoutPlaceholders);
  return han > 0 && han >= countLatinWords(textWithoutPlaceholders) ? 'cjk' : 'latin';
}
