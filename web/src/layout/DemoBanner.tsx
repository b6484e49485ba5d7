// "Demo data" across the page whenever the latest answer said its figures are demo data.

import { Alert } from 'antd';
import { useSyncExternalStore, type ReactNode } from 'react';
import { isDemo, subscribeDemo } from '../api/demo.ts';
import { useT } from '../i18n/index.ts';

export function DemoBanner(): ReactNode {
  const t = useT();
  const demo = useSyncExternalStore(subscribeDemo, isDemo);
  if (!demo) return null;
  return (
    <Alert
      banner
      type="warning"
      role="status"
      data-testid="demo-banner"
      title={<strong>{t('demo.tag')}</strong>}
      description={t('demo.banner')}
      className="no-print"
    />
  );
}
