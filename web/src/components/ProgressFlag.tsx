// A progress flag as a tag with its colour and name, and a tooltip telling how it was reached:
// the years, the rate and the rate the target needs, the ratio r, the thresholds (METHODS.md §
// Progress towards targets and forecasts, progress flags).

import { Tag, Tooltip } from 'antd';
import type { KeyboardEvent, ReactNode } from 'react';
import type { TargetRow } from '@gapscope/api/index.ts';
import type { Flag } from '@gapscope/core/targets/flag.ts';
import { THRESHOLDS, type ThresholdName } from '@gapscope/core/targets/thresholds.ts';
import { useT, type T } from '../i18n/index.ts';

/**
 * The flags' colours, best to worst: blue, bluish green, orange, vermilion (Okabe–Ito) and a dark
 * red, with the text colour each is readable with. The name is always written too.
 */
export const FLAG_COLOUR: Record<Flag, { bg: string; fg: string }> = {
  achieved: { bg: '#0072B2', fg: '#ffffff' },
  'on-track': { bg: '#009E73', fg: '#ffffff' },
  'needs-acceleration': { bg: '#E69F00', fg: '#1f2329' },
  limited: { bg: '#D55E00', fg: '#ffffff' },
  deterioration: { bg: '#8E1B1B', fg: '#ffffff' },
};

const NO_FLAG = { bg: '#f0f0f0', fg: '#646a73' };

/** A growth rate (a fraction) as a signed percentage: +1.57%, −1.96%. */
function signedPct(t: T, v: number | null): string {
  return v === null ? t.num(null) : `${t.signed(v * 100, { digits: 2 })}%`;
}

/** A rate: compound as a percentage a year, linear as a signed change a year in the unit. */
function rateText(t: T, row: TargetRow, v: number | null, measure: string): string {
  if (v === null) return t.num(null);
  const rate =
    row.progress.growth === 'compound'
      ? signedPct(t, v)
      : `${t.signed(v, { significant: 3 })}${measure ? ` ${measure}` : ''}`;
  return t('targets.perYear', { rate });
}

/** The tooltip's lines: years, values, the target, the rates and r (or G), the thresholds. */
function tipLines(t: T, row: TargetRow, thresholds: ThresholdName, asked: number, measure: string) {
  const p = row.progress;
  if (!p.flag) return [t(`targets.noFlag.${p.noFlag ?? 'no-value'}`)];
  const lines = [
    t('targets.tip.years', { base: p.baseYear ?? '', current: p.currentYear ?? '' }) +
      (p.baseShifted ? t('targets.tip.shifted', { asked }) : ''),
    t('targets.tip.values', { base: t.value(p.base), current: t.value(p.current) }),
  ];
  const target = row.target;
  if (target)
    lines.push(t('targets.tip.target', { target: t.value(target.value), year: target.year }));
  if (p.flag === 'achieved') return [...lines, t('targets.tip.achieved')];
  const rate = rateText(t, row, p.rate, measure);
  if (target) {
    const required = rateText(t, row, p.required, measure);
    lines.push(t(`targets.tip.${p.growth ?? 'linear'}`, { rate, required }));
    lines.push(
      p.ratio === null
        ? t('targets.tip.requiredZero')
        : t('targets.tip.ratio', { ratio: t.num(p.ratio, { digits: 2 }) }),
    );
  } else lines.push(t('targets.tip.growth', { growth: signedPct(t, p.signedGrowth) }));
  if (p.linearBecause) lines.push(t(`targets.tip.linear.${p.linearBecause}`));
  const set = THRESHOLDS[thresholds];
  const b = target ? set.withTarget : set.withoutTarget;
  const bound = (v: number): string => (target ? t.num(v, { digits: 2 }) : t.pct(v, { digits: 1 }));
  lines.push(
    t('targets.tip.bounds', {
      set: t(`targets.set.${thresholds}`),
      onTrack: bound(b.onTrack),
      acceleration: bound(b.acceleration),
      limited: bound(b.limited),
    }),
  );
  return lines;
}

export interface ProgressFlagProps {
  row: TargetRow;
  /** The threshold set the flags were given by, and the base year asked for. */
  thresholds: ThresholdName;
  baseYear: number;
  /** The indicator's unit of measure in words, for linear rates. */
  measure?: string;
  /** Makes the tag a button (e.g. to show the indicator's forecast). */
  onClick?: () => void;
  /** The button's name for screen readers. */
  label?: string;
}

export function ProgressFlag({
  row,
  thresholds,
  baseYear,
  measure = '',
  onClick,
  label,
}: ProgressFlagProps): ReactNode {
  const t = useT();
  const flag = row.progress.flag;
  const { bg, fg } = flag ? FLAG_COLOUR[flag] : NO_FLAG;
  const lines = tipLines(t, row, thresholds, baseYear, measure);
  const name = flag ? t(`targets.flag.${flag}`) : t('targets.noFlag');
  const onKey = (e: KeyboardEvent): void => {
    if (onClick && (e.key === 'Enter' || e.key === ' ')) {
      e.preventDefault();
      onClick();
    }
  };
  return (
    <Tooltip
      styles={{ root: { maxWidth: 400 } }}
      title={
        <div>
          {lines.map((l, i) => (
            <div key={i}>{l}</div>
          ))}
        </div>
      }
    >
      <Tag
        variant="solid"
        color={bg}
        style={{
          color: fg,
          marginInlineEnd: 0,
          cursor: onClick ? 'pointer' : 'default',
          whiteSpace: 'nowrap',
        }}
        data-flag={flag ?? 'none'}
        onClick={onClick}
        onKeyDown={onKey}
        role={onClick ? 'button' : undefined}
        tabIndex={onClick ? 0 : undefined}
        aria-label={label ? `${name}: ${label}` : undefined}
      >
        {name}
      </Tag>
    </Tooltip>
  );
}
