// An item's milestones with their due and done dates; those who may change the item mark one done
// or add one (POST /api/items/{id}/milestones — a new version of the item).

import { nowIso } from '@gapscope/core/clock.ts';
import { CheckOutlined, PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Card, Form, Input, Space, Table, Tag, type TableColumnsType } from 'antd';
import { useState, type ReactNode } from 'react';
import { chinaDate } from '@gapscope/core/tasks/dates.ts';
import { MISSING } from '@gapscope/core/text/format.ts';
import { api } from '../../api/client.ts';
import { useT } from '../../i18n/index.ts';
import type { Milestone, WorkItemDetail } from './types.ts';
import { WriteError } from './WriteError.tsx';

export function MilestonesCard({
  item,
  mayChange,
}: {
  item: WorkItemDetail;
  mayChange: boolean;
}): ReactNode {
  const t = useT();
  const qc = useQueryClient();
  const [form] = Form.useForm<{ title: string; due: string }>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const path = `/api/items/${encodeURIComponent(item.id)}/milestones`;
  const write = async (call: () => Promise<unknown>): Promise<boolean> => {
    setBusy(true);
    setError(null);
    try {
      await call();
      await qc.invalidateQueries({ queryKey: ['api'] });
      return true;
    } catch (e) {
      setError(e);
      return false;
    } finally {
      setBusy(false);
    }
  };
  const add = async (v: { title: string; due: string }): Promise<void> => {
    if (
      await write(() => api(path, { method: 'POST', body: { title: v.title.trim(), due: v.due } }))
    )
      form.resetFields();
  };
  const today = chinaDate(nowIso());
  const columns: TableColumnsType<Milestone> = [
    { title: t('tasks.ms.title'), dataIndex: 'title' },
    {
      title: t('tasks.ms.due'),
      dataIndex: 'due',
      width: 110,
      render: (d: string) => <span className="num">{d}</span>,
    },
    {
      title: t('tasks.ms.done'),
      key: 'done',
      width: 150,
      render: (_, m) =>
        m.done ? (
          <Tag color="green">{m.done}</Tag>
        ) : m.due < item.status.asOf ? (
          <Tag color="red">{t('tasks.ms.late')}</Tag>
        ) : mayChange && m.id !== undefined ? (
          <Button
            size="small"
            icon={<CheckOutlined />}
            disabled={busy}
            onClick={() =>
              void write(() => api(`${path}/${m.id}`, { method: 'PATCH', body: { done: today } }))
            }
          >
            {t('tasks.ms.markDone')}
          </Button>
        ) : (
          MISSING
        ),
    },
  ];
  return (
    <Card size="small" title={t('tasks.ms.heading')} data-testid="milestones">
      <Table<Milestone>
        rowKey={(m) => String(m.id ?? `${m.due}|${m.title}`)}
        size="small"
        columns={columns}
        dataSource={[...item.milestones].sort((a, b) => a.due.localeCompare(b.due))}
        pagination={false}
        locale={{ emptyText: t('tasks.ms.none') }}
      />
      {mayChange && (
        <Form
          form={form}
          layout="inline"
          size="small"
          onFinish={(v) => void add(v)}
          style={{ marginTop: 8, rowGap: 8 }}
          data-testid="milestone-form"
        >
          <Form.Item
            name="title"
            rules={[{ required: true, whitespace: true, message: t('tasks.field.required') }]}
          >
            <Input placeholder={t('tasks.ms.title')} style={{ width: 220 }} maxLength={500} />
          </Form.Item>
          <Form.Item name="due" rules={[{ required: true, message: t('tasks.field.required') }]}>
            <Input type="date" min={item.start} max={item.due} aria-label={t('tasks.ms.due')} />
          </Form.Item>
          <Space>
            <Button htmlType="submit" icon={<PlusOutlined />} loading={busy}>
              {t('tasks.ms.add')}
            </Button>
          </Space>
        </Form>
      )}
      <WriteError error={error} />
    </Card>
  );
}
