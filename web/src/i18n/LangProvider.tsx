// Holds the chosen language, remembers it, tells the API client and sets <html lang>.

import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { setApiLang } from '../api/client.ts';
import { LangContext } from './context.ts';
import type { Lang } from '@gapscope/i18n/index.ts';
import { storedLang, storeLang } from './lang.ts';

export function LangProvider({ children }: { children: ReactNode }): ReactNode {
  const [lang, setState] = useState<Lang>(storedLang);
  setApiLang(lang);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const setLang = useCallback((l: Lang) => {
    storeLang(l);
    setApiLang(l);
    setState(l);
  }, []);
  const value = useMemo(() => ({ lang, setLang }), [lang, setLang]);
  return <LangContext.Provider value={value}>{children}</LangContext.Provider>;
}
