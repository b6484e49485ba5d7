// 中文 / English, remembered in the browser.

import { Segmented } from 'antd';
import type { ReactNode } from 'react';
import { useT, type Lang } from '../i18n/index.ts';

const OPTIONS: { label: string; value: Lang }[] = [
  { label: '中文', value: 'zh-CN' },
  { label: 'English', value: 'en' },
];

export function LangSwitch(): ReactNode {
  const t = useT();
  return (
    <Segmented<Lang>
      size="small"
      aria-label={t('lang.label')}
      options={OPTIONS}
      value={t.lang}
      onChange={(v) => t.setLang(v)}
      data-testid="lang-switch"
    />
  );
}
