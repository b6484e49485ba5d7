// The import template download: long or wide layout, optionally pre-filled for a period.

import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, Radio, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useT } from '../../i18n/index.ts';

const PERIOD = /^\d{4}(Q[1-4](-ytd)?|-(0[1-9]|1[0-2])(-ytd)?)?$/;

/** The download address of the template (GET /api/template). */
export function templateUrl(layout: 'long' | 'wide', period: string): string {
  const q = new URLSearchParams({ layout });
  if (period) q.set('period', period);
  return `/api/template?${q.toString()}`;
}

export function TemplateCard(): ReactNode {
  const t = useT();
  const [layout, setLayout] = useState<'long' | 'wide'>('long');
  const [period, setPeriod] = useState('');
  const bad = period !== '' && !PERIOD.test(period.trim());
  return (
    <Card size="small" title={t('data.template.title')} data-testid="template-card">
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        {t('data.template.intro')}
      </Typography.Paragraph>
      <Form layout="vertical" requiredMark={false}>
        <Form.Item label={t('data.template.layout')} style={{ marginBottom: 12 }}>
          <Radio.Group
            value={layout}
            onChange={(e) => setLayout(e.target.value as 'long' | 'wide')}
            optionType="button"
            options={[
              { value: 'long', label: t('data.template.long') },
              { value: 'wide', label: t('data.template.wide') },
            ]}
          />
          <div style={{ color: '#646a73', fontSize: 12, marginTop: 4 }}>
            {t(layout === 'long' ? 'data.template.long.note' : 'data.template.wide.note')}
          </div>
        </Form.Item>
        <Form.Item
          label={t('data.template.period')}
          validateStatus={bad ? 'error' : undefined}
          help={bad ? t('data.template.period.bad') : undefined}
          extra={t('data.template.period.help')}
          style={{ marginBottom: 20 }}
        >
          <Input
            value={period}
            onChange={(e) => setPeriod(e.target.value)}
            placeholder="2025"
            style={{ maxWidth: 160 }}
            aria-label={t('data.template.period')}
          />
        </Form.Item>
        <div style={{ marginTop: 4 }}>
          <Button
            type="primary"
            icon={<DownloadOutlined />}
            href={bad ? undefined : templateUrl(layout, period.trim())}
            disabled={bad}
            download
            data-testid="template-download"
          >
            {t('data.template.download')}
          </Button>
        </div>
      </Form>
    </Card>
  );
}
