/** Maximum-likelihood fit of one ETS model: R-style initial values, bounded Nelder–Mead, AICc. */
import { type NelderMeadResult, nelderMead } from '../nelder-mead.ts';
import { ETS_LOWER, ETS_UPPER, parametersAllowed, rootWorkspace } from './ets-admissible.ts';
import { initialStates } from './ets-initial.ts';
import { additiveErrorConcentrated, multiplicativeErrorNonSeasonal } from './ets-kernels.ts';
import { type EtsParams, type EtsSpec, type EtsState, etsLikelihood } from './ets-model.ts';

/** One fitted ETS model. */
export interface EtsFit {
  readonly spec: EtsSpec;
  readonly params: EtsParams;
  /** Estimated initial state (R's `initstate`), before the first observation. */
  readonly initial: EtsState;
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

/** Options of `fitEtsModel`. */
export interface FitEtsModelOptions {
  /**
   * A fit with the same trend and season, usually the other error type (the two likelihoods tend to
   * peak close together). Its parameters and initial state start the search instead of R's heuristic
   * values when the objective is lower there. Ignored when the components differ and for seasonal
   * models.
   */
  readonly start?: EtsFit;
  /**
   * `both` (default): a first pass, then a restart from its optimum. `first`: the first pass alone.
   * `restart`: the restart alone, from `start` (a `first` fit of the same model). Non-seasonal models
   * only; seasonal models always run both.
   */
  readonly passes?: 'both' | 'first' | 'restart';
}

/** Relative tolerance of the first Nelder–Mead pass of non-seasonal models; the restart uses R's reltol. */
const COARSE_RELTOL = 1e-6;
/** R optim's default `reltol`, sqrt(machine epsilon), which forecast::ets keeps. */
const R_RELTOL = 1.49e-8;

/**
 * Fits one ETS model by maximum likelihood (R forecast::etsmodel): parameter vector
 * (α, β, γ, φ, ℓ₀, b₀, s₁..s_{m−1}) with s₀ fixed by normalisation (Σs = 0 or m), Nelder–Mead on
 * R's likelihood, +∞ outside `check.param(bounds = "both")`. The linear non-seasonal models
 * concentrate (ℓ₀, b₀) out by least squares (`additiveErrorConcentrated`).
 * Returns null when k ≥ n − 1.
 */
export function fitEtsModel(y: Float64Array, spec: EtsSpec, options: FitEtsModelOptions = {}): EtsFit | null {
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
  // Seasonal models keep R's search (one start, reltol throughout): on M3 monthly and tourism the
  // warm start and coarse pass found better likelihoods on average but forecast no better.
  const start = hasSeason ? undefined : options.start;
  const passes = hasSeason ? 'both' : (options.passes ?? 'both');
  let warm: number[] | null = null;
  if (start !== undefined && start.spec.trend === spec.trend && start.spec.season === spec.season) {
    warm = warmStart(x0, start);
  }
  const params: EtsParams = { alpha: alpha0, beta: 0, gamma: 0, phi: 1 };
  const state: EtsState = { level: 0, growth: 0, season: new Float64Array(m) };
  const roots = rootWorkspace(m);
  const work = { state };
  // Linear non-seasonal models concentrate the seed state out (exact least squares): Nelder–Mead then
  // searches only (α, β, φ). A perfect fit (Σe² = 0, e.g. a constant series) has no finite concentrated
  // likelihood; the full search below then takes over, as for the other models.
  let concentrated = spec.error === 'A' && !hasSeason;
  const seed = { level: init.level, growth: init.growth };
  const load = (x: Float64Array): boolean => {
    let i = 0;
    params.alpha = x[i++]!;
    params.beta = hasTrend ? x[i++]! : 0;
    params.gamma = hasSeason ? x[i++]! : 0;
    params.phi = damped ? x[i++]! : 1;
    if (concentrated) return parametersAllowed(spec, params, roots);
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
  const smoothing = { alpha: 0, beta: 0, phi: 1, trend: hasTrend };
  const concentratedLikelihood = (): number => {
    smoothing.alpha = params.alpha;
    smoothing.beta = params.beta;
    smoothing.phi = params.phi;
    return additiveErrorConcentrated(y, smoothing, init, seed);
  };
  // Non-seasonal models (all of M4 Weekly, every m > 24) use straight-line kernels; the rest the general loop.
  const objective = (x: Float64Array): number => {
    if (!load(x)) return Number.POSITIVE_INFINITY;
    if (concentrated) return concentratedLikelihood();
    if (hasSeason) return etsLikelihood(y, spec, params, work);
    return multiplicativeErrorNonSeasonal(y, params, state);
  };
  // A first pass, then a restart from its optimum at R's reltol guards against early simplex collapse.
  const search = (dimension: number): NelderMeadResult => {
    // Of R's heuristic start and the warm start, begin from the one with the lower objective.
    let origin = Float64Array.from(x0.slice(0, dimension));
    if (warm !== null) {
      const alternative = Float64Array.from(warm.slice(0, dimension));
      if (passes === 'restart' || objective(alternative) < objective(origin)) origin = alternative;
    }
    const restart = (from: Float64Array): NelderMeadResult =>
      nelderMead(objective, from, {
        step: Float64Array.from(steps.slice(0, dimension), (s) => s * 0.5),
        relTol: R_RELTOL,
        maxEvaluations: 1000,
      });
    if (passes === 'restart') return restart(origin);
    const first = nelderMead(objective, origin, {
      step: Float64Array.from(steps.slice(0, dimension)),
      relTol: hasSeason ? R_RELTOL : COARSE_RELTOL,
      maxEvaluations: 2000,
    });
    if (passes === 'first') return first;
    const again = restart(first.x);
    return again.value < first.value ? again : first;
  };
  let best = search(concentrated ? stateOffset : x0.length);
  if (concentrated && !Number.isFinite(best.value)) {
    concentrated = false;
    best = search(x0.length);
  }
  if (!Number.isFinite(best.value) || !load(best.x)) return null;
  if (concentrated) {
    concentratedLikelihood();
    state.level = seed.level;
    state.growth = seed.growth;
  }
  const initial: EtsState = {
    level: state.level,
    growth: state.growth,
    season: Float64Array.from(state.season),
  };
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
    initial,
    state,
    fitted,
    sigma2: sse / (n - k + 1 > 0 ? n - k + 1 : 1),
    loglik,
    aic,
    aicc: aic + (2 * k * (k + 1)) / (n - k - 1),
    bic: aic + (Math.log(n) - 2) * k,
  };
}

/** The start vector (α, β, γ, φ, ℓ₀, b₀, s₁..s_{m−1}) filled with a fitted model's values. */
function warmStart(base: number[], from: EtsFit): number[] {
  const x0 = base.slice();
  const { spec, params, initial } = from;
  let i = 0;
  x0[i++] = params.alpha;
  if (spec.trend !== 'N') x0[i++] = params.beta;
  if (spec.season !== 'N') x0[i++] = params.gamma;
  if (spec.trend === 'Ad') x0[i++] = params.phi;
  x0[i++] = initial.level;
  if (spec.trend !== 'N') x0[i++] = initial.growth;
  if (spec.season !== 'N') for (let j = 1; j < spec.m; j++) x0[i++] = initial.season[j]!;
  return x0;
}
