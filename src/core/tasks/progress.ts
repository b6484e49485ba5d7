// Progress against a quantitative target: whether a value meets it, and the share of the way from
// the baseline to the target it stands at (METHODS.md § Task-force work system: status rules).

import type { Target } from './types.ts';

/** True when `value` meets the target: at or above it for an increase, at or below for a decrease. */
export function targetMet(target: Target, value: number): boolean {
  return target.direction === 'decrease' ? value <= target.value : value >= target.value;
}

/**
 * The share (%) of the way from the baseline to the target that `value` has come:
 * 100 × (value − baseline) / (target − baseline), not clipped. The baseline is 0 for an increase
 * without one; a decrease without a baseline has no share (null), nor has a target equal to its
 * baseline.
 */
export function shareOfTarget(target: Target, value: number): number | null {
  const baseline = target.baseline ?? (target.direction === 'increase' ? 0 : null);
  if (baseline === null || target.value === baseline) return null;
  return (100 * (value - baseline)) / (target.value - baseline);
}
