/** One entry of a shared guidance table: the code, the name it was written for, the guidance. */
import type { VariantGuidance } from '../src/curate/guidance.js';

export interface SharedEntry {
  readonly code: number;
  readonly name: string;
  readonly guidance: VariantGuidance;
}

export function e(code: number, name: string, guidance: VariantGuidance): SharedEntry {
  return { code, name, guidance };
}
