// An item's monthly progress: the share reported against the share expected on its path (chart,
// with its downloads), and every report with all its revisions (table).

import { Card, Table, Tag, Tooltip, type TableColumnsType } from 'antd';
import { useMemo, type ReactNode } from 'react';
import { chinaDate } from '@gapscope/core/tasks/dates.ts';
import { MISSING } from '@gapscope/core/text/format.ts';
import { ChartCard } from '../../components/ChartCard.tsx';
import { useT } from '../../i18n/index.ts';
import {
  buildProgressOption,
  progressSeries,
  progressTable,
  reportedShare,
  type ProgressChartInput,
} from './progress-option.ts';
import type { ReportView, WorkItemDetail } from './types.ts';

const clamp = { maxWidth: 260, whiteSpace: 'pre-wrap' as const };

export function ProgressChart({ item }: { item: WorkItemDetail }): ReactNode {
  const t = useT();
  const chart = useMemo(() => {
    const input: ProgressChartInput = {
      points: progressSeries(item, item.reports, item.status.asOf),
      labels: {
        expected: t('tasks.progress.expected'),
        reported: t('tasks.progress.reported'),
        floor: t('tasks.progress.floor'),
      },
    };
    return {
      option: buildProgressOption(input, { lang: t.lang }),
      table: progressTable(input, t('tasks.progress.month')),
    };
  }, [item, t]);
  const name = `${item.id} ${t('tasks.progress.chart')}`;
  return (
    <ChartCard
      title={t('tasks.progress.chart')}
      name={name}
      option={chart.option}
      table={chart.table}
      height={260}
      testId="progress-chart"
    />
  );
}

export function ReportsTable({ item }: { item: WorkItemDetail }): ReactNode {
  const t = useT();
  const unit = item.target?.unit ?? '';
  const columns: TableColumnsType<ReportView> = [
    {
      title: t('tasks.progress.month'),
      key: 'month',
      width: 96,
      fixed: 'left',
      render: (_, r) => (
        <span className="num">
          {r.month}
          {r.revision > 1 && (
            <Tooltip title={t('tasks.report.revision', { n: r.revision })}>
              <sup style={{ color: '#8f959e' }}> r{r.revision}</sup>
            </Tooltip>
          )}
        </span>
      ),
    },
    ...(item.target
      ? [
          {
            title: t('tasks.report.value'),
            key: 'value',
            width: 100,
            align: 'right' as const,
            render: (_: unknown, r: ReportView) => (
              <span className="num">
                {r.value === null ? MISSING : `${t.value(r.value)} ${unit}`}
              </span>
            ),
          },
        ]
      : []),
    {
      title: t('tasks.report.share'),
      key: 'share',
      width: 80,
      align: 'right',
      render: (_, r) => {
        const s = reportedShare(r, item.target);
        return <span className="num">{s === null ? MISSING : `${t.num(s, { digits: 1 })}%`}</span>;
      },
    },
    ...(item.investment
      ? [
          {
            title: t('tasks.report.investment'),
            key: 'investment',
            width: 110,
            align: 'right' as const,
            render: (_: unknown, r: ReportView) => (
              <span className="num">
                {r.investment === null ? MISSING : t.num(r.investment, { digits: 0 })}
              </span>
            ),
          },
        ]
      : []),
    {
      title: t('tasks.report.narrative'),
      dataIndex: 'narrative',
      render: (s: string) => <div style={clamp}>{s || MISSING}</div>,
    },
    {
      title: t('tasks.report.problems'),
      dataIndex: 'problems',
      render: (s: string) => <div style={clamp}>{s || MISSING}</div>,
    },
    {
      title: t('tasks.report.help'),
      dataIndex: 'helpNeeded',
      render: (s: string) => <div style={clamp}>{s || MISSING}</div>,
    },
    {
      title: t('tasks.report.by'),
      key: 'by',
      width: 150,
      render: (_, r) => (
        <span>
          <span className="num">{chinaDate(r.reportedAt)}</span> {r.reportedBy}
          {r.late && (
            <Tag color="orange" style={{ marginInlineStart: 4 }}>
              {t('tasks.late')}
            </Tag>
          )}
        </span>
      ),
    },
  ];
  return (
    <Card
      size="small"
      title={t('tasks.report.heading', { n: item.reports.length })}
      data-testid="reports"
    >
      <Table<ReportView>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={[...item.reports].reverse()}
        pagination={item.reports.length > 12 ? { pageSize: 12, showSizeChanger: false } : false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('tasks.report.none') }}
        data-testid="reports-table"
      />
    </Card>
  );
}
