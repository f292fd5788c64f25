/**
 * The components' own strings: a second namespace beside `binanceOptions`, in en and zh. An app
 * overrides any of them by adding its own text under the same namespace and key; the kit only fills
 * in keys the app does not have. Each table sits with the code that uses it, so the toast's bundle
 * does not carry the details panel's strings.
 */
export { defineStrings, UI_NAMESPACE, type StringTable } from './defineStrings.js';
import { defineStrings } from './defineStrings.js';

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
    titleRejected: 'Rejected by the exchange',
    titleUnknown: 'Result unknown',
    titleNotSent: 'Request not sent',
    titleError: 'Error',
  },
  {
    dismiss: '关闭通知',
    details: '详情',
    retry: '重试',
    errorCode: '错误代码',
    count: '×{{count}}',
    countLabel: '已出现 {{count}} 次',
    announce: '{{title}}。{{message}}',
    announceRepeat: '{{title}}，已出现 {{count}} 次',
    unavailable: '无法显示此错误。',
    outcomeUnknown: '可能已执行',
    titleRejected: '交易所拒绝了请求',
    titleUnknown: '结果未知',
    titleNotSent: '请求未发出',
    titleError: '错误',
  },
  // Traditional Chinese: ours (drafted with OpenCC's Taiwan phrases, reviewed: 錯誤代碼, not its
  // 錯誤程式碼).
  {
    dismiss: '關閉通知',
    details: '詳情',
    retry: '重試',
    errorCode: '錯誤代碼',
    count: '×{{count}}',
    countLabel: '已出現 {{count}} 次',
    announce: '{{title}}。{{message}}',
    announceRepeat: '{{title}}，已出現 {{count}} 次',
    unavailable: '無法顯示此錯誤。',
    outcomeUnknown: '可能已執行',
    titleRejected: '交易所拒絕了請求',
    titleUnknown: '結果未知',
    titleNotSent: '請求未發出',
    titleError: '錯誤',
  },
);

export type ToastStringKey = keyof typeof toastStrings.en;
