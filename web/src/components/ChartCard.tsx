// A chart in a card with its toolbar: download as PNG or SVG, and its data as displayed as CSV.
// The option comes from a pure builder (web/src/charts); ECharts loads with the first chart.

import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Dropdown, Skeleton } from 'antd';
import { lazy, Suspense, useRef, type ReactNode } from 'react';
import type { EChartsInstance } from '../charts/echarts.ts';
import type { ChartTable, EChartsOption } from '@gapscope/charts/types.ts';
import { useT } from '../i18n/index.ts';

const EChart = lazy(() => import('./EChart.tsx'));

export interface ChartCardProps {
  title: ReactNode;
  /** The chart's name for screen readers and file names. */
  name: string;
  option: EChartsOption;
  /** The chart's data as displayed, for the CSV download. */
  table?: ChartTable;
  height?: number;
  /** Text under the title (a note on the data). */
  note?: ReactNode;
  extra?: ReactNode;
  testId?: string;
}

export function ChartCard({
  title,
  name,
  option,
  table,
  height = 300,
  note,
  extra,
  testId,
}: ChartCardProps): ReactNode {
  const t = useT();
  const chart = useRef<EChartsInstance | null>(null);
  const download = async (kind: string): Promise<void> => {
    const d = await import('../charts/download.ts');
    if (kind === 'csv' && table) d.downloadCsv(name, table);
    else if (chart.current && kind === 'png') d.downloadPng(chart.current, name);
    else if (chart.current && kind === 'svg') d.downloadSvg(chart.current, name);
  };
  const items = [
    { key: 'png', label: t('chart.png') },
    { key: 'svg', label: t('chart.svg') },
    ...(table ? [{ key: 'csv', label: t('chart.csv') }] : []),
  ];
  return (
    <Card
      title={title}
      size="small"
      data-testid={testId}
      extra={
        <span style={{ display: 'inline-flex', gap: 8, alignItems: 'center' }}>
          {extra}
          <Dropdown trigger={['click']} menu={{ items, onClick: ({ key }) => void download(key) }}>
            <Button
              size="small"
              type="text"
              icon={<DownloadOutlined />}
              aria-label={`${t('chart.download')}: ${name}`}
              className="no-print"
            >
              {t('chart.download')}
            </Button>
          </Dropdown>
        </span>
      }
    >
      {note && <div style={{ color: '#646a73', fontSize: 12, marginBottom: 4 }}>{note}</div>}
      <Suspense fallback={<Skeleton.Node active style={{ width: '100%', height }} />}>
        <EChart
          option={option}
          height={height}
          label={name}
          onInstance={(c) => (chart.current = c)}
        />
      </Suspense>
    </Card>
  );
}
