// A trend as an arrow and a word: on track ✓, improving ↗, stagnating →, worsening ↘; or, for an
// indicator without a target, better ↑ / worse ↓ / level → than the period before.

import type { ReactNode } from 'react';
import { TONE_COLOUR } from '../../components/tone.ts';
import { useT, type WebKey } from '../../i18n/index.ts';
import type { TrendMark } from './standing.ts';

const LOOK: Record<TrendMark, { arrow: string; tone: keyof typeof TONE_COLOUR; key: WebKey }> = {
  'on-track': { arrow: '✓', tone: 'better', key: 'unit.trend.on-track' },
  improving: { arrow: '↗', tone: 'better', key: 'unit.trend.improving' },
  stagnating: { arrow: '→', tone: 'same', key: 'unit.trend.stagnating' },
  worsening: { arrow: '↘', tone: 'worse', key: 'unit.trend.worsening' },
  up: { arrow: '↑', tone: 'better', key: 'unit.trend.up' },
  down: { arrow: '↓', tone: 'worse', key: 'unit.trend.down' },
  flat: { arrow: '→', tone: 'same', key: 'unit.trend.flat' },
};

export function TrendArrow({ trend }: { trend: TrendMark | null }): ReactNode {
  const t = useT();
  if (!trend)
    return (
      <span style={{ color: '#bbb' }} title={t('unit.trend.none')}>
        –
      </span>
    );
  const l = LOOK[trend];
  return (
    <span style={{ color: TONE_COLOUR[l.tone], whiteSpace: 'nowrap' }} data-trend={trend}>
      <span aria-hidden="true" style={{ fontWeight: 700 }}>
        {l.arrow}
      </span>{' '}
      {t(l.key)}
    </span>
  );
}
