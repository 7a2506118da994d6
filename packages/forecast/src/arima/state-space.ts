/** ARIMA in state-space form: stationary initial covariance, exact Kalman likelihood and forecasts (R's arima.c). */
import { isStationary } from './arima-parameters.ts';
import { type ChandrasekharWorkspace, createChandrasekharWorkspace } from './chandrasekhar.ts';
import {
  type CovarianceWorkspace,
  createCovarianceWorkspace,
  stationaryCovariance,
} from './stationary-covariance.ts';

/**
 * Harvey's state-space form of an ARIMA model as R's `makeARIMA`: an ARMA block of size r = max(p, q + 1)
 * followed by d states carrying the differencing polynomial `delta`. Matrices are column-major, rd × rd.
 * All buffers are allocated once here and reused by every likelihood evaluation.
 */
export interface StateSpace {
  readonly p: number;
  readonly q: number;
  readonly r: number;
  readonly d: number;
  readonly rd: number;
  readonly phi: Float64Array;
  readonly theta: Float64Array;
  readonly delta: Float64Array;
  /** Filtered state and covariance (after {@link kalmanFilter}: at the last observation). */
  readonly a: Float64Array;
  readonly P: Float64Array;
  /** Initial predicted covariance: stationary ARMA block, diffuse κ on the differencing states. */
  readonly Pn: Float64Array;
  readonly Pnew: Float64Array;
  readonly anew: Float64Array;
  readonly M: Float64Array;
  readonly previousM: Float64Array;
  readonly mm: Float64Array;
  readonly covariance: CovarianceWorkspace;
  /** Indices of the non-zero φ and Δ coefficients (seasonal polynomials are sparse), refreshed per filter run. */
  readonly phiIndex: Int32Array;
  readonly deltaIndex: Int32Array;
  /** Numbers of those non-zero φ and Δ coefficients. */
  readonly counts: Int32Array;
  /** Scratch of the likelihood-only recursion ({@link chandrasekharLikelihood}). */
  readonly likelihood: ChandrasekharWorkspace;
}

/** Relative change of the Kalman gain below which the filter is taken as converged (steady state). */
const STEADY_TOLERANCE = 1e-13;

/** R's `arima(kappa = 1e6)`: prior variance of the non-stationary (differencing) states. */
export const DIFFUSE_KAPPA = 1e6;

/** Allocates a state-space model for AR degree p, MA degree q (expanded) and differencing polynomial `delta`. */
export function createStateSpace(p: number, q: number, delta: Float64Array): StateSpace {
  const r = Math.max(p, q + 1);
  const d = delta.length;
  const rd = r + d;
  return {
    p,
    q,
    r,
    d,
    rd,
    phi: new Float64Array(p),
    theta: new Float64Array(q),
    delta,
    a: new Float64Array(rd),
    P: new Float64Array(rd * rd),
    Pn: new Float64Array(rd * rd),
    Pnew: new Float64Array(rd * rd),
    anew: new Float64Array(rd),
    M: new Float64Array(rd),
    previousM: new Float64Array(rd),
    mm: new Float64Array(rd * rd),
    covariance: createCovarianceWorkspace(p, q, r),
    phiIndex: new Int32Array(p),
    deltaIndex: new Int32Array(d),
    counts: new Int32Array(2),
    likelihood: createChandrasekharWorkspace(rd),
  };
}

/** The differencing polynomial coefficients Δ of (1 − B)^d (1 − B^m)^D, as R's arima (`Delta`). */
export function differencingPolynomial(d: number, D: number, period: number): Float64Array {
  let poly = [1];
  const multiply = (factor: number[]): void => {
    const out = new Array<number>(poly.length + factor.length - 1).fill(0);
    for (let i = 0; i < poly.length; i++)
      for (let j = 0; j < factor.length; j++) out[i + j] = out[i + j]! + poly[i]! * factor[j]!;
    poly = out;
  };
  for (let i = 0; i < d; i++) multiply([1, -1]);
  const seasonal = new Array<number>(period + 1).fill(0);
  seasonal[0] = 1;
  seasonal[period] = -1;
  for (let i = 0; i < D; i++) multiply(seasonal);
  return Float64Array.from(poly.slice(1), (v) => (v === 0 ? 0 : -v));
}

/**
 * Sets the initial state: a = 0 and Pn = [Q0, 0; 0, κI], where Q0 solves the discrete Lyapunov equation
 * Q0 = T Q0 Tᵀ + R Rᵀ of the ARMA block (the stationary covariance that R's `getQ0`, Gardner et al. 1980,
 * computes), here in closed form from the autocovariances ({@link stationaryCovariance}). Returns false when the
 * AR part is not stationary.
 */
export function initializeState(model: StateSpace): boolean {
  const { r, rd, p, q, phi, theta, Pn, a } = model;
  a.fill(0);
  Pn.fill(0);
  for (let i = r; i < rd; i++) Pn[i + rd * i] = DIFFUSE_KAPPA;
  if (p === 0) {
    // Pure MA: α_t[i] = Σ_{k≥i} θ_k ε_{t+i−k}, so Q0[i][j] = Σ_k θ_{i+k} θ_{j+k} (θ₀ = 1) in closed form.
    for (let i = 0; i < r; i++) {
      for (let j = 0; j < r; j++) {
        let s = 0;
        for (let k = 0; i + k < r && j + k < r; k++) {
          const ti = i + k === 0 ? 1 : i + k - 1 < q ? theta[i + k - 1]! : 0;
          const tj = j + k === 0 ? 1 : j + k - 1 < q ? theta[j + k - 1]! : 0;
          s += ti * tj;
        }
        Pn[i + rd * j] = s;
      }
    }
    return true;
  }
  if (!isStationary(phi)) return false;
  return stationaryCovariance(phi, theta, { r, out: Pn, ld: rd, work: model.covariance });
}

/** Sums accumulated by {@link kalmanFilter}: Σ e²/F, Σ log F and the number of non-diffuse innovations. */
export interface KalmanSums {
  ssq: number;
  sumlog: number;
  nu: number;
}

/**
 * Runs the Kalman filter over `y` from the state set by {@link initializeState}, accumulating the exact
 * Gaussian likelihood pieces into `sums` (a port of R's `ARIMA_Like`; innovations with gain ≥ 1e4 belong to
 * the diffuse start and are skipped). When `residuals` is given it receives e_t / √F_t (NaN where y is NaN).
 * Leaves the filtered state in `model.a` / `model.P` for forecasting. Allocation-free.
 */
export function kalmanFilter(
  model: StateSpace,
  y: Float64Array,
  out: { sums: KalmanSums; residuals?: Float64Array },
): void {
  const { p, q, r, d, rd, phi, theta, delta, a, P, Pnew, anew, M } = model;
  const { sums, residuals } = out;
  Pnew.set(model.Pn);
  let ssq = 0;
  let sumlog = 0;
  let nu = 0;
  const n = y.length;
  const { phiIndex, deltaIndex, previousM } = model;
  let steady = false;
  let steadyGain = Number.NaN;
  let nPhi = 0;
  for (let i = 0; i < p; i++) if (phi[i] !== 0) phiIndex[nPhi++] = i;
  let nDelta = 0;
  for (let i = 0; i < d; i++) if (delta[i] !== 0) deltaIndex[nDelta++] = i;
  for (let l = 0; l < n; l++) {
    for (let i = 0; i < r; i++) {
      let tmp = i < r - 1 ? a[i + 1]! : 0;
      if (i < p) tmp += phi[i]! * a[0]!;
      anew[i] = tmp;
    }
    if (d > 0) {
      for (let i = r + 1; i < rd; i++) anew[i] = a[i - 1]!;
      let tmp = a[0]!;
      for (let i = 0; i < d; i++) tmp += delta[i]! * a[r + i]!;
      anew[r] = tmp;
    }
    if (l > 0 && !steady) {
      if (d === 0) {
        for (let i = 0; i < r; i++) {
          const vi = i === 0 ? 1 : i - 1 < q ? theta[i - 1]! : 0;
          for (let j = 0; j < r; j++) {
            let tmp = (j === 0 ? 1 : j - 1 < q ? theta[j - 1]! : 0) * vi;
            if (i < p && j < p) tmp += phi[i]! * phi[j]! * P[0]!;
            if (i < r - 1 && j < r - 1) tmp += P[i + 1 + r * (j + 1)]!;
            if (i < p && j < r - 1) tmp += phi[i]! * P[j + 1]!;
            if (j < p && i < r - 1) tmp += phi[j]! * P[i + 1]!;
            Pnew[i + r * j] = tmp;
          }
        }
      } else {
        predictCovariance(model, nPhi, nDelta);
      }
    }
    const yl = y[l]!;
    if (!Number.isNaN(yl)) {
      let resid0 = yl - anew[0]!;
      for (let i = 0; i < d; i++) resid0 -= delta[i]! * anew[r + i]!;
      let gain = steadyGain;
      if (!steady) {
        for (let i = 0; i < rd; i++) M[i] = Pnew[i]!;
        for (let k = 0; k < nDelta; k++) {
          const j = deltaIndex[k]!;
          const src = rd * (r + j);
          const f = delta[j]!;
          for (let i = 0; i < rd; i++) M[i] = M[i]! + Pnew[i + src]! * f;
        }
        gain = M[0]!;
        for (let k = 0; k < nDelta; k++) gain += delta[deltaIndex[k]!]! * M[r + deltaIndex[k]!]!;
        // Once the Riccati recursion has converged (gain and Kalman vector unchanged to 1e-13), P is at its
        // fixed point and the covariance updates can be skipped until a missing value.
        let change = Math.abs(gain - steadyGain);
        let size = Math.abs(gain);
        for (let i = 0; i < rd; i++) {
          change = Math.max(change, Math.abs(M[i]! - previousM[i]!));
          size = Math.max(size, Math.abs(M[i]!));
        }
        if (change <= STEADY_TOLERANCE * size && gain < 1e4) steady = true;
        previousM.set(M);
        steadyGain = gain;
      }
      if (gain < 1e4) {
        nu++;
        ssq += (resid0 * resid0) / gain;
        sumlog += Math.log(gain);
      }
      if (residuals !== undefined) residuals[l] = resid0 / Math.sqrt(gain);
      for (let i = 0; i < rd; i++) a[i] = anew[i]! + (M[i]! * resid0) / gain;
      if (!steady) {
        for (let j = 0; j < rd; j++) {
          const mj = M[j]! / gain;
          for (let i = 0; i < rd; i++) P[i + rd * j] = Pnew[i + rd * j]! - M[i]! * mj;
        }
      }
    } else {
      // Leaving the steady state: P still holds the converged filtered covariance.
      if (steady) {
        steady = false;
        steadyGain = Number.NaN;
      }
      a.set(anew);
      P.set(Pnew);
      if (residuals !== undefined) residuals[l] = Number.NaN;
    }
  }
  sums.ssq = ssq;
  sums.sumlog = sumlog;
  sums.nu = nu;
}

/**
 * Time update of the covariance for d > 0: Pnew = T P Tᵀ + R Rᵀ (R's `ARIMA_Like`), using T's structure
 * (shifted rows plus the sparse φ and Δ terms listed in `model.phiIndex` / `model.deltaIndex`).
 */
export function predictCovariance(model: StateSpace, nPhi: number, nDelta: number): void {
  const { q, r, d, rd, phi, theta, delta, P, Pnew, mm, phiIndex, deltaIndex } = model;
  // mm = T P, using T's structure: shifted rows plus sparse φ and Δ terms.
  for (let j = 0; j < rd; j++) {
    const col = rd * j;
    for (let i = 0; i < r - 1; i++) mm[i + col] = P[i + 1 + col]!;
    mm[r - 1 + col] = 0;
    const p0 = P[col]!;
    for (let k = 0; k < nPhi; k++) {
      const i = phiIndex[k]!;
      mm[i + col] = mm[i + col]! + phi[i]! * p0;
    }
    let tmp = p0;
    for (let k = 0; k < nDelta; k++) {
      const i = deltaIndex[k]!;
      tmp += delta[i]! * P[r + i + col]!;
    }
    mm[r + col] = tmp;
    for (let i = 1; i < d; i++) mm[r + i + col] = P[r + i - 1 + col]!;
  }
  // Pnew = mm Tᵀ (column i of Pnew from columns of mm).
  for (let i = 0; i < r - 1; i++) {
    const dst = rd * i;
    const src = rd * (i + 1);
    for (let j = 0; j < rd; j++) Pnew[j + dst] = mm[src + j]!;
  }
  for (let j = 0; j < rd; j++) Pnew[j + rd * (r - 1)] = 0;
  for (let k = 0; k < nPhi; k++) {
    const i = phiIndex[k]!;
    const dst = rd * i;
    const f = phi[i]!;
    for (let j = 0; j < rd; j++) Pnew[j + dst] = Pnew[j + dst]! + f * mm[j]!;
  }
  const dstR = rd * r;
  for (let j = 0; j < rd; j++) Pnew[j + dstR] = mm[j]!;
  for (let k = 0; k < nDelta; k++) {
    const i = deltaIndex[k]!;
    const src = rd * (r + i);
    const f = delta[i]!;
    for (let j = 0; j < rd; j++) Pnew[j + dstR] = Pnew[j + dstR]! + f * mm[src + j]!;
  }
  for (let i = 1; i < d; i++) {
    const dst = rd * (r + i);
    const src = rd * (r + i - 1);
    for (let j = 0; j < rd; j++) Pnew[j + dst] = mm[src + j]!;
  }
  for (let i = 0; i <= q; i++) {
    const vi = i === 0 ? 1 : theta[i - 1]!;
    for (let j = 0; j <= q; j++) Pnew[i + rd * j] = Pnew[i + rd * j]! + vi * (j === 0 ? 1 : theta[j - 1]!);
  }
}

/**
 * Forecasts `horizon` steps from the filtered state (R's `KalmanForecast`): a ← T a, P ← T P Tᵀ + V, returning
 * Zᵀa and ZᵀPZ (the variance in units of σ²). Does not modify the model.
 */
export function kalmanForecast(
  model: StateSpace,
  horizon: number,
): { mean: Float64Array; variance: Float64Array } {
  const { p, q, r, d, rd, phi, theta, delta } = model;
  const T = new Float64Array(rd * rd);
  for (let i = 0; i < p; i++) T[i] = phi[i]!;
  for (let i = 0; i + 1 < r; i++) T[i + rd * (i + 1)] = 1;
  if (d > 0) {
    T[r] = 1;
    for (let k = 0; k < d; k++) T[r + rd * (r + k)] = delta[k]!;
    for (let i = 1; i < d; i++) T[r + i + rd * (r + i - 1)] = 1;
  }
  const R = new Float64Array(rd);
  R[0] = 1;
  for (let i = 0; i < q && i + 1 < r; i++) R[i + 1] = theta[i]!;
  const Z = new Float64Array(rd);
  Z[0] = 1;
  for (let k = 0; k < d; k++) Z[r + k] = delta[k]!;
  const a = model.a.slice();
  const P = model.P.slice();
  const anew = new Float64Array(rd);
  const mm = new Float64Array(rd * rd);
  const mean = new Float64Array(horizon);
  const variance = new Float64Array(horizon);
  for (let l = 0; l < horizon; l++) {
    let fc = 0;
    for (let i = 0; i < rd; i++) {
      let s = 0;
      for (let k = 0; k < rd; k++) s += T[i + rd * k]! * a[k]!;
      anew[i] = s;
      fc += s * Z[i]!;
    }
    a.set(anew);
    mean[l] = fc;
    for (let i = 0; i < rd; i++) {
      for (let j = 0; j < rd; j++) {
        let s = 0;
        for (let k = 0; k < rd; k++) s += T[i + rd * k]! * P[k + rd * j]!;
        mm[i + rd * j] = s;
      }
    }
    let v = 0;
    for (let i = 0; i < rd; i++) {
      for (let j = 0; j < rd; j++) {
        let s = R[i]! * R[j]!;
        for (let k = 0; k < rd; k++) s += mm[i + rd * k]! * T[j + rd * k]!;
        P[i + rd * j] = s;
        v += Z[i]! * s * Z[j]!;
      }
    }
    variance[l] = v;
  }
  return { mean, variance };
}
