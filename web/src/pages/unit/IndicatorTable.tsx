// Every indicator of the unit: raw value, value on the indicator's scale, normalised score,
// traffic light, trend, rank, target and the distance to it; grouped by domain.

import { Card, Progress, Table, Tag, Tooltip, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import type { Profile, ProfileIndicator } from '@gapscope/api/index.ts';
import { MISSING } from '@gapscope/core/text/format.ts';
import type { FrameworkParts } from '../../hooks/framework-parts.ts';
import { useT } from '../../i18n/index.ts';
import { distanceToTarget, trafficLight, trendMark } from './standing.ts';
import { TrafficLight } from './TrafficLight.tsx';
import { TrendArrow } from './TrendArrow.tsx';

interface Row extends ProfileIndicator {
  domain: string;
  domainSpan: number;
}

/** The indicators in framework order with the row span of each domain's first row. */
function rowsOf(profile: Profile, fw: FrameworkParts): Row[] {
  const rows = profile.indicators.map((i) => ({
    ...i,
    domain: fw.indicators.get(i.id)?.domain ?? '',
    domainSpan: 0,
  }));
  for (let k = 0; k < rows.length;) {
    let n = 1;
    while (k + n < rows.length && rows[k + n]!.domain === rows[k]!.domain) n++;
    rows[k]!.domainSpan = n;
    k += n;
  }
  return rows;
}

export function IndicatorTable({
  profile,
  fw,
}: {
  profile: Profile;
  fw: FrameworkParts;
}): ReactNode {
  const t = useT();
  const domainName = new Map(fw.domains.map((d) => [d.id, t.name(d.name)]));
  const columns: TableColumnsType<Row> = [
    {
      title: t('unit.ind.domain'),
      key: 'domain',
      width: 56,
      onCell: (r) => ({ rowSpan: r.domainSpan }),
      render: (_, r) => <strong>{domainName.get(r.domain) ?? r.domain}</strong>,
    },
    {
      title: t('unit.ind.name'),
      key: 'name',
      width: 240,
      render: (_, r) => (
        <span>
          <span style={{ color: '#8f959e', marginRight: 6 }}>{r.id}</span>
          {t.name(r.name)}
          {r.unit && <span style={{ color: '#8f959e' }}> ({t.measure(r.unit)})</span>}
        </span>
      ),
    },
    {
      title: t('unit.ind.raw'),
      dataIndex: 'raw',
      align: 'right',
      render: (v: number | null) => <span className="num">{t.value(v)}</span>,
    },
    {
      title: t('unit.ind.value'),
      key: 'value',
      align: 'right',
      render: (_, r) => (
        <span className="num">
          {t.value(r.value)}
          {r.imputed && (
            <Tag color="default" style={{ marginInlineStart: 4 }}>
              {t('unit.ind.imputed')}
            </Tag>
          )}
        </span>
      ),
    },
    {
      title: t('unit.ind.normalised'),
      dataIndex: 'normalised',
      width: 130,
      render: (v: number | null) =>
        v === null ? (
          MISSING
        ) : (
          <Progress
            percent={Math.max(0, Math.min(100, v))}
            size="small"
            showInfo
            format={() => t.num(v, { digits: 1 })}
            strokeColor="#0072B2"
          />
        ),
    },
    {
      title: (
        <Tooltip title={t('unit.light.rule')}>
          <span style={{ borderBottom: '1px dotted' }}>{t('unit.ind.light')}</span>
        </Tooltip>
      ),
      key: 'light',
      render: (_, r) => <TrafficLight light={trafficLight(r, profile.of)} />,
    },
    {
      title: t('unit.ind.trend'),
      key: 'trend',
      render: (_, r) => <TrendArrow trend={trendMark(r, profile.history, profile.period)} />,
    },
    {
      title: t('unit.ind.rank'),
      dataIndex: 'rank',
      align: 'right',
      render: (v: number | null) => <span className="num">{v ?? MISSING}</span>,
    },
    {
      title: t('unit.ind.target'),
      key: 'target',
      align: 'right',
      render: (_, r) =>
        r.progress ? (
          <span className="num">
            {t.value(r.progress.target)}
            <span style={{ color: '#8f959e' }}> ({r.progress.targetYear})</span>
          </span>
        ) : (
          MISSING
        ),
    },
    {
      title: t('unit.ind.distance'),
      key: 'distance',
      align: 'right',
      render: (_, r) => {
        const d = distanceToTarget(r);
        if (d === null) return MISSING;
        if (d === 0 || r.progress?.achieved)
          return <span style={{ color: '#009E73' }}>✓ {t('unit.ind.achieved')}</span>;
        return <span className="num">{t.value(d)}</span>;
      },
    },
  ];
  return (
    <Card title={t('unit.indicators')} size="small" data-testid="indicator-table">
      <Table<Row>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={rowsOf(profile, fw)}
        pagination={false}
        scroll={{ x: 'max-content' }}
        bordered
      />
    </Card>
  );
}
