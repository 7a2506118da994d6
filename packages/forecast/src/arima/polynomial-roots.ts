/** Complex roots of a real polynomial by the Aberth–Ehrlich iteration (used for MA inversion). */

/**
 * Roots of c₀ + c₁z + … + c_n z^n (coefficients in increasing order, as R's `polyroot`), c_n ≠ 0.
 * Aberth–Ehrlich simultaneous iteration (Aberth 1973) from points on a circle of the Cauchy bound.
 */
export function polynomialRoots(coefficients: Float64Array): { re: Float64Array; im: Float64Array } {
  let n = coefficients.length - 1;
  while (n > 0 && coefficients[n] === 0) n--;
  const re = new Float64Array(n);
  const im = new Float64Array(n);
  if (n === 0) return { re, im };
  const lead = coefficients[n]!;
  let bound = 0;
  for (let i = 0; i < n; i++) bound = Math.max(bound, Math.abs(coefficients[i]! / lead));
  const radius = 1 + bound;
  for (let k = 0; k < n; k++) {
    const angle = (2 * Math.PI * k) / n + 0.4;
    re[k] = 0.5 * radius * Math.cos(angle);
    im[k] = 0.5 * radius * Math.sin(angle);
  }
  for (let iter = 0; iter < 500; iter++) {
    let maxStep = 0;
    for (let k = 0; k < n; k++) {
      const zr = re[k]!;
      const zi = im[k]!;
      // Horner for p(z) and p'(z).
      let pr = coefficients[n]!;
      let pi = 0;
      let dr = 0;
      let di = 0;
      for (let j = n - 1; j >= 0; j--) {
        const ndr = dr * zr - di * zi + pr;
        const ndi = dr * zi + di * zr + pi;
        dr = ndr;
        di = ndi;
        const npr = pr * zr - pi * zi + coefficients[j]!;
        const npi = pr * zi + pi * zr;
        pr = npr;
        pi = npi;
      }
      const d2 = dr * dr + di * di;
      if (pr === 0 && pi === 0) continue;
      // ratio = p / p'
      const rr = d2 === 0 ? 0 : (pr * dr + pi * di) / d2;
      const ri = d2 === 0 ? 0 : (pi * dr - pr * di) / d2;
      let sr = 0;
      let si = 0;
      for (let j = 0; j < n; j++) {
        if (j === k) continue;
        const ar = zr - re[j]!;
        const ai = zi - im[j]!;
        const a2 = ar * ar + ai * ai;
        if (a2 === 0) continue;
        sr += ar / a2;
        si -= ai / a2;
      }
      // w = ratio / (1 - ratio * s)
      const br = 1 - (rr * sr - ri * si);
      const bi = -(rr * si + ri * sr);
      const b2 = br * br + bi * bi;
      const wr = (rr * br + ri * bi) / b2;
      const wi = (ri * br - rr * bi) / b2;
      re[k] = zr - wr;
      im[k] = zi - wi;
      maxStep = Math.max(maxStep, Math.hypot(wr, wi) / Math.max(1, Math.hypot(zr, zi)));
    }
    if (maxStep < 1e-15) break;
  }
  return { re, im };
}
