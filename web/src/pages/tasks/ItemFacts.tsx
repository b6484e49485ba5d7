// What an item is: list, departments, units, dates, the quantitative target and its linked
// indicator, investment, source and description.

import { MISSING } from '@gapscope/core/text/format.ts';
import { Card, Descriptions, Tag } from 'antd';
import type { ReactNode } from 'react';
import { useUnits } from '../../hooks/use-units.ts';
import { useT } from '../../i18n/index.ts';
import type { WorkItemDetail } from './types.ts';
import { compactCny, listName } from './words.ts';
import styles from './tasks.module.css';

export function ItemFacts({
  item,
  department,
}: {
  item: WorkItemDetail;
  department: (id: string) => string;
}): ReactNode {
  const t = useT();
  const units = useUnits();
  const target = item.target;
  const wan = (v: number | null | undefined): string => {
    const c = compactCny(v, t.lang);
    return c === null ? MISSING : t('tasks.invest.amount', { v: c });
  };
  return (
    <Card size="small" title={t('tasks.item.facts')} data-testid="item-facts">
      <Descriptions
        size="small"
        column={1}
        className={styles.facts}
        // One label column: wide enough for the language's longest label.
        styles={{ label: { width: t.lang === 'en' ? 152 : 116 } }}
        items={[
          { key: 'list', label: t('tasks.field.list'), children: listName(t.lang, item.list) },
          {
            key: 'lead',
            label: t('tasks.field.lead'),
            children: <strong data-testid="item-lead">{department(item.leadDepartment)}</strong>,
          },
          {
            key: 'co',
            label: t('tasks.field.co'),
            children: item.coDepartments.length
              ? item.coDepartments.map((d) => <Tag key={d}>{department(d)}</Tag>)
              : MISSING,
          },
          {
            key: 'units',
            label: t('tasks.field.units'),
            children: item.units.length
              ? item.units.map((u) => <Tag key={u}>{units.name(u)}</Tag>)
              : t('tasks.item.province'),
          },
          {
            key: 'dates',
            label: t('tasks.item.dates'),
            children: (
              <span className="num">
                {item.start} – {item.due}
              </span>
            ),
          },
          {
            key: 'target',
            label: t('tasks.field.target'),
            children: target ? (
              <span data-testid="item-target">
                <strong className="num">
                  {t.value(target.value)} {target.unit}
                </strong>
                <span style={{ color: '#646a73' }}>
                  {' '}
                  (
                  {[
                    target.direction === 'decrease'
                      ? t('tasks.direction.decrease')
                      : t('tasks.direction.increase'),
                    target.baseline !== null
                      ? t('tasks.item.baseline', { v: t.value(target.baseline) })
                      : null,
                  ]
                    .filter(Boolean)
                    .join(t.lang === 'en' ? '; ' : '；')}
                  )
                </span>
              </span>
            ) : (
              t('tasks.item.noTarget')
            ),
          },
          ...(target?.indicator
            ? [
                {
                  key: 'indicator',
                  label: t('tasks.field.indicator'),
                  children: (
                    <span>
                      <Tag>{target.indicator}</Tag>
                      {target.year ?? ''}
                      {item.indicator && (
                        <span style={{ color: '#646a73' }}>
                          {' '}
                          {t('tasks.item.reading', {
                            value: t.value(item.indicator.value),
                            period: item.indicator.period,
                            unit: units.name(item.indicator.unit),
                          })}
                        </span>
                      )}
                    </span>
                  ),
                },
              ]
            : []),
          ...(item.investment
            ? [
                {
                  key: 'investment',
                  label: t('tasks.item.investment'),
                  children: (
                    <span className="num" data-testid="item-investment">
                      {wan(item.completedInvestment)} / {wan(item.investment.planned)}
                      {item.investment.planned
                        ? ` (${t.num((100 * (item.completedInvestment ?? 0)) / item.investment.planned, { digits: 1 })}%)`
                        : ''}
                    </span>
                  ),
                },
              ]
            : []),
          ...(item.source
            ? [{ key: 'source', label: t('tasks.field.source'), children: item.source }]
            : []),
          ...(item.description
            ? [
                {
                  key: 'description',
                  label: t('tasks.field.description'),
                  children: <span style={{ whiteSpace: 'pre-wrap' }}>{item.description}</span>,
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}
