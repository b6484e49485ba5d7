// Eigen-decomposition of a small symmetric matrix by cyclic Jacobi rotations.

/**
 * Eigenvalues (descending) and unit eigenvectors (vectors[k] belongs to values[k]) of a symmetric
 * m × m matrix. Each vector's sign is fixed so its largest-magnitude component is positive, which
 * makes the result deterministic.
 */
export function symmetricEigen(a: number[][]): { values: number[]; vectors: number[][] } {
  const m = a.length;
  const A = a.map((row) => row.slice());
  const V: number[][] = A.map((_, i) => A.map((__, j) => (i === j ? 1 : 0)));
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < m; p++) for (let q = p + 1; q < m; q++) off += A[p]![q]! * A[p]![q]!;
    if (off < 1e-30) break;
    for (let p = 0; p < m; p++) {
      for (let q = p + 1; q < m; q++) {
        const apq = A[p]![q]!;
        if (Math.abs(apq) < 1e-300) continue;
        const theta = (A[q]![q]! - A[p]![p]!) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < m; k++) {
          const akp = A[k]![p]!;
          const akq = A[k]![q]!;
          A[k]![p] = c * akp - s * akq;
          A[k]![q] = s * akp + c * akq;
        }
        for (let k = 0; k < m; k++) {
          const apk = A[p]![k]!;
          const aqk = A[q]![k]!;
          A[p]![k] = c * apk - s * aqk;
          A[q]![k] = s * apk + c * aqk;
        }
        for (let k = 0; k < m; k++) {
          const vkp = V[k]![p]!;
          const vkq = V[k]![q]!;
          V[k]![p] = c * vkp - s * vkq;
          V[k]![q] = s * vkp + c * vkq;
        }
      }
    }
  }
  const order = A.map((row, i) => ({ v: row[i]!, i })).sort((x, y) => y.v - x.v || x.i - y.i);
  const vectors = order.map(({ i }) => {
    const vec = V.map((row) => row[i]!);
    let big = 0;
    for (const c of vec) if (Math.abs(c) > Math.abs(big)) big = c;
    return big < 0 ? vec.map((c) => -c) : vec;
  });
  return { values: order.map((o) => o.v), vectors };
}
