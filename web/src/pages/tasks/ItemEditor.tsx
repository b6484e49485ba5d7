// A work item's form in a dialog, for the office and analysts: a new item (POST /api/items) or a
// change to one (PATCH, with the version read, so a change made meanwhile is refused, not lost).

import { useQueryClient } from '@tanstack/react-query';
import {
  App,
  AutoComplete,
  Col,
  Divider,
  Form,
  Input,
  InputNumber,
  Modal,
  Row,
  Select,
  Switch,
} from 'antd';
import { useMemo, useState, type ReactNode } from 'react';
import { api } from '../../api/client.ts';
import { useFramework } from '../../hooks/use-framework.ts';
import { useUnits } from '../../hooks/use-units.ts';
import { useT } from '../../i18n/index.ts';
import { LISTS } from './board.ts';
import { itemChangeBody, itemFormValues, newItemBody, type ItemFormValues } from './forms.ts';
import type { Department, WorkItem, WorkItemDetail } from './types.ts';
import { listName } from './words.ts';
import { WriteError } from './WriteError.tsx';

export function ItemEditor({
  open,
  item,
  departments,
  onClose,
  onSaved,
}: {
  open: boolean;
  /** The item to change; none: a new one. */
  item?: WorkItem;
  departments: readonly Department[];
  onClose: () => void;
  onSaved?: (saved: WorkItemDetail) => void;
}): ReactNode {
  const t = useT();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<ItemFormValues>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const units = useUnits();
  const fw = useFramework();
  const departmentOptions = useMemo(
    () => departments.map((d) => ({ value: d.id, label: t.name(d.name) })),
    [departments, t],
  );
  const unitOptions = useMemo(
    () =>
      units.units
        .filter((u) => u.level !== 'province')
        .map((u) => ({ value: u.code, label: `${units.name(u.code)} ${u.code}` })),
    [units],
  );
  const indicatorOptions = useMemo(
    () =>
      [...fw.indicators.entries()].map(([id, { node }]) => ({
        value: id,
        label: `${id} ${t.name(node.name)}`,
      })),
    [fw.indicators, t],
  );
  const save = async (v: ItemFormValues): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      const saved = item
        ? await api<WorkItemDetail>(`/api/items/${encodeURIComponent(item.id)}`, {
            method: 'PATCH',
            body: itemChangeBody(v, item),
          })
        : await api<WorkItemDetail>('/api/items', { method: 'POST', body: newItemBody(v) });
      await qc.invalidateQueries({ queryKey: ['api'] });
      void message.success(t(item ? 'tasks.edit.saved' : 'tasks.new.saved', { id: saved.id }));
      onSaved?.(saved);
      onClose();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const half = { xs: 24, md: 12 };
  return (
    <Modal
      open={open}
      title={item ? t('tasks.edit.title', { id: item.id }) : t('tasks.new.title')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('tasks.save')}
      cancelText={t('tasks.cancel')}
      confirmLoading={busy}
      width={760}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'item-save' } as Record<string, string>}
    >
      <Form<ItemFormValues>
        form={form}
        layout="vertical"
        size="small"
        initialValues={
          item
            ? itemFormValues(item)
            : { list: 'key-project', direction: 'increase', supervised: false }
        }
        onFinish={(v) => void save(v)}
        data-testid="item-form"
      >
        <Row gutter={12}>
          <Col {...half}>
            <Form.Item name="list" label={t('tasks.field.list')} rules={[{ required: true }]}>
              <Select options={LISTS.map((l) => ({ value: l, label: listName(t.lang, l) }))} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item
              name="leadDepartment"
              label={t('tasks.field.lead')}
              rules={[{ required: true, message: t('tasks.field.required') }]}
            >
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                options={departmentOptions}
                data-testid="field-lead"
              />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item
              name="titleZh"
              label={t('tasks.field.titleZh')}
              rules={[{ required: true, message: t('tasks.field.required') }]}
            >
              <Input maxLength={300} data-testid="field-title" />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="titleEn" label={t('tasks.field.titleEn')}>
              <Input maxLength={300} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="coDepartments" label={t('tasks.field.co')}>
              <Select
                mode="multiple"
                showSearch={{ optionFilterProp: 'label' }}
                options={departmentOptions}
                maxTagCount="responsive"
              />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item
              name="units"
              label={t('tasks.field.units')}
              tooltip={t('tasks.field.units.tip')}
            >
              <Select
                mode="multiple"
                showSearch={{ optionFilterProp: 'label' }}
                options={unitOptions}
                maxTagCount="responsive"
              />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item
              name="start"
              label={t('tasks.field.start')}
              rules={[{ required: true, message: t('tasks.field.required') }]}
            >
              <Input type="date" data-testid="field-start" />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item
              name="due"
              label={t('tasks.field.due')}
              rules={[{ required: true, message: t('tasks.field.required') }]}
            >
              <Input type="date" data-testid="field-due" />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="planned" label={t('tasks.field.planned')}>
              <InputNumber min={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item
              name="supervised"
              label={t('tasks.field.supervised')}
              valuePropName="checked"
            >
              <Switch data-testid="field-supervised" />
            </Form.Item>
          </Col>
        </Row>
        <Divider titlePlacement="start" plain style={{ margin: '4px 0 8px' }}>
          {t('tasks.field.target')}
        </Divider>
        <Row gutter={12}>
          <Col xs={12} md={6}>
            <Form.Item name="targetValue" label={t('tasks.field.target.value')}>
              <InputNumber style={{ width: '100%' }} data-testid="field-target" />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="targetUnit" label={t('tasks.field.target.unit')}>
              <Input maxLength={50} data-testid="field-target-unit" />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="baseline" label={t('tasks.field.baseline')}>
              <InputNumber style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="direction" label={t('tasks.field.direction')}>
              <Select
                options={[
                  { value: 'increase', label: t('tasks.direction.increase') },
                  { value: 'decrease', label: t('tasks.direction.decrease') },
                ]}
              />
            </Form.Item>
          </Col>
          <Col xs={12} md={12}>
            <Form.Item
              name="indicator"
              label={t('tasks.field.indicator')}
              tooltip={t('tasks.field.indicator.tip')}
            >
              <AutoComplete
                options={indicatorOptions}
                allowClear
                showSearch={{
                  filterOption: (input, o) =>
                    String(o?.label ?? '')
                      .toLowerCase()
                      .includes(input.toLowerCase()),
                }}
              />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="year" label={t('tasks.field.year')}>
              <InputNumber min={1990} max={2100} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="description" label={t('tasks.field.description')}>
          <Input.TextArea rows={2} maxLength={5000} />
        </Form.Item>
        <Form.Item name="source" label={t('tasks.field.source')}>
          <Input maxLength={500} />
        </Form.Item>
      </Form>
      <WriteError error={error} />
    </Modal>
  );
}
