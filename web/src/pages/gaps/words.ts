// The gap page's words (src/i18n § gaps) in the page's language.

import { catalogs } from '@gapscope/i18n/index.ts';
import { useT } from '../../i18n/index.ts';

export type GapWords = (typeof catalogs)['zh-CN']['gaps'];

/** The `gaps` catalog of the page's language. */
export function useGapWords(): GapWords {
  return catalogs[useT().lang].gaps;
}
