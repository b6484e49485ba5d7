// Choose the period a page shows (kept in the URL as ?period=).

import { Select } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../i18n/index.ts';

export function PeriodSelect({
  periods,
  value,
  onChange,
}: {
  periods: readonly string[];
  value: string | undefined;
  onChange(period: string): void;
}): ReactNode {
  const t = useT();
  if (periods.length < 2) return null;
  return (
    <Select
      size="middle"
      aria-label={t('period.label')}
      value={value ?? periods.at(-1)}
      onChange={onChange}
      options={[...periods].reverse().map((p) => ({ value: p, label: p }))}
      style={{ width: 110 }}
      data-testid="period-select"
    />
  );
}
