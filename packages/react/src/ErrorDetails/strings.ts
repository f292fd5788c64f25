import { defineStrings } from '../i18n/strings.js';

/** ErrorDetails' and the details dialog's strings (namespace `exchangeErrorsUi`). */
export const detailsStrings = defineStrings(
  {
    copy: 'Copy',
    copied: 'Copied',
    copyFailed: 'Copy failed. Select the text below and copy it.',
    close: 'Close',
    learnMore: 'Learn more',
    learnMoreLabel: 'Learn more about error {{code}} on Binance’s docs (opens in a new tab)',
    detailsTitle: 'Error details',
    category: 'Category',
    retryable: 'Retrying',
    retryableYes: 'may help',
    retryableNo: 'will not help on its own',
    serverMessage: 'Exchange message',
    time: 'Time',
    request: 'Request',
    supportData: 'Details for support',
  },
  {
    copy: '复制',
    copied: '已复制',
    copyFailed: '复制失败。请选中下方文字手动复制。',
    close: '关闭',
    learnMore: '了解更多',
    learnMoreLabel: '了解更多：币安文档中的错误 {{code}}（在新标签页中打开）',
    detailsTitle: '错误详情',
    category: '类别',
    retryable: '重试',
    retryableYes: '可能有效',
    retryableNo: '单独重试无效',
    serverMessage: '交易所原文',
    time: '时间',
    request: '请求',
    supportData: '供客服使用的详情',
  },
);
