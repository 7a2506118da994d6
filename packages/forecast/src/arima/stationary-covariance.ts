/** Stationary covariance of the ARMA state vector from the model's autocovariances (replaces R's getQ0). */

/** Scratch buffers for {@link stationaryCovariance}, allocated once per model. */
export interface CovarianceWorkspace {
  readonly psi: Float64Array;
  readonly gamma: Float64Array;
  readonly rhs: Float64Array;
  readonly system: Float64Array;
  readonly phiIndex: Int32Array;
  readonly thetaIndex: Int32Array;
}

/** Allocates the scratch for AR degree p, MA degree q and state size r. */
export function createCovarianceWorkspace(p: number, q: number, r: number): CovarianceWorkspace {
  return {
    psi: new Float64Array(r + 1),
    gamma: new Float64Array(r + 1),
    rhs: new Float64Array(Math.max(r, q) + 1),
    system: new Float64Array((p + 1) * (p + 1)),
    phiIndex: new Int32Array(p),
    thetaIndex: new Int32Array(q + 1),
  };
}

/**
 * Writes Q0 = Cov(α_t) of the r-dimensional Harvey state of a stationary ARMA(p, q) with unit innovation
 * variance into the top-left r × r block of the column-major `out` (leading dimension `ld`). This is the
 * matrix R's `getQ0` (Gardner, Harvey & Phillips 1980) returns. With α_t[i] = Σ_{u≥0} φ_{i+u+1} y_{t−1−u} +
 * θ_{i+u} ε_{t−u}, each entry is a short sum of autocovariances γ(h) and ψ-weights ψ_h, computed here over the
 * non-zero coefficients only (seasonal polynomials are sparse): γ(0..p) solves the Yule–Walker-type system
 * γ(h) − Σφ_k γ(|h−k|) = Σ_{j≥h} θ_j ψ_{j−h} (Brockwell & Davis 1991, §3.3, eq. 3.3.8), later lags follow
 * the recursion. Only row 0 is summed this way; the other entries follow from the Lyapunov equation
 * Q0 = T Q0 Tᵀ + R Rᵀ in O(r²). Returns false when the linear system is singular (non-stationary AR part).
 */
export function stationaryCovariance(
  phi: Float64Array,
  theta: Float64Array,
  target: { r: number; out: Float64Array; ld: number; work: CovarianceWorkspace },
): boolean {
  const { r, out, ld, work } = target;
  const { psi, gamma, rhs, system, phiIndex, thetaIndex } = work;
  const p = phi.length;
  const q = theta.length;
  // ψ-weights: ψ_0 = 1, ψ_h = θ_h + Σ φ_k ψ_{h−k}.
  psi[0] = 1;
  for (let h = 1; h <= r; h++) {
    let s = h <= q ? theta[h - 1]! : 0;
    for (let k = 1; k <= Math.min(h, p); k++) s += phi[k - 1]! * psi[h - k]!;
    psi[h] = s;
  }
  const top = Math.max(r, q);
  for (let h = 0; h <= top; h++) {
    let s = 0;
    for (let j = h; j <= q; j++) s += (j === 0 ? 1 : theta[j - 1]!) * psi[j - h]!;
    rhs[h] = s;
  }
  // Solve for γ(0..p) by Gaussian elimination with partial pivoting on the (p+1) × (p+1) system.
  const size = p + 1;
  system.fill(0);
  for (let h = 0; h < size; h++) {
    system[h * size + h] = 1;
    for (let k = 1; k <= p; k++) {
      const col = Math.abs(h - k);
      system[h * size + col] = system[h * size + col]! - phi[k - 1]!;
    }
    gamma[h] = rhs[h]!;
  }
  for (let col = 0; col < size; col++) {
    let pivot = col;
    for (let row = col + 1; row < size; row++) {
      if (Math.abs(system[row * size + col]!) > Math.abs(system[pivot * size + col]!)) pivot = row;
    }
    const pv = system[pivot * size + col]!;
    if (!(Math.abs(pv) > 1e-14)) return false;
    if (pivot !== col) {
      for (let c = 0; c < size; c++) {
        const t = system[col * size + c]!;
        system[col * size + c] = system[pivot * size + c]!;
        system[pivot * size + c] = t;
      }
      const t = gamma[col]!;
      gamma[col] = gamma[pivot]!;
      gamma[pivot] = t;
    }
    for (let row = col + 1; row < size; row++) {
      const f = system[row * size + col]! / pv;
      if (f === 0) continue;
      for (let c = col; c < size; c++)
        system[row * size + c] = system[row * size + c]! - f * system[col * size + c]!;
      gamma[row] = gamma[row]! - f * gamma[col]!;
    }
  }
  for (let row = size - 1; row >= 0; row--) {
    let s = gamma[row]!;
    for (let c = row + 1; c < size; c++) s -= system[row * size + c]! * gamma[c]!;
    gamma[row] = s / system[row * size + row]!;
  }
  for (let h = size; h <= r; h++) {
    let s = h <= q ? rhs[h]! : 0;
    for (let k = 1; k <= p; k++) s += phi[k - 1]! * gamma[h - k]!;
    gamma[h] = s;
  }
  // Non-zero coefficient lists (1-based φ indices; θ indices from 0 with θ₀ = 1).
  let nPhi = 0;
  for (let k = 1; k <= p; k++) if (phi[k - 1] !== 0) phiIndex[nPhi++] = k;
  let nTheta = 0;
  thetaIndex[nTheta++] = 0;
  for (let k = 1; k <= q && k <= r - 1; k++) if (theta[k - 1] !== 0) thetaIndex[nTheta++] = k;
  // Row 0 from the autocovariances; the rest from the Lyapunov equation itself (below).
  for (let j = 0; j < r; j++) {
    let s = 0;
    for (let x = 0; x < nPhi; x++) {
      const a = phiIndex[x]!;
      const u = a - 1;
      const fa = phi[a - 1]!;
      for (let z = 0; z < nPhi; z++) {
        const b = phiIndex[z]!;
        if (b < j + 1) continue;
        s += fa * phi[b - 1]! * gamma[Math.abs(u - (b - j - 1))]!;
      }
      for (let z = 0; z < nTheta; z++) {
        const b = thetaIndex[z]!;
        if (b < j) continue;
        const lag = b - j - 1 - u;
        if (lag >= 0) s += fa * (b === 0 ? 1 : theta[b - 1]!) * psi[lag]!;
      }
    }
    for (let x = 0; x < nTheta; x++) {
      const a = thetaIndex[x]!;
      const u = a;
      const ta = a === 0 ? 1 : theta[a - 1]!;
      for (let z = 0; z < nPhi; z++) {
        const b = phiIndex[z]!;
        if (b < j + 1) continue;
        const lag = u - 1 - (b - j - 1);
        if (lag >= 0) s += ta * phi[b - 1]! * psi[lag]!;
      }
      const b = u + j;
      if (b <= r - 1 && (b === 0 || (b <= q && theta[b - 1] !== 0))) s += ta * (b === 0 ? 1 : theta[b - 1]!);
    }
    out[ld * j] = s;
    out[j] = s;
  }
  // Q0 = T Q0 Tᵀ + R Rᵀ with T = shift + φ e₀ᵀ reads, entry by entry,
  // Q0[i][j] = Q0[i+1][j+1] + φ_i Q0[0][j+1] + φ_j Q0[i+1][0] + φ_i φ_j Q0[0][0] + θ_i θ_j (θ₀ = 1, Q0[r][·] = 0):
  // filling from the bottom-right corner costs O(r²) instead of O(r² · nnz²).
  const q00 = out[0]!;
  for (let i = r - 1; i >= 1; i--) {
    const phiI = i < p ? phi[i]! : 0;
    const thetaI = i <= q ? theta[i - 1]! : 0;
    const below = i + 1 < r ? out[i + 1]! : 0;
    for (let j = r - 1; j >= i; j--) {
      const phiJ = j < p ? phi[j]! : 0;
      const thetaJ = j <= q ? theta[j - 1]! : 0;
      let s = phiI * phiJ * q00 + thetaI * thetaJ + phiJ * below;
      if (j + 1 < r) s += out[i + 1 + ld * (j + 1)]! + phiI * out[ld * (j + 1)]!;
      out[i + ld * j] = s;
      out[j + ld * i] = s;
    }
  }
  return true;
}
