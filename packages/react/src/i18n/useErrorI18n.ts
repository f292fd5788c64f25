'use client';

/**
 * The one way components get text. Language and overrides come from the app's i18next instance
 * (through react-i18next's context); the kit adds its UI strings synchronously and each registered
 * product's texts lazily (one chunk per product and language, catalogs/texts.ts), re-rendering in the
 * same task they arrive. Error texts are the engine's (`formatResolvedWith`): the same language plan,
 * Traditional Chinese overrides, values in the trader's language and explanations as the
 * framework-free formatter. Until a product's texts are in, an error reads as what is in hand: a
 * generic title for its outcome in the trader's language, and the exchange's own words.
 */
import type {
  Explainer,
  Explanation,
  I18nLike,
  MessagePart,
  ProductModule,
  ResolvedError,
} from '@exchange-errors/core';
import {
  findTemplate,
  formatResolvedWith,
  loadRulesOf,
  textContext,
  textLanguageFor,
} from '@exchange-errors/core/internal';
import type { i18n as I18n } from 'i18next';
import { useCallback, useEffect, useMemo, useReducer, useSyncExternalStore } from 'react';
import { moduleOfNamespace } from '../catalogs/registry.js';
import { loadTexts, subscribeTexts, textsOf, textsVersion } from '../catalogs/texts.js';
import { read } from '../resolved/read.js';
import { toastStrings, type StringTable, type ToastStringKey } from './strings.js';
import { useUiStrings } from './useUiStrings.js';

export interface ErrorTexts {
  readonly title: string;
  readonly message: string;
  readonly hint: string;
  /** The code's own message when `message` says something more important (an unknown outcome); '' otherwise. */
  readonly detail: string;
  readonly category: string;
  /** `message` as parts: parameter names as code (or the app's labels), values in the trader's language. */
  readonly parts: readonly MessagePart[];
  /** The rule behind a rejection, with its numbers and fixes, when the app passed the order's context. */
  readonly explanation: Explanation | null;
  /** The code on the exchange's docs pages, the Chinese one at its own heading once the zh texts are in. */
  readonly docsUrl: ResolvedError['docsUrl'];
  /**
   * The product's texts are still on their way: the title is a generic one for the outcome ("Rejected
   * by the exchange", "Result unknown", …) and the message the exchange's own words.
   */
  readonly provisional: boolean;
}

/** What an app knows beyond the error: the order's context (for explanations) and its own field labels. */
export interface DescribeExtras {
  readonly explain?: unknown;
  readonly fieldLabels?: Readonly<Record<string, string>>;
}

export interface ErrorI18n<K extends string = ToastStringKey> {
  /**
   * The language texts are shown in (the app's current language), as a valid BCP 47 tag for `lang`
   * and `Intl`: `en_US` reads `en-US`; an empty or invalid tag reads `en`.
   */
  readonly lng: string;
  readonly ui: (key: K | ToastStringKey, values?: Readonly<Record<string, string | number>>) => string;
  readonly describe: (resolved: ResolvedError, extras?: DescribeExtras) => ErrorTexts;
}

// A key every complete catalog has: its absence means the language still has to be loaded.
const SENTINEL = 'fallback.unknown.title';

/** The texts `module` needs for `lng` are in: loaded by the kit, or put into the app's instance by the app. */
function hasTexts(i18n: I18n | undefined, lng: string, module: ProductModule): boolean {
  try {
    const language = textLanguageFor(i18n, module, lng);
    if (textsOf(module, language)) return true;
    return (
      typeof i18n?.getResource === 'function' && i18n.getResource(language, module.namespace, SENTINEL) !== undefined
    );
  } catch {
    return false;
  }
}

/** The generic title of an error whose product texts are not in yet, by whether the request went through. */
const PROVISIONAL_TITLES = {
  rejected: 'titleRejected',
  unknown: 'titleUnknown',
  notSent: 'titleNotSent',
} as const satisfies Record<string, ToastStringKey>;

/** Explainers loaded so far, by namespace (a product's rules load only when an app passes `explain`). */
const explainers = new Map<string, Explainer>();
const explainerLoads = new Map<string, Promise<void>>();

function loadExplainer(namespace: string): Promise<void> {
  let loading = explainerLoads.get(namespace);
  if (!loading) {
    const module = moduleOfNamespace(namespace);
    loading = (module ? loadRulesOf(module) : Promise.resolve(undefined))
      .then((rules) => {
        if (rules) explainers.set(namespace, rules.explain);
      })
      .catch(() => undefined);
    explainerLoads.set(namespace, loading);
  }
  return loading;
}

/**
 * Texts for one component: the toast strings, plus `strings` (its own table) when given. `needs`
 * lists the namespaces of the errors it shows (and whether it has order context to explain): their
 * texts (and rules) load on demand.
 */
export function useErrorI18n<K extends string = ToastStringKey>(
  strings?: StringTable<K>,
  needs?: { readonly namespaces: readonly string[]; readonly explain?: boolean },
): ErrorI18n<K> {
  const { i18n, appLng, lng, ui } = useUiStrings<K | ToastStringKey>(
    strings as StringTable<string> | undefined,
    toastStrings,
  );
  const [rulesLoaded, bump] = useReducer((n: number) => n + 1, 0);
  // Re-renders in the same task a product's texts arrive (no effect in between).
  const loadedTexts = useSyncExternalStore(subscribeTexts, textsVersion, textsVersion);
  const namespaces = needs?.namespaces ?? [];
  const missing = namespaces
    .filter((ns) => {
      const module = ns === '' ? undefined : moduleOfNamespace(ns);
      return module !== undefined && !hasTexts(i18n, appLng, module);
    })
    .join('\u0000');
  const wantRules = needs?.explain === true ? namespaces.filter((ns) => !explainers.has(ns)).join('\u0000') : '';

  // Usually started already (the toaster asks with the first error); a standalone component asks here.
  useEffect(() => {
    if (missing === '') return;
    for (const namespace of missing.split('\u0000')) {
      const module = moduleOfNamespace(namespace);
      if (module) void loadTexts(module, textLanguageFor(i18n, module, appLng));
    }
  }, [i18n, appLng, missing]);

  useEffect(() => {
    if (wantRules === '') return;
    let live = true;
    void Promise.all(wantRules.split('\u0000').map(loadExplainer)).then(() => live && bump());
    return () => {
      live = false;
    };
  }, [wantRules]);

  const describe = useCallback(
    (resolved: ResolvedError, extras?: DescribeExtras): ErrorTexts => {
      const namespace = read(resolved, 'namespace');
      const ns = typeof namespace === 'string' ? namespace : '';
      const module = moduleOfNamespace(ns);
      const languages = module?.languages;
      const shipped = module ? (language: Parameters<typeof textsOf>[1]) => textsOf(module, language) : undefined;
      const formatted = formatResolvedWith(
        resolved,
        {
          i18n: i18n as unknown as I18nLike,
          lng: appLng,
          explain: read(extras, 'explain'),
          fieldLabels: read(extras, 'fieldLabels') as DescribeExtras['fieldLabels'],
        },
        { explain: explainers.get(ns), languages, shipped },
      );
      const texts = textContext(appLng, i18n, ns, shipped, languages);
      const category = read(resolved, 'category');
      const hasTitle = findTemplate(texts, String(read(read(resolved, 'keys'), 'title'))) !== null;
      const outcome = read(resolved, 'outcome');
      return {
        title: hasTitle
          ? formatted.title
          : ui(
              typeof outcome === 'string' && Object.prototype.hasOwnProperty.call(PROVISIONAL_TITLES, outcome)
                ? PROVISIONAL_TITLES[outcome as keyof typeof PROVISIONAL_TITLES]
                : 'titleError',
            ),
        message: formatted.message,
        hint: formatted.hint,
        detail: formatted.detail,
        category:
          findTemplate(texts, `categories.${String(category)}`)?.text ?? (typeof category === 'string' ? category : ''),
        parts: formatted.messageParts,
        explanation: formatted.explanation,
        docsUrl: formatted.docsUrl,
        provisional: !hasTitle,
      };
    },
    // `loadedTexts` and `rulesLoaded` re-create the function once texts or rules arrive, so memoized callers re-run.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [i18n, appLng, ui, loadedTexts, rulesLoaded],
  );

  return useMemo(() => ({ lng, ui, describe }), [lng, ui, describe]);
}
