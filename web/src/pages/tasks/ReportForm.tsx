// A month's progress report (POST /api/items/{id}/reports): the target's quantity reached so far
// or the share of the work done, completed investment for projects, what was done, the problems
// and the help needed. A second report on a month is a new revision. The server checks who may
// report; a refusal is said, and the item is read again as it now stands.

import { nowIso } from '@gapscope/core/clock.ts';
import { SendOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Col, Form, Input, InputNumber, Radio, Row, Select } from 'antd';
import { useState, type ReactNode } from 'react';
import { chinaDate } from '@gapscope/core/tasks/dates.ts';
import { MISSING } from '@gapscope/core/text/format.ts';
import { api, ApiError } from '../../api/client.ts';
import { useT } from '../../i18n/index.ts';
import { reportBody, reportMonths, type ReportFormValues } from './forms.ts';
import type { ReportView, WorkItemDetail } from './types.ts';
import { WriteError } from './WriteError.tsx';

export function ReportForm({ item }: { item: WorkItemDetail }): ReactNode {
  const t = useT();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<ReportFormValues>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const months = reportMonths(item, chinaDate(nowIso()));
  const measure = Form.useWatch('measure', form) ?? (item.target ? 'value' : 'share');
  const submit = async (v: ReportFormValues): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      const r = await api<ReportView>(`/api/items/${encodeURIComponent(item.id)}/reports`, {
        method: 'POST',
        body: reportBody(v),
      });
      await qc.invalidateQueries({ queryKey: ['api'] });
      void message.success(t('tasks.report.sent', { month: r.month, n: r.revision }));
      form.resetFields();
    } catch (e) {
      if (e instanceof ApiError && e.status === 403) {
        // The item changed hands meanwhile (or never was ours): say so, and show it as it is now.
        void message.warning(t('tasks.forbidden'), 8);
        await qc.invalidateQueries({ queryKey: ['api'] });
      } else setError(e);
    } finally {
      setBusy(false);
    }
  };
  if (!months.length)
    return (
      <Card size="small" title={t('tasks.report.form')}>
        {t('tasks.report.notYet', { start: item.start })}
      </Card>
    );
  return (
    <Card size="small" title={t('tasks.report.form')} data-testid="report-form-card">
      <Form<ReportFormValues>
        form={form}
        layout="vertical"
        size="small"
        initialValues={{ month: months[0], measure: item.target ? 'value' : 'share' }}
        onFinish={(v) => void submit(v)}
        data-testid="report-form"
      >
        <Row gutter={12}>
          <Col xs={12} md={6}>
            <Form.Item name="month" label={t('tasks.progress.month')} rules={[{ required: true }]}>
              <Select
                options={months.map((m) => ({ value: m, label: m }))}
                data-testid="report-month"
              />
            </Form.Item>
          </Col>
          {item.target && (
            <Col xs={12} md={6}>
              <Form.Item name="measure" label={t('tasks.report.measure')}>
                <Radio.Group
                  optionType="button"
                  options={[
                    { value: 'value', label: t('tasks.report.value') },
                    { value: 'share', label: t('tasks.report.share') },
                  ]}
                />
              </Form.Item>
            </Col>
          )}
          <Col xs={12} md={6}>
            <Form.Item
              name="amount"
              label={
                measure === 'value'
                  ? t('tasks.report.value.of', { unit: item.target?.unit || MISSING })
                  : t('tasks.report.share.of')
              }
              rules={[{ required: true, message: t('tasks.field.required') }]}
            >
              <InputNumber
                min={measure === 'share' ? 0 : undefined}
                max={measure === 'share' ? 100 : undefined}
                style={{ width: '100%' }}
                data-testid="report-amount"
              />
            </Form.Item>
          </Col>
          {item.investment && (
            <Col xs={12} md={6}>
              <Form.Item name="investment" label={t('tasks.report.investment.of')}>
                <InputNumber min={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          )}
          <Col xs={24} md={8}>
            <Form.Item name="narrative" label={t('tasks.report.narrative')}>
              <Input.TextArea rows={3} maxLength={5000} data-testid="report-narrative" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="problems" label={t('tasks.report.problems')}>
              <Input.TextArea rows={3} maxLength={5000} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="helpNeeded" label={t('tasks.report.help')}>
              <Input.TextArea rows={3} maxLength={5000} />
            </Form.Item>
          </Col>
        </Row>
        <Button
          type="primary"
          htmlType="submit"
          icon={<SendOutlined />}
          loading={busy}
          data-testid="report-submit"
        >
          {t('tasks.report.submit')}
        </Button>
      </Form>
      <div style={{ marginTop: 8 }}>
        <WriteError error={error} />
      </div>
    </Card>
  );
}
