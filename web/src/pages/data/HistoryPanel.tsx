// The revision history of any figure: pick a unit and an indicator (and a period, or all), see
// every value it has had, newest first, with the file and user each came from. The choice is
// kept in the URL, so a link shows the same history.

import { DownloadOutlined } from '@ant-design/icons';
import type { Revision } from '@gapscope/api/index.ts';
import { Button, Card, Empty, Select, Space, Table, Tag } from 'antd';
import { useMemo, type ReactNode } from 'react';
import { useApiQuery } from '../../api/client.ts';
import { ErrorView } from '../../components/ErrorView.tsx';
import { useSearchState } from '../../hooks/use-search-state.ts';
import { useUnits } from '../../hooks/use-units.ts';
import { useT, type WebKey } from '../../i18n/index.ts';
import { seriesOf, useFramework } from '../method/use-framework.ts';


const STATUS: Record<string, { color: string; key: WebKey }> = {
  final: { color: 'green', key: 'data.status.final' },
  provisional: { color: 'gold', key: 'data.status.provisional' },
  estimated: { color: 'purple', key: 'data.status.estimated' },
};

/** Periods newest first, and within one the newest revision first. */
export function orderRevisions(revs: readonly Revision[]): Revision[] {
  return [...revs].sort(
    (a, b) => (a.period < b.period ? 1 : a.period > b.period ? -1 : 0) || b.revision - a.revision,
  );
}

export function HistoryPanel(): ReactNode {
  const t = useT();
  const { units, name } = useUnits();
  const fw = useFramework();
  const [unit, setUnit] = useSearchState('unit');
  const [series, setSeries] = useSearchState('series');
  const [period, setPeriod] = useSearchState('period');
  const q = new URLSearchParams();
  if (unit) q.set('units', unit);
  if (series) q.set('series', series);
  const history = useApiQuery<Revision[]>(
    unit && series ? `/api/observations/history?${q.toString()}` : null,
  );
  const seriesList = useMemo(() => (fw.data ? seriesOf(fw.data.framework) : []), [fw.data]);
  const measure = seriesList.find((s) => s.id === series);
  const all = useMemo(() => orderRevisions(history.data ?? []), [history.data]);
  const periods = useMemo(() => [...new Set(all.map((r) => r.period))], [all]);
  const latest = useMemo(() => {
    const m = new Map<string, number>();
    for (const r of all) m.set(r.period, Math.max(m.get(r.period) ?? 0, r.revision));
    return m;
  }, [all]);
  const shown = period ? all.filter((r) => r.period === period) : all;

  return (
    <Card size="small" title={t('data.history.title')} data-testid="history-card">
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          showSearch
          allowClear
          placeholder={t('data.history.unit')}
          aria-label={t('data.history.unit')}
          value={unit}
          onChange={(v?: string) => {
            setUnit(v);
            setPeriod(undefined);
          }}
          optionFilterProp="label"
          style={{ width: 240 }}
          data-testid="history-unit"
          options={units.map((u) => ({ value: u.code, label: `${u.code} ${name(u.code)}` }))}
        />
        <Select
          showSearch
          allowClear
          placeholder={t('data.history.series')}
          aria-label={t('data.history.series')}
          value={series}
          onChange={(v?: string) => {
            setSeries(v);
            setPeriod(undefined);
          }}
          optionFilterProp="label"
          style={{ width: 320 }}
          data-testid="history-series"
          options={seriesList.map((s) => ({ value: s.id, label: `${s.id} ${t.name(s.name)}` }))}
        />
        <Select
          allowClear
          placeholder={t('data.history.allPeriods')}
          aria-label={t('data.history.period')}
          value={period}
          onChange={(v?: string) => setPeriod(v)}
          style={{ width: 150 }}
          disabled={!periods.length}
          data-testid="history-period"
          options={periods.map((p) => ({ value: p, label: p }))}
        />
        {unit && series && (
          <Button
            icon={<DownloadOutlined />}
            href={`/api/export/history?format=csv&${q.toString()}`}
            download
          >
            {t('data.history.csv')}
          </Button>
        )}
      </Space>
      {!unit || !series ? (
        <Empty description={t('data.history.pick')} />
      ) : history.error ? (
        <ErrorView error={history.error} retry={() => void history.refetch()} />
      ) : (
        <Table<Revision>
          size="small"
          loading={history.isPending}
          rowKey={(r) => `${r.period}|${r.revision}`}
          dataSource={shown}
          data-testid="history-table"
          pagination={shown.length > 50 ? { pageSize: 50, size: 'small' } : false}
          locale={{ emptyText: t('data.history.none') }}
          columns={[
            { key: 'period', title: t('data.history.period'), dataIndex: 'period', width: 110 },
            {
              key: 'revision',
              title: t('data.history.revision'),
              dataIndex: 'revision',
              width: 90,
              align: 'right',
              render: (v: number, r) => (
                <Space size={4}>
                  <span className="num">{v}</span>
                  {latest.get(r.period) === v && <Tag color="blue">{t('data.history.current')}</Tag>}
                </Space>
              ),
            },
            {
              key: 'value',
              title: measure?.unit
                ? `${t('data.history.value')} (${measure.unit})`
                : t('data.history.value'),
              dataIndex: 'value',
              align: 'right',
              width: 130,
              render: (v: number) => <span className="num">{t.num(v, { significant: 6 })}</span>,
            },
            {
              key: 'status',
              title: t('data.history.status'),
              dataIndex: 'status',
              width: 100,
              render: (v: string) => (
                <Tag color={STATUS[v]?.color}>{STATUS[v] ? t(STATUS[v].key) : v}</Tag>
              ),
            },
            { key: 'source', title: t('data.history.source'), dataIndex: 'source', ellipsis: true },
            { key: 'note', title: t('data.history.note'), dataIndex: 'note', ellipsis: true },
            {
              key: 'recordedAt',
              title: t('data.history.recorded'),
              dataIndex: 'recordedAt',
              width: 170,
              render: (v: string) => t.dateTime(v),
            },
            {
              key: 'file',
              title: t('data.history.file'),
              dataIndex: 'fileName',
              ellipsis: true,
              render: (v: string, r) => `#${r.importId} ${v}`,
            },
            { key: 'user', title: t('data.history.user'), dataIndex: 'user', width: 110 },
          ]}
        />
      )}
    </Card>
  );
}
