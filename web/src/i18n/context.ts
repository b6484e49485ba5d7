// The language of the page, shared through React context.

import { createContext } from 'react';
import type { Lang } from '@gapscope/i18n/index.ts';

export interface LangState {
  lang: Lang;
  setLang(lang: Lang): void;
}

export const LangContext = createContext<LangState>({ lang: 'zh-CN', setLang: () => {} });
