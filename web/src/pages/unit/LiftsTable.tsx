// "What it takes to move up": for each indicator alone, the raw value that lifts the unit one rank
// and one tier, with a button that puts it into the what-if.

import { Button, Table, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { Lift, LiftTarget, ProfileIndicator } from '@gapscope/api/index.ts';
import { useT } from '../../i18n/index.ts';
import { liftReason, sortLifts } from './whatif-edits.ts';

function Target({ target, onUse }: { target: LiftTarget; onUse(value: number): void }): ReactNode {
  const t = useT();
  const reason = liftReason(target);
  if (!target.reachable) {
    const text =
      reason === 'top'
        ? t('unit.lifts.top')
        : reason === 'atBest'
          ? t('unit.lifts.atBest')
          : reason === 'unreachable'
            ? t('unit.lifts.unreachable')
            : (reason?.text ?? '');
    return <Typography.Text type="secondary">{text}</Typography.Text>;
  }
  return (
    <span style={{ display: 'inline-flex', gap: 6, alignItems: 'center', whiteSpace: 'nowrap' }}>
      <span className="num">
        {t('unit.lifts.to', {
          value: t.value(target.value),
          change: t.signed(target.change, { significant: 3 }),
        })}
      </span>
      <Button size="small" type="link" onClick={() => onUse(target.value)}>
        {t('unit.lifts.use')}
      </Button>
    </span>
  );
}

export function LiftsTable({
  lifts,
  indicators,
  onUse,
}: {
  lifts: Lift[];
  indicators: ProfileIndicator[];
  onUse(indicator: string, value: number): void;
}): ReactNode {
  const t = useT();
  const byId = new Map(indicators.map((i) => [i.id, i]));
  return (
    <Table<Lift>
      rowKey="indicator"
      size="small"
      pagination={false}
      dataSource={sortLifts(lifts)}
      scroll={{ x: 'max-content' }}
      data-testid="lifts-table"
      columns={[
        {
          title: t('unit.ind.name'),
          dataIndex: 'indicator',
          render: (id: string) => (
            <span>
              <span style={{ color: '#8f959e', marginRight: 6 }}>{id}</span>
              {t.name(byId.get(id)?.name)}
            </span>
          ),
        },
        {
          title: t('unit.ind.raw'),
          dataIndex: 'from',
          align: 'right',
          render: (v: number | null) => <span className="num">{t.value(v)}</span>,
        },
        {
          title: t('unit.lifts.oneRank'),
          key: 'rank',
          render: (_, l) => <Target target={l.rank} onUse={(v) => onUse(l.indicator, v)} />,
        },
        {
          title: t('unit.lifts.oneTier'),
          key: 'tier',
          render: (_, l) => <Target target={l.tier} onUse={(v) => onUse(l.indicator, v)} />,
        },
      ]}
    />
  );
}
