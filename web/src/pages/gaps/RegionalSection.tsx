// Between regions: how spread out a per-head series is across units over time (CV, Gini, Theil
// T), Theil T split between and within cities, and each group's level against all units.

import { Col, Row } from 'antd';
import { useMemo, type ReactNode } from 'react';
import { titleCase } from '@gapscope/charts/text.ts';
import { buildTheilOption, theilTable } from '@gapscope/charts/theil.ts';
import { buildTrendOption, trendTable } from '@gapscope/charts/trend.ts';
import { ChartCard } from '../../components/ChartCard.tsx';
import { useT } from '../../i18n/index.ts';
import type { SpreadSeries } from './series.ts';

export function RegionalSection({ spread }: { spread: SpreadSeries }): ReactNode {
  const t = useT();
  const name = titleCase(t.name(spread.name));
  const charts = useMemo(() => {
    const opts = { lang: t.lang };
    const trend = {
      periods: spread.periods,
      series: [
        { name: t('gaps.cv'), values: spread.cv },
        { name: t('gaps.cv.weighted'), values: spread.cvWeighted, dashed: true },
        { name: t('gaps.gini'), values: spread.gini, emphasis: true },
        { name: t('gaps.theil.total'), values: spread.theil },
      ],
      digits: 4,
      zero: true,
    };
    const theil = {
      periods: spread.periods,
      between: spread.between,
      within: spread.within,
      grouping: t('gaps.cities'),
    };
    const levels = {
      periods: spread.periods,
      series: spread.groups.map((g) => ({ name: t.name(g.name), values: g.level, emphasis: true })),
      target: { value: 100, label: '100' },
      digits: 1,
    };
    return {
      trend: { option: buildTrendOption(trend, opts), table: trendTable(trend, opts) },
      theil: { option: buildTheilOption(theil, opts), table: theilTable(theil, opts) },
      levels: { option: buildTrendOption(levels, opts), table: trendTable(levels, opts) },
    };
  }, [spread, t]);
  const groupTitle = spread.groups
    .map((g) => titleCase(t('gaps.groupLevel', { group: t.name(g.name) })))
    .join(' · ');
  return (
    <Row gutter={[12, 12]}>
      <Col xs={24} xl={12}>
        <ChartCard
          title={t('gaps.spreadTrend')}
          name={`${name} ${t('gaps.spreadTrend')}`}
          option={charts.trend.option}
          table={charts.trend.table}
          height={320}
          testId="chart-spread"
        />
      </Col>
      <Col xs={24} xl={12}>
        <ChartCard
          title={t('gaps.theil.title')}
          name={`${name} ${t('gaps.theil.title')}`}
          option={charts.theil.option}
          table={charts.theil.table}
          height={320}
          testId="chart-theil"
        />
      </Col>
      {spread.groups.length > 0 && (
        <Col xs={24} xl={12}>
          <ChartCard
            title={groupTitle}
            note={`${name} · ${t('gaps.groupMembers')}`}
            name={`${name} ${groupTitle}`}
            option={charts.levels.option}
            table={charts.levels.table}
            height={280}
            testId="chart-group-level"
          />
        </Col>
      )}
    </Row>
  );
}
