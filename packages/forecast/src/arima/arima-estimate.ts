/** ARIMA estimation by conditional sum of squares then exact Gaussian ML, a port of R's `stats::arima` (CSS-ML). */
import { numericalHessian, transformJacobian, varianceIsValid } from './arima-hessian.ts';
import {
  type ArimaOrder,
  armaCount,
  arToPacf,
  expandCoefficients,
  invertMa,
  isStationary,
  pacfToAr,
} from './arima-parameters.ts';
import { chandrasekharLikelihood } from './chandrasekhar.ts';
import { minimizeBfgs } from './optimizer.ts';
import {
  createStateSpace,
  differencingPolynomial,
  initializeState,
  type KalmanSums,
  kalmanFilter,
  type StateSpace,
} from './state-space.ts';

/** Estimation method, as R's `arima(method = )`. */
export type ArimaMethod = 'CSS-ML' | 'ML' | 'CSS';

/** The single regressor R's arima may carry here: an intercept (d + D = 0) or a linear drift t = 1..n. */
export type ArimaRegressor = 'none' | 'mean' | 'drift';

/** What {@link estimateArima} needs besides the series. */
export interface ArimaSpec {
  readonly order: ArimaOrder;
  readonly regressor: ArimaRegressor;
  readonly method: ArimaMethod;
  /** Holds the regressor coefficient at this value instead of estimating it (R's `fixed`; ARMA orders 0). */
  readonly fixedRegressor?: number;
}

/** An estimated ARIMA model in R's terms (coefficients untransformed, σ² = SSQ / n.used as `arima`). */
export interface ArimaEstimate {
  readonly spec: ArimaSpec;
  /** ar1..p, ma1..q, sar1..P, sma1..Q, then the regressor coefficient when present. */
  readonly coef: Float64Array;
  readonly sigma2: number;
  /** Log-likelihood (for CSS: R's pseudo-likelihood from the conditional sum of squares). */
  readonly loglik: number;
  /** AIC; NaN for CSS, as R gives NA. */
  readonly aic: number;
  /** Observations used: non-missing count minus the differencing order (R's `n.used`). */
  readonly nUsed: number;
  /** Standardised innovations (ML) or CSS residuals, per observation. */
  readonly residuals: Float64Array;
  /** Filtered state at the last observation, for forecasting. */
  readonly stateSpace: StateSpace;
  /** 0 when the optimiser converged, 1 when it hit its iteration limit. */
  readonly convergence: number;
  /**
   * False when a coefficient variance from the numerical Hessian is negative or undefined (R: NaN in
   * `var.coef`, which forecast's `checkarima` rejects). Computed on first call (~4k² objective evaluations).
   */
  varianceValid(): boolean;
}

/** Caches the result of a boolean computation made on first request. */
function memoize(compute: () => boolean): () => boolean {
  let value: boolean | undefined;
  return () => {
    value ??= compute();
    return value;
  };
}

/** Builds the regressor column for n observations starting at time index 1 (R: `1:n` for drift). */
export function regressorColumn(regressor: ArimaRegressor, n: number): Float64Array | undefined {
  if (regressor === 'none') return undefined;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = regressor === 'mean' ? 1 : i + 1;
  return out;
}

/** Applies (1 − B)^d (1 − B^m)^D to a series in place, shortening it (R's `diff(x, 1, d)` then `diff(x, m, D)`). */
function difference(x: Float64Array, order: ArimaOrder): Float64Array {
  const { d, D, period } = order;
  let out = x;
  for (let i = 0; i < d; i++) out = out.subarray(1).map((v, k) => v - out[k]!);
  for (let i = 0; i < D; i++) out = out.subarray(period).map((v, k) => v - out[k]!);
  return out;
}

/** Differences `x` into `w` keeping time positions, as R's `ARIMA_CSS` does in place (no allocation). */
function differenceInPlace(x: Float64Array, w: Float64Array, order: ArimaOrder): void {
  const n = x.length;
  w.set(x);
  for (let i = 0; i < order.d; i++) for (let l = n - 1; l > 0; l--) w[l] = w[l]! - w[l - 1]!;
  const m = order.period;
  for (let i = 0; i < order.D; i++) for (let l = n - 1; l >= m; l--) w[l] = w[l]! - w[l - m]!;
}

/** Least squares through the origin on one regressor, skipping NaN (R's `lm(y ~ x - 1)`): estimate and s.e. */
function regressThroughOrigin(y: Float64Array, x: Float64Array): { beta: number; se: number; rank: number } {
  let sxy = 0;
  let sxx = 0;
  let count = 0;
  for (let i = 0; i < y.length; i++) {
    if (Number.isNaN(y[i]!)) continue;
    sxy += x[i]! * y[i]!;
    sxx += x[i]! * x[i]!;
    count++;
  }
  if (!(sxx > 0)) return { beta: 0, se: 0, rank: 0 };
  const beta = sxy / sxx;
  let rss = 0;
  for (let i = 0; i < y.length; i++) if (!Number.isNaN(y[i]!)) rss += (y[i]! - beta * x[i]!) ** 2;
  const se = count > 1 ? Math.sqrt(rss / (count - 1) / sxx) : Number.NaN;
  return { beta, se, rank: 1 };
}

/** Conditional sum of squares of the differenced ARMA (R's `ARIMA_CSS`), writing residuals into `resid`. */
export function conditionalSumOfSquares(
  w: Float64Array,
  model: { phi: Float64Array; theta: Float64Array; ncond: number },
  resid: Float64Array,
): number {
  const { phi, theta, ncond } = model;
  const n = w.length;
  const p = phi.length;
  const q = theta.length;
  let ssq = 0;
  let nu = 0;
  for (let l = 0; l < ncond && l < n; l++) resid[l] = 0;
  for (let l = ncond; l < n; l++) {
    let tmp = w[l]!;
    for (let j = 0; j < p; j++) tmp -= phi[j]! * w[l - j - 1]!;
    const lim = Math.min(l - ncond, q);
    for (let j = 0; j < lim; j++) tmp -= theta[j]! * resid[l - j - 1]!;
    resid[l] = tmp;
    if (!Number.isNaN(tmp)) {
      nu++;
      ssq += tmp * tmp;
    }
  }
  return ssq / nu;
}

/**
 * Estimates an ARIMA model as R's `arima(x, order, seasonal, xreg, method)` does: CSS starting values, a
 * stationarity check on the CSS AR part, then exact ML through the Kalman filter with AR coefficients
 * PACF-transformed (`transform.pars = TRUE`), MA roots inverted, optimised by BFGS with R's `parscale`.
 * Returns undefined where R would stop with an error (non-stationary CSS AR part, non-finite likelihood).
 */
export function estimateArima(x: Float64Array, spec: ArimaSpec): ArimaEstimate | undefined {
  const { order, regressor } = spec;
  const { p, q, P, Q, d, D, period } = order;
  const n = x.length;
  const narma = armaCount(order);
  const xreg = regressorColumn(regressor, n);
  const ncoef = narma + (xreg === undefined ? 0 : 1);
  const delta = differencingPolynomial(d, D, period);
  let nonMissing = 0;
  for (let i = 0; i < n; i++) if (!Number.isNaN(x[i]!)) nonMissing++;
  const nUsed = nonMissing - delta.length;
  if (nUsed <= 0) return undefined;
  let method = spec.method;
  if (method === 'CSS-ML' && nonMissing < n) method = 'ML';
  const pFull = p + period * P;
  const qFull = q + period * Q;
  const ncondCss = d + D * period + pFull;
  const init = new Float64Array(ncoef);
  const parscale = new Float64Array(ncoef).fill(1);
  if (xreg !== undefined) {
    let fit = regressThroughOrigin(difference(x, order), difference(xreg, order));
    if (n - delta.length <= 1 || fit.rank === 0) fit = regressThroughOrigin(x, xreg);
    init[narma] = fit.beta;
    parscale[narma] = 10 * fit.se;
    if (!(parscale[narma]! > 0)) parscale[narma] = 1;
  }
  const buffers = {
    phi: new Float64Array(pFull),
    theta: new Float64Array(qFull),
    params: new Float64Array(Math.max(1, narma)),
    work: new Float64Array(Math.max(1, narma)),
  };
  const adjusted = new Float64Array(n);
  const setAdjusted = (coef: Float64Array): void => {
    const beta = xreg === undefined ? 0 : coef[narma]!;
    for (let i = 0; i < n; i++) adjusted[i] = x[i]! - (xreg === undefined ? 0 : beta * xreg[i]!);
  };
  const cssResid = new Float64Array(n);
  const cssObjective = (coef: Float64Array): number => {
    expandCoefficients(coef, { order, transform: false }, buffers);
    setAdjusted(coef);
    differenceInPlace(adjusted, cssWork, order);
    const s = conditionalSumOfSquares(
      cssWork,
      { phi: buffers.phi, theta: buffers.theta, ncond: ncondCss },
      cssResid,
    );
    return 0.5 * Math.log(s);
  };
  const cssWork = new Float64Array(n);
  let convergence = 0;
  let coef: Float64Array = init.slice();
  const fixed = spec.fixedRegressor !== undefined && narma === 0 && xreg !== undefined;
  if (fixed) {
    coef[narma] = spec.fixedRegressor!;
    method = 'ML';
  }
  if (method === 'CSS' || method === 'CSS-ML') {
    const res = minimizeBfgs(cssObjective, init, { parscale });
    if (res.convergence === 2) return undefined;
    if (method === 'CSS') {
      coef = res.par;
      convergence = res.convergence;
      const cssCoef = coef;
      const varianceValid = memoize(() =>
        varianceIsValid(numericalHessian(cssObjective, cssCoef, parscale), undefined, nUsed),
      );
      return finishCss(
        x,
        { spec, coef, value: res.value },
        {
          nUsed,
          delta,
          buffers,
          cssObjective,
          cssResid,
          convergence,
          varianceValid,
        },
      );
    }
    if (res.convergence === 0) coef = res.par;
    if (p > 0 && !isStationary(coef.subarray(0, p))) return undefined;
    if (P > 0 && !isStationary(coef.subarray(p + q, p + q + P))) return undefined;
  }
  // Transform AR blocks to PACF scale and make the MA blocks invertible.
  if (p > 0) arToPacf(coef, { offset: 0, length: p }, coef);
  if (P > 0) arToPacf(coef, { offset: p + q, length: P }, coef);
  if (q > 0) coef.set(invertMa(coef.slice(p, p + q)), p);
  if (Q > 0) coef.set(invertMa(coef.slice(p + q + P, p + q + P + Q)), p + q + P);
  for (let i = 0; i < narma; i++) if (!Number.isFinite(coef[i]!)) return undefined;
  const model = createStateSpace(pFull, qFull, delta);
  const sums: KalmanSums = { ssq: 0, sumlog: 0, nu: 0 };
  const mlObjective = (par: Float64Array): number => {
    expandCoefficients(par, { order, transform: true }, buffers);
    model.phi.set(buffers.phi);
    model.theta.set(buffers.theta);
    if (!initializeState(model)) return Number.MAX_VALUE;
    setAdjusted(par);
    // The likelihood alone needs no filtered covariance: the O(rd) Chandrasekhar recursion gives the same
    // sums; with missing values the Kalman filter skips updates and only it applies.
    if (nonMissing === n) chandrasekharLikelihood(model, adjusted, sums);
    else kalmanFilter(model, adjusted, { sums });
    const s2 = sums.ssq / sums.nu;
    return 0.5 * (Math.log(s2) + sums.sumlog / sums.nu);
  };
  let res = fixed
    ? { par: coef, value: mlObjective(coef), convergence: 0 as const, evaluations: 1 }
    : minimizeBfgs(mlObjective, coef, { parscale });
  if (res.convergence === 2) return undefined;
  convergence = res.convergence;
  const final = res.par.slice();
  let changed = false;
  if (q > 0) {
    const inverted = invertMa(final.slice(p, p + q));
    for (let i = 0; i < q; i++) if (inverted[i] !== final[p + i]) changed = true;
    final.set(inverted, p);
  }
  if (Q > 0) {
    const inverted = invertMa(final.slice(p + q + P, narma));
    for (let i = 0; i < Q; i++) if (inverted[i] !== final[p + q + P + i]) changed = true;
    final.set(inverted, p + q + P);
  }
  if (changed) res = { ...res, par: final, value: mlObjective(final) };
  // Undo the PACF transform (R's ARIMA_undoPars).
  const natural = final.slice();
  const work = new Float64Array(Math.max(p, P, 1));
  if (p > 0) pacfToAr(final, { offset: 0, length: p }, { out: natural, work });
  if (P > 0) pacfToAr(final, { offset: p + q, length: P }, { out: natural, work });
  if (Number.isNaN(res.value)) return undefined;
  const residuals = new Float64Array(n);
  const finalFilter = (): boolean => {
    expandCoefficients(natural, { order, transform: false }, buffers);
    model.phi.set(buffers.phi);
    model.theta.set(buffers.theta);
    if (!initializeState(model)) return false;
    setAdjusted(natural);
    kalmanFilter(model, adjusted, { sums, residuals });
    return true;
  };
  if (!finalFilter()) return undefined;
  const ssq = sums.ssq;
  const varianceValid = memoize(() => {
    if (fixed) return true;
    const valid = varianceIsValid(
      numericalHessian(mlObjective, final, parscale),
      transformJacobian(final, { p, seasonalOffset: p + q, P }),
      nUsed,
    );
    // The Hessian evaluations reuse the model's buffers: restore the filtered state for forecasting.
    finalFilter();
    return valid;
  });
  const sigma2 = ssq / nUsed;
  const value = 2 * nUsed * res.value + nUsed + nUsed * Math.log(2 * Math.PI);
  return {
    spec,
    coef: natural,
    sigma2,
    loglik: -0.5 * value,
    aic: value + 2 * (fixed ? 0 : ncoef) + 2,
    nUsed,
    residuals,
    stateSpace: model,
    convergence,
    varianceValid,
  };
}

/** Completes a CSS fit as R's `arima(method = "CSS")`: filtered state for prediction, CSS residuals and σ². */
function finishCss(
  x: Float64Array,
  fit: { spec: ArimaSpec; coef: Float64Array; value: number },
  context: {
    nUsed: number;
    delta: Float64Array;
    buffers: { phi: Float64Array; theta: Float64Array; params: Float64Array; work: Float64Array };
    cssObjective: (c: Float64Array) => number;
    cssResid: Float64Array;
    convergence: number;
    varianceValid: () => boolean;
  },
): ArimaEstimate | undefined {
  const { nUsed, delta, buffers } = context;
  const { spec, coef, value } = fit;
  const order = spec.order;
  const narma = armaCount(order);
  const halfLogSigma2 = context.cssObjective(coef);
  const sigma2 = Math.exp(2 * halfLogSigma2);
  const residuals = context.cssResid.slice();
  const model = createStateSpace(buffers.phi.length, buffers.theta.length, delta);
  model.phi.set(buffers.phi);
  model.theta.set(buffers.theta);
  if (!initializeState(model)) return undefined;
  const xreg = regressorColumn(spec.regressor, x.length);
  const adjusted = x.map((v, i) => v - (xreg === undefined ? 0 : coef[narma]! * xreg[i]!));
  kalmanFilter(model, adjusted, { sums: { ssq: 0, sumlog: 0, nu: 0 } });
  const loglikValue = 2 * nUsed * value + nUsed + nUsed * Math.log(2 * Math.PI);
  return {
    spec,
    coef,
    sigma2,
    loglik: -0.5 * loglikValue,
    aic: Number.NaN,
    nUsed,
    residuals,
    stateSpace: model,
    convergence: context.convergence,
    varianceValid: context.varianceValid,
  };
}
