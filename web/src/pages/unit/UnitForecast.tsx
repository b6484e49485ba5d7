// The unit's forecast to the target year of one indicator, chosen from a list (default: the one
// most at risk of missing its target) or by a click on its flag in the indicator table.

import { Card, Select } from 'antd';
import type { ReactNode } from 'react';
import type { Profile, TargetsAnswer } from '@gapscope/api/index.ts';
import { ForecastCard } from '../../components/ForecastCard.tsx';
import { modelOf } from '../../components/forecast-fan.ts';
import { useT } from '../../i18n/index.ts';

export interface UnitForecastProps {
  /** The unit's part of GET /api/targets?unit=. */
  answer: TargetsAnswer;
  profile: Profile;
  unitName: string;
  /** The indicator shown (the URL's ?forecast=, else the one most at risk); none: the first. */
  selected: string | undefined;
  onSelect(indicator: string): void;
}

export function UnitForecast(p: UnitForecastProps): ReactNode {
  const t = useT();
  const rows = p.answer.rows;
  const row = rows.find((r) => r.indicator === p.selected) ?? rows[0];
  if (!row)
    return (
      <Card title={t('targets.fan')} size="small" data-testid="unit-forecast">
        {t('targets.none')}
      </Card>
    );
  const ind = new Map(p.profile.indicators.map((i) => [i.id, i]));
  const label = (id: string): string => `${id} ${t.name(ind.get(id)?.name)}`.trim();
  const title = `${t('targets.fan')} · ${label(row.indicator)}`;
  return (
    <ForecastCard
      row={row}
      model={modelOf(p.answer, row)}
      firstYear={p.answer.firstYear}
      title={title}
      name={`${p.unitName} ${title}`}
      yName={t.measure(ind.get(row.indicator)?.unit)}
      testId="unit-forecast"
      extra={
        <Select
          size="small"
          aria-label={t('targets.fan.indicator')}
          value={row.indicator}
          onChange={p.onSelect}
          options={rows.map((r) => ({ value: r.indicator, label: label(r.indicator) }))}
          showSearch={{ optionFilterProp: 'label' }}
          popupMatchSelectWidth={false}
          style={{ width: 220 }}
          data-testid="forecast-indicator"
        />
      }
    />
  );
}
