// The imports so far, newest first: file, user, time and what each changed.

import type { ImportEntry } from '@gapscope/api/index.ts';
import { Card, Table } from 'antd';
import type { ReactNode } from 'react';
import { useApiQuery } from '../../api/client.ts';
import { ErrorView } from '../../components/ErrorView.tsx';
import { useT } from '../../i18n/index.ts';

const num = (v: number): ReactNode => <span className="num">{v}</span>;

export function ImportsPanel(): ReactNode {
  const t = useT();
  const q = useApiQuery<ImportEntry[]>('/api/imports');
  return (
    <Card size="small" title={t('data.imports.title')} data-testid="imports-card">
      {q.error ? (
        <ErrorView error={q.error} retry={() => void q.refetch()} />
      ) : (
        <Table<ImportEntry>
          size="small"
          rowKey="id"
          loading={q.isPending}
          dataSource={q.data ?? []}
          data-testid="imports-table"
          pagination={{ pageSize: 20, size: 'small', hideOnSinglePage: true }}
          columns={[
            { key: 'id', title: '#', dataIndex: 'id', width: 60, render: num },
            { key: 'file', title: t('data.history.file'), dataIndex: 'fileName', ellipsis: true },
            { key: 'user', title: t('data.history.user'), dataIndex: 'user', width: 120 },
            {
              key: 'at',
              title: t('data.imports.at'),
              dataIndex: 'at',
              width: 180,
              render: (v: string) => t.dateTime(v),
            },
            { key: 'rows', title: t('data.report.rows'), dataIndex: 'rows', align: 'right', width: 90, render: num },
            { key: 'added', title: t('data.report.added'), dataIndex: 'added', align: 'right', width: 90, render: num },
            {
              key: 'revised',
              title: t('data.report.revised'),
              dataIndex: 'revised',
              align: 'right',
              width: 90,
              render: num,
            },
            {
              key: 'unchanged',
              title: t('data.report.unchanged'),
              dataIndex: 'unchanged',
              align: 'right',
              width: 90,
              render: num,
            },
          ]}
        />
      )}
    </Card>
  );
}
