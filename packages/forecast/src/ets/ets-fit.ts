/** Maximum-likelihood fit of one ETS model: R-style initial values, bounded Nelder–Mead, AICc. */
import { nelderMead } from '../nelder-mead.ts';
import { classicalDecomposition } from '../seasonality.ts';
import { ETS_LOWER, ETS_UPPER, parametersAllowed, rootWorkspace } from './ets-admissible.ts';
import { type EtsParams, type EtsSpec, type EtsState, etsLikelihood } from './ets-model.ts';

/** One fitted ETS model. */
export interface EtsFit {
  readonly spec: EtsSpec;
  readonly params: EtsParams;
  /** State after the last observation. */
  readonly state: EtsState;
  readonly fitted: Float64Array;
  /** σ² = Σe²/(n − k), k the number of estimated parameters (R forecast::ets). */
  readonly sigma2: number;
  readonly loglik: number;
  readonly aic: number;
  readonly aicc: number;
  readonly bic: number;
}

/** Least-squares solution of a small dense system X b = y (normal equations, Gaussian elimination). */
function leastSquares(columns: Float64Array[], y: Float64Array): Float64Array {
  const k = columns.length;
  const a = new Float64Array(k * (k + 1));
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      let s = 0;
      for (let t = 0; t < y.length; t++) s += columns[i]![t]! * columns[j]![t]!;
      a[i * (k + 1) + j] = s;
    }
    let s = 0;
    for (let t = 0; t < y.length; t++) s += columns[i]![t]! * y[t]!;
    a[i * (k + 1) + k] = s;
  }
  for (let col = 0; col < k; col++) {
    let pivot = col;
    for (let r = col + 1; r < k; r++)
      if (Math.abs(a[r * (k + 1) + col]!) > Math.abs(a[pivot * (k + 1) + col]!)) pivot = r;
    for (let j = 0; j <= k; j++) {
      const tmp = a[col * (k + 1) + j]!;
      a[col * (k + 1) + j] = a[pivot * (k + 1) + j]!;
      a[pivot * (k + 1) + j] = tmp;
    }
    const d = a[col * (k + 1) + col]!;
    if (Math.abs(d) < 1e-300) continue;
    for (let r = 0; r < k; r++) {
      if (r === col) continue;
      const f = a[r * (k + 1) + col]! / d;
      for (let j = col; j <= k; j++) a[r * (k + 1) + j] = a[r * (k + 1) + j]! - f * a[col * (k + 1) + j]!;
    }
  }
  const b = new Float64Array(k);
  for (let i = 0; i < k; i++) {
    const d = a[i * (k + 1) + i]!;
    b[i] = Math.abs(d) < 1e-300 ? 0 : a[i * (k + 1) + k]! / d;
  }
  return b;
}

/**
 * Initial states as forecast:::initstate: seasonal indices from a classical decomposition of the
 * first 3m points (a linear-trend + one-harmonic regression when n < 3m), then level (and growth) from
 * a regression on the first max(10, 2m) seasonally adjusted points.
 */
export function initialStates(
  y: Float64Array,
  spec: EtsSpec,
): { level: number; growth: number; season: Float64Array } {
  const m = spec.m;
  const n = y.length;
  let adjusted = y;
  const season = new Float64Array(m).fill(spec.season === 'M' ? 1 : 0);
  if (spec.season !== 'N') {
    let seasonal: Float64Array;
    let base: Float64Array;
    if (n >= 3 * m) {
      base = y.subarray(0, 3 * m);
      const { figure } = classicalDecomposition(base, m, spec.season === 'A' ? 'additive' : 'multiplicative');
      seasonal = base.map((_, t) => figure[t % m]!);
    } else {
      base = y;
      const t = new Float64Array(n).map((_, i) => i + 1);
      const columns = [new Float64Array(n).fill(1), t, t.map((v) => Math.cos((2 * Math.PI * v) / m))];
      if (m > 2) columns.push(t.map((v) => Math.sin((2 * Math.PI * v) / m)));
      const coef = leastSquares(columns, y);
      seasonal = y.map((v, i) => {
        const trend = coef[0]! + coef[1]! * (i + 1);
        return spec.season === 'A' ? v - trend : v / trend;
      });
    }
    for (let j = 1; j < m; j++) season[j] = seasonal[j] ?? season[j]!;
    if (spec.season === 'M') {
      let sum = 0;
      for (let j = 1; j < m; j++) {
        season[j] = Math.max(season[j]!, 1e-2);
        sum += season[j]!;
      }
      if (sum > m) for (let j = 1; j < m; j++) season[j] = season[j]! / (sum + 1e-2 * (m - 1));
      adjusted = base.map((v, t) => v / Math.max(seasonal[t]!, 1e-2));
    } else {
      adjusted = base.map((v, t) => v - seasonal[t]!);
    }
  }
  const maxn = Math.min(Math.max(10, 2 * m), adjusted.length);
  let level = 0;
  let growth = 0;
  if (spec.trend === 'N') {
    for (let t = 0; t < maxn; t++) level += adjusted[t]!;
    level /= maxn;
  } else {
    const tMean = (maxn + 1) / 2;
    let yMean = 0;
    for (let t = 0; t < maxn; t++) yMean += adjusted[t]!;
    yMean /= maxn;
    let sxy = 0;
    let sxx = 0;
    for (let t = 0; t < maxn; t++) {
      sxy += (t + 1 - tMean) * (adjusted[t]! - yMean);
      sxx += (t + 1 - tMean) ** 2;
    }
    growth = sxx > 0 ? sxy / sxx : 0;
    level = yMean - growth * tMean;
    if (Math.abs(level + growth) < 1e-8) {
      level *= 1 + 1e-3;
      growth *= 1 - 1e-3;
    }
  }
  return { level, growth, season };
}

/**
 * Fits one ETS model by maximum likelihood (R forecast::etsmodel): parameter vector
 * (α, β, γ, φ, ℓ₀, b₀, s₁..s_{m−1}) with s₀ fixed by normalisation (Σs = 0 or m), Nelder–Mead on
 * R's likelihood, +∞ outside `check.param(bounds = "both")`. Returns null when k ≥ n − 1.
 */
export function fitEtsModel(y: Float64Array, spec: EtsSpec): EtsFit | null {
  const n = y.length;
  const m = spec.m;
  const hasTrend = spec.trend !== 'N';
  const hasSeason = spec.season !== 'N';
  const damped = spec.trend === 'Ad';
  const init = initialStates(y, spec);
  // Initial smoothing parameters: forecast:::initparam.
  const alpha0 = ETS_LOWER.alpha + (0.2 * (ETS_UPPER.alpha - ETS_LOWER.alpha)) / m;
  let beta0 = ETS_LOWER.beta + 0.1 * (ETS_UPPER.beta - ETS_LOWER.beta);
  if (beta0 > alpha0) beta0 = alpha0 - 1e-3;
  let gamma0 = ETS_LOWER.gamma + 0.05 * (ETS_UPPER.gamma - ETS_LOWER.gamma);
  if (gamma0 > 1 - alpha0) gamma0 = 1 - alpha0 - 1e-3;
  const phi0 = ETS_LOWER.phi + 0.99 * (ETS_UPPER.phi - ETS_LOWER.phi);
  const x0: number[] = [alpha0];
  const steps: number[] = [0.1];
  const add = (value: number, step: number): void => {
    x0.push(value);
    steps.push(step);
  };
  if (hasTrend) add(beta0, 0.02);
  if (hasSeason) add(gamma0, 0.02);
  if (damped) add(phi0, 0.02);
  const stateOffset = x0.length;
  let scale = 0;
  for (let t = 0; t < Math.min(n, 20); t++) scale = Math.max(scale, Math.abs(y[t]!));
  if (!(scale > 0)) scale = 1;
  add(init.level, 0.1 * (Math.abs(init.level) > 0 ? Math.abs(init.level) : scale));
  if (hasTrend) add(init.growth, 0.1 * (Math.abs(init.growth) > 0 ? Math.abs(init.growth) : 0.01 * scale));
  if (hasSeason) {
    for (let j = 1; j < m; j++) {
      const s = init.season[j]!;
      add(s, spec.season === 'M' ? 0.05 : 0.1 * Math.max(Math.abs(s), 0.01 * scale));
    }
  }
  const k = x0.length + 1;
  if (k - 1 >= n - 1) return null;
  const params: EtsParams = { alpha: alpha0, beta: 0, gamma: 0, phi: 1 };
  const state: EtsState = { level: 0, growth: 0, season: new Float64Array(m) };
  const roots = rootWorkspace(m);
  const work = { state };
  const load = (x: Float64Array): boolean => {
    let i = 0;
    params.alpha = x[i++]!;
    params.beta = hasTrend ? x[i++]! : 0;
    params.gamma = hasSeason ? x[i++]! : 0;
    params.phi = damped ? x[i++]! : 1;
    state.level = x[stateOffset]!;
    state.growth = hasTrend ? x[stateOffset + 1]! : 0;
    if (hasSeason) {
      const first = stateOffset + (hasTrend ? 2 : 1);
      let sum = 0;
      for (let j = 1; j < m; j++) {
        const s = x[first + j - 1]!;
        if (spec.season === 'M' && s <= 0) return false;
        state.season[j] = s;
        sum += s;
      }
      state.season[0] = (spec.season === 'M' ? m : 0) - sum;
      if (spec.season === 'M' && state.season[0]! <= 0) return false;
    }
    return parametersAllowed(spec, params, roots);
  };
  const objective = (x: Float64Array): number =>
    load(x) ? etsLikelihood(y, spec, params, work) : Number.POSITIVE_INFINITY;
  let best = nelderMead(objective, Float64Array.from(x0), {
    step: Float64Array.from(steps),
    relTol: 1.49e-8,
    maxEvaluations: 2000,
  });
  // One restart from the optimum guards against Nelder–Mead's premature collapse.
  const again = nelderMead(objective, best.x, {
    step: Float64Array.from(steps, (s) => s * 0.5),
    relTol: 1.49e-8,
    maxEvaluations: 1000,
  });
  if (again.value < best.value) best = again;
  if (!Number.isFinite(best.value) || !load(best.x)) return null;
  const fitted = new Float64Array(n);
  const errors = new Float64Array(n);
  const lik = etsLikelihood(y, spec, params, { state, fitted, errors });
  let sse = 0;
  for (let t = 0; t < n; t++) sse += errors[t]! ** 2;
  const loglik = -0.5 * lik;
  const aic = lik + 2 * k;
  return {
    spec,
    params: { ...params },
    state,
    fitted,
    sigma2: sse / (n - k + 1 > 0 ? n - k + 1 : 1),
    loglik,
    aic,
    aicc: aic + (2 * k * (k + 1)) / (n - k - 1),
    bic: aic + (Math.log(n) - 2) * k,
  };
}
