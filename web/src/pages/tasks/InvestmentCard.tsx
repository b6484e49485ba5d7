// Investment completed against plan by list, over the items shown, as a small bar chart with its
// PNG, SVG and CSV downloads.

import { Empty } from 'antd';
import { useMemo, type ReactNode } from 'react';
import { ChartCard } from '../../components/ChartCard.tsx';
import { useT } from '../../i18n/index.ts';
import {
  buildInvestmentOption,
  investmentByList,
  investmentTable,
  type InvestmentChartInput,
} from './investment-option.ts';
import type { WorkItemView } from './types.ts';
import { listName } from './words.ts';

export function InvestmentCard({ items }: { items: readonly WorkItemView[] }): ReactNode {
  const t = useT();
  const chart = useMemo(() => {
    const input: InvestmentChartInput = {
      rows: investmentByList(items),
      listName: (l) => listName(t.lang, l),
      labels: {
        planned: t('tasks.invest.planned'),
        completed: t('tasks.invest.completed'),
      },
    };
    return {
      empty: input.rows.length === 0,
      option: buildInvestmentOption(input, { lang: t.lang }),
      table: investmentTable(input, {
        list: t('tasks.col.list'),
        items: t('tasks.invest.items'),
        planned: t('tasks.invest.planned.wan'),
        completed: t('tasks.invest.completed.wan'),
        share: t('tasks.invest.share'),
      }),
      height: 72 + 44 * input.rows.length,
    };
  }, [items, t]);
  if (chart.empty)
    return (
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={t('tasks.invest.none')}
        data-testid="investment"
      />
    );
  return (
    <ChartCard
      title={t('tasks.invest.title')}
      name={t('tasks.invest.title')}
      option={chart.option}
      table={chart.table}
      height={chart.height}
      testId="investment"
    />
  );
}
