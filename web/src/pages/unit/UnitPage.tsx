// A unit's profile: where it stands, its domains against the province and its city, every
// indicator with traffic light, trend and progress flag, the forecast of one indicator to its
// target year, its weak points, history, peers, and what-if.

import type { UseQueryResult } from '@tanstack/react-query';
import { Card, Col, Row } from 'antd';
import { useMemo, type ReactNode } from 'react';
import { useParams } from 'react-router';
import { ApiError, useApiQuery } from '../../api/client.ts';
import type { Profile, TargetsAnswer } from '@gapscope/api/index.ts';
import { buildRadarOption, radarTable } from '@gapscope/charts/radar.ts';
import { ChartCard } from '../../components/ChartCard.tsx';
import { ErrorView } from '../../components/ErrorView.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PeriodSelect } from '../../components/PeriodSelect.tsx';
import { useFramework } from '../../hooks/use-framework.ts';
import { useSearchState } from '../../hooks/use-search-state.ts';
import { useUnits } from '../../hooks/use-units.ts';
import { useT } from '../../i18n/index.ts';
import { buildHistoryOption, historyTable } from './history-option.ts';
import { IndicatorTable } from './IndicatorTable.tsx';
import { Peers } from './Peers.tsx';
import { mostAtRisk } from './at-risk.ts';
import { UnitForecast } from './UnitForecast.tsx';
import { UnitHeader } from './UnitHeader.tsx';
import { UnitItems } from './UnitItems.tsx';
import { WeakPoints } from './WeakPoints.tsx';
import { WhatIfPanel } from './WhatIfPanel.tsx';

function Charts({ profile }: { profile: Profile }): ReactNode {
  const t = useT();
  const fw = useFramework();
  const { name } = useUnits();
  const unitName = name(profile.unit, profile.name);
  const radar = useMemo(() => {
    const input = {
      domains: fw.domains.map((d) => ({ id: d.id, name: t.name(d.name) })),
      unit: { name: unitName, scores: profile.domains },
      province: profile.domainMeans.all,
      city: profile.city
        ? { name: name(profile.city, profile.cityName), scores: profile.domainMeans.city }
        : null,
    };
    return {
      option: buildRadarOption(input, { lang: t.lang }),
      table: radarTable(input, { lang: t.lang }),
    };
  }, [fw.domains, profile, t, unitName, name]);
  const history = useMemo(() => {
    const input = {
      periods: profile.history.map((h) => h.period),
      score: profile.history.map((h) => h.score),
      rank: profile.history.map((h) => h.rank),
      of: profile.of,
      labels: {
        score: t('unit.history.score'),
        rank: t('unit.history.rank'),
        period: t('period.label'),
      },
    };
    return { option: buildHistoryOption(input, { lang: t.lang }), table: historyTable(input) };
  }, [profile, t]);
  return (
    <Row gutter={[12, 12]}>
      <Col xs={24} lg={10}>
        <ChartCard
          title={t('unit.radar')}
          name={`${unitName} ${t('unit.radar')} ${profile.period}`}
          option={radar.option}
          table={radar.table}
          height={320}
          testId="radar"
        />
      </Col>
      <Col xs={24} lg={14}>
        <ChartCard
          title={t('unit.history')}
          name={`${unitName} ${t('unit.history')}`}
          option={history.option}
          table={history.table}
          height={320}
          testId="history"
        />
      </Col>
    </Row>
  );
}

/** The unit's progress flags and forecasts: the year shown when it is a year, else the latest. */
function targetsPath(code: string, period: string | undefined): string {
  const q = new URLSearchParams({ unit: code });
  if (period && /^\d{4}$/.test(period)) q.set('period', period);
  return `/api/targets?${q}`;
}

/** The forecast card, or why there is none: the unit not assessed, or the error and a retry. */
function Forecast({
  targets,
  profile,
  selected,
  onSelect,
}: {
  targets: UseQueryResult<TargetsAnswer, ApiError>;
  profile: Profile;
  selected: string | undefined;
  onSelect(indicator: string): void;
}): ReactNode {
  const t = useT();
  const { name } = useUnits();
  if (targets.isPending) return <Loading rows={6} />;
  // A unit not assessed (404) or a year that cannot be (422: the data's first): no forecast.
  const none = targets.error instanceof ApiError && [404, 422].includes(targets.error.status);
  if (targets.error && !none)
    return <ErrorView error={targets.error} retry={() => void targets.refetch()} />;
  if (!targets.data)
    return (
      <Card title={t('targets.fan')} size="small" data-testid="unit-forecast">
        {t('targets.none')}
      </Card>
    );
  return (
    <UnitForecast
      answer={targets.data}
      profile={profile}
      unitName={name(profile.unit, profile.name)}
      selected={selected}
      onSelect={onSelect}
    />
  );
}

export default function UnitPage(): ReactNode {
  const { code = '' } = useParams();
  const [period, setPeriod] = useSearchState('period');
  const [forecast, setForecast] = useSearchState('forecast');
  const fw = useFramework();
  const profile = useApiQuery<Profile>(
    `/api/units/${encodeURIComponent(code)}/profile${period ? `?period=${period}` : ''}`,
  );
  // One request for every indicator's flag and forecast, asked beside the profile.
  const targets = useApiQuery<TargetsAnswer>(targetsPath(code, period));
  const rows = targets.data?.rows;
  // The indicator asked for in the URL, else the one most at risk of missing its target.
  const shown = useMemo(
    () => (rows?.some((r) => r.indicator === forecast) ? forecast : rows && mostAtRisk(rows)),
    [rows, forecast],
  );
  if (profile.isPending) return <Loading rows={10} />;
  if (profile.error)
    return <ErrorView error={profile.error} retry={() => void profile.refetch()} />;
  const p = profile.data;
  const periods = p.history.map((h) => h.period);
  return (
    <div data-testid="unit-page" style={{ display: 'flex', flexDirection: 'column', gap: 12 }}>
      <UnitHeader
        profile={p}
        extra={<PeriodSelect periods={periods} value={p.period} onChange={setPeriod} />}
      />
      <Charts profile={p} />
      <IndicatorTable
        profile={p}
        fw={fw}
        targets={targets.data}
        selected={shown ?? undefined}
        onFan={(id) => {
          setForecast(id);
          document
            .querySelector('[data-testid="unit-forecast"]')
            ?.scrollIntoView({ behavior: 'smooth', block: 'nearest' });
        }}
      />
      <Forecast
        targets={targets}
        profile={p}
        selected={shown ?? undefined}
        onSelect={setForecast}
      />
      <Row gutter={[12, 12]}>
        <Col xs={24} lg={12}>
          <WeakPoints profile={p} />
        </Col>
        <Col xs={24} lg={12}>
          <Peers profile={p} />
        </Col>
      </Row>
      <WhatIfPanel key={`${p.unit}|${p.period}`} profile={p} />
      <UnitItems code={p.unit} />
    </div>
  );
}
