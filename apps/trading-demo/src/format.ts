/** Numbers and times in the trader's language. */

/** The Intl locale for the app's language (`zh-TW` as it is). */
const intlOf = (lng: string, english: string) => (lng === 'zh' ? 'zh-CN' : lng === 'zh-TW' ? 'zh-TW' : english);
export function formatNumber(value: string | number | undefined, lng: string, digits = 2): string {
  const n = typeof value === 'string' ? Number(value) : value;
  if (n === undefined || !Number.isFinite(n)) return '–';
  return new Intl.NumberFormat(intlOf(lng, 'en-US'), {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(n);
}

export function formatPercent(value: string | number | undefined, lng: string): string {
  const n = typeof value === 'string' ? Number(value) : value;
  if (n === undefined || !Number.isFinite(n)) return '–';
  return new Intl.NumberFormat(intlOf(lng, 'en-US'), {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(n);
}

export function formatTime(ms: number, lng: string): string {
  return new Intl.DateTimeFormat(intlOf(lng, 'en-GB'), {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).format(ms);
}

export function formatDate(ms: number, lng: string): string {
  return new Intl.DateTimeFormat(intlOf(lng, 'en-GB'), {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(ms);
}
