/**
 * The components' own strings: a second namespace beside `binanceOptions`, in en and zh. An app
 * overrides any of them by adding its own text under the same namespace and key; the kit only fills
 * in keys the app does not have.
 */
export const UI_NAMESPACE = 'exchangeErrorsUi';

const en = {
  dismiss: 'Dismiss',
  details: 'Details',
  copy: 'Copy',
  copied: 'Copied',
  copyFailed: 'Copy failed. Select the text below and copy it.',
  retry: 'Retry',
  close: 'Close',
  errorCode: 'Error code',
  learnMore: 'Learn more',
  learnMoreLabel: 'Learn more about error {{code}} on Binance’s docs (opens in a new tab)',
  count: '×{{count}}',
  countLabel: 'shown {{count}} times',
  region: 'Notifications',
  regionWithHotkey: 'Notifications ({{hotkey}})',
  detailsTitle: 'Error details',
  category: 'Category',
  retryable: 'Retrying',
  retryableYes: 'may help',
  retryableNo: 'will not help on its own',
  serverMessage: 'Exchange message',
  time: 'Time',
  request: 'Request',
  name: 'Name',
  supportData: 'Details for support',
  more: '{{count}} more waiting',
};

type Strings = { readonly [K in keyof typeof en]: string };

const zh: Strings = {
  dismiss: '关闭',
  details: '详情',
  copy: '复制',
  copied: '已复制',
  copyFailed: '复制失败。请选中下方文字手动复制。',
  retry: '重试',
  close: '关闭',
  errorCode: '错误代码',
  learnMore: '了解更多',
  learnMoreLabel: '了解更多：币安文档中的错误 {{code}}（在新标签页中打开）',
  count: '×{{count}}',
  countLabel: '已出现 {{count}} 次',
  region: '通知',
  regionWithHotkey: '通知（{{hotkey}}）',
  detailsTitle: '错误详情',
  category: '类别',
  retryable: '重试',
  retryableYes: '可能有效',
  retryableNo: '单独重试无效',
  serverMessage: '交易所原文',
  time: '时间',
  request: '请求',
  name: '名称',
  supportData: '供客服使用的详情',
  more: '另有 {{count}} 条等待显示',
};

export type UiStringKey = keyof typeof en;
export const uiStrings: { readonly en: Strings; readonly zh: Strings } = { en, zh };
