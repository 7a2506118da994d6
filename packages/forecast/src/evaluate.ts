/** Dataset-level evaluation averaged as the M4 competition does, with Naive2 as the OWA reference. */
import { AppError } from '@zhizao/core';
import { coverage, mae, mase, msis, owa, pinballLoss, rmsse, smape } from './metrics.ts';
import { naive2 } from './naive2.ts';
import type { Forecast } from './types.ts';
import { checkHorizon, checkSeason, prepareSeries } from './validate.ts';

/** One series to evaluate: its history and the held-out actuals. */
export interface EvaluationSeries {
  readonly id?: string;
  readonly train: ArrayLike<number>;
  readonly test: ArrayLike<number>;
}

/** Forecasts one series for `horizon` steps (the model under evaluation); `index` is its position in the data. */
export type SeriesForecaster = (train: Float64Array, horizon: number, index: number) => Forecast;

/** Dataset averages. sMAPE in percent; OWA relative to Naive2; MSIS/coverage for the 95% interval. */
export interface EvaluationResult {
  readonly series: number;
  readonly smape: number;
  readonly mase: number;
  readonly owa: number;
  readonly rmsse: number;
  readonly mae: number;
  readonly msis: number;
  readonly coverage: number;
  /** Mean pinball loss averaged over the 0.05, 0.5 and 0.95 quantiles. */
  readonly pinball: number;
  readonly naive2: { readonly smape: number; readonly mase: number };
}

/** Options of `evaluate`. */
export interface EvaluateOptions {
  /** Seasonal period for the MASE scale and Naive2 (M4 uses 1 for weekly, daily, yearly). */
  readonly season: number;
  /** Forecast horizon; defaults to each series' test length. */
  readonly horizon?: number;
  /** Skip interval metrics (faster when only point accuracy matters). Default false. */
  readonly pointOnly?: boolean;
}

/**
 * Evaluates a forecaster over many (train, test) pairs like the M4 organisers: each metric is the mean
 * over the horizon per series, then the mean over series; OWA = ½(sMAPE/sMAPE_Naive2 + MASE/MASE_Naive2)
 * on those averages (M4 Competitor's Guide). RMSSE uses lag 1 (M5).
 */
export function evaluate(
  data: readonly EvaluationSeries[],
  forecaster: SeriesForecaster,
  options: EvaluateOptions,
): EvaluationResult {
  checkSeason(options.season, 'options.season');
  if (data.length === 0) throw new AppError('INVALID_INPUT', 'data must hold at least one series');
  const m = options.season;
  const sums = { smape: 0, mase: 0, rmsse: 0, mae: 0, msis: 0, coverage: 0, pinball: 0, n2s: 0, n2m: 0 };
  let scaled = 0;
  for (let s = 0; s < data.length; s++) {
    const entry = data[s]!;
    const label = entry.id ?? String(s);
    const train = prepareSeries(entry.train, `data[${label}].train`);
    const fullTest = prepareSeries(entry.test, `data[${label}].test`, 'reject');
    const h = options.horizon ?? fullTest.length;
    checkHorizon(h, 'options.horizon');
    if (fullTest.length < h) {
      throw new AppError(
        'INVALID_INPUT',
        `data[${label}].test has ${fullTest.length} points, horizon is ${h}`,
      );
    }
    const test = fullTest.subarray(0, h);
    const f = forecaster(train, h, s);
    const reference = naive2(train, { season: m }).forecast(h).mean;
    sums.smape += smape(test, f.mean);
    sums.n2s += smape(test, reference);
    sums.mae += mae(test, f.mean);
    const masev = mase(train, test, f.mean, m);
    const rmssev = rmsse(train, test, f.mean, 1);
    if (Number.isFinite(masev) && Number.isFinite(rmssev)) {
      scaled += 1;
      sums.mase += masev;
      sums.n2m += mase(train, test, reference, m);
      sums.rmsse += rmssev;
    }
    if (options.pointOnly !== true) {
      const lower = f.quantile(0.025);
      const upper = f.quantile(0.975);
      const msisv = msis(train, test, { lower, upper }, { m });
      if (Number.isFinite(msisv)) sums.msis += msisv;
      sums.coverage += coverage(test, lower, upper);
      sums.pinball +=
        (pinballLoss(test, f.quantile(0.05), 0.05) +
          pinballLoss(test, f.quantile(0.5), 0.5) +
          pinballLoss(test, f.quantile(0.95), 0.95)) /
        3;
    }
  }
  const count = data.length;
  const model = { smape: sums.smape / count, mase: scaled > 0 ? sums.mase / scaled : Number.NaN };
  const reference = { smape: sums.n2s / count, mase: scaled > 0 ? sums.n2m / scaled : Number.NaN };
  const intervals = options.pointOnly !== true;
  return {
    series: count,
    smape: model.smape,
    mase: model.mase,
    owa: owa(model, reference),
    rmsse: scaled > 0 ? sums.rmsse / scaled : Number.NaN,
    mae: sums.mae / count,
    msis: intervals && scaled > 0 ? sums.msis / scaled : Number.NaN,
    coverage: intervals ? sums.coverage / count : Number.NaN,
    pinball: intervals ? sums.pinball / count : Number.NaN,
    naive2: reference,
  };
}
