/** The shapes every forecasting model shares: a fitted model and its probabilistic forecast. */

/** A probabilistic forecast for steps 1..h ahead. */
export interface Forecast {
  /** Model name, e.g. `ETS(A,Ad,M)` or `SBA`. */
  readonly model: string;
  /** Point forecast (mean, or the model's point estimate) per step. */
  readonly mean: Float64Array;
  /** The p-quantile per step, 0 < p < 1. */
  quantile(p: number): Float64Array;
}

/** A model fitted to one series. */
export interface FittedModel {
  readonly model: string;
  /** Estimated parameters, for traceability. */
  readonly params: Readonly<Record<string, number | string | boolean>>;
  /** One-step-ahead in-sample fitted values (NaN where undefined). */
  readonly fitted: Float64Array;
  /** Information criterion when the model has a likelihood. */
  readonly aicc?: number;
  forecast(horizon: number): Forecast;
}

/** Options common to every model's fit. */
export interface FitOptions {
  /** Seasonal period (1 = none). */
  readonly season: number;
  /** Clamp the mean and all quantiles at zero (demand). Default false. */
  readonly nonNegative?: boolean;
  /** Seed for simulation-based quantiles. Default 42. */
  readonly seed?: number;
}

/** A point forecaster: history in, h point forecasts out (used by backtests and conformal intervals). */
export type PointForecaster = (train: Float64Array, horizon: number) => Float64Array;
