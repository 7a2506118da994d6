/** @zhizao/forecast — statistical and intermittent-demand forecasting, intervals, metrics and backtests. */

export type { AutoOptions, MemberFitter } from './auto.ts';
export { auto } from './auto.ts';
export type { BacktestFold, BacktestOptions, BacktestResult } from './backtest.ts';
export { rollingOriginBacktest } from './backtest.ts';
export { meanForecast, naive, randomWalkDrift, seasonalNaive, windowAverage } from './baselines.ts';
export type { ConformalOptions } from './conformal.ts';
export { conformalForecast } from './conformal.ts';
export type { EtsOptions } from './ets/auto-ets.ts';
export { ets } from './ets/auto-ets.ts';
export type { EvaluateOptions, EvaluationResult, EvaluationSeries, SeriesForecaster } from './evaluate.ts';
export { evaluate } from './evaluate.ts';
export { clampForecast, combineForecasts, normalForecast } from './forecast-result.ts';
export type { IntermittentMethod } from './intermittent-models.ts';
export { intermittent } from './intermittent-models.ts';
export { coverage, mae, mase, msis, owa, pinballLoss, rmsse, seasonalNaiveScale, smape } from './metrics.ts';
export type { ModelName } from './models.ts';
export { fitModel, isModelName, MODEL_NAMES } from './models.ts';
export { naive2 } from './naive2.ts';
export { nelderMead } from './nelder-mead.ts';
export { normalQuantile, studentQuantile } from './normal-quantile.ts';
export type { CalendarFlags, DemandRegressorOptions } from './regressors/demand-regressors.ts';
export { demandRegressors } from './regressors/demand-regressors.ts';
export type {
  BaseFitter,
  RegressionFit,
  RegressionOptions,
  Regressor,
} from './regressors/fit-with-regressors.ts';
export { fitWithRegressors } from './regressors/fit-with-regressors.ts';
export type { EffectReason, RegressorEffect } from './regressors/poisson-effects.ts';
export { classicalDecomposition, seasonalityTest } from './seasonality.ts';
export type { ThetaVariant } from './theta.ts';
export { theta } from './theta.ts';
export type { FitOptions, FittedModel, Forecast, PointForecaster } from './types.ts';
export type { MissingPolicy } from './validate.ts';
export { prepareSeries } from './validate.ts';
