// Downloads: the observations as they stand now or as of a date, or every revision, as CSV or
// XLSX, optionally only some indicators.

import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, Radio, Select } from 'antd';
import { useMemo, useState, type ReactNode } from 'react';
import { useT } from '../../i18n/index.ts';
import { seriesOf, useFramework } from '../method/use-framework.ts';

/** The download address (GET /api/export/{what}). */
export function exportUrl(o: {
  what: 'observations' | 'history';
  format: 'csv' | 'xlsx';
  asOf?: string;
  series?: string[];
}): string {
  const q = new URLSearchParams({ format: o.format });
  if (o.asOf && o.what === 'observations') q.set('asOf', o.asOf);
  if (o.series?.length) q.set('series', o.series.join(','));
  return `/api/export/${o.what}?${q.toString()}`;
}

export function ExportCard(): ReactNode {
  const t = useT();
  const fw = useFramework();
  const [what, setWhat] = useState<'observations' | 'history'>('observations');
  const [format, setFormat] = useState<'csv' | 'xlsx'>('xlsx');
  const [asOf, setAsOf] = useState('');
  const [series, setSeries] = useState<string[]>([]);
  const options = useMemo(
    () =>
      (fw.data ? seriesOf(fw.data.framework) : []).map((s) => ({
        value: s.id,
        label: `${s.id} ${t.name(s.name)}`,
      })),
    [fw.data, t],
  );
  return (
    <Card
      size="small"
      title={t('data.export.title')}
      data-testid="export-card"
      style={{ maxWidth: 760 }}
    >
      <Form layout="vertical" requiredMark={false}>
        <Form.Item label={t('data.export.what')} style={{ marginBottom: 12 }}>
          <Radio.Group
            value={what}
            onChange={(e) => setWhat(e.target.value as typeof what)}
            optionType="button"
            options={[
              { value: 'observations', label: t('data.export.observations') },
              { value: 'history', label: t('data.export.history') },
            ]}
          />
        </Form.Item>
        <Form.Item label={t('data.export.format')} style={{ marginBottom: 12 }}>
          <Radio.Group
            value={format}
            onChange={(e) => setFormat(e.target.value as typeof format)}
            options={[
              { value: 'xlsx', label: 'XLSX' },
              { value: 'csv', label: 'CSV' },
            ]}
          />
        </Form.Item>
        {what === 'observations' && (
          <Form.Item
            label={t('data.export.asOf')}
            extra={t('data.export.asOf.help')}
            style={{ marginBottom: 12 }}
          >
            <Input
              type="date"
              value={asOf}
              onChange={(e) => setAsOf(e.target.value)}
              style={{ maxWidth: 180 }}
              aria-label={t('data.export.asOf')}
            />
          </Form.Item>
        )}
        <Form.Item label={t('data.export.series')} style={{ marginBottom: 12 }}>
          <Select
            mode="multiple"
            allowClear
            value={series}
            onChange={setSeries}
            options={options}
            optionFilterProp="label"
            placeholder={t('data.export.allSeries')}
            aria-label={t('data.export.series')}
            maxTagCount="responsive"
          />
        </Form.Item>
        <Button
          type="primary"
          icon={<DownloadOutlined />}
          href={exportUrl({ what, format, asOf, series })}
          download
          data-testid="export-download"
        >
          {t('data.export.download')}
        </Button>
      </Form>
    </Card>
  );
}
