// Units to compare with: the same tier, and the nearest on the normalised indicators.

import { Card, Table, Tabs } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Peer, Profile } from '@gapscope/api/index.ts';
import { TierTag } from '../../components/TierTag.tsx';
import { useUnits } from '../../hooks/use-units.ts';
import { useT } from '../../i18n/index.ts';

function PeerTable({ peers, period }: { peers: Peer[]; period: string }): ReactNode {
  const t = useT();
  const { name } = useUnits();
  return (
    <Table<Peer>
      rowKey="unit"
      size="small"
      pagination={false}
      dataSource={peers}
      locale={{ emptyText: t('table.empty') }}
      columns={[
        { title: t('rank.rank'), dataIndex: 'rank', width: 56, align: 'right' },
        {
          title: t('rank.unit'),
          dataIndex: 'unit',
          render: (u: string) => <Link to={`/units/${u}?period=${period}`}>{name(u)}</Link>,
        },
        {
          title: t('rank.score'),
          dataIndex: 'score',
          align: 'right',
          render: (v: number | null) => <span className="num">{t.num(v, { digits: 1 })}</span>,
        },
        {
          title: t('rank.tier'),
          dataIndex: 'tier',
          render: (v: number | null) => <TierTag tier={v} />,
        },
      ]}
    />
  );
}

export function Peers({ profile }: { profile: Profile }): ReactNode {
  const t = useT();
  return (
    <Card title={t('unit.peers')} size="small" data-testid="peers">
      <Tabs
        size="small"
        items={[
          {
            key: 'tier',
            label: t('unit.peers.tier'),
            children: <PeerTable peers={profile.peers.tier} period={profile.period} />,
          },
          {
            key: 'nearest',
            label: t('unit.peers.nearest'),
            children: <PeerTable peers={profile.peers.nearest} period={profile.period} />,
          },
        ]}
      />
    </Card>
  );
}
