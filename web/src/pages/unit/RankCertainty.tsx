// How certain the unit's rank is: its 5–95 % rank range over the uncertain method choices (Monte
// Carlo on the server, the same runs as the ranking table's intervals).

import { Tooltip } from 'antd';
import type { ReactNode } from 'react';
import { useApiPost } from '../../api/client.ts';
import type { Uncertainty } from '@gapscope/api/index.ts';
import { useT } from '../../i18n/index.ts';

const RUNS = 1000;

export function RankCertainty({ unit, period }: { unit: string; period: string }): ReactNode {
  const t = useT();
  const q = useApiPost<Uncertainty>(
    '/api/uncertainty',
    { period, runs: RUNS, seed: 1 },
    { staleTime: Infinity },
  );
  const r = q.data?.units.find((u) => u.unit === unit)?.rank;
  if (!r || r.p5 === null || r.p95 === null) return null;
  const text = t('rank.certainty', {
    low: Math.round(r.p5),
    high: Math.round(r.p95),
    runs: q.data!.runs,
  });
  return (
    <Tooltip title={q.data!.choices.join(' · ')}>
      <div style={{ color: '#646a73', fontSize: 12, marginTop: 4 }} data-testid="rank-certainty">
        {text}
      </div>
    </Tooltip>
  );
}
