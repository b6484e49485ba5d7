// Times as the Data page shows them: date and time in China's time zone, in the page's language.

import { localeOf, type Lang } from '../../i18n/format.ts';

/** An ISO time as "2025年10月3日 16:00" or "3 Oct 2025, 16:00"; "–" when absent. */
export function formatTime(lang: Lang, iso: string | null | undefined): string {
  if (!iso) return '–';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(localeOf(lang), {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Asia/Shanghai',
  }).format(d);
}
