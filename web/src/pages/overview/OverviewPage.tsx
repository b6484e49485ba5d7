// The province at a glance: the three gaps as headline figures with trend and change, the index
// distribution, the leaders and laggards, the biggest movers.

import { useQueries } from '@tanstack/react-query';
import { Button, Col, Result, Row, Typography } from 'antd';
import { useMemo, type ReactNode } from 'react';
import { Link } from 'react-router';
import { apiQuery, useApiQuery } from '../../api/client.ts';
import { useSession } from '../../api/session.ts';
import type { FrameworkCurrent, GapSummary, Overview, Ranking } from '@gapscope/api/index.ts';
import { buildDistributionOption, distributionTable } from '@gapscope/charts/distribution.ts';
import { ChartCard } from '../../components/ChartCard.tsx';
import { OverviewMap } from './OverviewMap.tsx';
import { ErrorView } from '../../components/ErrorView.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PeriodSelect } from '../../components/PeriodSelect.tsx';
import { useSearchState } from '../../hooks/use-search-state.ts';
import { useT, type WebKey } from '../../i18n/index.ts';
import { HeadlineCard } from './HeadlineCard.tsx';
import { headlineFigures, headlineTrends, trendPeriods, type GapKind } from './headlines.ts';
import styles from './overview.module.css';
import { overviewPaths } from './paths.ts';
import { UnitList } from './UnitList.tsx';

const GAP_LABEL: Record<GapKind, WebKey> = {
  urbanRural: 'overview.gap.urbanRural',
  regional: 'overview.gap.regional',
  income: 'overview.gap.income',
};

/** The three gaps: asked for at once (not after the overview), the trends once they are shown. */
function Headlines({ path, periods }: { path: string; periods: string[] | undefined }): ReactNode {
  const t = useT();
  const gaps = useApiQuery<GapSummary>(path);
  const period = gaps.data?.period;
  const window = period && periods ? trendPeriods(periods.filter((p) => p <= period)) : [];
  // The trend is asked for once the headline itself is on screen.
  const series = useQueries({
    queries: window.map((p) => ({
      ...apiQuery<GapSummary>(`/api/gaps?period=${p}`),
      enabled: !!gaps.data,
    })),
  });
  const trends = series.every((q) => q.data) ? headlineTrends(series.map((q) => q.data!)) : null;
  if (gaps.isPending) return <Loading rows={3} />;
  if (gaps.error) return <ErrorView error={gaps.error} retry={() => void gaps.refetch()} />;
  const figures = headlineFigures(gaps.data);
  return (
    <Row gutter={[12, 12]} data-testid="headlines">
      {figures.map((f) => (
        <Col key={f.id} xs={24} sm={12} xl={6} className={styles.figCol}>
          <div className={styles.gapLabel}>{t(GAP_LABEL[f.gap])}</div>
          <HeadlineCard
            figure={f}
            trend={trends ? { periods: trends.periods, values: trends.values[f.id] } : null}
          />
        </Col>
      ))}
    </Row>
  );
}

export default function OverviewPage(): ReactNode {
  const t = useT();
  const { user } = useSession();
  const signedIn = !!user && !user.mustChangePassword;
  const [period, setPeriod] = useSearchState('period');
  const qs = period ? `?period=${period}` : '';
  const paths = overviewPaths(period);
  const overview = useApiQuery<Overview>(paths.public[0]!);
  const ranking = useApiQuery<Ranking>(
    overview.data && ('period' in overview.data || signedIn) ? paths.public[1]! : null,
  );
  const framework = useApiQuery<FrameworkCurrent>('/api/frameworks/current', {
    staleTime: Infinity,
  });
  const scores = useMemo(() => ranking.data?.units.map((u) => u.score) ?? [], [ranking.data]);
  const distribution = useMemo(
    () => ({
      option: buildDistributionOption({ scores }, { lang: t.lang }),
      table: distributionTable({ scores }, { lang: t.lang }),
    }),
    [scores, t.lang],
  );
  if (overview.isPending) return <Loading rows={8} />;
  if (overview.error)
    return <ErrorView error={overview.error} retry={() => void overview.refetch()} />;
  const o = overview.data;
  if (!('period' in o))
    return (
      <Result
        status="info"
        title={t('overview.nothing')}
        extra={
          <Link to="/signin">
            <Button type="primary">{t('user.signIn')}</Button>
          </Link>
        }
      />
    );
  const index = framework.data ? t.name(framework.data.framework.root.name) : '';
  const d = o.distribution;
  return (
    <div data-testid="overview">
      <div className={styles.head}>
        <div>
          <Typography.Title level={1} className={styles.title}>
            {t('overview.title', { index, period: o.period })}
          </Typography.Title>
          <span className={styles.meta}>
            {t('overview.units', { n: o.units ?? 0 })}
            {o.compare && ` · ${t('period.compare', { compare: o.compare })}`}
            {' · '}
            {o.published ? t('overview.published', { date: t.date(o.asOf) }) : t('overview.live')}
          </span>
        </div>
        {signedIn && (
          <PeriodSelect periods={o.periods ?? []} value={o.period} onChange={setPeriod} />
        )}
      </div>

      <h2 className={styles.section}>{t('overview.gaps')}</h2>
      {signedIn ? (
        <Headlines path={paths.signedIn[0]!} periods={o.periods} />
      ) : (
        <Typography.Paragraph type="secondary">
          <Link to="/signin">{t('user.signIn')}</Link> · {t('overview.gaps.signIn')}
        </Typography.Paragraph>
      )}

      <Row gutter={[12, 12]} style={{ marginTop: 20 }}>
        <Col xs={24} lg={12}>
          {/* The chart (and ECharts with it) comes once its data are there, after the figures. */}
          {!ranking.data ? (
            <Loading rows={8} />
          ) : (
            <ChartCard
              title={t('overview.distribution')}
              name={`${t('overview.distribution')} ${o.period}`}
              option={distribution.option}
              table={distribution.table}
              height={300}
              testId="distribution"
              note={
                d &&
                t('overview.distribution.note', {
                  median: t.num(d.median, { digits: 1 }),
                  p25: t.num(d.p25, { digits: 1 }),
                  p75: t.num(d.p75, { digits: 1 }),
                })
              }
            />
          )}
        </Col>
        <Col xs={24} sm={12} lg={6}>
          <UnitList
            title={t('overview.top')}
            units={o.top ?? []}
            period={period}
            linkable={signedIn}
            testId="top"
          />
        </Col>
        <Col xs={24} sm={12} lg={6}>
          <UnitList
            title={t('overview.bottom')}
            units={o.bottom ?? []}
            period={period}
            linkable={signedIn}
            testId="bottom"
          />
        </Col>
        <Col xs={24} sm={12}>
          <UnitList
            title={t('overview.risers')}
            units={o.risers ?? []}
            period={period}
            linkable={signedIn}
            testId="risers"
          />
        </Col>
        <Col xs={24} sm={12}>
          <UnitList
            title={t('overview.fallers')}
            units={o.fallers ?? []}
            period={period}
            linkable={signedIn}
            testId="fallers"
          />
        </Col>
      </Row>
      {signedIn && (
        <div style={{ marginTop: 12 }}>
          <OverviewMap period={o.period} />
        </div>
      )}
      <div style={{ marginTop: 16 }}>
        <Link to={`/rankings${qs}`}>{t('overview.allRankings')} →</Link>
      </div>
    </div>
  );
}
