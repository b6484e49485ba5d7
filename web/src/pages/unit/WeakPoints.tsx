// The unit's weak points (短板): indicators with the largest obstacle degrees, each with why it
// counts as one (bottom quartile, behind target, among the largest obstacles).

import { Card, List, Tag } from 'antd';
import type { ReactNode } from 'react';
import type { Profile } from '@gapscope/api/index.ts';
import { MISSING } from '@gapscope/core/text/format.ts';
import { useT, type WebKey } from '../../i18n/index.ts';

const REASON_COLOUR: Record<string, string> = {
  'bottom-quartile': 'volcano',
  'behind-target': 'orange',
  'top-obstacle': 'blue',
};

export function WeakPoints({ profile }: { profile: Profile }): ReactNode {
  const t = useT();
  const byId = new Map(profile.indicators.map((i) => [i.id, i]));
  return (
    <Card title={t('unit.weak')} size="small" data-testid="weak-points">
      <List
        size="small"
        dataSource={profile.weakPoints}
        locale={{ emptyText: t('unit.weak.none') }}
        renderItem={(w) => {
          const ind = byId.get(w.indicator);
          return (
            <List.Item>
              <div style={{ width: '100%' }}>
                <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8 }}>
                  <strong>
                    <span style={{ color: '#8f959e', marginRight: 6 }}>{w.indicator}</span>
                    {t.name(ind?.name)}
                  </strong>
                  <span className="num" style={{ whiteSpace: 'nowrap' }}>
                    {t('unit.weak.obstacle', { value: t.pct(w.obstacle, { digits: 1 }) })}
                  </span>
                </div>
                <div
                  style={{
                    marginTop: 4,
                    display: 'flex',
                    flexWrap: 'wrap',
                    gap: 4,
                    alignItems: 'center',
                  }}
                >
                  {w.reasons.map((r) => (
                    <Tag
                      key={r}
                      color={REASON_COLOUR[r] ?? 'default'}
                      style={{ marginInlineEnd: 0 }}
                    >
                      {t(`unit.weak.reason.${r}` as WebKey)}
                    </Tag>
                  ))}
                  <span className="num" style={{ color: '#646a73', fontSize: 12 }}>
                    {t('unit.weak.rank', { rank: w.rank ?? MISSING, of: w.of })} ·{' '}
                    {t.value(w.value)}
                    {ind?.unit ? ` ${t.measure(ind.unit)}` : ''}
                    {w.target &&
                      ` · ${t('unit.weak.target', { target: t.value(w.target.value), year: w.target.year })}`}
                  </span>
                </div>
              </div>
            </List.Item>
          );
        }}
      />
    </Card>
  );
}
