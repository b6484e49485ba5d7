// The catalogs by language, and picking one from an Accept-Language header.

import type { Lang } from '../core/text/lang.ts';
import { en } from './en.ts';
import { zhCN, type Catalog } from './zh-CN.ts';

export type { Lang };
export const catalogs: Record<Lang, Catalog> = { 'zh-CN': zhCN, en };

/** zh-CN unless the header prefers English (the product's primary language is Chinese). */
export function langFrom(acceptLanguage: string | undefined | null): Lang {
  if (!acceptLanguage) return 'zh-CN';
  const prefs = acceptLanguage
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().toLowerCase().split(';');
      const q = params.find((p) => p.trim().startsWith('q='));
      return { tag: tag ?? '', q: q ? Number(q.trim().slice(2)) || 0 : 1 };
    })
    .sort((a, b) => b.q - a.q);
  for (const p of prefs) {
    if (p.tag.startsWith('zh')) return 'zh-CN';
    if (p.tag.startsWith('en')) return 'en';
  }
  return 'zh-CN';
}
