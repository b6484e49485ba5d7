// A figure of the gap summary: its value, the value a year earlier and the change between them.

/** A value with the same period a year earlier and the change (value − yearEarlier); null = none. */
export interface Figure {
  value: number | null;
  yearEarlier: number | null;
  change: number | null;
}

/** A figure from the two values; NaN and ±Infinity become null (METHODS.md § The three-gap summary). */
export function figure(
  value: number | null | undefined,
  yearEarlier: number | null | undefined,
): Figure {
  const v = finite(value);
  const e = finite(yearEarlier);
  return { value: v, yearEarlier: e, change: v !== null && e !== null ? v - e : null };
}

/** The number, or null when it is missing or not finite (METHODS.md § The three-gap summary). */
export function finite(v: number | null | undefined): number | null {
  return v === null || v === undefined || !Number.isFinite(v) ? null : v;
}
