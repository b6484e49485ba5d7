// Shared pieces of the benchmarks: timing, medians and the shape of a result row.

/** One line of bench/RESULTS.md. */
export interface BenchRow {
  work: string;
  target: string;
  median: string;
  detail: string;
  /** Whether the target is met; null when the row has no target. */
  pass: boolean | null;
}

/** The median of a list of numbers. */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Median wall time in ms of `runs` calls after `warm` warm-up calls. */
export function time(
  f: () => void,
  runs: number,
  warm = 3,
): { median: number; min: number; runs: number } {
  for (let i = 0; i < warm; i++) f();
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f();
    t.push(performance.now() - t0);
  }
  return { median: median(t), min: Math.min(...t), runs };
}

/** Milliseconds for the table: two decimals under 10 ms, one above. */
export function ms(v: number): string {
  return (v < 10 ? v.toFixed(2) : v.toFixed(1)) + ' ms';
}

/** Megabytes (MiB) for the table. */
export function mb(bytes: number): string {
  return `${Math.round(bytes / 2 ** 20)} MB`;
}
