// Load a boundary GeoJSON of one's own instead of the tiles: the file is checked in full (every
// problem listed), its approval number (审图号) is required, and only then is it drawn.

import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Input, Space, Typography, Upload } from 'antd';
import { useState, type ReactNode } from 'react';
import { useT } from '../../i18n/index.ts';
import { checkBoundary, MAX_BOUNDARY_BYTES, type BoundaryCheck } from '../../map/boundary.ts';
import type { FeatureCollection } from '../../map/geojson.ts';

export interface BoundaryPanelProps {
  /** The county-level units, code → name, the file must match. */
  units: ReadonlyMap<string, string>;
  /** Whether the boundary map is in use. */
  active: boolean;
  onApply(geojson: FeatureCollection, approval: string): void;
  onReset(): void;
}

export function BoundaryPanel({ units, active, onApply, onReset }: BoundaryPanelProps): ReactNode {
  const t = useT();
  const [file, setFile] = useState<string | null>(null);
  const [check, setCheck] = useState<BoundaryCheck | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [approval, setApproval] = useState('');
  const [touched, setTouched] = useState(false);

  const read = async (f: File): Promise<void> => {
    setFile(f.name);
    setCheck(null);
    setProblem(null);
    if (f.size > MAX_BOUNDARY_BYTES)
      return setProblem(t('map.boundary.tooLarge', { mb: MAX_BOUNDARY_BYTES / 2 ** 20 }));
    let json: unknown;
    try {
      json = JSON.parse(await f.text());
    } catch (e) {
      return setProblem(t('map.boundary.notJson', { message: (e as Error).message }));
    }
    const c = checkBoundary(json, units, t.lang);
    setCheck(c);
    if (c.approval) setApproval(c.approval);
  };

  const ready = !!check?.geojson;
  const missingApproval = touched && approval.trim() === '';
  return (
    <Card size="small" title={t('map.boundary')} data-testid="boundary-panel">
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('map.boundary.intro')}
      </Typography.Paragraph>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Upload
          accept=".json,.geojson,application/json,application/geo+json"
          maxCount={1}
          showUploadList={false}
          beforeUpload={(f) => {
            void read(f);
            return false;
          }}
        >
          <Button icon={<UploadOutlined />}>{t('map.boundary.file')}</Button>
        </Upload>
        {file && <Typography.Text type="secondary">{file}</Typography.Text>}
        {problem && <Alert type="error" showIcon role="alert" title={problem} />}
        {check && check.errors.length > 0 && (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={file}
            description={
              <ul style={{ margin: 0, paddingLeft: 18 }} data-testid="boundary-errors">
                {check.errors.map((e) => (
                  <li key={e}>{e}</li>
                ))}
              </ul>
            }
          />
        )}
        {check?.geojson && (
          <Alert type="success" showIcon title={t('map.boundary.loaded', { n: check.matched })} />
        )}
        {check?.warnings.map((m) => (
          <Alert key={m} type="warning" showIcon title={m} />
        ))}
        <label style={{ display: 'block' }}>
          <span style={{ display: 'block', marginBottom: 4 }}>{t('map.boundary.approval')}</span>
          <Input
            value={approval}
            status={missingApproval ? 'error' : undefined}
            onChange={(e) => setApproval(e.target.value)}
            onBlur={() => setTouched(true)}
            placeholder="GS(2024)1234号"
            maxLength={80}
            data-testid="boundary-approval"
          />
        </label>
        {missingApproval && (
          <Typography.Text type="danger">{t('map.boundary.needApproval')}</Typography.Text>
        )}
        <Space wrap>
          <Button
            type="primary"
            disabled={!ready}
            onClick={() => {
              setTouched(true);
              if (check?.geojson && approval.trim()) onApply(check.geojson, approval.trim());
            }}
          >
            {t('map.boundary.apply')}
          </Button>
          {active && <Button onClick={onReset}>{t('map.boundary.tiles')}</Button>}
        </Space>
      </Space>
    </Card>
  );
}
