import { describe, expect, it } from 'vitest';
import { arToPacf, expandCoefficients, invertMa, isStationary, pacfToAr } from './arima-parameters.ts';
import { polynomialRoots } from './polynomial-roots.ts';

describe('PACF transform', () => {
  it('round-trips AR coefficients through the partial autocorrelations', () => {
    const phi = Float64Array.from([0.5, -0.3, 0.2]);
    const raw = new Float64Array(3);
    arToPacf(phi, { offset: 0, length: 3 }, raw);
    const back = new Float64Array(3);
    pacfToAr(raw, { offset: 0, length: 3 }, { out: back, work: new Float64Array(3) });
    for (let i = 0; i < 3; i++) expect(back[i]).toBeCloseTo(phi[i]!, 12);
  });
});

describe('isStationary', () => {
  it('accepts stationary and rejects explosive or unit-root polynomials', () => {
    expect(isStationary([0.5])).toBe(true);
    expect(isStationary([1])).toBe(false);
    expect(isStationary([1.2, -0.3])).toBe(true); // roots 1.67 and 2
    expect(isStationary([0.5, 0.6])).toBe(false);
    expect(isStationary([])).toBe(true);
  });

  it('tests a larger radius like forecast::auto.arima (min |root| > 1.01)', () => {
    // 1 - 0.995 z has its root at 1.005: stationary, but inside radius 1.01.
    expect(isStationary([0.995])).toBe(true);
    expect(isStationary([0.995], 1.01)).toBe(false);
  });
});

describe('expandCoefficients', () => {
  it('multiplies out (1 - 0.5B)(1 - 0.4B^4) and (1 + 0.3B)(1 + 0.2B^4)', () => {
    const buffers = {
      phi: new Float64Array(5),
      theta: new Float64Array(5),
      params: new Float64Array(4),
      work: new Float64Array(4),
    };
    const order = { p: 1, d: 0, q: 1, P: 1, D: 0, Q: 1, period: 4 };
    expandCoefficients(Float64Array.from([0.5, 0.3, 0.4, 0.2]), { order, transform: false }, buffers);
    expect(Array.from(buffers.phi)).toEqual([0.5, 0, 0, 0.4, -0.2]);
    expect(Array.from(buffers.theta).map((v) => Math.round(v * 1e12) / 1e12)).toEqual([0.3, 0, 0, 0.2, 0.06]);
  });
});

describe('invertMa', () => {
  it('reflects a non-invertible MA(1) (R: maInvert(2) = 0.5)', () => {
    expect(invertMa(Float64Array.from([2]))[0]).toBeCloseTo(0.5, 14);
    expect(invertMa(Float64Array.from([0.4]))[0]).toBe(0.4);
  });

  it('reflects the inside root of an MA(2) and keeps the outside one', () => {
    // 1 + 2.5z + z^2 = (1 + 2z)(1 + 0.5z): roots -0.5 (inside) and -2; inverted: (1 + 0.5z)^2.
    const out = invertMa(Float64Array.from([2.5, 1]));
    expect(out[0]).toBeCloseTo(1, 10);
    expect(out[1]).toBeCloseTo(0.25, 10);
  });
});

describe('polynomialRoots', () => {
  it('finds the complex roots of 1 + z^2', () => {
    const { re, im } = polynomialRoots(Float64Array.from([1, 0, 1]));
    const sorted = Array.from(im).sort((a, b) => a - b);
    expect(sorted[0]).toBeCloseTo(-1, 12);
    expect(sorted[1]).toBeCloseTo(1, 12);
    expect(Math.abs(re[0]!)).toBeLessThan(1e-12);
  });
});
