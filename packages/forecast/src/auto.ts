/** The `auto` model: a combination of ETS, Theta (and extra members) or, for intermittent demand, holdout selection. */
import { isAppError } from '@zhizao/core';
import { autoArima } from './arima/index.ts';
import { ets } from './ets/auto-ets.ts';
import { clampForecast, combineForecasts } from './forecast-result.ts';
import { type IntermittentMethod, intermittent, intermittentForecaster } from './intermittent-models.ts';
import { theta } from './theta.ts';
import type { FitOptions, FittedModel, Forecast } from './types.ts';
import { checkHorizon, checkSeason, prepareSeries } from './validate.ts';

/** A model-fitting function that can join the `auto` combination (e.g. AutoARIMA). */
export type MemberFitter = (y: Float64Array, options: FitOptions) => FittedModel;

/** Options of `auto`. */
export interface AutoOptions extends FitOptions {
  /** Extra members averaged into the combination for regular (non-intermittent) series. */
  readonly members?: readonly MemberFitter[];
  /** Include AutoARIMA in the combination. Default true. */
  readonly arima?: boolean;
  /** Share of zeros at or above which a series counts as intermittent. Default 0.3. */
  readonly intermittentShare?: number;
}

const INTERMITTENT: readonly IntermittentMethod[] = ['croston', 'sba', 'tsb', 'adida', 'imapa'];

/** Share of exact zeros in y. */
function zeroShare(y: Float64Array): number {
  let zeros = 0;
  for (let t = 0; t < y.length; t++) if (y[t] === 0) zeros += 1;
  return zeros / y.length;
}

/**
 * Automatic forecasting.
 * Regular series: the per-step mean of ETS (AICc-selected), DOTM theta, AutoARIMA and any `members` — forecast
 * combinations beat their members on M3/M4 (Makridakis et al. 2020; the M4 "Com" benchmark), and
 * quantiles are averaged likewise. Intermittent series (≥ 30% zeros): each intermittent method is scored
 * by squared error on a holdout of the last min(12, ⌊n/3⌋) points and the best is refitted on all data.
 * `nonNegative` clamps mean and quantiles at zero.
 */
export function auto(y: ArrayLike<number>, options: AutoOptions): FittedModel {
  checkSeason(options.season, 'options.season');
  const series = prepareSeries(y);
  const n = series.length;
  const share = options.intermittentShare ?? 0.3;
  const base: FitOptions = {
    season: options.season,
    ...(options.seed === undefined ? {} : { seed: options.seed }),
  };
  if (n >= 4 && zeroShare(series) >= share) {
    const method = selectIntermittent(series);
    const fit = intermittent(series, { ...base, method });
    return { ...wrapFitted(fit, `Auto[${fit.model}]`, true), params: { ...fit.params, method } };
  }
  const members: FittedModel[] = [ets(series, base), theta(series, { ...base, variant: 'dynamic' })];
  const extra: MemberFitter[] = [...(options.members ?? [])];
  if (options.arima !== false && n >= 4) extra.push((s, o) => autoArima(s, o));
  for (const fitter of extra) {
    let member: FittedModel;
    try {
      member = fitter(series, base);
    } catch (error: unknown) {
      // A member that rejects this series as input (AppError) is left out; bugs still surface.
      if (isAppError(error)) continue;
      throw error;
    }
    // A member whose forecast is not finite (a degenerate fit) would poison the mean; leave it out.
    if (member.forecast(1).mean.every(Number.isFinite)) members.push(member);
  }
  const fitted = new Float64Array(n);
  for (let t = 0; t < n; t++) {
    let s = 0;
    for (const member of members) s += member.fitted[t]!;
    fitted[t] = s / members.length;
  }
  const name = `Auto[${members.map((m) => m.model).join('+')}]`;
  const nonNegative = options.nonNegative === true;
  return {
    model: name,
    params: { members: members.map((m) => m.model).join(',') },
    fitted,
    forecast(horizon: number): Forecast {
      checkHorizon(horizon);
      const f = combineForecasts(
        name,
        members.map((m) => m.forecast(horizon)),
        'mean',
      );
      return nonNegative ? clampForecast(f) : f;
    },
  };
}

/** Picks the intermittent method with the lowest holdout MSE (ties keep the earlier, simpler method). */
function selectIntermittent(y: Float64Array): IntermittentMethod {
  const n = y.length;
  const holdout = Math.max(1, Math.min(12, Math.floor(n / 3)));
  const train = y.subarray(0, n - holdout);
  let best: IntermittentMethod = 'sba';
  let bestError = Number.POSITIVE_INFINITY;
  for (const method of INTERMITTENT) {
    const f = intermittentForecaster(method)(train, holdout);
    let sse = 0;
    for (let k = 0; k < holdout; k++) sse += (y[n - holdout + k]! - f[k]!) ** 2;
    if (sse < bestError - 1e-12) {
      bestError = sse;
      best = method;
    }
  }
  return best;
}

function wrapFitted(fit: FittedModel, model: string, nonNegative: boolean): FittedModel {
  return {
    model,
    params: fit.params,
    get fitted() {
      return fit.fitted;
    },
    forecast(horizon: number): Forecast {
      const f = fit.forecast(horizon);
      const named: Forecast = { model, mean: f.mean, quantile: (p) => f.quantile(p) };
      return nonNegative ? clampForecast(named) : named;
    },
  };
}
