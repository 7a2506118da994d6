/** Exact ARIMA Gaussian likelihood by the Chandrasekhar recursions: the Kalman filter at O(rd) a step. */
import { type KalmanSums, kalmanFilter, predictCovariance, type StateSpace } from './state-space.ts';

/** Rank bound of ΔP = P_{t+1} − P_t: 1 for a stationary start, at most 3 with a diffuse one (see below). */
const RANK = 3;

/** Relative change of the gain below which the recursion is taken as converged (as {@link kalmanFilter}). */
const STEADY_TOLERANCE = 1e-13;

/** Innovation variance at or above which an observation belongs to the diffuse start (R's `ARIMA_Like`). */
const DIFFUSE_GAIN = 1e4;

/** Scratch buffers for {@link chandrasekharLikelihood}, allocated once per model (state size rd). */
export interface ChandrasekharWorkspace {
  /** Predicted state a_t. */
  readonly state: Float64Array;
  /** K_t = T P_t Z and M_t = P_t Z. */
  readonly gain: Float64Array;
  readonly pz: Float64Array;
  /** ΔP_t = W S Wᵀ: W is rd × RANK column-major, S is RANK × RANK. */
  readonly W: Float64Array;
  readonly S: Float64Array;
  readonly u: Float64Array;
  readonly w: Float64Array;
  readonly change: Float64Array;
  /** rd × rd: P_t, then ΔP_t, at the hand-over from the Kalman filter. */
  readonly dense: Float64Array;
  readonly projected: Float64Array;
}

/** Allocates the workspace for state size rd. */
export function createChandrasekharWorkspace(rd: number): ChandrasekharWorkspace {
  return {
    state: new Float64Array(rd),
    gain: new Float64Array(rd),
    pz: new Float64Array(rd),
    W: new Float64Array(rd * RANK),
    S: new Float64Array(RANK * RANK),
    u: new Float64Array(RANK),
    w: new Float64Array(RANK),
    change: new Float64Array(rd),
    dense: new Float64Array(rd * rd),
    projected: new Float64Array(rd * RANK),
  };
}

/**
 * v ← T v in place, v = buffer[offset .. offset + rd), for the transition of {@link StateSpace}: shifted
 * ARMA rows plus the non-zero φ and Δ terms listed in `model.phiIndex` / `model.deltaIndex` (`model.counts`).
 */
function transition(model: StateSpace, buffer: Float64Array, offset: number): void {
  const { r, d, phi, delta, phiIndex, deltaIndex, counts } = model;
  const v0 = buffer[offset]!;
  let s = v0;
  const nDelta = counts[1]!;
  for (let k = 0; k < nDelta; k++) {
    const i = deltaIndex[k]!;
    s += delta[i]! * buffer[offset + r + i]!;
  }
  for (let i = offset; i < offset + r - 1; i++) buffer[i] = buffer[i + 1]!;
  buffer[offset + r - 1] = 0;
  const nPhi = counts[0]!;
  for (let k = 0; k < nPhi; k++) {
    const i = phiIndex[k]!;
    buffer[offset + i] = buffer[offset + i]! + phi[i]! * v0;
  }
  if (d === 0) return;
  for (let i = offset + r + d - 1; i > offset + r; i--) buffer[i] = buffer[i - 1]!;
  buffer[offset + r] = s;
}

/** Zᵀ v, v = from[offset .. offset + rd), with Z = (1, 0, …, 0, Δ). */
function observe(model: StateSpace, from: Float64Array, offset: number): number {
  const { r, delta, deltaIndex, counts } = model;
  let s = from[offset]!;
  const nDelta = counts[1]!;
  for (let k = 0; k < nDelta; k++) {
    const i = deltaIndex[k]!;
    s += delta[i]! * from[offset + r + i]!;
  }
  return s;
}

/** Sets M = P Z, F = Zᵀ M and K = T M from the column-major rd × rd `P`; returns F. */
function gainFrom(model: StateSpace, P: Float64Array): number {
  const { r, rd, delta, deltaIndex, counts } = model;
  const { pz, gain } = model.likelihood;
  for (let i = 0; i < rd; i++) {
    let s = P[i]!;
    for (let k = 0; k < counts[1]!; k++) {
      const j = deltaIndex[k]!;
      s += delta[j]! * P[i + rd * (r + j)]!;
    }
    pz[i] = s;
  }
  gain.set(pz);
  transition(model, gain, 0);
  return observe(model, pz, 0);
}

/**
 * Writes ΔP (rd × rd, `likelihood.dense`) as W S Wᵀ with orthonormal W: Gram–Schmidt with column pivoting
 * picks up to RANK columns spanning its range, then S = Wᵀ ΔP W. Returns the rank used.
 */
function factorLowRank(model: StateSpace): number {
  const { rd } = model;
  const { dense, W, S, projected } = model.likelihood;
  W.fill(0);
  S.fill(0);
  let top = 0;
  for (let j = 0; j < rd * rd; j++) top = Math.max(top, Math.abs(dense[j]!));
  let rank = 0;
  for (; rank < RANK; rank++) {
    // Residual of each column after projecting out the columns chosen so far; keep the longest.
    let best = -1;
    let bestNorm = 0;
    for (let j = 0; j < rd; j++) {
      let norm = 0;
      for (let i = 0; i < rd; i++) {
        let v = dense[i + rd * j]!;
        for (let k = 0; k < rank; k++) v -= W[i + rd * k]! * projected[j + rd * k]!;
        norm += v * v;
      }
      if (norm > bestNorm) {
        bestNorm = norm;
        best = j;
      }
    }
    if (best < 0 || Math.sqrt(bestNorm) <= 1e-14 * top) break;
    // Gram–Schmidt twice ("twice is enough", Giraud et al. 2005): W stays orthonormal to rounding even when
    // the column is nearly in the span already, so W S Wᵀ is the projection of ΔP.
    const column = rd * rank;
    for (let i = 0; i < rd; i++) W[column + i] = dense[i + rd * best]!;
    let norm = 0;
    for (let pass = 0; pass < 2; pass++) {
      for (let k = 0; k < rank; k++) {
        let dot = 0;
        for (let i = 0; i < rd; i++) dot += W[i + rd * k]! * W[column + i]!;
        for (let i = 0; i < rd; i++) W[column + i] = W[column + i]! - dot * W[i + rd * k]!;
      }
      norm = 0;
      for (let i = 0; i < rd; i++) norm += W[column + i]! * W[column + i]!;
    }
    if (!(norm > 0)) break;
    const scale = 1 / Math.sqrt(norm);
    for (let i = 0; i < rd; i++) W[column + i] = W[column + i]! * scale;
    // projected[:, rank] = ΔP w_rank (= Wᵀ ΔP by symmetry), for the next residuals and for S.
    for (let j = 0; j < rd; j++) {
      let s = 0;
      for (let i = 0; i < rd; i++) s += dense[i + rd * j]! * W[i + rd * rank]!;
      projected[j + rd * rank] = s;
    }
  }
  for (let a = 0; a < rank; a++) {
    for (let b = 0; b <= a; b++) {
      let s = 0;
      for (let i = 0; i < rd; i++) s += W[i + rd * a]! * projected[i + rd * b]!;
      S[a + RANK * b] = s;
      S[b + RANK * a] = s;
    }
  }
  return rank;
}

/**
 * Accumulates into `sums` the exact Gaussian likelihood pieces of `y` (no missing values) that
 * {@link kalmanFilter} computes from the state set by `initializeState`, without its O(rd²) covariance update.
 * For a time-invariant model ΔP_t = P_{t+1} − P_t keeps its rank, ΔP_t = W_t S_t W_tᵀ, and with
 * u = W_tᵀ Z: F_{t+1} = F_t + uᵀ S_t u, K_{t+1} = K_t + T W_t S_t u, W_{t+1} = (T − K_{t+1} F_{t+1}⁻¹ Zᵀ) W_t,
 * S_{t+1} = S_t + S_t u uᵀ S_t / F_t (Morf, Sidhu & Kailath 1974, IEEE TAC 19(4); Herbst 2015, Comput.
 * Econ. 45(4)). A stationary start gives ΔP_1 = −K_1 K_1ᵀ / F_1 (Q0 solves the Lyapunov equation). With
 * differencing the diffuse κ = 1e6 would make W and S badly scaled, so the first d observations run through
 * {@link kalmanFilter} and the recursion starts from ΔP_d factored by {@link factorLowRank} (rank ≤ 3:
 * X = T Pn Tᵀ + RRᵀ − Pn is non-zero only in row and column r). Clobbers `model.a` / `model.P`: run
 * {@link kalmanFilter} afterwards for forecasting.
 */
export function chandrasekharLikelihood(model: StateSpace, y: Float64Array, sums: KalmanSums): void {
  const { p, d, rd, phi, delta, Pn, P, Pnew, phiIndex, deltaIndex, counts } = model;
  const { state, gain, pz, W, S, u, w, change, dense } = model.likelihood;
  const n = y.length;
  if (n <= d + 1) {
    kalmanFilter(model, y, { sums });
    return;
  }
  let nPhi = 0;
  for (let i = 0; i < p; i++) if (phi[i] !== 0) phiIndex[nPhi++] = i;
  let nDelta = 0;
  for (let i = 0; i < d; i++) if (delta[i] !== 0) deltaIndex[nDelta++] = i;
  counts[0] = nPhi;
  counts[1] = nDelta;
  let ssq = 0;
  let sumlog = 0;
  let nu = 0;
  let F: number;
  let rank: number;
  const start = d;
  if (d === 0) {
    F = gainFrom(model, Pn);
    W.fill(0);
    S.fill(0);
    W.set(gain);
    S[0] = -1 / F;
    rank = 1;
    state.fill(0);
  } else {
    model.a.fill(0);
    kalmanFilter(model, y.subarray(0, start), { sums });
    ssq = sums.ssq;
    sumlog = sums.sumlog;
    nu = sums.nu;
    // P_d = T P Tᵀ + RRᵀ from the filtered P; P_{d+1} from one more measurement and time update.
    predictCovariance(model, nPhi, nDelta);
    dense.set(Pnew);
    F = gainFrom(model, dense);
    for (let j = 0; j < rd; j++) {
      const mj = pz[j]! / F;
      for (let i = 0; i < rd; i++) P[i + rd * j] = dense[i + rd * j]! - pz[i]! * mj;
    }
    predictCovariance(model, nPhi, nDelta);
    for (let i = 0; i < rd * rd; i++) dense[i] = Pnew[i]! - dense[i]!;
    rank = factorLowRank(model);
    state.set(model.a);
    transition(model, state, 0);
  }
  let steady = false;
  for (let t = start; t < n; t++) {
    const v = y[t]! - observe(model, state, 0);
    if (F < DIFFUSE_GAIN) {
      nu++;
      ssq += (v * v) / F;
      sumlog += Math.log(F);
    }
    transition(model, state, 0);
    const step = v / F;
    for (let i = 0; i < rd; i++) state[i] = state[i]! + gain[i]! * step;
    if (steady) continue;
    // u = Wᵀ Z, w = S u, ΔF = uᵀ w, ΔM = W w, ΔK = T ΔM.
    let dF = 0;
    for (let j = 0; j < rank; j++) u[j] = observe(model, W, j * rd);
    for (let i = 0; i < rank; i++) {
      let s = 0;
      for (let j = 0; j < rank; j++) s += S[i + RANK * j]! * u[j]!;
      w[i] = s;
      dF += u[i]! * s;
    }
    let moved = Math.abs(dF);
    const previousF = F;
    F += dF;
    let size = Math.abs(F);
    for (let i = 0; i < rd; i++) {
      let s = 0;
      for (let j = 0; j < rank; j++) s += W[i + rd * j]! * w[j]!;
      change[i] = s;
      pz[i] = pz[i]! + s;
      moved = Math.max(moved, Math.abs(s));
      size = Math.max(size, Math.abs(pz[i]!));
    }
    transition(model, change, 0);
    for (let i = 0; i < rd; i++) gain[i] = gain[i]! + change[i]!;
    // Once ΔP Z has vanished (to 1e-13) F and K are at their fixed point, as in kalmanFilter's steady state.
    if (moved <= STEADY_TOLERANCE * size && F < DIFFUSE_GAIN) {
      steady = true;
      continue;
    }
    const inverseF = 1 / F;
    for (let j = 0; j < rank; j++) {
      const col = j * rd;
      transition(model, W, col);
      const uj = u[j]! * inverseF;
      for (let i = 0; i < rd; i++) W[col + i] = W[col + i]! - gain[i]! * uj;
    }
    for (let i = 0; i < rank; i++)
      for (let j = 0; j < rank; j++) S[i + RANK * j] = S[i + RANK * j]! + (w[i]! * w[j]!) / previousF;
  }
  sums.ssq = ssq;
  sums.sumlog = sumlog;
  sums.nu = nu;
}
