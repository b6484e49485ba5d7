// The chosen language, remembered in localStorage; zh-CN unless English was chosen.

import type { Lang } from '@gapscope/i18n/index.ts';

export const LANG_KEY = 'gapscope.lang';

/** The part of the browser's Storage used here (absent outside a browser). */
interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const storage = (): KeyValueStore | undefined =>
  (globalThis as { localStorage?: KeyValueStore }).localStorage;

/** Reads a stored choice; anything else than "en" means zh-CN. */
export function parseLang(stored: string | null | undefined): Lang {
  return stored === 'en' ? 'en' : 'zh-CN';
}

/** The language stored in this browser (zh-CN when storage is unavailable). */
export function storedLang(): Lang {
  try {
    return parseLang(storage()?.getItem(LANG_KEY));
  } catch {
    return 'zh-CN';
  }
}

/** Remembers the choice; a browser that refuses storage just forgets it. */
export function storeLang(lang: Lang): void {
  try {
    storage()?.setItem(LANG_KEY, lang);
  } catch {
    // Private modes may refuse storage: the choice then lasts for this page only.
  }
}
