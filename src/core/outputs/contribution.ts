// Each indicator's contribution to a unit's index score, and its obstacle degree (障碍度).

/**
 * Contribution of indicator j to unit u's index under arithmetic aggregation: W_ju·y_ju / S_u, a
 * share that sums to 1 over the unit's indicators (METHODS.md § Outputs).
 */
export function contributions(
  W: Float64Array[],
  y: Float64Array[],
  index: Float64Array,
): Float64Array[] {
  return W.map((w, j) => {
    const out = new Float64Array(index.length);
    for (let u = 0; u < index.length; u++) {
      const v = y[j]![u]!;
      out[u] = v === v && index[u]! > 0 ? (w[u]! * v) / index[u]! : NaN;
    }
    return out;
  });
}

/**
 * Obstacle degree: I = 1 − y/100, O_j = W_j·I_j / Σ_k W_k·I_k — each indicator's share of what
 * keeps the unit from the top score (sums to 1; NaN when the unit is at 100 on every indicator).
 */
export function obstacles(W: Float64Array[], y: Float64Array[]): Float64Array[] {
  const n = y[0]?.length ?? 0;
  const total = new Float64Array(n);
  for (let j = 0; j < y.length; j++) {
    for (let u = 0; u < n; u++) {
      const v = y[j]![u]!;
      if (v === v) total[u]! += W[j]![u]! * (1 - v / 100);
    }
  }
  return y.map((col, j) => {
    const out = new Float64Array(n);
    for (let u = 0; u < n; u++) {
      const v = col[u]!;
      out[u] = v === v && total[u]! > 0 ? (W[j]![u]! * (1 - v / 100)) / total[u]! : NaN;
    }
    return out;
  });
}
