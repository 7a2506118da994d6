/** Public fixed-order ARIMA fit, the equivalent of forecast::Arima(y, order, seasonal, include.constant). */
import { AppError } from '@zhizao/core';
import type { FitOptions, FittedModel } from '../types.ts';
import { checkSeason } from '../validate.ts';
import { type ArimaMethod, type ArimaRegressor, estimateArima } from './arima-estimate.ts';
import { arimaCriteria, toFittedModel } from './arima-model.ts';
import type { ArimaOrder } from './arima-parameters.ts';

/** Options of {@link arima}. */
export interface ArimaOptions extends FitOptions {
  /** Non-seasonal (p, d, q). */
  readonly order: readonly [number, number, number];
  /** Seasonal (P, D, Q) with period `season`; default (0, 0, 0). */
  readonly seasonalOrder?: readonly [number, number, number];
  /**
   * Constant term as forecast::Arima's `include.constant`: a mean when d + D = 0, a drift when d + D = 1,
   * ignored for d + D ≥ 2. Default true when d + D = 0 (R's include.mean), false otherwise.
   */
  readonly includeConstant?: boolean;
  /** Estimation method; default 'CSS-ML' (as R; 'ML' is used automatically when y has NaN). */
  readonly method?: ArimaMethod;
}

function checkOrderValue(value: number, name: string, max: number): void {
  if (!Number.isInteger(value) || value < 0 || value > max) {
    throw new AppError('INVALID_INPUT', `${name} must be an integer from 0 to ${max}, got ${value}`);
  }
}

/** Validates y for ARIMA: finite or NaN (missing, handled by the Kalman filter as R does), not all NaN. */
export function checkArimaSeries(y: Float64Array, name = 'y'): void {
  if (!(y instanceof Float64Array)) throw new AppError('INVALID_INPUT', `${name} must be a Float64Array`);
  if (y.length === 0) throw new AppError('INVALID_INPUT', `${name} must not be empty`);
  let observed = 0;
  for (let i = 0; i < y.length; i++) {
    const v = y[i]!;
    if (Number.isNaN(v)) continue;
    if (!Number.isFinite(v))
      throw new AppError('INVALID_INPUT', `${name}[${i}] is not finite: ${v}`, { index: i });
    observed++;
  }
  if (observed === 0) throw new AppError('INVALID_INPUT', `${name} has no observed value (all NaN)`);
}

/** The regressor forecast::Arima adds for `include.constant` given the total differencing order. */
export function constantRegressor(includeConstant: boolean, differences: number): ArimaRegressor {
  if (!includeConstant) return 'none';
  if (differences === 0) return 'mean';
  if (differences === 1) return 'drift';
  return 'none';
}

/**
 * Fits a seasonal ARIMA(p,d,q)(P,D,Q)m by exact Gaussian maximum likelihood (Kalman filter, CSS start) as
 * `forecast::Arima(y, order, seasonal, include.constant)`; NaN values are treated as missing (R's behaviour).
 * Throws AppError when the options are invalid or the model cannot be estimated on this series.
 */
export function arima(y: Float64Array, options: ArimaOptions): FittedModel {
  checkArimaSeries(y);
  checkSeason(options.season, 'options.season');
  const [p, d, q] = options.order;
  const [P, D, Q] = options.seasonalOrder ?? [0, 0, 0];
  checkOrderValue(p, 'options.order[0] (p)', 30);
  checkOrderValue(d, 'options.order[1] (d)', 3);
  checkOrderValue(q, 'options.order[2] (q)', 30);
  checkOrderValue(P, 'options.seasonalOrder[0] (P)', 5);
  checkOrderValue(D, 'options.seasonalOrder[1] (D)', 2);
  checkOrderValue(Q, 'options.seasonalOrder[2] (Q)', 5);
  const period = options.season;
  if (period === 1 && P + D + Q > 0) {
    throw new AppError(
      'INVALID_INPUT',
      `options.seasonalOrder needs options.season > 1, got season ${period}`,
    );
  }
  const order: ArimaOrder = { p, d, q, P, D, Q, period };
  if (y.length <= d + D * period) {
    throw new AppError('INVALID_INPUT', `y has ${y.length} values: not enough to difference d=${d}, D=${D}`);
  }
  const regressor = constantRegressor(options.includeConstant ?? d + D === 0, d + D);
  const estimate = estimateArima(y, { order, regressor, method: options.method ?? 'CSS-ML' });
  if (estimate === undefined) {
    throw new AppError(
      'INVALID_INPUT',
      `ARIMA could not be estimated on y (non-stationary start or too few values)`,
    );
  }
  return toFittedModel(y, estimate, arimaCriteria(estimate));
}
