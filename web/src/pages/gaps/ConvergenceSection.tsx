// Convergence and distribution of one regional series: β (do laggards grow faster?) as a scatter
// with its fitted line, σ (is the spread of logs shrinking?) over time, and the Lorenz curves.

import { Alert, Col, Row, Select } from 'antd';
import { useMemo, type ReactNode } from 'react';
import { buildConvergenceOption, convergenceTable } from '@gapscope/charts/convergence.ts';
import { buildLorenzOption, lorenzTable } from '@gapscope/charts/lorenz.ts';
import { titleCase } from '@gapscope/charts/text.ts';
import { buildTrendOption, trendTable } from '@gapscope/charts/trend.ts';
import { ChartCard } from '../../components/ChartCard.tsx';
import { useT } from '../../i18n/index.ts';
import type { GapSeries } from '@gapscope/api/index.ts';

export interface ConvergenceSectionProps {
  data: GapSeries;
  /** Periods that can start the β window (earlier than its end). */
  starts: string[];
  onFrom(period: string): void;
  name(code: string): string;
}

export function ConvergenceSection({
  data,
  starts,
  onFrom,
  name,
}: ConvergenceSectionProps): ReactNode {
  const t = useT();
  const series = titleCase(t.name(data.name));
  const charts = useMemo(() => {
    const opts = { lang: t.lang };
    const group = data.groups[0];
    const beta = {
      name: series,
      from: data.from,
      to: data.to,
      years: data.years,
      points: data.units.flatMap((u) => {
        const a = u.values[0];
        const b = u.values.at(-1);
        return a != null && b != null
          ? [{ code: u.unit, name: name(u.unit), start: a, end: b }]
          : [];
      }),
      fit: data.beta,
      group: group ? { name: t.name(group.name), codes: new Set(group.members) } : null,
    };
    const sigma = {
      periods: data.periods,
      series: [{ name: t('gaps.sigma'), values: data.sigma.map((s) => s.value), emphasis: true }],
      digits: 4,
    };
    const curves = [
      ...(data.lorenz.units
        ? [
            {
              name: t('gaps.lorenz.units'),
              population: data.lorenz.units.population,
              income: data.lorenz.units.income,
              gini: data.lorenz.units.gini,
            },
          ]
        : []),
      ...(data.lorenz.quantiles
        ? [
            {
              name: t('gaps.lorenz.quantiles'),
              population: data.lorenz.quantiles.population,
              income: data.lorenz.quantiles.income,
              gini: data.lorenz.quantiles.gini,
            },
          ]
        : []),
    ];
    return {
      beta: { option: buildConvergenceOption(beta, opts), table: convergenceTable(beta, opts) },
      sigma: { option: buildTrendOption(sigma, opts), table: trendTable(sigma, opts) },
      lorenz: curves.length
        ? { option: buildLorenzOption({ curves }, opts), table: lorenzTable({ curves }, opts) }
        : null,
    };
  }, [data, series, t, name]);
  const betaTitle = t('gaps.convergence.title', { from: data.from, to: data.to });
  const lorenzTitle = t('gaps.lorenz.title', { period: data.to });
  const sigmaTitle = t('gaps.sigma.title');
  // File names and screen-reader labels name the series too.
  const named = (title: string): string => `${series} ${title}`;
  return (
    <Row gutter={[12, 12]}>
      <Col xs={24} xl={12}>
        <ChartCard
          title={betaTitle}
          name={named(betaTitle)}
          option={charts.beta.option}
          table={charts.beta.table}
          height={400}
          testId="chart-convergence"
          extra={
            <Select
              size="small"
              aria-label={t('gaps.from')}
              value={data.from}
              onChange={onFrom}
              options={starts.map((p) => ({ value: p, label: `${t('gaps.from')} ${p}` }))}
              style={{ width: 120 }}
            />
          }
          note={data.betaError ?? undefined}
        />
      </Col>
      <Col xs={24} xl={12}>
        <ChartCard
          title={sigmaTitle}
          name={named(sigmaTitle)}
          option={charts.sigma.option}
          table={charts.sigma.table}
          height={400}
          testId="chart-sigma"
        />
      </Col>
      <Col xs={24} xl={12}>
        {charts.lorenz ? (
          <ChartCard
            title={lorenzTitle}
            name={named(lorenzTitle)}
            option={charts.lorenz.option}
            table={charts.lorenz.table}
            height={420}
            testId="chart-lorenz"
            note={data.lorenz.quantiles ? undefined : t('gaps.noIncome')}
          />
        ) : (
          <Alert type="info" showIcon title={t('gaps.noData')} />
        )}
      </Col>
    </Row>
  );
}
