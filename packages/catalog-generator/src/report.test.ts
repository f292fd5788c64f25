import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { currentReport, REPORT_PATH } from './report.js';

describe('REPORT.md', () => {
  it('is what the report CLI writes today (run `pnpm generate` in this package after a change)', () => {
    expect(readFileSync(REPORT_PATH, 'utf8')).toBe(currentReport());
  });
});
