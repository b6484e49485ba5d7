// One work item: what it is, its derived status with the rules that fired, its milestones, its
// monthly progress (reported against expected) and every report; the form to report a month's
// progress for those who may, editing and supervision (督办) for the office and analysts.
// Everyone else reads.

import { ArrowLeftOutlined, EditOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Col, Row, Space, Switch, Tag, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { api, useApiQuery } from '../../api/client.ts';
import { useSession } from '../../api/session.ts';
import { ErrorView } from '../../components/ErrorView.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useSearchState } from '../../hooks/use-search-state.ts';
import { useT } from '../../i18n/index.ts';
import { ItemEditor } from './ItemEditor.tsx';
import { ItemFacts } from './ItemFacts.tsx';
import { MilestonesCard } from './MilestonesCard.tsx';
import { canEditItems, canReport } from './permissions.ts';
import { ProgressChart, ReportsTable } from './ProgressCard.tsx';
import { ReportForm } from './ReportForm.tsx';
import { StatusCard } from './StatusCard.tsx';
import type { Department, WorkItemDetail, WorkUser } from './types.ts';
import { departmentNamer, listName } from './words.ts';
import { WriteError } from './WriteError.tsx';
import styles from './tasks.module.css';

/** The supervision switch (office and analysts): a change to the item, with its version. */
function SupervisedSwitch({ item }: { item: WorkItemDetail }): ReactNode {
  const t = useT();
  const qc = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const change = async (supervised: boolean): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      await api(`/api/items/${encodeURIComponent(item.id)}`, {
        method: 'PATCH',
        body: { supervised, version: item.version },
      });
      await qc.invalidateQueries({ queryKey: ['api'] });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }}>
      <Switch
        checked={item.supervised}
        loading={busy}
        onChange={(v) => void change(v)}
        aria-label={t('tasks.field.supervised')}
        data-testid="supervised-switch"
      />
      {t('tasks.field.supervised')}
      {!!error && <WriteError error={error} />}
    </span>
  );
}

export default function ItemPage(): ReactNode {
  const t = useT();
  const { id = '' } = useParams();
  const [asOf] = useSearchState('asOf');
  const { user } = useSession();
  const [editing, setEditing] = useState(false);
  const item = useApiQuery<WorkItemDetail>(
    `/api/items/${encodeURIComponent(id)}${asOf ? `?asOf=${asOf}` : ''}`,
  );
  const departments = useApiQuery<Department[]>('/api/departments', { staleTime: Infinity });
  const department = departmentNamer(departments.data, t.lang);
  if (item.error) return <ErrorView error={item.error} retry={() => void item.refetch()} />;
  if (item.isPending) return <Loading rows={12} />;
  const v = item.data;
  const me = user as WorkUser | null | undefined;
  const editor = canEditItems(me);
  const reporter = canReport(me, v);
  const other = t.lang === 'en' ? v.title.zh : v.title.en;
  return (
    <div data-testid="item-page" style={{ display: 'flex', flexDirection: 'column', gap: 12 }}>
      <div className={styles.head} style={{ marginBottom: 0 }}>
        <div>
          <Link to="/tasks" style={{ fontSize: 13 }}>
            <ArrowLeftOutlined /> {t('tasks.title')}
          </Link>
          <Typography.Title level={1} className={styles.title} data-testid="item-title">
            {t.name(v.title)}
          </Typography.Title>
          <Space size={4} wrap style={{ marginTop: 4 }}>
            <Tag>{v.id}</Tag>
            <Tag color="blue">{listName(t.lang, v.list)}</Tag>
            {other && <Typography.Text type="secondary">{other}</Typography.Text>}
          </Space>
        </div>
        <Space wrap>
          {editor && <SupervisedSwitch item={v} />}
          {editor && (
            <Button
              icon={<EditOutlined />}
              onClick={() => setEditing(true)}
              data-testid="item-edit"
            >
              {t('tasks.edit')}
            </Button>
          )}
        </Space>
      </div>
      <Row gutter={[12, 12]}>
        <Col xs={24} lg={13}>
          <ItemFacts item={v} department={department} />
        </Col>
        <Col xs={24} lg={11}>
          <Space direction="vertical" size={12} style={{ width: '100%' }}>
            <StatusCard item={v} />
            <MilestonesCard item={v} mayChange={reporter} />
          </Space>
        </Col>
      </Row>
      <ProgressChart item={v} />
      {reporter ? (
        <ReportForm item={v} />
      ) : (
        <Alert
          type="info"
          showIcon
          title={t(me ? 'tasks.report.readOnly' : 'tasks.report.signIn', {
            lead: department(v.leadDepartment),
          })}
          data-testid="report-readonly"
        />
      )}
      <ReportsTable item={v} />
      {editing && (
        <ItemEditor
          open
          item={v}
          departments={departments.data ?? []}
          onClose={() => setEditing(false)}
        />
      )}
    </div>
  );
}
