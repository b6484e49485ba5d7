// The unit at a glance: name, city, groups, score, rank of all, tier, change on a year earlier.

import { Card, Space, Statistic, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Profile } from '@gapscope/api/index.ts';
import { MISSING } from '@gapscope/core/text/format.ts';
import { RankChange } from '../../components/RankChange.tsx';
import { TierTag } from '../../components/TierTag.tsx';
import { TONE_COLOUR, toneOf } from '../../components/tone.ts';
import { useUnits } from '../../hooks/use-units.ts';
import { useT } from '../../i18n/index.ts';
import { RankCertainty } from './RankCertainty.tsx';

export function UnitHeader({ profile, extra }: { profile: Profile; extra?: ReactNode }): ReactNode {
  const t = useT();
  const { name } = useUnits();
  const p = profile;
  return (
    <Card size="small" data-testid="unit-header">
      <div style={{ display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', gap: 16 }}>
        <div>
          <Typography.Title level={1} style={{ margin: 0, fontSize: 24 }} data-testid="unit-name">
            {name(p.unit, p.name)}
          </Typography.Title>
          <Space size={8} wrap style={{ marginTop: 4 }}>
            {p.city && (
              <Link to={`/rankings?city=${p.city}&period=${p.period}`}>
                <Tag>{name(p.city, p.cityName)}</Tag>
              </Link>
            )}
            <Tag>{p.unit}</Tag>
            <span style={{ color: '#646a73' }}>
              {p.period}
              {p.compare && ` · ${t('period.compare', { compare: p.compare })}`}
            </span>
          </Space>
        </div>
        <Space size={32} wrap align="center">
          <Statistic
            title={t('rank.score')}
            value={t.num(p.score, { digits: 1 })}
            suffix={
              p.change?.score !== null && p.change?.score !== undefined ? (
                <span style={{ fontSize: 14, color: TONE_COLOUR[toneOf(p.change.score, 1)] }}>
                  {t.signed(p.change.score, { digits: 1 })}
                </span>
              ) : undefined
            }
          />
          <div>
            <Statistic
              title={t('rank.rank')}
              value={p.rank ?? MISSING}
              suffix={
                <span style={{ fontSize: 14 }}>
                  / {p.of} <RankChange change={p.change?.rank} />
                </span>
              }
            />
            <RankCertainty unit={p.unit} period={p.period} />
          </div>
          <div>
            <div style={{ color: '#646a73', marginBottom: 6 }}>{t('rank.tier')}</div>
            <TierTag tier={p.tier} />
          </div>
          {extra}
        </Space>
      </div>
    </Card>
  );
}
