// An item's derived status and why: every rule that fired, in the page's language, with where the
// item should be and where it is; a late report and an escalation called out.

import { Alert, Card, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { MISSING } from '@gapscope/core/text/format.ts';
import { useT } from '../../i18n/index.ts';
import { StatusTag, SupervisedTag } from './StatusTag.tsx';
import type { WorkItemDetail } from './types.ts';
import { STATUS_COLOUR } from './words.ts';

/** The reported share as a bar, the expected share as a tick across it. */
function PaceBar({
  reported,
  expected,
  colour,
}: {
  reported: number | null;
  expected: number;
  colour: string;
}): ReactNode {
  const clip = (x: number): number => Math.max(0, Math.min(100, x));
  return (
    <div
      aria-hidden
      style={{
        position: 'relative',
        height: 10,
        margin: '6px 0 2px',
        background: '#eef0f3',
        borderRadius: 5,
      }}
    >
      <div
        style={{
          width: `${clip(reported ?? 0)}%`,
          height: '100%',
          background: colour,
          borderRadius: 5,
        }}
      />
      <div
        style={{
          position: 'absolute',
          left: `calc(${clip(expected)}% - 1px)`,
          top: -3,
          width: 2,
          height: 16,
          background: '#1f2329',
        }}
      />
    </div>
  );
}

export function StatusCard({ item }: { item: WorkItemDetail }): ReactNode {
  const t = useT();
  const s = item.status;
  return (
    <Card
      size="small"
      title={t('tasks.item.status', { date: s.asOf })}
      data-testid="item-status"
      extra={
        <Space size={4}>
          <StatusTag status={s} />
          <SupervisedTag supervised={item.supervised} escalated={s.escalated} />
        </Space>
      }
    >
      <Space direction="vertical" style={{ width: '100%' }} size={8}>
        <div>
          <Typography.Text type="secondary">
            {t('tasks.item.shares', {
              expected: t.num(s.expectedShare, { digits: 1 }),
              reported: s.reportedShare === null ? MISSING : t.num(s.reportedShare, { digits: 1 }),
            })}
            {s.progressFrom &&
              ` · ${t(s.progressFrom === 'indicator' ? 'tasks.item.fromIndicator' : 'tasks.item.fromReport')}`}
          </Typography.Text>
          <PaceBar
            reported={s.reportedShare}
            expected={s.expectedShare}
            colour={STATUS_COLOUR[s.status]}
          />
        </div>
        <div>
          <Typography.Text strong>{t('tasks.item.rules')}</Typography.Text>
          <ul style={{ margin: '4px 0 0', paddingLeft: 20 }} data-testid="item-reasons">
            {s.reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </div>
        {s.lateReport && s.missingMonth && (
          <Alert
            type="warning"
            showIcon
            title={t('tasks.item.missing', { month: s.missingMonth })}
          />
        )}
      </Space>
    </Card>
  );
}
