// The province's urban–rural income ratio (indicator P1) on its path to the target: observed, the
// forecast fan to the target year, the target and the probability of meeting it, and which figure
// is shown (the data's own rows or the rollup) beside the ratio the gaps module computes.

import type { ReactNode } from 'react';
import { ApiError, useApiQuery } from '../../api/client.ts';
import type { TargetsAnswer } from '@gapscope/api/index.ts';
import { titleCase } from '@gapscope/charts/text.ts';
import { ErrorView } from '../../components/ErrorView.tsx';
import { ForecastCard } from '../../components/ForecastCard.tsx';
import { modelOf } from '../../components/forecast-fan.ts';
import { Loading } from '../../components/Loading.tsx';
import { useFramework } from '../../hooks/use-framework.ts';
import { useT } from '../../i18n/index.ts';

/**
 * The indicator of the urban–rural income ratio with its target (the framework's gaps name the
 * income series, INC_URBAN and INC_RURAL, not an indicator with a target).
 */
export const RATIO_INDICATOR = 'P1';

export function ProvinceTarget(): ReactNode {
  const t = useT();
  const fw = useFramework();
  // One request: the province's row of this indicator and its model.
  const q = useApiQuery<TargetsAnswer>(`/api/targets?level=province&indicator=${RATIO_INDICATOR}`);
  if (q.isPending) return <Loading rows={6} />;
  // A framework without the indicator (or without a province): no card.
  if (q.error instanceof ApiError && q.error.status === 404) return null;
  if (q.error) return <ErrorView error={q.error} retry={() => void q.refetch()} />;
  const row = q.data.rows[0];
  if (!row) return null;
  const node = fw.indicators.get(row.indicator)?.node;
  const name = t.name(node?.name) || row.indicator;
  const title = t('gaps.target.title', {
    name,
    year: row.target?.year ?? row.forecast?.year ?? q.data.horizonYear,
  });
  return (
    <ForecastCard
      row={row}
      model={modelOf(q.data, row)}
      firstYear={q.data.firstYear}
      title={titleCase(title)}
      name={titleCase(title)}
      yName={node && 'unit' in node ? t.measure(node.unit) : undefined}
      height={300}
      testId="chart-province-target"
      source={
        <span data-testid="province-target-source">
          {t(`gaps.target.shown.${row.source}`, { id: row.indicator, name })}
        </span>
      }
    />
  );
}
