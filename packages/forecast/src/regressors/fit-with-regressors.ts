/** Exogenous effects (holidays, promotions) around any base model: estimate, remove, forecast, re-apply. */
import { AppError } from '@zhizao/core';
import { clampForecast, scaleForecast } from '../forecast-result.ts';
import type { FitOptions, FittedModel, Forecast } from '../types.ts';
import { checkHorizon, checkSeason, prepareSeries } from '../validate.ts';
import { eventFreeBaseline } from './event-baseline.ts';
import { estimateEffects, type RegressorEffect } from './poisson-effects.ts';

/** One regressor column over the history and, after it, the known future. */
export interface Regressor {
  /** Unique name, recorded in the fitted model's params as `effect.<name>`. */
  readonly name: string;
  /**
   * Values in [0, 1] (0 = no event): `values[t]` for history day t < y.length, then the future days in
   * order. Future days not given count as 0.
   */
  readonly values: ArrayLike<number>;
}

/** Fits the base model on a series (e.g. `(y, o) => auto(y, { ...o, arima: false })`). */
export type BaseFitter = (y: Float64Array, options: FitOptions) => FittedModel;

/** Options of `fitWithRegressors`. */
export interface RegressionOptions extends FitOptions {
  /** The model fitted to the event-adjusted series. */
  readonly base: BaseFitter;
  /** Regressors with fewer occurrences (runs of non-zero days) are left out. Default 3. */
  readonly minEvents?: number;
  /** Pseudo-events without effect averaged into each estimate (β ≈ β̂·m/(m + shrinkage)). Default 1. */
  readonly shrinkage?: number;
  /** Drop effects that do not lower the leave-one-event-out error. Default true. */
  readonly validate?: boolean;
  /** Event-free days averaged for the baseline level around each day. Default 28. */
  readonly levelDays?: number;
}

/** A fitted model with its regressor effects and the series the base model saw. */
export interface RegressionFit extends FittedModel {
  /** Every regressor in input order, used or not, with the reason. */
  readonly effects: readonly RegressorEffect[];
  /** The history with the used effects removed (what the base model was fitted on). */
  readonly adjusted: Float64Array;
}

/**
 * Dynamic regression by pre-adjustment (Hyndman & Athanasopoulos, FPP3 §10; multiplicative effects as a
 * log-linear model, FPP3 §7.4 "log-log"): (1) an event-free baseline μ0 (local level × weekday index,
 * `eventFreeBaseline`); (2) effects exp(β_j) by penalised Poisson regression of y on the regressors with
 * offset log μ0 (`estimateEffects`; too-rare and non-validating effects left out); (3) the history is
 * adjusted to a_t = y_t / E_t where E_t = Πexp(β_j x_tj) ≥ 1 and a_t = y_t + μ0_t (1 − E_t) where
 * E_t < 1, so a shutdown's near-zero days are not divided up into noise; (4) the base model is fitted to a
 * and its mean and every quantile are multiplied by the future E (a positive factor keeps quantiles
 * ordered). Effect uncertainty is not propagated into the bands; calibrate them by backtest.
 * With no effect used, the base model is fitted to y unchanged.
 */
export function fitWithRegressors(
  y: ArrayLike<number>,
  regressors: readonly Regressor[],
  options: RegressionOptions,
): RegressionFit {
  checkSeason(options.season, 'options.season');
  const series = prepareSeries(y);
  const n = series.length;
  const minEvents = options.minEvents ?? 3;
  const shrinkage = options.shrinkage ?? 1;
  const levelDays = options.levelDays ?? 28;
  if (typeof options.base !== 'function') {
    throw new AppError(
      'INVALID_INPUT',
      `options.base must be a model-fitting function, got ${typeof options.base}`,
    );
  }
  checkPositive('options.minEvents', minEvents, true);
  checkPositive('options.levelDays', levelDays, true);
  if (!(shrinkage >= 0 && Number.isFinite(shrinkage))) {
    throw new AppError('INVALID_INPUT', `options.shrinkage must be a finite number ≥ 0, got ${shrinkage}`);
  }
  checkRegressors(regressors, n);
  const normal = new Uint8Array(n).fill(1);
  for (const regressor of regressors) {
    for (let t = 0; t < n; t++) if (regressor.values[t]! !== 0) normal[t] = 0;
  }
  const baseline = eventFreeBaseline(series, normal, { season: options.season, levelDays });
  const effects = estimateEffects(series, baseline, regressors, {
    minEvents,
    shrinkage,
    validate: options.validate ?? true,
  });
  const used = regressors.filter((_, j) => effects[j]!.used);
  const factors = effects.filter((effect) => effect.used).map((effect) => Math.log(effect.factor));
  const adjusted = new Float64Array(n);
  const historyEffect = combinedEffect(used, factors, 0, n);
  for (let t = 0; t < n; t++) {
    const e = historyEffect[t]!;
    adjusted[t] = e >= 1 ? series[t]! / e : series[t]! + baseline[t]! * (1 - e);
  }
  const fitOptions: FitOptions = {
    season: options.season,
    ...(options.nonNegative === undefined ? {} : { nonNegative: options.nonNegative }),
    ...(options.seed === undefined ? {} : { seed: options.seed }),
  };
  const fit = options.base(used.length > 0 ? adjusted : series, fitOptions);
  if (used.length === 0) return { ...withParams(fit, effects), effects, adjusted: series };
  const model = `${fit.model}+X`;
  const fitted = fit.fitted.map((v, t) => v * historyEffect[t]!);
  return {
    ...withParams(fit, effects),
    model,
    fitted,
    effects,
    adjusted,
    forecast(horizon: number): Forecast {
      checkHorizon(horizon);
      const future = combinedEffect(used, factors, n, horizon);
      const scaled = scaleForecast(fit.forecast(horizon), future, model);
      return options.nonNegative === true ? clampForecast(scaled) : scaled;
    },
  };
}

/** E_t = exp(Σ_j β_j x_tj) for t in [from, from + length); regressor values past their end count as 0. */
function combinedEffect(
  used: readonly Regressor[],
  logFactors: readonly number[],
  from: number,
  length: number,
): Float64Array {
  const eta = new Float64Array(length);
  used.forEach((regressor, j) => {
    const values = regressor.values;
    const end = Math.min(values.length, from + length);
    for (let t = from; t < end; t++) eta[t - from]! += logFactors[j]! * values[t]!;
  });
  return eta.map(Math.exp);
}

/** The fit's params plus `regressors` (used names), `effect.<name>` factors and `regressorsLeftOut`. */
function withParams(fit: FittedModel, effects: readonly RegressorEffect[]): FittedModel {
  const params: Record<string, number | string | boolean> = { ...fit.params };
  params.regressors = effects
    .filter((e) => e.used)
    .map((e) => e.name)
    .join(',');
  for (const effect of effects) {
    if (effect.used) params[`effect.${effect.name}`] = Math.round(effect.factor * 1000) / 1000;
  }
  params.regressorsLeftOut = effects
    .filter((e) => !e.used)
    .map((e) => `${e.name}:${e.reason}`)
    .join(',');
  return {
    model: fit.model,
    params,
    fitted: fit.fitted,
    ...(fit.aicc === undefined ? {} : { aicc: fit.aicc }),
    forecast: (horizon: number) => fit.forecast(horizon),
  };
}

function checkPositive(name: string, value: number, integer: boolean): void {
  if (!(value >= 1) || (integer && !Number.isInteger(value))) {
    throw new AppError('INVALID_INPUT', `${name} must be an integer ≥ 1, got ${value}`);
  }
}

function checkRegressors(regressors: readonly Regressor[], n: number): void {
  if (!Array.isArray(regressors)) throw new AppError('INVALID_INPUT', 'regressors must be an array');
  const names = new Set<string>();
  regressors.forEach((regressor, j) => {
    const name = regressor?.name;
    if (typeof name !== 'string' || name.length === 0 || names.has(name)) {
      throw new AppError(
        'INVALID_INPUT',
        `regressors[${j}].name must be a unique non-empty string, got ${String(name)}`,
      );
    }
    names.add(name);
    const values = regressor.values;
    if (
      values === null ||
      typeof values !== 'object' ||
      typeof values.length !== 'number' ||
      values.length < n
    ) {
      throw new AppError(
        'INVALID_INPUT',
        `regressors[${j}].values ("${name}") must hold at least the ${n} history values, got ${values?.length}`,
      );
    }
    for (let t = 0; t < values.length; t++) {
      const v = values[t];
      if (typeof v !== 'number' || !(v >= 0 && v <= 1)) {
        throw new AppError(
          'INVALID_INPUT',
          `regressors[${j}].values[${t}] ("${name}") must lie in [0, 1], got ${v}`,
        );
      }
    }
  });
}
