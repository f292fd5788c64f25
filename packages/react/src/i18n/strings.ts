/**
 * The components' own strings: a second namespace beside `binanceOptions`, in en and zh. An app
 * overrides any of them by adding its own text under the same namespace and key; the kit only fills
 * in keys the app does not have. Each table sits with the code that uses it, so the toast's bundle
 * does not carry the details panel's strings.
 */
export const UI_NAMESPACE = 'exchangeErrorsUi';

export interface StringTable<K extends string> {
  readonly en: Readonly<Record<K, string>>;
  readonly zh: Readonly<Record<K, string>>;
}

/** Both languages with the same keys, checked by the compiler. */
export function defineStrings<K extends string>(en: Readonly<Record<K, string>>, zh: Readonly<Record<K, string>>): StringTable<K> {
  return { en, zh };
}

/** The toaster's own region: what it needs before any error arrives (its chunk carries the rest). */
export const regionStrings = /* @__PURE__ */ defineStrings(
  {
    region: 'Notifications',
    regionWithHotkey: 'Notifications ({{hotkey}})',
    more: '{{count}} more waiting',
    moreOpen: '+{{count}} more: open the error log',
  },
  {
    region: '通知',
    regionWithHotkey: '通知（{{hotkey}}）',
    more: '另有 {{count}} 条等待显示',
    moreOpen: '另有 {{count}} 条：打开错误日志',
  },
);

export const toastStrings = /* @__PURE__ */ defineStrings(
  {
    dismiss: 'Dismiss',
    details: 'Details',
    retry: 'Retry',
    errorCode: 'Error code',
    count: '×{{count}}',
    countLabel: 'shown {{count}} times',
    announce: '{{title}}. {{message}}',
    announceRepeat: '{{title}}, shown {{count}} times',
    unavailable: 'This error could not be displayed.',
    outcomeUnknown: 'May have gone through',
  },
  {
    dismiss: '关闭',
    details: '详情',
    retry: '重试',
    errorCode: '错误代码',
    count: '×{{count}}',
    countLabel: '已出现 {{count}} 次',
    announce: '{{title}}。{{message}}',
    announceRepeat: '{{title}}，已出现 {{count}} 次',
    unavailable: '无法显示此错误。',
    outcomeUnknown: '可能已执行',
  },
);

export type ToastStringKey = keyof typeof toastStrings.en;
