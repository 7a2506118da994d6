/** Specialised ETS likelihood loops for the optimiser: one straight-line recursion per model form. */

/**
 * Σ log|ŷ_t| by multiplying |ŷ_t| into a running product and taking its log only when the product
 * leaves [1e-150, 1e150]: one `Math.log` per dozens of steps instead of one per step. Log of a product
 * equals the sum of logs to a few ulp, so the likelihood matches the per-step form to ~1e-14 relative.
 */
const PRODUCT_HIGH = 1e150;
const PRODUCT_LOW = 1e-150;
/** Squared size below which the unit-seed responses of `additiveErrorConcentrated` count as zero. */
const NEGLIGIBLE = 1e-30;

/**
 * R's likelihood term (forecast's C `etscalc`) of ETS(M,N,N), ETS(M,A,N) and ETS(M,Ad,N):
 * `n·log Σe² + 2 Σ log|ŷ|`, relative errors e = (y − ŷ)/ŷ. With ŷ = ℓ + φb the recursions of
 * Hyndman et al. (2008, ch. 2), ℓ ← ŷ + α(y − ŷ) and b ← φb + β(y − ŷ), give
 * ŷ′ = (1 − α − φβ)ŷ + (α + φβ)y + φ²b: one multiply-add on the loop-carried chain instead of four
 * dependent operations, which is what bounds this loop's speed.
 */
export function multiplicativeErrorNonSeasonal(
  y: Float64Array,
  params: { alpha: number; beta: number; phi: number },
  start: { level: number; growth: number },
): number {
  const { alpha, beta, phi } = params;
  const carry = 1 - alpha - phi * beta;
  const gain = alpha + phi * beta;
  const phi2 = phi * phi;
  let growth = start.growth;
  let q = start.level + phi * growth;
  let sse = 0;
  let logSum = 0;
  let product = 1;
  const n = y.length;
  for (let t = 0; t < n; t++) {
    const yt = y[t]!;
    const difference = yt - q;
    const e = difference / q;
    sse += e * e;
    product *= Math.abs(q);
    if (product > PRODUCT_HIGH || product < PRODUCT_LOW) {
      logSum += Math.log(product);
      product = 1;
    }
    const next = carry * q + (gain * yt + phi2 * growth);
    growth = phi * growth + beta * difference;
    q = next;
  }
  logSum += Math.log(product);
  const lik = n * Math.log(sse) + 2 * logSum;
  return Number.isFinite(lik) ? Math.max(lik, -1e10) : Number.POSITIVE_INFINITY;
}

/**
 * ETS(A,N,N), ETS(A,A,N) and ETS(A,Ad,N) with the initial level and growth concentrated out of the
 * likelihood. The one-step errors of a linear innovations model are affine in the seed state
 * (Hyndman et al. 2008, ch. 3: e_t = y_t − w′D^{t−1}x₀ − …, D = F − gw′), so for fixed (α, β, φ)
 * the least-squares seed is a 2 × 2 regression. One pass runs the recursion from `start` and, beside it,
 * the homogeneous responses to a unit level and a unit growth; the optimal correction δ solves
 * G δ = r and min Σe² = Σe² − r′δ. Writes start + δ to `seed` and returns `n·log min Σe²`.
 */
export function additiveErrorConcentrated(
  y: Float64Array,
  params: { alpha: number; beta: number; phi: number; trend: boolean },
  start: { level: number; growth: number },
  seed: { level: number; growth: number },
): number {
  const { alpha, phi, trend } = params;
  const beta = trend ? params.beta : 0;
  // Same rearrangement as the multiplicative kernel: ŷ′ = (1 − α − φβ)ŷ + (α + φβ)y + φ²b.
  const carry = 1 - alpha - phi * beta;
  const gain = alpha + phi * beta;
  const phi2 = phi * phi;
  let growth = trend ? start.growth : 0;
  let q = start.level + phi * growth;
  // One-step forecasts and growth responding to a unit change of the seed level (u) and growth (v).
  let qu = 1;
  let growthU = 0;
  let qv = phi;
  let growthV = 1;
  let sse = 0;
  let guu = 0;
  let guv = 0;
  let gvv = 0;
  let ru = 0;
  let rv = 0;
  const n = y.length;
  // The responses decay geometrically for admissible parameters; once they are below 1e-15 of their
  // start they add nothing to G or r, and the loop drops them (`tail`).
  let tail = n;
  if (!trend) {
    for (let t = 0; t < n; t++) {
      const yt = y[t]!;
      const e = yt - q;
      sse += e * e;
      guu += qu * qu;
      ru += e * qu;
      q = carry * q + alpha * yt;
      qu *= carry;
      if ((t & 31) === 31 && qu * qu < NEGLIGIBLE) {
        tail = t + 1;
        break;
      }
    }
  } else {
    for (let t = 0; t < n; t++) {
      const yt = y[t]!;
      const e = yt - q;
      sse += e * e;
      guu += qu * qu;
      guv += qu * qv;
      gvv += qv * qv;
      ru += e * qu;
      rv += e * qv;
      const next = carry * q + (gain * yt + phi2 * growth);
      growth = phi * growth + beta * e;
      q = next;
      const nextU = carry * qu + phi2 * growthU;
      growthU = phi * growthU - beta * qu;
      qu = nextU;
      const nextV = carry * qv + phi2 * growthV;
      growthV = phi * growthV - beta * qv;
      qv = nextV;
      if ((t & 31) === 31 && qu * qu + growthU * growthU + qv * qv + growthV * growthV < NEGLIGIBLE) {
        tail = t + 1;
        break;
      }
    }
  }
  for (let t = tail; t < n; t++) {
    const yt = y[t]!;
    const e = yt - q;
    sse += e * e;
    const next = carry * q + (gain * yt + phi2 * growth);
    growth = phi * growth + beta * e;
    q = next;
  }
  let deltaLevel = guu > 0 ? ru / guu : 0;
  let deltaGrowth = 0;
  const det = guu * gvv - guv * guv;
  if (trend && det > 1e-12 * guu * gvv) {
    deltaLevel = (gvv * ru - guv * rv) / det;
    deltaGrowth = (guu * rv - guv * ru) / det;
  }
  seed.level = start.level + deltaLevel;
  seed.growth = trend ? start.growth + deltaGrowth : 0;
  const minimum = sse - (deltaLevel * ru + deltaGrowth * rv);
  const lik = n * Math.log(minimum);
  return Number.isFinite(lik) ? Math.max(lik, -1e10) : Number.POSITIVE_INFINITY;
}
