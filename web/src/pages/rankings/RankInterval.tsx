// A unit's 5–95 % rank interval as a small bar: the band, the median tick, the nominal dot.

import type { ReactNode } from 'react';
import type { Interval } from '@gapscope/api/index.ts';
import { PALETTE } from '@gapscope/charts/theme.ts';
import { MISSING } from '@gapscope/core/text/format.ts';
import { useT } from '../../i18n/index.ts';
import { intervalMarks } from './interval-bar.ts';

const W = 120;
const H = 16;

export function RankInterval({
  interval,
  of,
  runs,
}: {
  interval: Interval | null;
  of: number;
  runs: number;
}): ReactNode {
  const t = useT();
  const m = intervalMarks(interval, of, W);
  if (!m || !interval) return <span style={{ color: '#bbb' }}>{MISSING}</span>;
  // Percentiles of ranks interpolate between whole ranks: shown to the nearest rank.
  const r = (v: number | null): string => t.num(v, { digits: 0 });
  const label = t('rank.interval.note', {
    runs,
    median: r(interval.median),
    p5: r(interval.p5),
    p95: r(interval.p95),
  });
  return (
    <span title={label} style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }}>
      <svg width={W} height={H} role="img" aria-label={label}>
        <line x1={3} x2={W - 3} y1={H / 2} y2={H / 2} stroke="#e5e6eb" strokeWidth={2} />
        <rect
          x={m.from}
          y={H / 2 - 4}
          width={Math.max(2, m.to - m.from)}
          height={8}
          rx={3}
          fill={PALETTE[5]}
          opacity={0.7}
        />
        {m.median !== null && (
          <line x1={m.median} x2={m.median} y1={2} y2={H - 2} stroke={PALETTE[0]} strokeWidth={2} />
        )}
        {m.nominal !== null && <circle cx={m.nominal} cy={H / 2} r={3} fill={PALETTE[3]} />}
      </svg>
      <span className="num" style={{ fontSize: 12, color: '#646a73' }}>
        {r(interval.p5)}–{r(interval.p95)}
      </span>
    </span>
  );
}
