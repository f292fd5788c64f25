/**
 * The sentences the rules fill in, read straight from the curated files the generator writes into
 * each product's namespace (this package cannot depend on the product packages, which depend on it):
 * `raw(lng)` is the lookup an engine passes an Explainer.
 */
import type { RawText } from '@exchange-errors/core';
import { EXPLAIN_TEXTS as SPOT } from '../../../../binance-spot/curated/explain.js';
import { FUTURES_EXPLAIN_TEXTS as FUTURES } from '../../../../catalog-generator/curated/futures-explain.js';

type Tree = Readonly<Record<string, unknown>>;

function lookup(tree: Tree): RawText {
  return (key) => {
    let node: unknown = tree;
    for (const part of key.split('.')) {
      node = typeof node === 'object' && node !== null ? (node as Tree)[part] : undefined;
    }
    return typeof node === 'string' ? node : null;
  };
}

export const spotText = (lng: 'en' | 'zh'): RawText => lookup(SPOT[lng] as Tree);
export const futuresText = (lng: 'en' | 'zh'): RawText => lookup(FUTURES[lng] as Tree);

/** Every key under `explain.` of a text tree, dotted. */
export function explainKeys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : explainKeys(value as Tree, `${prefix}${key}.`),
  );
}

export const SPOT_TEXTS = SPOT;
export const FUTURES_TEXTS = FUTURES;
