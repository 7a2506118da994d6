import { describe, expect, it } from 'vitest';
import { createCovarianceWorkspace, stationaryCovariance } from './stationary-covariance.ts';

/** Residual of the Lyapunov equation Q − T Q Tᵀ − R Rᵀ for the Harvey form (max abs entry). */
function lyapunovResidual(model: { phi: number[]; theta: number[] }, Q: Float64Array, r: number): number {
  const { phi, theta } = model;
  const T = (i: number, j: number): number =>
    (j === 0 && i < phi.length ? phi[i]! : 0) + (j === i + 1 ? 1 : 0);
  const R = (i: number): number => (i === 0 ? 1 : (theta[i - 1] ?? 0));
  let worst = 0;
  for (let i = 0; i < r; i++) {
    for (let j = 0; j < r; j++) {
      let tqt = 0;
      for (let k = 0; k < r; k++) for (let l = 0; l < r; l++) tqt += T(i, k) * Q[k + r * l]! * T(j, l);
      worst = Math.max(worst, Math.abs(Q[i + r * j]! - tqt - R(i) * R(j)));
    }
  }
  return worst;
}

describe('stationaryCovariance', () => {
  const cases: [string, number[], number[]][] = [
    ['AR(1)', [0.7], []],
    ['ARMA(2,1)', [0.5, -0.3], [0.4]],
    ['near unit root AR(1)', [0.99], [0.2]],
    [
      'seasonal ARMA(1,1)(1,1)[12]',
      [0.3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0.5, -0.15],
      [0.2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -0.6, -0.12],
    ],
  ];
  for (const [name, phi, theta] of cases) {
    it(`solves the Lyapunov equation for ${name}`, () => {
      const r = Math.max(phi.length, theta.length + 1);
      const out = new Float64Array(r * r);
      const ok = stationaryCovariance(Float64Array.from(phi), Float64Array.from(theta), {
        r,
        out,
        ld: r,
        work: createCovarianceWorkspace(phi.length, theta.length, r),
      });
      expect(ok).toBe(true);
      expect(lyapunovResidual({ phi, theta }, out, r)).toBeLessThan(1e-9 * Math.max(1, out[0]!));
    });
  }

  it('gives 1 / (1 − φ²) for an AR(1)', () => {
    const out = new Float64Array(1);
    stationaryCovariance(Float64Array.from([0.6]), new Float64Array(0), {
      r: 1,
      out,
      ld: 1,
      work: createCovarianceWorkspace(1, 0, 1),
    });
    expect(out[0]).toBeCloseTo(1 / 0.64, 12);
  });
});
