// Every problem of a refused file, by row and column, sortable and filterable by column.

import { Table, Tag } from 'antd';
import { useMemo, type ReactNode } from 'react';
import { MISSING } from '@gapscope/core/text/format.ts';
import { useT } from '../../i18n/index.ts';
import { parseProblems, problemColumns, type Problem } from './problems.ts';

export function ProblemTable({ details }: { details: readonly string[] }): ReactNode {
  const t = useT();
  const problems = useMemo(() => parseProblems(details), [details]);
  const columns = useMemo(() => problemColumns(problems), [problems]);
  return (
    <Table<Problem>
      size="small"
      rowKey="key"
      dataSource={problems}
      data-testid="import-problems"
      pagination={
        problems.length > 50 ? { pageSize: 50, showSizeChanger: true, size: 'small' } : false
      }
      columns={[
        {
          key: 'row',
          title: t('data.problems.row'),
          dataIndex: 'row',
          width: 80,
          align: 'right',
          sorter: (a, b) => (a.row ?? 0) - (b.row ?? 0),
          render: (v: number | null) => (v === null ? MISSING : <span className="num">{v}</span>),
        },
        {
          key: 'column',
          title: t('data.problems.column'),
          dataIndex: 'column',
          width: 140,
          filters: columns.map((c) => ({ text: c, value: c })),
          onFilter: (v, r) => r.column === v,
          render: (v: string | null) => (v ? <Tag>{v}</Tag> : MISSING),
        },
        { key: 'message', title: t('data.problems.message'), dataIndex: 'message' },
      ]}
    />
  );
}
