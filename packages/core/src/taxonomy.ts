/**
 * The small taxonomy every code is sorted into. Shared by the generator (which validates the curated
 * table against it) and the runtime (which re-exports it from the generated catalog).
 */
export const CATEGORIES = [
  'network',
  'rateLimit',
  'auth',
  'timestamp',
  'validation',
  'order',
  'funds',
  'position',
  'account',
  'mmp',
  'rfq',
  'internal',
  'unknown',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** `error`: the action failed; `warning`: it failed but will likely work later; `info`: nothing to fix. */
export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];
