// What if: edit raw values of the unit and see its new score, rank and tier at once (POST
// /api/whatif; nothing is stored), and the lifts that move it up one rank or one tier.

import { UndoOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, InputNumber, Row, Spin, Table, Typography } from 'antd';
import { useMemo, useState, type ReactNode } from 'react';
import { MISSING } from '@gapscope/core/text/format.ts';
import { useApiPost } from '../../api/client.ts';
import type { Profile, ProfileIndicator, Standing, WhatIf } from '@gapscope/api/index.ts';
import { ErrorView } from '../../components/ErrorView.tsx';
import { RankChange } from '../../components/RankChange.tsx';
import { TierTag } from '../../components/TierTag.tsx';
import { TONE_COLOUR, toneOf } from '../../components/tone.ts';
import { useDebounced } from '../../hooks/use-debounced.ts';
import { useUnits } from '../../hooks/use-units.ts';
import { useT } from '../../i18n/index.ts';
import { LiftsTable } from './LiftsTable.tsx';
import { changesOf, initialEdits, type Edits } from './whatif-edits.ts';

function Outcome({
  before,
  after,
  change,
}: {
  before: Standing;
  after: Standing;
  change: WhatIf['change'];
}): ReactNode {
  const t = useT();
  const rows = [
    {
      key: 'score',
      label: t('rank.score'),
      before: <span className="num">{t.num(before.score, { digits: 2 })}</span>,
      after: <strong className="num">{t.num(after.score, { digits: 2 })}</strong>,
      delta: (
        <span className="num" style={{ color: TONE_COLOUR[toneOf(change.score, 1, 1e-9)] }}>
          {t.signed(change.score, { digits: 2 })}
        </span>
      ),
    },
    {
      key: 'rank',
      label: t('rank.rank'),
      before: <span className="num">{before.rank ?? MISSING}</span>,
      after: (
        <strong className="num" data-testid="whatif-rank">
          {after.rank ?? MISSING}
        </strong>
      ),
      delta: <RankChange change={change.rank} />,
    },
    {
      key: 'tier',
      label: t('rank.tier'),
      before: <TierTag tier={before.tier} />,
      after: <TierTag tier={after.tier} />,
      delta: <RankChange change={change.tier} />,
    },
  ];
  return (
    <Table
      rowKey="key"
      size="small"
      pagination={false}
      dataSource={rows}
      data-testid="whatif-outcome"
      columns={[
        { title: '', dataIndex: 'label' },
        { title: t('unit.whatif.before'), dataIndex: 'before', align: 'right' },
        { title: t('unit.whatif.after'), dataIndex: 'after', align: 'right' },
        { title: '', dataIndex: 'delta', align: 'right' },
      ]}
    />
  );
}

function Inputs({
  indicators,
  edits,
  onEdit,
}: {
  indicators: ProfileIndicator[];
  edits: Edits;
  onEdit(id: string, v: number | null): void;
}): ReactNode {
  const t = useT();
  return (
    <Table<ProfileIndicator>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={indicators}
      scroll={{ y: 520 }}
      data-testid="whatif-inputs"
      columns={[
        {
          title: t('unit.ind.name'),
          key: 'name',
          render: (_, i) => (
            <span>
              <span style={{ color: '#8f959e', marginRight: 6 }}>{i.id}</span>
              {t.name(i.name)}
            </span>
          ),
        },
        {
          title: t('unit.ind.raw'),
          key: 'edit',
          width: 150,
          render: (_, i) => {
            const changed = edits[i.id] !== i.raw && edits[i.id] !== null;
            return (
              <InputNumber
                size="small"
                value={edits[i.id] ?? null}
                onChange={(v) => onEdit(i.id, typeof v === 'number' ? v : null)}
                aria-label={`${i.id} ${t.name(i.name)}`}
                style={{ width: 130, borderColor: changed ? '#E69F00' : undefined }}
                data-testid={`whatif-input-${i.id}`}
              />
            );
          },
        },
      ]}
    />
  );
}

export function WhatIfPanel({ profile }: { profile: Profile }): ReactNode {
  const t = useT();
  const { name } = useUnits();
  const start = useMemo(() => initialEdits(profile.indicators), [profile.indicators]);
  const [edits, setEdits] = useState<Edits>(start);
  // Debounced as text: equal changes give an equal key, so nothing is asked twice.
  const key = useDebounced(JSON.stringify(changesOf(profile.indicators, edits)), 350);
  const body = useMemo(
    () => ({
      unit: profile.unit,
      period: profile.period,
      set: JSON.parse(key) as unknown,
      lifts: true,
    }),
    [profile.unit, profile.period, key],
  );
  const w = useApiPost<WhatIf>('/api/whatif', body, { staleTime: Infinity });
  const onEdit = (id: string, v: number | null): void => setEdits((e) => ({ ...e, [id]: v }));
  const edited = changesOf(profile.indicators, edits).length > 0;
  const moved = (w.data?.moved ?? []).filter((m) => m.unit !== profile.unit);
  return (
    <Card
      title={t('unit.whatif')}
      size="small"
      data-testid="whatif"
      extra={
        <Button
          size="small"
          icon={<UndoOutlined />}
          disabled={!edited}
          onClick={() => setEdits(start)}
        >
          {t('unit.whatif.reset')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{t('unit.whatif.intro')}</Typography.Paragraph>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={10}>
          <Inputs indicators={profile.indicators} edits={edits} onEdit={onEdit} />
        </Col>
        <Col xs={24} xl={14}>
          {w.error ? (
            <ErrorView error={w.error} retry={() => void w.refetch()} />
          ) : !w.data ? (
            <Spin tip={t('unit.whatif.computing')}>
              <div style={{ minHeight: 120 }} />
            </Spin>
          ) : (
            <Spin spinning={w.isFetching} tip={t('unit.whatif.computing')}>
              <Outcome before={w.data.before} after={w.data.after} change={w.data.change} />
              {moved.length > 0 && (
                <Alert
                  style={{ marginTop: 8 }}
                  type="info"
                  title={t('unit.whatif.moved', {
                    names: moved
                      .slice(0, 8)
                      .map((m) => `${name(m.unit)} (${m.before.rank}→${m.after.rank})`)
                      .join(t.lang === 'en' ? ', ' : '、'),
                  })}
                />
              )}
            </Spin>
          )}
        </Col>
      </Row>
      {w.data?.lifts && (
        <>
          <Typography.Title level={3} style={{ fontSize: 15, marginTop: 16 }}>
            {t('unit.lifts')}
          </Typography.Title>
          <Typography.Paragraph type="secondary">{t('unit.lifts.intro')}</Typography.Paragraph>
          <Spin spinning={w.isFetching}>
            <LiftsTable lifts={w.data.lifts} indicators={profile.indicators} onUse={onEdit} />
          </Spin>
        </>
      )}
    </Card>
  );
}
