/** The coefficient-variance check forecast's `checkarima` applies: R's optimhess, ARIMA_Gradtrans and solve. */

import { pacfToAr } from './arima-parameters.ts';
import type { Objective } from './optimizer.ts';

const NDEPS = 1e-3;

/**
 * Numerical Hessian of `fn` at `par` exactly as R's `optimhess` (central differences of the finite-difference
 * gradient, steps 1e-3 / parscale, symmetrised). Returns a row-major k × k matrix.
 */
export function numericalHessian(fn: Objective, par: Float64Array, parscale: Float64Array): Float64Array {
  const k = par.length;
  const b = new Float64Array(k);
  for (let i = 0; i < k; i++) b[i] = par[i]! / parscale[i]!;
  const point = new Float64Array(k);
  const evaluate = (): number => {
    for (let i = 0; i < k; i++) point[i] = b[i]! * parscale[i]!;
    return fn(point);
  };
  const gradient = (out: Float64Array): void => {
    for (let j = 0; j < k; j++) {
      const keep = b[j]!;
      b[j] = keep + NDEPS;
      const up = evaluate();
      b[j] = keep - NDEPS;
      const down = evaluate();
      b[j] = keep;
      out[j] = (up - down) / (2 * NDEPS);
    }
  };
  const hessian = new Float64Array(k * k);
  const g1 = new Float64Array(k);
  const g2 = new Float64Array(k);
  for (let i = 0; i < k; i++) {
    const eps = NDEPS / parscale[i]!;
    b[i] = b[i]! + eps;
    gradient(g1);
    b[i] = b[i]! - 2 * eps;
    gradient(g2);
    b[i] = b[i]! + eps;
    for (let j = 0; j < k; j++)
      hessian[i * k + j] = (g1[j]! - g2[j]!) / (2 * eps * parscale[i]! * parscale[j]!);
  }
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < i; j++) {
      const v = 0.5 * (hessian[i * k + j]! + hessian[j * k + i]!);
      hessian[i * k + j] = v;
      hessian[j * k + i] = v;
    }
  }
  return hessian;
}

/**
 * Jacobian of the PACF → AR map by forward differences (R's `ARIMA_Gradtrans`, eps 1e-3), identity outside
 * the AR blocks at [0, p) and [seasonalOffset, seasonalOffset + P). Row-major k × k, A[i][j] = ∂out_j/∂raw_i.
 */
export function transformJacobian(
  raw: Float64Array,
  blocks: { p: number; seasonalOffset: number; P: number },
): Float64Array {
  const { p, seasonalOffset, P } = blocks;
  const k = raw.length;
  const A = new Float64Array(k * k);
  for (let i = 0; i < k; i++) A[i * k + i] = 1;
  const block = (offset: number, size: number): void => {
    if (size === 0) return;
    const w1 = raw.slice(offset, offset + size);
    const w2 = new Float64Array(size);
    const w3 = new Float64Array(size);
    const work = new Float64Array(size);
    pacfToAr(w1, { offset: 0, length: size }, { out: w2, work });
    for (let i = 0; i < size; i++) {
      w1[i] = w1[i]! + 1e-3;
      pacfToAr(w1, { offset: 0, length: size }, { out: w3, work });
      for (let j = 0; j < size; j++) A[(offset + i) * k + offset + j] = (w3[j]! - w2[j]!) / 1e-3;
      w1[i] = w1[i]! - 1e-3;
    }
  };
  block(0, p);
  block(seasonalOffset, P);
  return A;
}

/**
 * True when every coefficient variance diag(Aᵀ (n·H)⁻¹ A) is a non-negative finite number, i.e. when R's
 * `arima` would produce a usable `var.coef` and forecast's `checkarima` accepts the fit. A singular or
 * non-finite Hessian fails, as R's `solve` errors there.
 */
export function varianceIsValid(
  hessian: Float64Array,
  jacobian: Float64Array | undefined,
  nUsed: number,
): boolean {
  const k = Math.round(Math.sqrt(hessian.length));
  if (k === 0) return true;
  const m = new Float64Array(k * k);
  let norm = 0;
  for (let i = 0; i < k * k; i++) {
    const v = hessian[i]! * nUsed;
    if (!Number.isFinite(v)) return false;
    m[i] = v;
    norm = Math.max(norm, Math.abs(v));
  }
  // Solve M X = A (columns of A = jacobian's columns) by Gaussian elimination with partial pivoting.
  const rhs = new Float64Array(k * k);
  for (let i = 0; i < k; i++)
    for (let j = 0; j < k; j++)
      rhs[i * k + j] = jacobian === undefined ? (i === j ? 1 : 0) : jacobian[i * k + j]!;
  for (let col = 0; col < k; col++) {
    let pivot = col;
    for (let r = col + 1; r < k; r++)
      if (Math.abs(m[r * k + col]!) > Math.abs(m[pivot * k + col]!)) pivot = r;
    if (!(Math.abs(m[pivot * k + col]!) > norm * 2.220446049250313e-16 * k)) return false;
    if (pivot !== col) {
      for (let c = 0; c < k; c++) {
        const t = m[col * k + c]!;
        m[col * k + c] = m[pivot * k + c]!;
        m[pivot * k + c] = t;
        const u = rhs[col * k + c]!;
        rhs[col * k + c] = rhs[pivot * k + c]!;
        rhs[pivot * k + c] = u;
      }
    }
    for (let r = col + 1; r < k; r++) {
      const f = m[r * k + col]! / m[col * k + col]!;
      if (f === 0) continue;
      for (let c = col; c < k; c++) m[r * k + c] = m[r * k + c]! - f * m[col * k + c]!;
      for (let c = 0; c < k; c++) rhs[r * k + c] = rhs[r * k + c]! - f * rhs[col * k + c]!;
    }
  }
  for (let col = k - 1; col >= 0; col--) {
    for (let c = 0; c < k; c++) {
      let s = rhs[col * k + c]!;
      for (let j = col + 1; j < k; j++) s -= m[col * k + j]! * rhs[j * k + c]!;
      rhs[col * k + c] = s / m[col * k + col]!;
    }
  }
  // var[c][c] = Σ_i A[i][c] X[i][c]
  for (let c = 0; c < k; c++) {
    let v = 0;
    for (let i = 0; i < k; i++)
      v += (jacobian === undefined ? (i === c ? 1 : 0) : jacobian[i * k + c]!) * rhs[i * k + c]!;
    if (!(v >= 0)) return false;
  }
  return true;
}
