// Town and country: the urban–rural ratio over time (the province and units chosen to compare),
// the province's path to its target, and every unit's ratio in the period shown.

import { Col, Row, Select } from 'antd';
import { useMemo, type ReactNode } from 'react';
import { buildUnitBarsOption, unitBarsTable } from '@gapscope/charts/unit-bars.ts';
import { buildUrbanRuralOption, urbanRuralTable } from '@gapscope/charts/urban-rural.ts';
import { chartText, titleCase } from '@gapscope/charts/text.ts';
import { ChartCard } from '../../components/ChartCard.tsx';
import { useT } from '../../i18n/index.ts';
import { ProvinceTarget } from './ProvinceTarget.tsx';
import type { UrbanRuralSeries } from './series.ts';

export interface UrbanRuralSectionProps {
  series: UrbanRuralSeries;
  /** The period whose units are compared. */
  period: string;
  compare: string[];
  onCompare(codes: string[]): void;
  name(code: string): string;
}

export function UrbanRuralSection(p: UrbanRuralSectionProps): ReactNode {
  const t = useT();
  const gapName = titleCase(t.name(p.series.name) || t('gaps.urbanRural'));
  const k = p.series.periods.indexOf(p.period);
  const trend = useMemo(() => {
    const input = {
      periods: p.series.periods,
      province: p.series.province,
      units: p.compare
        .filter((c) => p.series.units.has(c))
        .map((c) => ({ code: c, name: p.name(c), values: p.series.units.get(c)! })),
    };
    return {
      option: buildUrbanRuralOption(input, { lang: t.lang }),
      table: urbanRuralTable(input, { lang: t.lang }),
    };
  }, [p, t.lang]);
  const bars = useMemo(() => {
    const province = p.series.province[k] ?? null;
    const input = {
      items: [...p.series.units.entries()].map(([code, v]) => ({
        code,
        name: p.name(code),
        value: v[k] ?? null,
      })),
      reference:
        province === null
          ? null
          : {
              value: province,
              label: `${chartText(t.lang)('province')} ${t.num(province, { digits: 2 })}`,
            },
      highlight: new Set(p.compare),
      valueName: gapName,
      digits: 2,
      layout: 'columns' as const,
    };
    return {
      option: buildUnitBarsOption(input, { lang: t.lang }),
      table: unitBarsTable(input, { lang: t.lang }),
    };
  }, [p, k, t, gapName]);
  const choices = [...p.series.units.keys()].map((c) => ({ value: c, label: p.name(c) }));
  return (
    <Row gutter={[12, 12]}>
      <Col xs={24} xl={12}>
        <ChartCard
          title={t('gaps.urbanRural.trend', { name: gapName })}
          name={t('gaps.urbanRural.trend', { name: gapName })}
          option={trend.option}
          table={trend.table}
          height={360}
          testId="chart-urban-rural"
          note={
            <Select
              mode="multiple"
              allowClear
              maxCount={6}
              aria-label={t('gaps.compareUnits')}
              placeholder={t('gaps.compareUnits.placeholder')}
              value={p.compare}
              onChange={p.onCompare}
              options={choices}
              showSearch={{ optionFilterProp: 'label' }}
              style={{ width: '100%' }}
              data-testid="compare-units"
            />
          }
        />
      </Col>
      <Col xs={24} xl={12}>
        <ProvinceTarget />
      </Col>
      <Col xs={24}>
        <ChartCard
          title={t('gaps.urbanRural.byUnit', { name: gapName, period: p.period })}
          name={t('gaps.urbanRural.byUnit', { name: gapName, period: p.period })}
          option={bars.option}
          table={bars.table}
          height={380}
          testId="chart-urban-rural-units"
        />
      </Col>
    </Row>
  );
}
