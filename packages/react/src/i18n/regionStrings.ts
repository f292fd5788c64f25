import { defineStrings } from './defineStrings.js';

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
  // Traditional Chinese: ours (drafted with OpenCC's Taiwan phrases, reviewed).
  {
    region: '通知',
    regionWithHotkey: '通知（{{hotkey}}）',
    more: '另有 {{count}} 條等待顯示',
    moreOpen: '另有 {{count}} 條：開啟錯誤日誌',
  },
);
