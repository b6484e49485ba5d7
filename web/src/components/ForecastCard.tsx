// A unit's indicator forecast to its target year as a fan in a chart card, with the forecast, the
// target and the probability of meeting it, the model and its backtest coverage said in words.

import { useMemo, type ReactNode } from 'react';
import type { TargetModel, TargetRow } from '@gapscope/api/index.ts';
import { buildFanOption, fanTable, type FanLabels } from '@gapscope/charts/fan.ts';
import { useT, type T } from '../i18n/index.ts';
import { ChartCard } from './ChartCard.tsx';
import { fanInputOf, lastStep } from './forecast-fan.ts';

/** The fan's parts named in the page's language. */
function fanLabels(t: T): FanLabels {
  return {
    observed: t('targets.fan.observed'),
    forecast: t('targets.fan.mean'),
    band80: t('targets.fan.band80'),
    band95: t('targets.fan.band95'),
    lo80: t('targets.fan.lo80'),
    hi80: t('targets.fan.hi80'),
    lo95: t('targets.fan.lo95'),
    hi95: t('targets.fan.hi95'),
  };
}

/**
 * What the fan shows, in sentences: the forecast and target, the model, the caveats, and (unless
 * `source` is false) that the values are a rollup when they are.
 */
export function forecastWords(
  t: T,
  row: TargetRow,
  model: TargetModel | undefined,
  source = true,
): string[] {
  const f = row.forecast;
  const words: string[] = [];
  if (f) {
    const { lo80, hi80 } = lastStep(row);
    const vars = { year: f.year, mean: t.value(f.mean), lo: t.value(lo80), hi: t.value(hi80) };
    words.push(
      row.target
        ? t('targets.fan.forecast', {
            ...vars,
            target: t.value(row.target.value),
            probability: t.pct(f.probability, { digits: 0 }),
          })
        : t('targets.fan.forecast.noTarget', vars),
    );
  } else words.push(t(`targets.fan.noForecast.${row.noForecast ?? 'no-model'}`));
  if (model) {
    const pool = t(`targets.pool.${model.pooledFrom}`, { n: model.units });
    const cover = model.coverage.find((c) => c.nominal === 0.8);
    words.push(
      cover && cover.share !== null
        ? t('targets.fan.model', { pool, coverage: t.pct(cover.share, { digits: 0 }), n: cover.n })
        : t('targets.fan.model.noBacktest', { pool }),
    );
  }
  if (f?.extrapolated) words.push(t('targets.fan.extrapolated'));
  if (source && row.source === 'rollup') words.push(t('targets.source.rollup'));
  return words;
}

export interface ForecastCardProps {
  row: TargetRow;
  model: TargetModel | undefined;
  /** The first year of the answer's series (values[0]). */
  firstYear: number;
  title: ReactNode;
  /** The chart's name for screen readers and file names. */
  name: string;
  /** The y axis's name (the indicator's unit of measure). */
  yName?: string;
  /** What the values are, said instead of the default (a word when they are a rollup). */
  source?: ReactNode;
  extra?: ReactNode;
  height?: number;
  testId?: string;
}

export function ForecastCard(p: ForecastCardProps): ReactNode {
  const t = useT();
  const { row, firstYear, yName } = p;
  const chart = useMemo(() => {
    const input = fanInputOf(firstYear, row, fanLabels(t), yName);
    return {
      option: buildFanOption(input, { lang: t.lang }),
      table: fanTable(input, { lang: t.lang }),
    };
  }, [firstYear, row, yName, t]);
  const [first, ...rest] = forecastWords(t, row, p.model, p.source === undefined);
  return (
    <ChartCard
      title={p.title}
      name={p.name}
      option={chart.option}
      table={chart.table}
      height={p.height ?? 320}
      extra={p.extra}
      testId={p.testId}
      note={
        <div data-testid="fan-words" style={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
          <span style={{ color: '#1f2329', fontSize: 13 }}>{first}</span>
          {rest.map((w) => (
            <span key={w}>{w}</span>
          ))}
          {p.source}
        </div>
      }
    />
  );
}
