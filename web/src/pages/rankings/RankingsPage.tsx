// Every unit sorted by score: rank, rank change, tier, score, domain scores and the rank interval
// from Monte Carlo (signed-in users); search, filters by city and group; a row opens the profile.

import { DownloadOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, Card, Input, Select, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useMemo, type ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import { MISSING } from '@gapscope/core/text/format.ts';
import { useApiPost, useApiQuery } from '../../api/client.ts';
import { useSession } from '../../api/session.ts';
import type { Group, Ranking, Uncertainty } from '@gapscope/api/index.ts';
import { ErrorView } from '../../components/ErrorView.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PeriodSelect } from '../../components/PeriodSelect.tsx';
import { RankChange } from '../../components/RankChange.tsx';
import { TierTag } from '../../components/TierTag.tsx';
import { useFramework } from '../../hooks/use-framework.ts';
import { useSearchState } from '../../hooks/use-search-state.ts';
import { useUnits } from '../../hooks/use-units.ts';
import { useT } from '../../i18n/index.ts';
import { RankInterval } from './RankInterval.tsx';
import { filterRows, groupMembers, rankingRows, rankingTable, type RankingRow } from './rows.ts';

/** Monte Carlo runs for the intervals: enough for stable 5 % and 95 % ranks, fast on the server. */
const RUNS = 1000;

const byNumber =
  (f: (r: RankingRow) => number | null | undefined) =>
  (a: RankingRow, b: RankingRow): number =>
    (f(a) ?? Infinity) - (f(b) ?? Infinity);

export default function RankingsPage(): ReactNode {
  const t = useT();
  const navigate = useNavigate();
  const { user } = useSession();
  const signedIn = !!user && !user.mustChangePassword;
  const [period, setPeriod] = useSearchState('period');
  const [q, setQ] = useSearchState('q');
  const [city, setCity] = useSearchState('city');
  const [group, setGroup] = useSearchState('group');
  const ranking = useApiQuery<Ranking>(`/api/ranking${period ? `?period=${period}` : ''}`);
  const groups = useApiQuery<Group[]>('/api/groups', { staleTime: Infinity });
  const units = useUnits();
  const fw = useFramework();
  const p = ranking.data?.period;
  const unc = useApiPost<Uncertainty>(
    '/api/uncertainty',
    { period: p, runs: RUNS, seed: 1 },
    { enabled: signedIn && !!p, staleTime: Infinity },
  );
  const intervals = useMemo(
    () =>
      new Map(
        (unc.data && unc.data.period === p ? unc.data.units : []).map((u) => [u.unit, u.rank]),
      ),
    [unc.data, p],
  );
  const other = t.lang === 'en' ? 'zh-CN' : 'en';
  const rows = useMemo(
    () =>
      rankingRows(ranking.data?.units ?? [], {
        name: units.name,
        otherName: (c) => {
          const u = units.units.find((x) => x.code === c);
          return u ? (other === 'en' ? u.name.en : u.name.zh) : '';
        },
        city: (c) => units.city.get(c) ?? null,
        interval: (c) => intervals.get(c) ?? null,
      }),
    [ranking.data, units, intervals, other],
  );
  const selectedGroup = groups.data?.find((g) => g.id === group);
  const shown = useMemo(
    () =>
      filterRows(rows, {
        q,
        city,
        members: selectedGroup && p ? groupMembers(selectedGroup, p) : null,
      }),
    [rows, q, city, selectedGroup, p],
  );
  if (ranking.isPending) return <Loading rows={10} />;
  if (ranking.error)
    return <ErrorView error={ranking.error} retry={() => void ranking.refetch()} />;
  const r = ranking.data;
  const of = r.units.filter((u) => u.rank !== null).length;
  const qs = period ? `?period=${period}` : '';
  const columns: TableColumnsType<RankingRow> = [
    {
      title: t('rank.rank'),
      dataIndex: 'rank',
      width: 64,
      align: 'right',
      sorter: byNumber((x) => x.rank),
      defaultSortOrder: 'ascend',
      render: (v: number | null) => <span className="num">{v ?? MISSING}</span>,
    },
    {
      title: t('rank.change'),
      key: 'change',
      width: 72,
      align: 'right',
      sorter: byNumber((x) => x.change?.rank),
      render: (_, x) => <RankChange change={x.change?.rank} />,
    },
    {
      title: t('rank.unit'),
      dataIndex: 'label',
      fixed: 'left',
      width: 150,
      render: (_, x) => (signedIn ? <Link to={`/units/${x.unit}${qs}`}>{x.label}</Link> : x.label),
    },
    { title: t('rank.city'), dataIndex: 'cityLabel', width: 110, responsive: ['md'] },
    {
      title: t('rank.tier'),
      dataIndex: 'tier',
      width: 90,
      sorter: byNumber((x) => x.tier),
      render: (v: number | null) => <TierTag tier={v} />,
    },
    {
      title: t('rank.score'),
      dataIndex: 'score',
      width: 80,
      align: 'right',
      sorter: byNumber((x) => x.score),
      render: (v: number | null) => <strong className="num">{t.num(v, { digits: 1 })}</strong>,
    },
    ...fw.domains.map((d) => ({
      title: t.name(d.name),
      key: d.id,
      width: 90,
      align: 'right' as const,
      responsive: ['lg' as const],
      sorter: byNumber((x) => x.domains[d.id]),
      render: (_: unknown, x: RankingRow) => (
        <span className="num">{t.num(x.domains[d.id], { digits: 1 })}</span>
      ),
    })),
    {
      title: t('rank.interval'),
      key: 'interval',
      width: 200,
      render: (_, x) => (
        <RankInterval interval={x.interval} of={of} runs={unc.data?.runs ?? RUNS} />
      ),
    },
  ];
  const download = async (): Promise<void> => {
    const { downloadCsv } = await import('../../charts/download.ts');
    downloadCsv(
      `${t('rank.title')}-${r.period}`,
      rankingTable(
        shown,
        {
          code: 'code',
          unit: t('rank.unit'),
          city: t('rank.city'),
          rank: t('rank.rank'),
          change: t('rank.change'),
          tier: t('rank.tier'),
          score: t('rank.score'),
          p5: `${t('rank.interval')} p5`,
          median: `${t('rank.interval')} median`,
          p95: `${t('rank.interval')} p95`,
        },
        fw.domains.map((d) => ({ id: d.id, label: t.name(d.name) })),
      ),
    );
  };
  return (
    <div data-testid="rankings">
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }} wrap>
        <Typography.Title level={1} style={{ margin: 0, fontSize: 22 }}>
          {t('rank.title')} · {r.period}
        </Typography.Title>
        <PeriodSelect periods={signedIn ? r.periods : []} value={r.period} onChange={setPeriod} />
      </Space>
      <Card size="small">
        <Space wrap style={{ marginBottom: 12 }}>
          <Input
            allowClear
            prefix={<SearchOutlined />}
            placeholder={t('rank.search')}
            aria-label={t('rank.search')}
            value={q ?? ''}
            onChange={(e) => setQ(e.target.value)}
            style={{ width: 220 }}
            data-testid="rank-search"
          />
          <Select
            allowClear
            placeholder={t('rank.filter.city')}
            aria-label={t('rank.filter.city')}
            value={city}
            onChange={(v?: string) => setCity(v)}
            options={units.cities.map((c) => ({ value: c.code, label: t.name(c.name) }))}
            style={{ width: 150 }}
            data-testid="rank-city"
          />
          <Select
            allowClear
            placeholder={t('rank.filter.group')}
            aria-label={t('rank.filter.group')}
            value={group}
            onChange={(v?: string) => setGroup(v)}
            options={(groups.data ?? []).map((g) => ({ value: g.id, label: t.name(g.name) }))}
            style={{ width: 170 }}
            data-testid="rank-group"
          />
          <Typography.Text type="secondary" data-testid="rank-count">
            {t('rank.count', { n: r.units.length, shown: shown.length })}
          </Typography.Text>
          <Button icon={<DownloadOutlined />} onClick={() => void download()}>
            {t('rank.csv')}
          </Button>
        </Space>
        {signedIn && unc.isFetching && !unc.data && (
          <Typography.Paragraph type="secondary">{t('rank.interval.loading')}</Typography.Paragraph>
        )}
        {!signedIn && (
          <Typography.Paragraph type="secondary">{t('rank.interval.signIn')}</Typography.Paragraph>
        )}
        <Table<RankingRow>
          rowKey="unit"
          size="small"
          columns={columns}
          dataSource={shown}
          pagination={false}
          scroll={{ x: 'max-content' }}
          sticky
          locale={{ emptyText: t('table.empty') }}
          onRow={(x) => ({
            onClick: (e) => {
              if (signedIn && !(e.target as HTMLElement).closest('a'))
                navigate(`/units/${x.unit}${qs}`);
            },
            style: signedIn ? { cursor: 'pointer' } : undefined,
          })}
          data-testid="rank-table"
        />
      </Card>
    </div>
  );
}
