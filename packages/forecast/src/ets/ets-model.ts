/** ETS state-space recursions (Hyndman et al. 2008): one-step likelihood, point forecasts, simulation. */

/** Error, trend and seasonal component types of the ETS taxonomy (additive-damped trend = 'Ad'). */
export interface EtsSpec {
  readonly error: 'A' | 'M';
  readonly trend: 'N' | 'A' | 'Ad';
  readonly season: 'N' | 'A' | 'M';
  /** Seasonal period (1 when season is 'N'). */
  readonly m: number;
}

/** Smoothing parameters (β as in R's forecast::ets: the growth update uses β/α). */
export interface EtsParams {
  alpha: number;
  beta: number;
  gamma: number;
  phi: number;
}

/** Model state: level, growth and a seasonal ring indexed by period position t mod m. */
export interface EtsState {
  level: number;
  growth: number;
  /** season[j] is the seasonal term for times t with t mod m = j. */
  readonly season: Float64Array;
}

/** Short label, e.g. `ETS(M,Ad,A)`. */
export function etsName(spec: EtsSpec): string {
  return `ETS(${spec.error},${spec.trend},${spec.season})`;
}

/**
 * Runs the recursions over y from the initial `state` (mutated to the final state) and returns R's
 * likelihood term (forecast's C `etscalc`): n·log Σe² (+ 2 Σ log|ŷ| for multiplicative errors),
 * where e is y − ŷ or (y − ŷ)/ŷ. Fitted values and errors are written when arrays are given.
 * Allocation-free; returns +∞ where the recursion degenerates.
 */
export function etsLikelihood(
  y: Float64Array,
  spec: EtsSpec,
  params: EtsParams,
  work: { state: EtsState; fitted?: Float64Array; errors?: Float64Array },
): number {
  const { state, fitted, errors } = work;
  const { alpha, beta, gamma } = params;
  const phi = spec.trend === 'Ad' ? params.phi : 1;
  const hasTrend = spec.trend !== 'N';
  // Integer codes keep the hot loop free of string comparisons: 0 none, 1 additive, 2 multiplicative.
  const seasonKind = spec.season === 'N' ? 0 : spec.season === 'A' ? 1 : 2;
  const multiplicativeError = spec.error === 'M';
  const betaRatio = beta / alpha;
  const m = spec.m;
  const season = state.season;
  let level = state.level;
  let growth = hasTrend ? state.growth : 0;
  let sse = 0;
  let logSum = 0;
  const n = y.length;
  let j = 0;
  for (let t = 0; t < n; t++) {
    const s = seasonKind === 0 ? 0 : season[j]!;
    const q = level + phi * growth;
    const yhat = seasonKind === 1 ? q + s : seasonKind === 2 ? q * s : q;
    const yt = y[t]!;
    const e = multiplicativeError ? (yt - yhat) / yhat : yt - yhat;
    if (fitted !== undefined) fitted[t] = yhat;
    if (errors !== undefined) errors[t] = e;
    sse += e * e;
    if (multiplicativeError) logSum += Math.log(Math.abs(yhat));
    const p = seasonKind === 1 ? yt - s : seasonKind === 2 ? (Math.abs(s) < 1e-10 ? 1e10 : yt / s) : yt;
    const newLevel = q + alpha * (p - q);
    if (hasTrend) growth = phi * growth + betaRatio * (newLevel - level - phi * growth);
    if (seasonKind === 1) season[j] = s + gamma * (yt - q - s);
    else if (seasonKind === 2) season[j] = s + gamma * ((Math.abs(q) < 1e-10 ? 1e10 : yt / q) - s);
    level = newLevel;
    j = j + 1 === m ? 0 : j + 1;
  }
  state.level = level;
  state.growth = growth;
  let lik = n * Math.log(sse);
  if (spec.error === 'M') lik += 2 * logSum;
  return Number.isFinite(lik) ? Math.max(lik, -1e10) : Number.POSITIVE_INFINITY;
}

/**
 * Point forecasts from the final state (R forecast's C `forecast`): (ℓ + φ_h b) ⊕ s_{n+h},
 * φ_h = φ + … + φ^h. `n` is the series length so that the seasonal ring lines up.
 */
export function etsPointForecast(
  spec: EtsSpec,
  params: EtsParams,
  final: { state: EtsState; n: number; horizon: number },
): Float64Array {
  const { state, n, horizon } = final;
  const phi = spec.trend === 'Ad' ? params.phi : 1;
  const out = new Float64Array(horizon);
  let phiSum = 0;
  let phiPower = 1;
  for (let i = 0; i < horizon; i++) {
    phiPower *= phi;
    phiSum += phiPower;
    const trendPart = spec.trend === 'N' ? state.level : state.level + phiSum * state.growth;
    const s = spec.season === 'N' ? 0 : state.season[(n + i) % spec.m]!;
    out[i] = spec.season === 'A' ? trendPart + s : spec.season === 'M' ? trendPart * s : trendPart;
  }
  return out;
}

/**
 * Forecast variance of the linear (class 1, additive error/trend/season) models, Hyndman et al. (2008)
 * Table 6.1: σ²[1 + Σ_{j=1}^{h−1} c_j²], c_j = α + β(φ + … + φ^j) + γ·1{j mod m = 0}.
 */
export function etsClass1Variance(
  spec: EtsSpec,
  params: EtsParams,
  sigma2: number,
  horizon: number,
): Float64Array {
  const phi = spec.trend === 'Ad' ? params.phi : 1;
  const out = new Float64Array(horizon);
  let sum = 0;
  let phiSum = 0;
  let phiPower = 1;
  for (let h = 1; h <= horizon; h++) {
    out[h - 1] = sigma2 * (1 + sum);
    phiPower *= phi;
    phiSum += phiPower;
    let c = params.alpha;
    if (spec.trend !== 'N') c += params.beta * phiSum;
    if (spec.season !== 'N' && h % spec.m === 0) c += params.gamma;
    sum += c * c;
  }
  return out;
}

/**
 * Forecast variance of the class-2 models (multiplicative error, additive or no trend and season),
 * Hyndman et al. (2008) ch. 6 and R forecast's `class2`: θ₁ = μ₁², θ_h = μ_h² + σ² Σ_{j=1}^{h−1} c_j² θ_{h−j},
 * v_h = (1 + σ²)θ_h − μ_h², with μ the point forecasts and c_j the class-1 coefficients.
 */
export function etsClass2Variance(
  spec: EtsSpec,
  params: EtsParams,
  sigma2: number,
  mean: Float64Array,
): Float64Array {
  const horizon = mean.length;
  const phi = spec.trend === 'Ad' ? params.phi : 1;
  const c = new Float64Array(horizon);
  let phiSum = 0;
  let phiPower = 1;
  for (let j = 1; j < horizon; j++) {
    phiPower *= phi;
    phiSum += phiPower;
    let cj = params.alpha;
    if (spec.trend !== 'N') cj += params.beta * phiSum;
    if (spec.season !== 'N' && j % spec.m === 0) cj += params.gamma;
    c[j] = cj * cj;
  }
  const theta = new Float64Array(horizon);
  const out = new Float64Array(horizon);
  for (let h = 0; h < horizon; h++) {
    let sum = 0;
    for (let j = 1; j <= h; j++) sum += c[j]! * theta[h - j]!;
    const mu2 = mean[h]! * mean[h]!;
    theta[h] = mu2 + sigma2 * sum;
    out[h] = (1 + sigma2) * theta[h]! - mu2;
  }
  return out;
}

/** True for the multiplicative-error models with a closed-form forecast variance (class 2). */
export function isClass2(spec: EtsSpec): boolean {
  return spec.error === 'M' && spec.season !== 'M';
}

/** True for the linear models whose Gaussian forecast variance is closed-form (class 1). */
export function isClass1(spec: EtsSpec): boolean {
  return spec.error === 'A' && spec.season !== 'M';
}

/**
 * Simulates `paths` future sample paths (Gaussian errors of variance σ², R `simulate.ets`) and returns
 * per-step sample arrays. Uses its own state copy; `normal` supplies standard normal draws.
 */
export function etsSimulate(
  spec: EtsSpec,
  params: EtsParams,
  options: {
    state: EtsState;
    n: number;
    horizon: number;
    sigma2: number;
    paths: number;
    normal: () => number;
  },
): Float64Array[] {
  const { horizon, paths, n } = options;
  const sigma = Math.sqrt(options.sigma2);
  const phi = spec.trend === 'Ad' ? params.phi : 1;
  const out: Float64Array[] = [];
  for (let i = 0; i < horizon; i++) out.push(new Float64Array(paths));
  const season = new Float64Array(spec.m);
  for (let path = 0; path < paths; path++) {
    let level = options.state.level;
    let growth = options.state.growth;
    season.set(options.state.season);
    for (let i = 0; i < horizon; i++) {
      const j = (n + i) % spec.m;
      const s = spec.season === 'N' ? 0 : season[j]!;
      const q = level + phi * (spec.trend === 'N' ? 0 : growth);
      const yhat = spec.season === 'A' ? q + s : spec.season === 'M' ? q * s : q;
      const e = sigma * options.normal();
      const yt = spec.error === 'A' ? yhat + e : yhat * (1 + e);
      out[i]![path] = yt;
      const p = spec.season === 'A' ? yt - s : spec.season === 'M' ? yt / s : yt;
      const newLevel = q + params.alpha * (p - q);
      if (spec.trend !== 'N')
        growth = phi * growth + (params.beta / params.alpha) * (newLevel - level - phi * growth);
      if (spec.season === 'A') season[j] = s + params.gamma * (yt - q - s);
      else if (spec.season === 'M') season[j] = s + params.gamma * (yt / q - s);
      level = newLevel;
    }
  }
  return out;
}
