// A tier as a coloured tag (tier 1 darkest), its number always written out.

import { Tag } from 'antd';
import type { ReactNode } from 'react';
import { MISSING } from '@gapscope/core/text/format.ts';
import { useT } from '../i18n/index.ts';

/** Dark to light blue for tiers 1–5 (ColorBrewer Blues; readable as grey too). */
const TIER_COLOURS = ['#08519c', '#3182bd', '#6baed6', '#9ecae1', '#c6dbef'];

export function tierColour(tier: number): string {
  return TIER_COLOURS[Math.min(TIER_COLOURS.length, Math.max(1, tier)) - 1]!;
}

export function TierTag({ tier }: { tier: number | null | undefined }): ReactNode {
  const t = useT();
  if (tier === null || tier === undefined) return <span>{MISSING}</span>;
  return (
    <Tag
      variant="solid"
      color={tierColour(tier)}
      style={{ color: tier <= 2 ? '#fff' : '#08306b', marginInlineEnd: 0 }}
    >
      {t('rank.tier.n', { n: tier })}
    </Tag>
  );
}
