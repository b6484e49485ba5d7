// The task board: the work items of the four lists with their derived status, filtered by list,
// lead department, status, due month, supervision and unit, counted by status and grouped by it
// (most urgent first); investment against plan by list; the monthly brief; new items (office and
// analysts). The status is derived as of a chosen day (default today).

import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Collapse, Input, Row, Select, Space, Typography } from 'antd';
import { useMemo, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { useApiQuery } from '../../api/client.ts';
import { useSession } from '../../api/session.ts';
import { ErrorView } from '../../components/ErrorView.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useSearchState } from '../../hooks/use-search-state.ts';
import { useUnits } from '../../hooks/use-units.ts';
import { useT } from '../../i18n/index.ts';
import {
  BOARD_STATUSES,
  dueMonths,
  filterItems,
  groupByStatus,
  itemsPath,
  LISTS,
  statusCounts,
} from './board.ts';
import { BriefDownload } from './BriefDownload.tsx';
import { InvestmentCard } from './InvestmentCard.tsx';
import { ItemEditor } from './ItemEditor.tsx';
import { ItemsTable } from './ItemsTable.tsx';
import { canEditItems } from './permissions.ts';
import { StatusCounts } from './StatusCounts.tsx';
import type { Department, WorkItemView, WorkUser } from './types.ts';
import { departmentNamer, listName, STATUS_COLOUR, statusName } from './words.ts';
import styles from './tasks.module.css';

export default function TasksPage(): ReactNode {
  const t = useT();
  const navigate = useNavigate();
  const { user } = useSession();
  const [list, setList] = useSearchState('list');
  const [lead, setLead] = useSearchState('lead');
  const [status, setStatus] = useSearchState('status');
  const [dueMonth, setDueMonth] = useSearchState('due');
  const [supervised, setSupervised] = useSearchState('supervised');
  const [unit, setUnit] = useSearchState('unit');
  const [asOf, setAsOf] = useSearchState('asOf');
  const [creating, setCreating] = useState(false);
  const items = useApiQuery<WorkItemView[]>(itemsPath({ unit, asOf }));
  const departments = useApiQuery<Department[]>('/api/departments', { staleTime: Infinity });
  const units = useUnits();
  const department = departmentNamer(departments.data, t.lang);
  const filtered = useMemo(
    () => filterItems(items.data ?? [], { list, lead, dueMonth, supervised }),
    [items.data, list, lead, dueMonth, supervised],
  );
  const counts = useMemo(() => statusCounts(filtered), [filtered]);
  const groups = useMemo(() => groupByStatus(filtered, status), [filtered, status]);
  if (items.error) return <ErrorView error={items.error} retry={() => void items.refetch()} />;
  if (items.isPending) return <Loading rows={10} />;
  const all = items.data;
  const derivedAt = all[0]?.status.asOf ?? asOf ?? '';
  const leads = (departments.data ?? []).filter((d) => all.some((v) => v.leadDepartment === d.id));
  const exportQuery = new URLSearchParams(
    Object.entries({ list, lead, dueMonth, supervised, unit, asOf, status }).filter(
      (e): e is [string, string] => !!e[1],
    ),
  );
  return (
    <div data-testid="tasks-page">
      <div className={styles.head}>
        <Space align="baseline" wrap>
          <Typography.Title level={1} className={styles.title}>
            {t('tasks.title')}
          </Typography.Title>
          <span className={styles.meta} data-testid="tasks-asof">
            {t('tasks.asOf', { date: derivedAt })}
          </span>
        </Space>
        <Space wrap>
          <BriefDownload key={asOf ?? ''} month={asOf?.slice(0, 7)} />
          {canEditItems(user as WorkUser | null | undefined) && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setCreating(true)}
              data-testid="new-item"
            >
              {t('tasks.new')}
            </Button>
          )}
        </Space>
      </div>
      <Card size="small" style={{ marginBottom: 12 }}>
        <Space wrap size={[8, 8]}>
          <Select
            allowClear
            placeholder={t('tasks.filter.list')}
            aria-label={t('tasks.filter.list')}
            value={list}
            onChange={(v?: string) => setList(v)}
            options={LISTS.map((l) => ({ value: l, label: listName(t.lang, l) }))}
            style={{ width: 130 }}
            data-testid="filter-list"
          />
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('tasks.filter.lead')}
            aria-label={t('tasks.filter.lead')}
            value={lead}
            onChange={(v?: string) => setLead(v)}
            options={leads.map((d) => ({ value: d.id, label: t.name(d.name) }))}
            style={{ width: 200 }}
            popupMatchSelectWidth={false}
            data-testid="filter-lead"
          />
          <Select
            allowClear
            placeholder={t('tasks.filter.status')}
            aria-label={t('tasks.filter.status')}
            value={status}
            onChange={(v?: string) => setStatus(v)}
            options={BOARD_STATUSES.map((s) => ({ value: s, label: statusName(t.lang, s) }))}
            style={{ width: 120 }}
            data-testid="filter-status"
          />
          <Select
            allowClear
            placeholder={t('tasks.filter.due')}
            aria-label={t('tasks.filter.due')}
            value={dueMonth}
            onChange={(v?: string) => setDueMonth(v)}
            options={dueMonths(all).map((m) => ({ value: m, label: m }))}
            style={{ width: 130 }}
            data-testid="filter-due"
          />
          <Select
            allowClear
            placeholder={t('tasks.filter.supervised')}
            aria-label={t('tasks.filter.supervised')}
            value={supervised}
            onChange={(v?: string) => setSupervised(v)}
            options={[
              { value: 'true', label: t('tasks.filter.supervised.yes') },
              { value: 'false', label: t('tasks.filter.supervised.no') },
            ]}
            style={{ width: 120 }}
            data-testid="filter-supervised"
          />
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('tasks.filter.unit')}
            aria-label={t('tasks.filter.unit')}
            value={unit}
            onChange={(v?: string) => setUnit(v)}
            options={units.units
              .filter((u) => u.level !== 'province')
              .map((u) => ({ value: u.code, label: units.name(u.code) }))}
            style={{ width: 140 }}
            data-testid="filter-unit"
          />
          <Input
            type="date"
            value={asOf ?? ''}
            onChange={(e) => setAsOf(e.target.value || undefined)}
            aria-label={t('tasks.filter.asOf')}
            title={t('tasks.filter.asOf')}
            style={{ width: 140 }}
            data-testid="filter-asof"
          />
          <Button
            icon={<DownloadOutlined />}
            href={`/api/items/export?${exportQuery}`}
            download
            data-testid="items-export"
          >
            {t('tasks.export')}
          </Button>
        </Space>
      </Card>
      <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
        <Col xs={24} lg={13}>
          <StatusCounts counts={counts} selected={status} onSelect={(s) => setStatus(s)} />
          <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0', fontSize: 12 }}>
            {t('tasks.rulesNote')}
          </Typography.Paragraph>
        </Col>
        <Col xs={24} lg={11}>
          <InvestmentCard items={filtered} />
        </Col>
      </Row>
      <Collapse
        key={[list, lead, status, dueMonth, supervised].join('|')}
        defaultActiveKey={groups.filter((g) => g.items.length).map((g) => g.status)}
        data-testid="status-groups"
        items={groups.map((g) => ({
          key: g.status,
          collapsible: g.items.length ? undefined : ('disabled' as const),
          label: (
            <span data-testid={`group-${g.status}`}>
              <span
                style={{
                  display: 'inline-block',
                  width: 10,
                  height: 10,
                  borderRadius: 2,
                  background: STATUS_COLOUR[g.status],
                  marginInlineEnd: 8,
                }}
              />
              {statusName(t.lang, g.status)}
              <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
                {g.items.length}
              </Typography.Text>
            </span>
          ),
          children: (
            <ItemsTable
              items={g.items}
              department={department}
              asOf={asOf}
              testId={`table-${g.status}`}
            />
          ),
        }))}
      />
      {creating && (
        <ItemEditor
          open
          departments={departments.data ?? []}
          onClose={() => setCreating(false)}
          onSaved={(saved) => navigate(`/tasks/${encodeURIComponent(saved.id)}`)}
        />
      )}
    </div>
  );
}
