// Every indicator of the unit: raw value, value on the indicator's scale, normalised score,
// traffic light, trend, rank, target and the distance to it, and its progress flag with the
// probability of meeting the target; grouped by domain.

import { Card, Progress, Table, Tag, Tooltip, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import type { Profile, ProfileIndicator, TargetsAnswer } from '@gapscope/api/index.ts';
import { MISSING } from '@gapscope/core/text/format.ts';
import { ProgressFlag } from '../../components/ProgressFlag.tsx';
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

export interface IndicatorTableProps {
  profile: Profile;
  fw: FrameworkParts;
  /** The unit's part of GET /api/targets?unit= (undefined while it comes or when there is none). */
  targets?: TargetsAnswer;
  /** The indicator whose forecast is shown (its row is marked). */
  selected?: string;
  /** Shows an indicator's forecast (a click on its flag). */
  onFan?(indicator: string): void;
}

export function IndicatorTable({
  profile,
  fw,
  targets,
  selected,
  onFan,
}: IndicatorTableProps): ReactNode {
  const t = useT();
  const domainName = new Map(fw.domains.map((d) => [d.id, t.name(d.name)]));
  const progress = new Map((targets?.rows ?? []).map((r) => [r.indicator, r]));
  const columns: TableColumnsType<Row> = [
    {
      title: t('unit.ind.domain'),
      key: 'domain',
      width: 56,
      // The marked row's colour is its own: not the domain's cell that spans its siblings too.
      onCell: (r) => ({
        rowSpan: r.domainSpan,
        style:
          r.id === selected ? { background: 'var(--ant-color-bg-container, #fff)' } : undefined,
      }),
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
      render: (_, r) =>
        r.notApplicable ? (
          // Not missing: the indicator does not apply here (METHODS.md § Not applicable).
          <span data-testid="not-applicable">{t('unit.ind.notApplicable')}</span>
        ) : (
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
    {
      title: (
        <Tooltip title={t('targets.progress.rule')}>
          <span style={{ borderBottom: '1px dotted' }}>{t('targets.progress')}</span>
        </Tooltip>
      ),
      key: 'progress',
      render: (_, r) => {
        const row = progress.get(r.id);
        if (!row || !targets) return MISSING;
        const target = row.target;
        const p = target ? (row.forecast?.probability ?? null) : null;
        return (
          <span style={{ display: 'inline-flex', gap: 6, alignItems: 'center' }}>
            <ProgressFlag
              row={row}
              thresholds={targets.thresholds}
              baseYear={targets.baseYear}
              measure={t.measure(r.unit)}
              onClick={onFan && (() => onFan(r.id))}
              label={t('targets.fan.show', { name: `${r.id} ${t.name(r.name)}` })}
            />
            {target && p !== null && (
              <span
                className="num"
                data-testid="probability"
                title={t('targets.probability', {
                  year: target.year,
                  target: t.value(target.value),
                  probability: t.pct(p, { digits: 0 }),
                })}
              >
                {t.pct(p, { digits: 0 })}
              </span>
            )}
          </span>
        );
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
        rowClassName={(r) => (r.id === selected ? 'ant-table-row-selected' : '')}
        scroll={{ x: 'max-content' }}
        bordered
      />
    </Card>
  );
}
