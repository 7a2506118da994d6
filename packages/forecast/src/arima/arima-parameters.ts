/** ARIMA coefficient maps: PACF reparametrisation, seasonal expansion and MA inversion (R's arima.c / arima.R). */
import { polynomialRoots } from './polynomial-roots.ts';

/** Orders of a seasonal ARIMA(p,d,q)(P,D,Q)m model. */
export interface ArimaOrder {
  readonly p: number;
  readonly d: number;
  readonly q: number;
  readonly P: number;
  readonly D: number;
  readonly Q: number;
  /** Seasonal period m (1 = none). */
  readonly period: number;
}

/** A block of coefficients inside a parameter vector: its start and length. */
export interface ParameterBlock {
  readonly offset: number;
  readonly length: number;
}

/**
 * Maps unconstrained values to a stationary AR polynomial in place: tanh to partial autocorrelations, then
 * the Durbin–Levinson recursion (Jones 1980; R's `partrans` in src/library/stats/src/arima.c).
 */
export function pacfToAr(
  raw: Float64Array,
  block: ParameterBlock,
  target: { out: Float64Array; work: Float64Array },
): void {
  const { offset, length: p } = block;
  const { out, work } = target;
  for (let j = 0; j < p; j++) {
    const v = Math.tanh(raw[offset + j]!);
    out[offset + j] = v;
    work[j] = v;
  }
  for (let j = 1; j < p; j++) {
    const a = out[offset + j]!;
    for (let k = 0; k < j; k++) work[k] = work[k]! - a * out[offset + j - k - 1]!;
    for (let k = 0; k < j; k++) out[offset + k] = work[k]!;
  }
}

/** Inverse of {@link pacfToAr}: AR coefficients to atanh of the partial autocorrelations (R's `invpartrans`). */
export function arToPacf(phi: Float64Array, block: ParameterBlock, out: Float64Array): void {
  const { offset, length: p } = block;
  const cur = new Float64Array(p);
  const work = new Float64Array(p);
  for (let j = 0; j < p; j++) cur[j] = phi[offset + j]!;
  for (let j = p - 1; j > 0; j--) {
    const a = cur[j]!;
    for (let k = 0; k < j; k++) work[k] = (cur[k]! + a * cur[j - k - 1]!) / (1 - a * a);
    for (let k = 0; k < j; k++) cur[k] = work[k]!;
  }
  for (let j = 0; j < p; j++) out[offset + j] = Math.atanh(cur[j]!);
}

/**
 * True when all roots of 1 − φ₁z − … − φ_p z^p lie outside the circle of radius `radius` (Schur–Cohn test via
 * the backward Durbin–Levinson recursion: every reflection coefficient of the scaled polynomial is inside
 * (−1, 1)). Equivalent to R's `arCheck` (radius 1) and to forecast's `min(Mod(polyroot)) > radius` checks.
 */
export function isStationary(phi: ArrayLike<number>, radius = 1): boolean {
  let p = phi.length;
  while (p > 0 && Math.abs(phi[p - 1]!) === 0) p--;
  if (p === 0) return true;
  const cur = new Float64Array(p);
  let scale = 1;
  for (let j = 0; j < p; j++) {
    scale *= radius;
    cur[j] = phi[j]! * scale;
  }
  const work = new Float64Array(p);
  for (let j = p - 1; j >= 0; j--) {
    const a = cur[j]!;
    if (!(Math.abs(a) < 1)) return false;
    for (let k = 0; k < j; k++) work[k] = (cur[k]! + a * cur[j - k - 1]!) / (1 - a * a);
    for (let k = 0; k < j; k++) cur[k] = work[k]!;
  }
  return true;
}

/** Total count of ARMA coefficients p + q + P + Q. */
export function armaCount(order: ArimaOrder): number {
  return order.p + order.q + order.P + order.Q;
}

/**
 * Expands (p, q, P, Q) coefficients into the full φ (length p + mP) and θ (length q + mQ) of the product
 * polynomials, after the PACF transform of the AR blocks when `transform` (R's `ARIMA_transPars`).
 */
export function expandCoefficients(
  coef: Float64Array,
  how: { order: ArimaOrder; transform: boolean },
  out: { phi: Float64Array; theta: Float64Array; params: Float64Array; work: Float64Array },
): void {
  const { order, transform } = how;
  const { p, q, P, Q, period } = order;
  const params = out.params;
  const narma = p + q + P + Q;
  for (let i = 0; i < narma; i++) params[i] = coef[i]!;
  if (transform) {
    if (p > 0) pacfToAr(coef, { offset: 0, length: p }, { out: params, work: out.work });
    if (P > 0) pacfToAr(coef, { offset: p + q, length: P }, { out: params, work: out.work });
  }
  const { phi, theta } = out;
  phi.fill(0);
  theta.fill(0);
  for (let i = 0; i < p; i++) phi[i] = params[i]!;
  for (let i = 0; i < q; i++) theta[i] = params[p + i]!;
  for (let j = 0; j < P; j++) {
    const s = params[p + q + j]!;
    phi[(j + 1) * period - 1] = phi[(j + 1) * period - 1]! + s;
    for (let i = 0; i < p; i++) phi[(j + 1) * period + i] = phi[(j + 1) * period + i]! - params[i]! * s;
  }
  for (let j = 0; j < Q; j++) {
    const s = params[p + q + P + j]!;
    theta[(j + 1) * period - 1] = theta[(j + 1) * period - 1]! + s;
    for (let i = 0; i < q; i++)
      theta[(j + 1) * period + i] = theta[(j + 1) * period + i]! + params[p + i]! * s;
  }
}

/**
 * Reflects MA roots inside the unit circle to make 1 + θ₁z + … invertible (R's `maInvert` in arima.R).
 * Returns a new array; unchanged copy when already invertible.
 */
export function invertMa(ma: Float64Array): Float64Array {
  const q = ma.length;
  let q0 = q;
  while (q0 > 0 && ma[q0 - 1] === 0) q0--;
  if (q0 === 0) return ma.slice();
  const coefficients = new Float64Array(q0 + 1);
  coefficients[0] = 1;
  for (let i = 0; i < q0; i++) coefficients[i + 1] = ma[i]!;
  const { re, im } = polynomialRoots(coefficients);
  let anyInside = false;
  for (let i = 0; i < q0; i++) if (Math.hypot(re[i]!, im[i]!) < 1) anyInside = true;
  if (!anyInside) return ma.slice();
  const out = new Float64Array(q);
  if (q0 === 1) {
    out[0] = 1 / ma[0]!;
    return out;
  }
  for (let i = 0; i < q0; i++) {
    const m2 = re[i]! * re[i]! + im[i]! * im[i]!;
    if (Math.sqrt(m2) < 1) {
      re[i] = re[i]! / m2;
      im[i] = -im[i]! / m2;
    }
  }
  // x <- 1; for (r in roots) x <- c(x, 0) - c(0, x) / r, in complex arithmetic.
  const xr = new Float64Array(q0 + 1);
  const xi = new Float64Array(q0 + 1);
  xr[0] = 1;
  for (let k = 0; k < q0; k++) {
    const m2 = re[k]! * re[k]! + im[k]! * im[k]!;
    const ir = re[k]! / m2;
    const ii = -im[k]! / m2;
    for (let j = k + 1; j >= 1; j--) {
      const pr = xr[j - 1]!;
      const pi = xi[j - 1]!;
      xr[j] = xr[j]! - (pr * ir - pi * ii);
      xi[j] = xi[j]! - (pr * ii + pi * ir);
    }
  }
  for (let i = 0; i < q0; i++) out[i] = xr[i + 1]!;
  return out;
}
