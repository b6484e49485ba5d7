// Numbers, changes, periods, months and moments as the reports print them, in either language.

import { parsePeriod } from '../core/data/period.ts';
import type { LocalisedName } from '../core/framework/schema.ts';
import { fill, reportWords, type Lang } from './i18n/index.ts';

const formats = new Map<string, Intl.NumberFormat>();

/** A number with `digits` decimals and grouped thousands; '–' when missing. */
export function num(v: number | null | undefined, lang: Lang, digits = 2): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '–';
  const key = `${lang}|${digits}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(lang, {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    formats.set(key, f);
  }
  // −0.00 prints as 0.00.
  return f.format(Object.is(Math.round(v * 10 ** digits), -0) ? 0 : v);
}

/** A change with its sign (+1.20, −0.02, 0.00); '–' when missing. The minus is U+2212. */
export function signed(v: number | null | undefined, lang: Lang, digits = 2): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '–';
  const text = num(Math.abs(v), lang, digits);
  if (Number(text.replace(/,/g, '')) === 0) return text;
  return v > 0 ? `+${text}` : `−${text}`;
}

/** A rank change: positive is a rise (+3 ↑), negative a fall (−2 ↓), 0 held; '–' when missing. */
export function rankMove(v: number | null | undefined): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '–';
  return v > 0 ? `↑${v}` : v < 0 ? `↓${-v}` : '0';
}

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
const MONTHS_EN_LONG = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A period code as words: 2025 → 2025年; 2025Q3-ytd → 2025年1—9月 / Jan–Sep 2025. */
export function periodLabel(code: string, lang: Lang): string {
  const p = parsePeriod(code);
  const w = reportWords(lang).periods;
  const month = p.frequency === 'quarter' ? p.sub * 3 : p.sub;
  const vars = { year: p.year, q: p.sub, month, monthName: MONTHS_EN[month - 1] ?? '' };
  if (p.frequency === 'year') return fill(w.year, vars);
  if (p.ytd) return fill(w.ytd, vars);
  return fill(p.frequency === 'quarter' ? w.quarter : w.month, vars);
}

/** A month (2025-11) in full: 2025年11月 / November 2025. */
export function monthLabel(code: string, lang: Lang): string {
  const p = parsePeriod(code);
  return lang === 'en'
    ? `${MONTHS_EN_LONG[p.sub - 1]} ${p.year}`
    : fill(reportWords(lang).periods.month, { year: p.year, month: p.sub });
}

/** An ISO moment as "2025-11-30 16:00 UTC"; '–' when missing. */
export function momentLabel(iso: string | null | undefined): string {
  if (!iso) return '–';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** A date (2025-11-30) in words: 2025年11月30日 / 30 November 2025. */
export function dateLabel(date: string, lang: Lang): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return lang === 'en' ? `${d} ${MONTHS_EN_LONG[m - 1]} ${y}` : `${y}年${m}月${d}日`;
}

/** "text（note）" in Chinese, "text (note)" in English. */
export function paren(text: string, note: string, lang: Lang): string {
  return lang === 'en' ? `${text} (${note})` : `${text}（${note}）`;
}

/** Sentences run together: with a space in English, none in Chinese. */
export function sentences(parts: readonly string[], lang: Lang): string {
  return parts.filter(Boolean).join(lang === 'en' ? ' ' : '');
}
