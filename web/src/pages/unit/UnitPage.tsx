// A unit's profile: where it stands, its domains against the province and its city, every
// indicator with traffic light and trend, its weak points, history, peers, and what-if.

import { Col, Row } from 'antd';
import { useMemo, type ReactNode } from 'react';
import { useParams } from 'react-router';
import { useApiQuery } from '../../api/client.ts';
import type { Profile } from '@gapscope/api/index.ts';
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

export default function UnitPage(): ReactNode {
  const { code = '' } = useParams();
  const [period, setPeriod] = useSearchState('period');
  const fw = useFramework();
  const profile = useApiQuery<Profile>(
    `/api/units/${encodeURIComponent(code)}/profile${period ? `?period=${period}` : ''}`,
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
      <IndicatorTable profile={p} fw={fw} />
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
