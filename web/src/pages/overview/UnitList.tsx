// A short list of units (leaders, laggards, movers): rank, name linking to the profile, score and
// rank change.

import { Card, List } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { UnitBrief } from '@gapscope/api/index.ts';
import { RankChange } from '../../components/RankChange.tsx';
import { useUnits } from '../../hooks/use-units.ts';
import { useT } from '../../i18n/index.ts';
import styles from './overview.module.css';

export function UnitList({
  title,
  units,
  period,
  linkable,
  testId,
}: {
  title: string;
  units: UnitBrief[];
  period?: string;
  linkable: boolean;
  testId?: string;
}): ReactNode {
  const t = useT();
  const { name } = useUnits();
  const q = period ? `?period=${period}` : '';
  return (
    <Card title={title} size="small" data-testid={testId}>
      <List
        size="small"
        dataSource={units}
        locale={{ emptyText: t('table.empty') }}
        renderItem={(u) => (
          <List.Item>
            <span className={styles.item}>
              <span className={`${styles.rank} num`}>{u.rank}</span>
              <span className={styles.name}>
                {linkable ? (
                  <Link to={`/units/${u.unit}${q}`}>{name(u.unit, u.name)}</Link>
                ) : (
                  name(u.unit, u.name)
                )}
              </span>
              <span className="num">{t.num(u.score, { digits: 1 })}</span>
              <span className={styles.change}>
                <RankChange change={u.change?.rank} />
              </span>
            </span>
          </List.Item>
        )}
      />
    </Card>
  );
}
