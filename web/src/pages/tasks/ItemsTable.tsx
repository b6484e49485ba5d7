// Work items in a table: title (opening the item), list, lead department, due date, progress
// reported against expected, the derived status with its reasons, supervision, the last report.

import { Progress, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { MISSING } from '@gapscope/core/text/format.ts';
import { useT } from '../../i18n/index.ts';
import { StatusTag, SupervisedTag } from './StatusTag.tsx';
import type { WorkItemView } from './types.ts';
import { listName, STATUS_COLOUR } from './words.ts';

/** Reported share as a bar, the expected share as its tick; MISSING when nothing is known. */
export function ShareBar({ item }: { item: WorkItemView }): ReactNode {
  const t = useT();
  const { reportedShare: got, expectedShare: due } = item.status;
  return (
    <Tooltip
      title={t('tasks.share.tip', {
        got: got === null ? MISSING : t.num(got, { digits: 1 }),
        due: t.num(due, { digits: 1 }),
      })}
    >
      <div style={{ minWidth: 110 }}>
        {got === null ? (
          <Typography.Text type="secondary">
            {MISSING} / {t.num(due, { digits: 0 })}%
          </Typography.Text>
        ) : (
          <Progress
            percent={Math.max(0, Math.min(100, got))}
            strokeColor={STATUS_COLOUR[item.status.status]}
            size="small"
            format={() => `${t.num(got, { digits: 0 })} / ${t.num(due, { digits: 0 })}%`}
          />
        )}
      </div>
    </Tooltip>
  );
}

export function ItemsTable({
  items,
  department,
  compact = false,
  asOf,
  testId,
}: {
  items: WorkItemView[];
  department: (id: string) => string;
  /** The date the statuses were derived at, passed on to the item's page. */
  asOf?: string;
  /** Fewer columns (the unit profile). */
  compact?: boolean;
  testId?: string;
}): ReactNode {
  const t = useT();
  const columns: TableColumnsType<WorkItemView> = [
    {
      title: t('tasks.col.title'),
      key: 'title',
      render: (_, v) => (
        <span>
          <Link
            to={`/tasks/${encodeURIComponent(v.id)}${asOf ? `?asOf=${asOf}` : ''}`}
            data-testid="item-link"
          >
            {t.name(v.title)}
          </Link>
          <div style={{ color: '#8f959e', fontSize: 12 }}>{v.id}</div>
        </span>
      ),
    },
    {
      title: t('tasks.col.list'),
      key: 'list',
      width: 96,
      render: (_, v) => <Tag style={{ marginInlineEnd: 0 }}>{listName(t.lang, v.list)}</Tag>,
    },
    {
      title: t('tasks.col.lead'),
      key: 'lead',
      // English names of departments are long.
      width: t.lang === 'en' ? 210 : 150,
      responsive: ['md'],
      render: (_, v) => department(v.leadDepartment),
    },
    {
      title: t('tasks.col.due'),
      dataIndex: 'due',
      width: 104,
      render: (d: string) => <span className="num">{d}</span>,
    },
    ...(compact
      ? []
      : [
          {
            title: t('tasks.col.progress'),
            key: 'progress',
            width: 150,
            responsive: ['lg' as const],
            render: (_: unknown, v: WorkItemView) => <ShareBar item={v} />,
          },
        ]),
    {
      title: t('tasks.col.status'),
      key: 'status',
      width: 150,
      render: (_, v) => (
        <span style={{ display: 'inline-flex', gap: 4, flexWrap: 'wrap' }}>
          <StatusTag status={v.status} />
          <SupervisedTag supervised={v.supervised} escalated={v.status.escalated} />
        </span>
      ),
    },
    ...(compact
      ? []
      : [
          {
            title: t('tasks.col.lastReport'),
            key: 'last',
            width: 110,
            responsive: ['xl' as const],
            render: (_: unknown, v: WorkItemView) =>
              v.lastReport ? (
                <span className="num">
                  {v.lastReport.month}
                  {v.lastReport.late && (
                    <Tag color="orange" style={{ marginInlineStart: 4 }}>
                      {t('tasks.late')}
                    </Tag>
                  )}
                </span>
              ) : (
                <Typography.Text type="secondary">{t('tasks.noReport')}</Typography.Text>
              ),
          },
        ]),
  ];
  return (
    <Table<WorkItemView>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={items}
      pagination={items.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('table.empty') }}
      data-testid={testId}
    />
  );
}
