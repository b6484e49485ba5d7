// Names, periods and sentences as the reports print them, in either language. Numbers, changes,
// percentages, dates and moments are core/text/format.ts's, as everywhere else.

import { parsePeriod } from '../core/data/period.ts';
import type { LocalisedName } from '../core/framework/schema.ts';
import { reportText, type Lang } from './i18n/index.ts';

/** A unit's (or anything's) name in the language: English when there is one, else Chinese. */
export function nameIn(name: LocalisedName | undefined, lang: Lang, fallback = ''): string {
  if (!name) return fallback;
  return lang === 'en' ? (name.en ?? name.zh) : name.zh;
}

const MONTHS_EN = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

/** A period code as words: 2025 → 2025年; 2025Q3-ytd → 2025年1—9月 / Jan–Sep 2025. */
export function periodLabel(code: string, lang: Lang): string {
  const p = parsePeriod(code);
  const w = reportText(lang, 'periods');
  const month = p.frequency === 'quarter' ? p.sub * 3 : p.sub;
  const vars = { year: p.year, q: p.sub, month, monthName: MONTHS_EN[month - 1] ?? '' };
  if (p.frequency === 'year') return w('year', vars);
  if (p.ytd) return w('ytd', vars);
  return w(p.frequency === 'quarter' ? 'quarter' : 'month', vars);
}

/** "text（note）" in Chinese, "text (note)" in English. */
export function paren(text: string, note: string, lang: Lang): string {
  return lang === 'en' ? `${text} (${note})` : `${text}（${note}）`;
}

/** Sentences run together: with a space in English, none in Chinese. */
export function sentences(parts: readonly string[], lang: Lang): string {
  return parts.filter(Boolean).join(lang === 'en' ? ' ' : '');
}
