/** Automatic ARIMA order selection: the Hyndman–Khandakar (2008) stepwise search as forecast::auto.arima. */
import { AppError } from '@zhizao/core';
import type { FitOptions, FittedModel } from '../types.ts';
import { checkSeason } from '../validate.ts';
import { checkArimaSeries } from './arima.ts';
import { type ArimaEstimate, type ArimaMethod, estimateArima } from './arima-estimate.ts';
import { type ArimaCriteria, arimaCriteria, arimaName, toFittedModel } from './arima-model.ts';
import { type ArimaOrder, isStationary } from './arima-parameters.ts';
import { isConstant, ndiffs, nsdiffs } from './differencing-tests.ts';

/** Options of {@link autoArima}; defaults are forecast::auto.arima's. */
export interface AutoArimaOptions extends FitOptions {
  readonly maxP?: number;
  readonly maxQ?: number;
  readonly maxSeasonalP?: number;
  readonly maxSeasonalQ?: number;
  readonly maxD?: number;
  readonly maxSeasonalD?: number;
  /** Fix d instead of testing (KPSS). */
  readonly d?: number;
  /** Fix D instead of testing (seasonal strength > 0.64). */
  readonly seasonalD?: number;
  /** Use CSS during the search; default n > 150 or season > 12. */
  readonly approximation?: boolean;
  readonly allowDrift?: boolean;
  readonly allowMean?: boolean;
  /** Selection criterion; default 'aicc'. */
  readonly ic?: 'aicc' | 'aic' | 'bic';
  /** Model-count limit of the stepwise search (R's nmodels = 94). */
  readonly maxModels?: number;
  /** Called with each candidate's name and criterion (R's `trace = TRUE`). */
  readonly trace?: (model: string, ic: number) => void;
}

/** A candidate fitted during the search (R's `myarima` result). */
interface Candidate {
  readonly ic: number;
  readonly estimate?: ArimaEstimate;
  readonly criteria?: ArimaCriteria;
}

interface SearchContext {
  readonly x: Float64Array;
  readonly m: number;
  readonly d: number;
  readonly D: number;
  readonly ic: 'aicc' | 'aic' | 'bic';
  readonly offset: number;
  readonly trace: ((model: string, ic: number) => void) | undefined;
}

/**
 * R's `myarima`: fit one order, score it by the criterion, and reject it (ic = ∞) when it failed, when a
 * root of the AR or MA polynomial lies within 1.01 of the unit circle.
 */
function fitCandidate(
  context: SearchContext,
  orders: readonly [number, number, number, number, boolean],
  approximation: boolean,
): Candidate {
  const [p, q, P, Q, constant] = orders;
  const { x, m, d, D } = context;
  const order: ArimaOrder = { p, d, q, P, D, Q, period: m };
  const diffs = d + D;
  const regressor = constant ? (diffs === 1 ? 'drift' : diffs === 0 ? 'mean' : 'none') : 'none';
  const method: ArimaMethod = approximation ? 'CSS' : 'CSS-ML';
  const estimate = estimateArima(x, { order, regressor, method });
  if (estimate === undefined) {
    context.trace?.(arimaName(order, regressor), Number.POSITIVE_INFINITY);
    return { ic: Number.POSITIVE_INFINITY };
  }
  const criteria = arimaCriteria(estimate, context.offset);
  let ic = context.ic === 'aicc' ? criteria.aicc : context.ic === 'aic' ? criteria.aic : criteria.bic;
  if (!Number.isFinite(ic)) ic = Number.POSITIVE_INFINITY;
  const { phi, theta } = estimate.stateSpace;
  const nonZero = (v: Float64Array): Float64Array => {
    let last = v.length;
    while (last > 0 && !(Math.abs(v[last - 1]!) > 1e-8)) last--;
    return v.subarray(0, last);
  };
  if (p + P > 0 && !isStationary(nonZero(phi), 1.01)) ic = Number.POSITIVE_INFINITY;
  if (
    q + Q > 0 &&
    !isStationary(
      nonZero(theta).map((v) => -v),
      1.01,
    )
  )
    ic = Number.POSITIVE_INFINITY;
  context.trace?.(arimaName(order, regressor), ic);
  return { ic, estimate, criteria };
}

type Row = readonly [number, number, number, number, boolean];

/**
 * Applies forecast's `checkarima` (a NaN coefficient standard error makes ic = ∞). It needs a numerical
 * Hessian, so the search calls it only for candidates that would otherwise change its course: a candidate
 * that does not beat the current best leaves the search the same whether its ic is finite or ∞.
 */
function confirm(candidate: Candidate): Candidate {
  if (candidate.estimate === undefined || !(candidate.ic < Number.POSITIVE_INFINITY)) return candidate;
  return candidate.estimate.varianceValid() ? candidate : { ...candidate, ic: Number.POSITIVE_INFINITY };
}

/** The mean-only model forecast::auto.arima returns for a constant series (forecasts = the value, no spread). */
function constantModel(y: Float64Array, value: number): FittedModel {
  return {
    model: 'ARIMA(0,0,0) with non-zero mean',
    params: { intercept: value, sigma2: 0 },
    fitted: y.map(() => value),
    forecast(horizon: number) {
      const mean = new Float64Array(horizon).fill(value);
      return { model: 'ARIMA(0,0,0) with non-zero mean', mean, quantile: () => mean.slice() };
    },
  };
}

/**
 * Selects and fits a seasonal ARIMA by forecast::auto.arima's stepwise algorithm (Hyndman & Khandakar 2008,
 * JSS 27(3), §3.2): d by KPSS tests, D by seasonal strength, four initial models, then the ±1 neighbour
 * moves in R's order until no neighbour improves the AICc; with approximation (n > 150 or m > 12) the search
 * uses CSS and the best models are refitted by exact ML. NaN values are missing (Kalman filter), as in R.
 */
export function autoArima(y: Float64Array, options: AutoArimaOptions): FittedModel {
  checkArimaSeries(y);
  checkSeason(options.season, 'options.season');
  let first = 0;
  while (Number.isNaN(y[first]!)) first++;
  let last = y.length - 1;
  while (Number.isNaN(y[last]!)) last--;
  const x = y.subarray(first);
  let serieslength = 0;
  for (let i = first; i <= last; i++) if (!Number.isNaN(y[i]!)) serieslength++;
  if (isConstant(x)) {
    let value = 0;
    for (let i = 0; i < x.length; i++) if (!Number.isNaN(x[i]!)) value = x[i]!;
    return constantModel(y, value);
  }
  const m = Math.max(1, Math.round(options.season));
  let maxP = Math.min(options.maxP ?? 5, Math.floor(serieslength / 3));
  let maxQ = Math.min(options.maxQ ?? 5, Math.floor(serieslength / 3));
  let maxSP = Math.min(options.maxSeasonalP ?? 2, Math.floor(serieslength / 3 / m));
  let maxSQ = Math.min(options.maxSeasonalQ ?? 2, Math.floor(serieslength / 3 / m));
  const ic = serieslength <= 3 ? 'aic' : (options.ic ?? 'aicc');
  let D: number;
  if (m === 1) {
    D = 0;
    maxSP = 0;
    maxSQ = 0;
  } else if (options.seasonalD !== undefined) D = options.seasonalD;
  else if (x.length <= 2 * m) D = 0;
  else D = nsdiffs(x, m, options.maxSeasonalD ?? 1);
  let dx = x;
  if (D > 0) dx = dx.subarray(m).map((v, i) => v - x[i]!);
  const d = options.d ?? ndiffs(dx, 0.05, options.maxD ?? 2);
  for (let i = 0; i < d; i++) {
    const prev = dx;
    dx = prev.subarray(1).map((v, k) => v - prev[k]!);
  }
  if (dx.length === 0)
    throw new AppError('INVALID_INPUT', `y has ${serieslength} values: not enough data to proceed`);
  const order0 = { p: 0, d, q: 0, P: 0, D, Q: 0, period: m };
  if (isConstant(dx)) {
    let mean = 0;
    let count = 0;
    for (const v of dx) {
      if (!Number.isNaN(v)) {
        mean += v;
        count++;
      }
    }
    mean /= count;
    let spec: Parameters<typeof estimateArima>[1];
    if (D > 0 && d === 0)
      spec = { order: order0, regressor: 'drift', method: 'ML', fixedRegressor: mean / m };
    else if (D > 0 || d === 2) spec = { order: order0, regressor: 'none', method: 'ML' };
    else spec = { order: order0, regressor: d === 0 ? 'mean' : 'drift', method: 'ML', fixedRegressor: mean };
    const estimate = estimateArima(x, spec);
    if (estimate === undefined)
      throw new AppError('INVALID_INPUT', 'y follows a polynomial unsuitable for ARIMA');
    return withPrefix(y, first, { estimate, criteria: arimaCriteria(estimate) });
  }
  if (m > 1) {
    if (maxSP > 0) maxP = Math.min(maxP, m - 1);
    if (maxSQ > 0) maxQ = Math.min(maxQ, m - 1);
  }
  const approximation = options.approximation ?? (x.length > 150 || m > 12);
  let offset = 0;
  if (approximation) {
    const base = estimateArima(x, {
      order: order0,
      regressor: d + D === 0 ? 'mean' : 'none',
      method: 'CSS-ML',
    });
    if (base !== undefined) offset = -2 * base.loglik - serieslength * Math.log(base.sigma2);
  }
  const allowDrift = (options.allowDrift ?? true) && d + D === 1;
  const allowMean = (options.allowMean ?? true) && d + D === 0;
  const context: SearchContext = { x, m, d, D, ic, offset, trace: options.trace };
  const result = stepwiseSearch(context, {
    limits: [maxP, maxQ, maxSP, maxSQ],
    constant: allowDrift || allowMean,
    approximation,
    shortSeries: x.length < 10,
    maxModels: options.maxModels ?? 94,
  });
  let best = result.best;
  if (approximation && best.estimate !== undefined) {
    // R refits in order(ic), ∞ last in table order; unconfirmed candidates are checked as they come up.
    const finite = result.candidates
      .map((candidate, index) => ({ candidate, index }))
      .filter((entry) => entry.candidate.ic < Number.POSITIVE_INFINITY)
      .sort((a, b) => a.candidate.ic - b.candidate.ic);
    const infinite = result.candidates
      .map((candidate, index) => ({ candidate, index }))
      .filter((entry) => !(entry.candidate.ic < Number.POSITIVE_INFINITY));
    let found = false;
    const tryRefit = (index: number): boolean => {
      const fit = confirm(fitCandidate(context, result.rows[index]!, false));
      if (fit.ic < Number.POSITIVE_INFINITY) {
        best = fit;
        return true;
      }
      return false;
    };
    for (const entry of finite) {
      if (!(confirm(entry.candidate).ic < Number.POSITIVE_INFINITY)) {
        infinite.push(entry);
        continue;
      }
      if (tryRefit(entry.index)) {
        found = true;
        break;
      }
    }
    if (!found) {
      infinite.sort((a, b) => a.index - b.index);
      for (const entry of infinite) if (tryRefit(entry.index)) break;
    }
  }
  if (best.estimate === undefined || best.criteria === undefined || !(best.ic < Number.POSITIVE_INFINITY)) {
    throw new AppError('INVALID_INPUT', 'no suitable ARIMA model found for y');
  }
  return withPrefix(y, first, { estimate: best.estimate, criteria: best.criteria });
}

/** Wraps the fit of y[first..] as a model of the whole y (leading NaNs get NaN fitted values). */
function withPrefix(
  y: Float64Array,
  first: number,
  fit: { estimate: ArimaEstimate; criteria: ArimaCriteria },
): FittedModel {
  const inner = toFittedModel(y.subarray(first), fit.estimate, fit.criteria);
  if (first === 0) return inner;
  const fitted = new Float64Array(y.length).fill(Number.NaN);
  fitted.set(inner.fitted, first);
  return { ...inner, fitted, forecast: (h: number) => inner.forecast(h) };
}

/** The stepwise neighbourhood search of forecast::auto.arima, move for move. */
function stepwiseSearch(
  context: SearchContext,
  settings: {
    limits: readonly [number, number, number, number];
    constant: boolean;
    approximation: boolean;
    shortSeries: boolean;
    maxModels: number;
  },
): { best: Candidate; rows: Row[]; candidates: Candidate[] } {
  const [maxP, maxQ, maxSP, maxSQ] = settings.limits;
  const { m } = context;
  const nmodels = settings.maxModels;
  let startP = 2;
  let startQ = 2;
  let startSP = 1;
  let startSQ = 1;
  if (settings.shortSeries) {
    startP = 1;
    startQ = 1;
    startSP = 0;
    startSQ = 0;
  }
  let p = Math.min(startP, maxP);
  let q = Math.min(startQ, maxQ);
  let P = Math.min(startSP, maxSP);
  let Q = Math.min(startSQ, maxSQ);
  let constant = settings.constant;
  const rows: Row[] = [];
  const candidates: Candidate[] = [];
  // Fits a row; when it would beat `incumbent`, applies the variance check first (see `confirm`).
  const fit = (row: Row, incumbent: number): Candidate => {
    let c = fitCandidate(context, row, settings.approximation);
    if (c.ic < incumbent) c = confirm(c);
    rows.push(row);
    candidates.push(c);
    return c;
  };
  const seen = (row: Row): boolean =>
    rows.some(
      (r) => r[0] === row[0] && r[1] === row[1] && r[2] === row[2] && r[3] === row[3] && r[4] === row[4],
    );
  let best = fit([p, q, P, Q, constant], Number.POSITIVE_INFINITY);
  let candidate = fit([0, 0, 0, 0, constant], best.ic);
  if (candidate.ic < best.ic) {
    best = candidate;
    p = q = P = Q = 0;
  }
  if (maxP > 0 || maxSP > 0) {
    const row: Row = [maxP > 0 ? 1 : 0, 0, m > 1 && maxSP > 0 ? 1 : 0, 0, constant];
    candidate = fit(row, best.ic);
    if (candidate.ic < best.ic) {
      best = candidate;
      p = row[0];
      P = row[2];
      q = Q = 0;
    }
  }
  if (maxQ > 0 || maxSQ > 0) {
    const row: Row = [0, maxQ > 0 ? 1 : 0, 0, m > 1 && maxSQ > 0 ? 1 : 0, constant];
    candidate = fit(row, best.ic);
    if (candidate.ic < best.ic) {
      best = candidate;
      p = P = 0;
      Q = row[3];
      q = row[1];
    }
  }
  if (constant) {
    candidate = fit([0, 0, 0, 0, false], best.ic);
    if (candidate.ic < best.ic) {
      best = candidate;
      p = q = P = Q = 0;
    }
  }
  // Each move: [dp, dq, dP, dQ, toggle constant], tried in R's order; the first improvement restarts the scan.
  const moves: readonly (readonly [number, number, number, number, boolean])[] = [
    [0, 0, -1, 0, false],
    [0, 0, 0, -1, false],
    [0, 0, 1, 0, false],
    [0, 0, 0, 1, false],
    [0, 0, -1, -1, false],
    [0, 0, -1, 1, false],
    [0, 0, 1, -1, false],
    [0, 0, 1, 1, false],
    [-1, 0, 0, 0, false],
    [0, -1, 0, 0, false],
    [1, 0, 0, 0, false],
    [0, 1, 0, 0, false],
    [-1, -1, 0, 0, false],
    [-1, 1, 0, 0, false],
    [1, -1, 0, 0, false],
    [1, 1, 0, 0, false],
    [0, 0, 0, 0, true],
  ];
  let k = rows.length;
  let startk = 0;
  while (startk < k && k < nmodels) {
    startk = k;
    for (const [dp, dq, dP, dQ, toggle] of moves) {
      if (toggle && !settings.constant) continue;
      const row: Row = [p + dp, q + dq, P + dP, Q + dQ, toggle ? !constant : constant];
      if (row[0] < 0 || row[1] < 0 || row[2] < 0 || row[3] < 0) continue;
      if (row[0] > maxP || row[1] > maxQ || row[2] > maxSP || row[3] > maxSQ) continue;
      if (seen(row)) continue;
      k++;
      if (k > nmodels) break;
      candidate = fit(row, best.ic);
      if (candidate.ic < best.ic) {
        best = candidate;
        [p, q, P, Q] = row;
        constant = row[4];
        if (!toggle) break;
        break;
      }
    }
  }
  return { best, rows, candidates };
}
