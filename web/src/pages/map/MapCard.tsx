// The map in a card with its toolbar: download as PNG or SVG, and the data of the period shown
// as CSV. The renderer loads with ECharts on first use.

import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Dropdown, Skeleton, Typography } from 'antd';
import { lazy, Suspense, useRef, type ReactNode } from 'react';
import type { EChartsInstance } from '../../charts/echarts.ts';
import type { ChartTable, EChartsOption } from '@gapscope/charts/types.ts';
import { useT } from '../../i18n/index.ts';

const TileMap = lazy(() => import('../../map/TileMap.tsx'));

export interface MapCardProps {
  title: ReactNode;
  /** A line under the title: what the map shows, e.g. the year assessed and the target year. */
  subtitle?: ReactNode;
  /** For screen readers and file names. */
  name: string;
  option: EChartsOption;
  /** The data of the period shown. */
  table(): ChartTable;
  period: number;
  onPeriod(index: number): void;
  onUnit(code: string): void;
  height: number;
  extra?: ReactNode;
  footer?: ReactNode;
}

export function MapCard(p: MapCardProps): ReactNode {
  const t = useT();
  const chart = useRef<EChartsInstance | null>(null);
  const download = async (kind: string): Promise<void> => {
    const d = await import('../../charts/download.ts');
    if (kind === 'csv') d.downloadCsv(p.name, p.table());
    else if (chart.current && kind === 'png') d.downloadPng(chart.current, p.name);
    else if (chart.current && kind === 'svg') d.downloadSvg(chart.current, p.name);
  };
  return (
    <Card
      title={p.title}
      size="small"
      data-testid="map-card"
      extra={
        <span style={{ display: 'inline-flex', gap: 8, alignItems: 'center' }}>
          {p.extra}
          <Dropdown
            trigger={['click']}
            menu={{
              items: [
                { key: 'png', label: t('chart.png') },
                { key: 'svg', label: t('chart.svg') },
                { key: 'csv', label: t('chart.csv') },
              ],
              onClick: ({ key }) => void download(key),
            }}
          >
            <Button
              size="small"
              type="text"
              icon={<DownloadOutlined />}
              aria-label={`${t('chart.download')}: ${p.name}`}
              className="no-print"
            >
              {t('chart.download')}
            </Button>
          </Dropdown>
        </span>
      }
    >
      {p.subtitle && (
        <Typography.Paragraph
          type="secondary"
          style={{ fontSize: 13, margin: '0 0 4px' }}
          data-testid="map-subtitle"
        >
          {p.subtitle}
        </Typography.Paragraph>
      )}
      <Suspense fallback={<Skeleton.Node active style={{ width: '100%', height: p.height }} />}>
        <TileMap
          option={p.option}
          height={p.height}
          label={p.name}
          period={p.period}
          onPeriod={p.onPeriod}
          onUnit={p.onUnit}
          onInstance={(c) => (chart.current = c)}
        />
      </Suspense>
      {p.footer}
    </Card>
  );
}
