/** Intermittent-demand models as `FittedModel`s, with conformal intervals from rolling-origin residuals. */
import { assertNever } from '@zhizao/core';
import { conformalForecast } from './conformal.ts';
import { adidaAuto, crostonRate, imapaRate, tsbRate } from './intermittent.ts';
import type { FitOptions, FittedModel, Forecast, PointForecaster } from './types.ts';
import { checkHorizon, prepareSeries } from './validate.ts';

/** Names of the intermittent-demand methods. */
export type IntermittentMethod = 'croston' | 'sba' | 'tsb' | 'adida' | 'imapa';

/** The flat rate each method forecasts from a history. */
export function intermittentRate(method: IntermittentMethod, y: Float64Array): number {
  switch (method) {
    case 'croston':
      return crostonRate(y);
    case 'sba':
      return crostonRate(y, { debiased: true });
    case 'tsb':
      return tsbRate(y).rate;
    case 'adida':
      return adidaAuto(y);
    case 'imapa':
      return imapaRate(y);
    default:
      return assertNever(method, 'intermittent method');
  }
}

const LABELS: Record<IntermittentMethod, string> = {
  croston: 'Croston',
  sba: 'SBA',
  tsb: 'TSB',
  adida: 'ADIDA',
  imapa: 'IMAPA',
};

/** A point forecaster that repeats the method's rate h times. */
export function intermittentForecaster(method: IntermittentMethod): PointForecaster {
  return (train, horizon) => new Float64Array(horizon).fill(Math.max(0, intermittentRate(method, train)));
}

/**
 * Fits an intermittent-demand method. Forecasts are flat and non-negative; quantiles come from
 * `conformalForecast` over up to 20 rolling origins, clamped at zero.
 */
export function intermittent(
  y: ArrayLike<number>,
  options: FitOptions & { readonly method: IntermittentMethod },
): FittedModel {
  const series = prepareSeries(y);
  const forecaster = intermittentForecaster(options.method);
  const n = series.length;
  let fitted: Float64Array | undefined;
  const model = LABELS[options.method];
  return {
    model,
    params: { rate: Math.max(0, intermittentRate(options.method, series)) },
    /** Computed on first access: each one-step fit refits on the prefix (O(n²) overall). */
    get fitted(): Float64Array {
      if (fitted === undefined) {
        fitted = new Float64Array(n).fill(Number.NaN);
        for (let t = 1; t < n; t++) fitted[t] = forecaster(series.subarray(0, t), 1)[0]!;
      }
      return fitted;
    },
    forecast(horizon: number): Forecast {
      checkHorizon(horizon);
      return conformalForecast(series, forecaster, { horizon, model, nonNegative: true });
    },
  };
}
