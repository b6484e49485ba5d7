// A rank change as an arrow and a count: ▲ 3 (moved up), ▼ 2, – (unchanged or unknown).

import { ArrowDownOutlined, ArrowUpOutlined, MinusOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import { useT } from '../i18n/index.ts';
import { TONE_COLOUR, toneOf } from './tone.ts';

/** `change` is positive when the unit moved up (a smaller rank number). */
export function RankChange({ change }: { change: number | null | undefined }): ReactNode {
  const t = useT();
  const tone = toneOf(change, 1);
  const label =
    tone === 'none'
      ? t('rank.new')
      : tone === 'same'
        ? t('rank.same')
        : tone === 'better'
          ? t('rank.up', { n: change! })
          : t('rank.down', { n: -change! });
  const Icon =
    tone === 'better' ? ArrowUpOutlined : tone === 'worse' ? ArrowDownOutlined : MinusOutlined;
  return (
    <span
      className="num"
      style={{ color: TONE_COLOUR[tone], whiteSpace: 'nowrap' }}
      title={label}
      aria-label={label}
    >
      <Icon /> {tone === 'better' || tone === 'worse' ? Math.abs(change!) : ''}
    </span>
  );
}
