/**
 * The options of one `show` call, read once, defensively, where they enter the kit (`showError`, or
 * the store's `show`): app code may pass anything (a throwing getter, a Proxy, a BigInt, a cycle).
 * What comes out is plain and typed; the layers below trust it and never read the caller's object.
 */
import type { RequestInfo, ResolveHints } from '@exchange-errors/core';
import type { ErrorAction, ShowErrorOptions } from './types.js';
import type { EngineHints } from '../engine/resolveRecord.js';
import { plainValues, read } from '../resolved/read.js';

export interface NormalizedShowOptions {
  /** The caller's variant and values, as the record keeps them. */
  readonly hints: ResolveHints;
  /** What the engine reads the error with: the hints, the product, the request's URL. */
  readonly engineHints: EngineHints;
  /** Milliseconds, `null` for persistent; `undefined`: the store's default for the severity. */
  readonly duration: number | null | undefined;
  /** When it happened, if the caller said; else the time it arrived. */
  readonly time: number | undefined;
  readonly action: ErrorAction | undefined;
  readonly request: RequestInfo | undefined;
  // Kept as given (objects only); the components read them defensively when they render.
  readonly explain: object | undefined;
  readonly fieldLabels: Readonly<Record<string, string>> | undefined;
  readonly onApplySuggestion: ShowErrorOptions['onApplySuggestion'];
}

/** A duration as the kit takes it: `'persistent'` is `null`, a positive number itself, else `fallback`. */
export function readDuration<F>(value: unknown, fallback: F): number | null | F {
  if (value === 'persistent') return null;
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback;
}

const object = (value: unknown): object | undefined =>
  typeof value === 'object' && value !== null ? value : undefined;

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

export function normalizeShowOptions(options: unknown): NormalizedShowOptions {
  const action = read(options, 'action');
  const onClick = read(action, 'onClick');
  const label = read(action, 'label');
  const request = object(read(options, 'request')) as RequestInfo | undefined;
  const time = read(options, 'time');
  const onApplySuggestion = read(options, 'onApplySuggestion');
  const variant = text(read(options, 'variant'));
  const values = plainValues(read(options, 'values'));
  return {
    hints: { variant, values },
    engineHints: { variant, values, product: text(read(options, 'product')), url: text(read(request, 'url')) },
    duration: readDuration(read(options, 'duration'), undefined),
    time: typeof time === 'number' && Number.isFinite(time) ? time : undefined,
    action:
      typeof onClick === 'function'
        ? { onClick: onClick as () => void, ...(typeof label === 'string' ? { label } : {}) }
        : undefined,
    request,
    explain: object(read(options, 'explain')),
    fieldLabels: object(read(options, 'fieldLabels')) as Readonly<Record<string, string>> | undefined,
    onApplySuggestion:
      typeof onApplySuggestion === 'function'
        ? (onApplySuggestion as NonNullable<ShowErrorOptions['onApplySuggestion']>)
        : undefined,
  };
}
