import { describe, it } from 'vitest';
import { criticWeights } from '../../../src/core/weights/critic.ts';
import { expectAllClose } from '../../helpers/expect-close.ts';

const col = (...v: number[]): Float64Array => Float64Array.from(v);

describe('criticWeights', () => {
  it('weighs a 4 × 3 matrix as computed by hand', () => {
    // y1 = (0, 1, 0, 1), y2 = (0, 0, 1, 1), y3 = (0, 1, 1, 1).
    // Means .5, .5, .75. Deviations: y1 (−.5, .5, −.5, .5), y2 (−.5, −.5, .5, .5),
    //   y3 (−.75, .25, .25, .25); sums of squares 1, 1, .75.
    // s (n − 1 = 3): s1 = s2 = √(1/3) = 1/√3, s3 = √(.75/3) = .5.
    // r12 = (.25 − .25 − .25 + .25)/1 = 0; r13 = (.375 + .125 − .125 + .125)/√(1 · .75) = 1/√3;
    //   r23 = (.375 − .125 + .125 + .125)/√.75 = 1/√3.
    // C1 = C2 = (1/√3)(1 + 1 − 1/√3) = 2/√3 − 1/3 ≈ .821367;
    // C3 = .5 · 2(1 − 1/√3) = 1 − 1/√3 ≈ .422650.
    // ΣC = √3 + 1/3 ≈ 2.065384; w = (.397683, .397683, .204635).
    const w = criticWeights([col(0, 1, 0, 1), col(0, 0, 1, 1), col(0, 1, 1, 1)]);
    const sum = Math.sqrt(3) + 1 / 3;
    const c1 = 2 / Math.sqrt(3) - 1 / 3;
    expectAllClose(w, [c1 / sum, c1 / sum, (1 - 1 / Math.sqrt(3)) / sum], 1e-12);
    expectAllClose(w, [0.397683, 0.397683, 0.204635], 1e-6);
  });

  it('gives a constant indicator weight 0 and counts it as uncorrelated with the others', () => {
    // y1 = (0, 1), y2 = (1, 0): s = 1/√2 each, r12 = −1; the constant y3 adds 1 − 0 to both.
    // C1 = C2 = (1/√2)(2 + 1), C3 = 0 → w = (.5, .5, 0).
    const w = criticWeights([col(0, 1), col(1, 0), col(0.1, 0.1)]);
    expectAllClose(w, [0.5, 0.5, 0], 1e-15);
  });

  it('returns equal weights when every indicator is constant', () => {
    expectAllClose(criticWeights([col(0.1, 0.1, 0.1), col(1, 1, NaN)]), [0.5, 0.5]);
  });

  it('uses the units with a value: s over each column, r pairwise-complete', () => {
    // Unit 5 has y1 missing and y2 = y3 = 1. y1 keeps s1 = 1/√3, and r12, r13 stay over units 1–4
    // (0 and 1/√3). Over 5 units y2 = (0, 0, 1, 1, 1), mean .6, Σd² = 2(.36) + 3(.16) = 1.2,
    // s2 = √.3; y3 = (0, 1, 1, 1, 1), mean .8, Σd² = .64 + 4(.04) = .8, s3 = √.2;
    // Σ d2·d3 = .48 − .12 + 3(.08) = .6, r23 = .6/√(1.2 · .8) = √6/4 ≈ .612372.
    // C1 = (1/√3)(2 − 1/√3) ≈ .821367, C2 = √.3 (2 − √6/4) ≈ .760035,
    // C3 = √.2 (2 − 1/√3 − √6/4) ≈ .362367; ΣC ≈ 1.943769 → w ≈ (.422564, .391011, .186425).
    const w = criticWeights([col(0, 1, 0, 1, NaN), col(0, 0, 1, 1, 1), col(0, 1, 1, 1, 1)]);
    const r23 = Math.sqrt(6) / 4;
    const c = [
      (2 - 1 / Math.sqrt(3)) / Math.sqrt(3),
      Math.sqrt(0.3) * (2 - r23),
      Math.sqrt(0.2) * (2 - 1 / Math.sqrt(3) - r23),
    ];
    const sum = c[0]! + c[1]! + c[2]!;
    expectAllClose(
      w,
      c.map((v) => v / sum),
      1e-12,
    );
    expectAllClose(w, [0.422564, 0.391011, 0.186425], 1e-6);
  });
});
