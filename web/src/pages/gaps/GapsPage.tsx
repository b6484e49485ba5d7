// The three gaps over time: town and country (the urban–rural ratio, by period and by unit),
// between regions (spread, Theil decomposition, groups' levels, convergence, Lorenz curve) and
// between incomes — every chart with its data downloadable.

import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { Card, Col, Row, Select, Typography } from 'antd';
import { useMemo, type ReactNode } from 'react';
import { apiQuery, useApiQuery } from '../../api/client.ts';
import type { Figure, GapSummary, Overview } from '@gapscope/api/index.ts';
import { titleCase } from '@gapscope/charts/text.ts';
import { buildTrendOption, trendTable } from '@gapscope/charts/trend.ts';
import { ChartCard } from '../../components/ChartCard.tsx';
import { ErrorView } from '../../components/ErrorView.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PeriodSelect } from '../../components/PeriodSelect.tsx';
import { useSearchState } from '../../hooks/use-search-state.ts';
import { useUnits } from '../../hooks/use-units.ts';
import { useT } from '../../i18n/index.ts';
import type { GapSeries } from '@gapscope/api/index.ts';
import { ConvergenceSection } from './ConvergenceSection.tsx';
import { RegionalSection } from './RegionalSection.tsx';
import { middleShareSeries, spreadSeries, urbanRuralSeries } from './series.ts';
import { UrbanRuralSection } from './UrbanRuralSection.tsx';

/** A headline figure: its value, and its change on a year earlier. */
function Headline({
  label,
  figure,
  digits,
}: {
  label: string;
  figure: Figure | null | undefined;
  digits: number;
}): ReactNode {
  const t = useT();
  return (
    <Card size="small" style={{ height: '100%' }}>
      <div style={{ color: '#646a73', fontSize: 12 }}>{label}</div>
      <div style={{ fontSize: 26, fontWeight: 600, lineHeight: 1.3 }}>
        {t.num(figure?.value ?? null, { digits })}
      </div>
      <div style={{ color: '#646a73', fontSize: 12 }}>
        {figure?.change === null || figure?.change === undefined
          ? t('gaps.noChange')
          : t('gaps.change', { change: t.signed(figure.change, { digits }) })}
      </div>
    </Card>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }): ReactNode {
  return (
    <section style={{ marginTop: 24 }}>
      <Typography.Title level={2} style={{ fontSize: 17, margin: '0 0 10px' }}>
        {title}
      </Typography.Title>
      {children}
    </section>
  );
}

/**
 * Every period's summary once all have come (none before), and the first error. As useQueries'
 * `combine`, it runs only when a query's result changes and its answer is shared structurally, so
 * `all` stays the same array until a summary changes and the charts are not rebuilt in between.
 */
function combineSummaries(results: UseQueryResult<GapSummary>[]): {
  all: GapSummary[];
  loaded: boolean;
  error: Error | null;
} {
  const loaded = results.length > 0 && results.every((q) => q.data);
  return {
    all: loaded ? results.map((q) => q.data!) : [],
    loaded,
    error: results.find((q) => q.error)?.error ?? null,
  };
}

export default function GapsPage(): ReactNode {
  const t = useT();
  const { name } = useUnits();
  const [periodParam, setPeriod] = useSearchState('period');
  const [seriesParam, setSeries] = useSearchState('series');
  const [fromParam, setFrom] = useSearchState('from');
  const [unitsParam, setUnits] = useSearchState('units');
  const overview = useApiQuery<Overview>('/api/overview');
  const periods = useMemo(
    () => (overview.data && 'periods' in overview.data ? overview.data.periods : []),
    [overview.data],
  );
  const period = periodParam && periods.includes(periodParam) ? periodParam : periods.at(-1);
  const { all, loaded, error } = useQueries({
    queries: periods.map((p) => apiQuery<GapSummary>(`/api/gaps?period=${p}`)),
    combine: combineSummaries,
  });
  const qs = new URLSearchParams();
  if (seriesParam) qs.set('series', seriesParam);
  if (fromParam && period && fromParam < period) qs.set('from', fromParam);
  if (period) qs.set('to', period);
  const series = useApiQuery<GapSeries>(period ? `/api/gaps/series?${qs}` : null);
  const compare = useMemo(
    () => (unitsParam ? unitsParam.split(',').filter(Boolean) : []),
    [unitsParam],
  );
  const regionalId = series.data?.series ?? seriesParam ?? all[0]?.regional[0]?.id;
  const ur = useMemo(() => urbanRuralSeries(all), [all]);
  const spread = useMemo(
    () => (regionalId ? spreadSeries(all, regionalId) : null),
    [all, regionalId],
  );
  const middle = useMemo(() => {
    const values = middleShareSeries(all);
    if (!values.some((v) => v !== null)) return null;
    const input = {
      periods: all.map((s) => s.period),
      series: [{ name: t('gaps.middleShare'), values, emphasis: true }],
      yName: '%',
      digits: 1,
    };
    return {
      option: buildTrendOption(input, { lang: t.lang }),
      table: trendTable(input, { lang: t.lang }),
    };
  }, [all, t]);

  if (overview.isPending) return <Loading rows={8} />;
  if (overview.error)
    return <ErrorView error={overview.error} retry={() => void overview.refetch()} />;
  const failed = error ?? series.error;
  if (failed) return <ErrorView error={failed} />;
  const now = all.find((s) => s.period === period);
  const regionalNow = now?.regional.find((r) => r.id === regionalId);
  return (
    <div data-testid="gaps-page">
      <div style={{ display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', gap: 12 }}>
        <div>
          <Typography.Title level={1} style={{ margin: 0, fontSize: 22 }}>
            {t('gaps.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('gaps.intro')}</Typography.Text>
        </div>
        <PeriodSelect periods={periods} value={period} onChange={(p) => setPeriod(p)} />
      </div>
      {!loaded || !now ? (
        <Loading rows={10} />
      ) : (
        <>
          <Row gutter={[12, 12]} style={{ marginTop: 16 }} data-testid="gap-headlines">
            {now.urbanRural[0] && (
              <Col xs={24} sm={12} lg={8}>
                <Headline
                  label={`${titleCase(t.name(now.urbanRural[0].name))} · ${period}`}
                  figure={now.urbanRural[0].province?.ratio}
                  digits={2}
                />
              </Col>
            )}
            {regionalNow && (
              <Col xs={24} sm={12} lg={8}>
                <Headline
                  label={`${t('gaps.headline.spread', { name: t.name(regionalNow.name) })} · ${period}`}
                  figure={regionalNow.gini}
                  digits={4}
                />
              </Col>
            )}
            {now.income?.middleShare && (
              <Col xs={24} sm={12} lg={8}>
                <Headline
                  label={`${t('gaps.headline.middle')} (%) · ${period}`}
                  figure={now.income.middleShare}
                  digits={1}
                />
              </Col>
            )}
          </Row>

          <Section title={t('gaps.urbanRural')}>
            <UrbanRuralSection
              series={ur}
              period={period!}
              compare={compare}
              onCompare={(codes) => setUnits(codes.join(','))}
              name={name}
            />
          </Section>

          <Section title={t('gaps.regional')}>
            {series.data && series.data.choices.length > 1 && (
              <div style={{ marginBottom: 10, display: 'flex', gap: 8, alignItems: 'center' }}>
                <span id="gaps-series-label">{t('gaps.regional.series')}</span>
                <Select
                  aria-labelledby="gaps-series-label"
                  value={series.data.series}
                  onChange={(v) => setSeries(v)}
                  options={series.data.choices.map((c) => ({
                    value: c.id,
                    label: titleCase(t.name(c.name)),
                  }))}
                  style={{ minWidth: 280 }}
                  data-testid="gaps-series"
                />
              </div>
            )}
            {spread && <RegionalSection spread={spread} />}
          </Section>

          <Section
            title={
              series.data
                ? `${t('gaps.convergence')} · ${titleCase(t.name(series.data.name))}`
                : t('gaps.convergence')
            }
          >
            {series.data ? (
              <ConvergenceSection
                data={series.data}
                starts={periods.filter((p) => p < series.data!.to)}
                onFrom={(p) => setFrom(p)}
                name={name}
              />
            ) : (
              <Loading rows={6} />
            )}
          </Section>

          {middle && (
            <Section title={t('gaps.income')}>
              <Row gutter={[12, 12]}>
                <Col xs={24} xl={12}>
                  <ChartCard
                    title={t('gaps.middleShare')}
                    name={t('gaps.middleShare')}
                    option={middle.option}
                    table={middle.table}
                    height={300}
                    testId="chart-middle-share"
                  />
                </Col>
              </Row>
            </Section>
          )}
        </>
      )}
    </div>
  );
}
