// The map page's words (src/i18n § map) in the page's language.

import { catalogs } from '@gapscope/i18n/index.ts';
import { useT } from '../../i18n/index.ts';

export type MapWords = (typeof catalogs)['zh-CN']['map'];

/** The `map` catalog of the page's language. */
export function useMapWords(): MapWords {
  return catalogs[useT().lang].map;
}
