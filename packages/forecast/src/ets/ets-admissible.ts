/** Parameter-space checks of forecast::ets: the "usual" bounds and the admissible (forecastable) region. */
import type { EtsParams, EtsSpec } from './ets-model.ts';

/** Lower and upper bounds for α, β, γ, φ (forecast::ets defaults). */
export const ETS_LOWER = { alpha: 1e-4, beta: 1e-4, gamma: 1e-4, phi: 0.8 } as const;
/** Upper bounds for α, β, γ, φ (forecast::ets defaults). */
export const ETS_UPPER = { alpha: 0.9999, beta: 0.9999, gamma: 0.9999, phi: 0.98 } as const;

/** Workspace for the characteristic-polynomial root check (allocated once per fit). */
export interface RootWorkspace {
  readonly coefficients: Float64Array;
  readonly current: Float64Array;
  readonly next: Float64Array;
}

/** Allocates the root-check workspace for period m. */
export function rootWorkspace(m: number): RootWorkspace {
  return {
    coefficients: new Float64Array(m + 2),
    current: new Float64Array(m + 2),
    next: new Float64Array(m + 2),
  };
}

/**
 * R's `check.param(bounds = "both")`: usual bounds (β ≤ α, γ ≤ 1 − α) and `admissible()`, whose last
 * step requires every root of the seasonal characteristic polynomial to lie in the unit circle.
 */
export function parametersAllowed(spec: EtsSpec, p: EtsParams, work: RootWorkspace): boolean {
  const hasTrend = spec.trend !== 'N';
  const hasSeason = spec.season !== 'N';
  if (p.alpha < ETS_LOWER.alpha || p.alpha > ETS_UPPER.alpha) return false;
  if (hasTrend && (p.beta < ETS_LOWER.beta || p.beta > p.alpha || p.beta > ETS_UPPER.beta)) return false;
  if (spec.trend === 'Ad' && (p.phi < ETS_LOWER.phi || p.phi > ETS_UPPER.phi)) return false;
  if (hasSeason && (p.gamma < ETS_LOWER.gamma || p.gamma > 1 - p.alpha || p.gamma > ETS_UPPER.gamma)) {
    return false;
  }
  return admissible(spec, p, work);
}

/** forecast:::admissible, Hyndman et al. (2008) ch. 10 conditions. */
function admissible(spec: EtsSpec, p: EtsParams, work: RootWorkspace): boolean {
  const phi = spec.trend === 'Ad' ? p.phi : 1;
  const beta = spec.trend === 'N' ? 0 : p.beta;
  const alpha = p.alpha;
  if (phi < 0 || phi > 1 + 1e-8) return false;
  if (spec.season === 'N') {
    if (alpha < 1 - 1 / phi || alpha > 1 + 1 / phi) return false;
    if (spec.trend !== 'N' && (beta < alpha * (phi - 1) || beta > (1 + phi) * (2 - alpha))) return false;
    return true;
  }
  const m = spec.m;
  const gamma = p.gamma;
  if (gamma < Math.max(1 - 1 / phi - alpha, 0) || gamma > 1 + 1 / phi - alpha) return false;
  if (alpha < 1 - 1 / phi - (gamma * (1 - m + phi + phi * m)) / (2 * phi * m)) return false;
  if (beta < -(1 - phi) * (gamma / m + alpha)) return false;
  // P(z) = φ(1−α−γ) + (α+β−αφ+γ−1)z + Σ_{k=2}^{m−1}(α+β−αφ)z^k + (α+β−φ)z^m + z^{m+1}
  const c = work.coefficients;
  c[0] = phi * (1 - alpha - gamma);
  c[1] = alpha + beta - alpha * phi + gamma - 1;
  for (let k = 2; k < m; k++) c[k] = alpha + beta - alpha * phi;
  c[m] = alpha + beta - phi;
  c[m + 1] = 1;
  return rootsInsideUnitCircle(c, m + 1, work);
}

/**
 * True when every root of Σ c_k z^k (degree d, monic) has modulus ≤ 1 + 1e-10, by the Schur–Cohn
 * step-down recursion on P((1 + 1e-10)z): |a₀| < |a_k| and B_j = a_k a_{j+1} − a₀ a_{k−1−j} recursively.
 */
function rootsInsideUnitCircle(c: Float64Array, d: number, work: RootWorkspace): boolean {
  const a = work.current;
  const b = work.next;
  let scale = 1;
  for (let j = 0; j <= d; j++) {
    a[j] = c[j]! * scale;
    scale *= 1 + 1e-10;
  }
  for (let k = d; k >= 1; k--) {
    const lead = a[k]!;
    const constant = a[0]!;
    if (!(Math.abs(constant) < Math.abs(lead))) return false;
    for (let j = 0; j < k; j++) b[j] = lead * a[j + 1]! - constant * a[k - 1 - j]!;
    // Rescale to keep the coefficients near 1 (the recursion squares magnitudes each step).
    let norm = 0;
    for (let j = 0; j < k; j++) norm = Math.max(norm, Math.abs(b[j]!));
    if (!(norm > 0)) return false;
    for (let j = 0; j < k; j++) a[j] = b[j]! / norm;
  }
  return true;
}
