// The ranking a run gives: the top and bottom units with score and tier, and how far each moved
// against the ranking under the default settings.

import { Card, Col, Row, Table, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { MISSING } from '@gapscope/core/text/format.ts';
import { useUnits } from '../../hooks/use-units.ts';
import { useT } from '../../i18n/index.ts';
import styles from './method.module.css';
import { topBottom, type RankShift, type RunUnit } from './run-result.ts';

function Shift({ by }: { by: number | undefined }): ReactNode {
  const t = useT();
  if (by === undefined) return <span className={styles.muted}>{MISSING}</span>;
  if (by === 0) return <span className={styles.muted}>=</span>;
  return (
    <span
      className={by > 0 ? styles.up : styles.down}
      title={t(by > 0 ? 'rank.up' : 'rank.down', { n: Math.abs(by) })}
    >
      {by > 0 ? '▲' : '▼'}
      {Math.abs(by)}
    </span>
  );
}

function UnitTable({
  title,
  units,
  shift,
  testId,
}: {
  title: string;
  units: RunUnit[];
  shift: RankShift | null;
  testId: string;
}): ReactNode {
  const t = useT();
  const { name } = useUnits();
  return (
    <Table<RunUnit>
      size="small"
      rowKey="unit"
      title={() => <b>{title}</b>}
      dataSource={units}
      pagination={false}
      data-testid={testId}
      columns={[
        { key: 'rank', title: t('rank.rank'), dataIndex: 'rank', width: 56, align: 'right' },
        {
          key: 'unit',
          title: t('rank.unit'),
          dataIndex: 'unit',
          render: (code: string, u) => name(code, u.name),
        },
        {
          key: 'score',
          title: t('rank.score'),
          dataIndex: 'score',
          align: 'right',
          width: 80,
          render: (v: number | null) => <span className="num">{t.num(v, { digits: 1 })}</span>,
        },
        {
          key: 'tier',
          title: t('rank.tier'),
          dataIndex: 'tier',
          align: 'center',
          width: 60,
          render: (v: number | null) => (v === null ? MISSING : <Tag>{v}</Tag>),
        },
        {
          key: 'shift',
          title: t('method.result.vsDefault'),
          align: 'right',
          width: 90,
          render: (_: unknown, u) => <Shift by={shift?.byUnit.get(u.unit)} />,
        },
      ]}
    />
  );
}

export function RankingPreview({
  units,
  shift,
  loading,
}: {
  units: RunUnit[];
  shift: RankShift | null;
  loading: boolean;
}): ReactNode {
  const t = useT();
  const { name } = useUnits();
  const { top, bottom } = topBottom(units, 10);
  return (
    <Card
      size="small"
      title={t('method.result.ranking')}
      loading={loading && !units.length}
      data-testid="ranking-preview"
      className={loading ? styles.stale : undefined}
    >
      {shift && (
        <Typography.Paragraph data-testid="rank-shift" style={{ marginTop: 0 }}>
          {shift.moved === 0
            ? t('method.result.same')
            : t('method.result.moved', { n: shift.moved, of: shift.compared })}
          {shift.up && ` ${t('method.result.up', { unit: name(shift.up.unit), n: shift.up.by })}`}
          {shift.down &&
            ` ${t('method.result.down', { unit: name(shift.down.unit), n: -shift.down.by })}`}
        </Typography.Paragraph>
      )}
      <Row gutter={[12, 12]}>
        <Col xs={24} lg={12}>
          <UnitTable
            title={t('method.result.top')}
            units={top}
            shift={shift}
            testId="ranking-top"
          />
        </Col>
        <Col xs={24} lg={12}>
          <UnitTable
            title={t('method.result.bottom')}
            units={bottom}
            shift={shift}
            testId="ranking-bottom"
          />
        </Col>
      </Row>
    </Card>
  );
}
