// The work items that concern the unit (listed with it, its city, or — for a city — its counties),
// with their derived status; each opens its page on the task board. Hidden from the public.

import { Card } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ApiError, useApiQuery } from '../../api/client.ts';
import { ErrorView } from '../../components/ErrorView.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useT } from '../../i18n/index.ts';
import { ItemsTable } from '../tasks/ItemsTable.tsx';
import type { Department, WorkItemView } from '../tasks/types.ts';
import { departmentNamer } from '../tasks/words.ts';

export function UnitItems({ code }: { code: string }): ReactNode {
  const t = useT();
  const items = useApiQuery<WorkItemView[]>(`/api/units/${encodeURIComponent(code)}/items`);
  const departments = useApiQuery<Department[]>('/api/departments', {
    staleTime: Infinity,
    enabled: !!items.data,
  });
  if (items.error instanceof ApiError && items.error.status === 401) return null;
  return (
    <Card
      size="small"
      title={t('tasks.unit.title', { n: items.data?.length ?? 0 })}
      extra={<Link to={`/tasks?unit=${code}`}>{t('tasks.unit.board')}</Link>}
      data-testid="unit-items"
    >
      {items.isPending ? (
        <Loading rows={3} />
      ) : items.error ? (
        <ErrorView error={items.error} retry={() => void items.refetch()} />
      ) : (
        <ItemsTable
          items={items.data}
          department={departmentNamer(departments.data, t.lang)}
          compact
        />
      )}
    </Card>
  );
}
