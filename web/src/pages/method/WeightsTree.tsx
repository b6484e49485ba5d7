// The framework tree with weights: each node's weight among its siblings and in the whole index,
// as the framework sets them (expert) and under the chosen weighting method.

import { Card, Progress, Table, Tag } from 'antd';
import { useMemo, type ReactNode } from 'react';
import type { Framework } from '@gapscope/core/framework/schema.ts';
import { MISSING } from '@gapscope/core/text/format.ts';
import { useT } from '../../i18n/index.ts';
import styles from './method.module.css';
import { weightRows, type ResultWeights, type WeightRow } from './tree-weights.ts';

function Share({ v, strong }: { v: number | null; strong?: boolean }): ReactNode {
  const t = useT();
  if (v === null) return MISSING;
  return (
    <span className={styles.share}>
      <Progress
        percent={v * 100}
        showInfo={false}
        size="small"
        strokeColor={strong ? '#0072B2' : '#8fb8d8'}
        className={styles.bar}
        aria-hidden
      />
      <span className="num">{t.pct(v, { digits: 1 })}</span>
    </span>
  );
}

export function WeightsTree({
  framework,
  result,
  method,
}: {
  framework: Framework;
  result: ResultWeights | null;
  /** The chosen weighting method's name. */
  method: string;
}): ReactNode {
  const t = useT();
  const rows = useMemo(() => weightRows(framework, result), [framework, result]);
  const keys = useMemo(() => {
    const out: string[] = [];
    const walk = (r: WeightRow): void => {
      if (r.children) {
        out.push(r.key);
        r.children.forEach(walk);
      }
    };
    rows.forEach(walk);
    return out;
  }, [rows]);
  return (
    <Card size="small" title={t('method.tree.title')} data-testid="weights-tree">
      <Table<WeightRow>
        size="small"
        dataSource={rows}
        pagination={false}
        expandable={{ defaultExpandedRowKeys: keys }}
        columns={[
          {
            key: 'name',
            title: t('method.tree.node'),
            render: (_: unknown, r) => (
              <span>
                {r.indicator ? t.name(r.name) : <b>{t.name(r.name)}</b>}{' '}
                <span className={styles.muted}>{r.id}</span>
              </span>
            ),
          },
          {
            key: 'written',
            title: t('method.tree.written'),
            dataIndex: 'written',
            align: 'right',
            width: 80,
            render: (v: number) => <span className="num">{t.num(v, { significant: 3 })}</span>,
          },
          {
            key: 'expert',
            title: t('method.tree.expert'),
            children: [
              {
                key: 'local',
                title: t('method.tree.inParent'),
                width: 120,
                render: (_: unknown, r) => <Share v={r.local} />,
              },
              {
                key: 'index',
                title: t('method.tree.inIndex'),
                width: 120,
                render: (_: unknown, r) => <Share v={r.index} />,
              },
            ],
          },
          {
            key: 'now',
            title: (
              <span>
                {t('method.tree.now')} <Tag>{method}</Tag>
              </span>
            ),
            children: [
              {
                key: 'localNow',
                title: t('method.tree.inParent'),
                width: 120,
                render: (_: unknown, r) => <Share v={r.localNow} strong />,
              },
              {
                key: 'indexNow',
                title: t('method.tree.inIndex'),
                width: 120,
                render: (_: unknown, r) => <Share v={r.indexNow} strong />,
              },
            ],
          },
        ]}
      />
    </Card>
  );
}
