/** A fitted ARIMA as forecast::Arima presents it: AICc, σ² with R's df correction, forecasts with intervals. */
import { normalForecast } from '../forecast-result.ts';
import type { FittedModel, Forecast } from '../types.ts';
import { checkHorizon } from '../validate.ts';
import type { ArimaEstimate } from './arima-estimate.ts';
import { type ArimaOrder, armaCount } from './arima-parameters.ts';
import { kalmanForecast } from './state-space.ts';

/** Information criteria and the residual variance forecast::Arima attaches to an estimate. */
export interface ArimaCriteria {
  readonly aic: number;
  readonly aicc: number;
  readonly bic: number;
  /** Σ residual² / (n* − k + 1), the σ² forecast::Arima and auto.arima use for intervals. */
  readonly sigma2: number;
}

/**
 * forecast::Arima's criteria: k = estimated coefficients + 1, n* = n − d − mD,
 * AICc = AIC + 2k(k + 1)/(n* − k − 1), BIC = AIC + k(log n* − 2). For CSS, AIC = offset + n* log σ²_CSS + 2k
 * as forecast's `myarima` does during an approximate search.
 */
export function arimaCriteria(estimate: ArimaEstimate, cssOffset = 0): ArimaCriteria {
  const { order } = estimate.spec;
  const residuals = estimate.residuals;
  let first = 0;
  while (first < residuals.length && Number.isNaN(residuals[first]!)) first++;
  let last = residuals.length - 1;
  while (last >= first && Number.isNaN(residuals[last]!)) last--;
  let n = 0;
  let ssq = 0;
  for (let i = first; i <= last; i++) {
    const r = residuals[i]!;
    if (!Number.isNaN(r)) {
      n++;
      ssq += r * r;
    }
  }
  const nstar = n - order.d - order.D * order.period;
  const k = (estimate.spec.fixedRegressor === undefined ? estimate.coef.length : 0) + 1;
  const aic =
    estimate.spec.method === 'CSS' ? cssOffset + nstar * Math.log(estimate.sigma2) + 2 * k : estimate.aic;
  return {
    aic,
    aicc: aic + (2 * k * (k + 1)) / (nstar - k - 1),
    bic: aic + k * (Math.log(nstar) - 2),
    sigma2: ssq / (nstar - k + 1),
  };
}

/** R's `arima.string`: `ARIMA(p,d,q)(P,D,Q)[m] with drift` and friends. */
export function arimaName(order: ArimaOrder, regressor: 'none' | 'mean' | 'drift'): string {
  let name = `ARIMA(${order.p},${order.d},${order.q})`;
  if (order.period > 1 && order.P + order.D + order.Q > 0)
    name += `(${order.P},${order.D},${order.Q})[${order.period}]`;
  if (regressor === 'drift') return `${name} with drift`;
  if (regressor === 'mean') return `${name} with non-zero mean`;
  if (order.d === 0 && order.D === 0) return `${name} with zero mean`;
  return name;
}

/** Point forecasts and standard errors h steps ahead (R's `predict.Arima`: Kalman forecast plus regressor). */
export function arimaPredict(
  estimate: ArimaEstimate,
  horizon: number,
  sigma2: number,
): { mean: Float64Array; se: Float64Array } {
  const { mean, variance } = kalmanForecast(estimate.stateSpace, horizon);
  const narma = armaCount(estimate.spec.order);
  const n = estimate.residuals.length;
  const beta = estimate.coef[narma] ?? 0;
  const se = new Float64Array(horizon);
  for (let i = 0; i < horizon; i++) {
    if (estimate.spec.regressor === 'mean') mean[i] = mean[i]! + beta;
    else if (estimate.spec.regressor === 'drift') mean[i] = mean[i]! + beta * (n + i + 1);
    se[i] = Math.sqrt(variance[i]! * sigma2);
  }
  return { mean, se };
}

/** Coefficient names in R's order: ar1.., ma1.., sar1.., sma1.., intercept | drift. */
export function coefficientNames(order: ArimaOrder, regressor: 'none' | 'mean' | 'drift'): string[] {
  const names: string[] = [];
  for (let i = 1; i <= order.p; i++) names.push(`ar${i}`);
  for (let i = 1; i <= order.q; i++) names.push(`ma${i}`);
  for (let i = 1; i <= order.P; i++) names.push(`sar${i}`);
  for (let i = 1; i <= order.Q; i++) names.push(`sma${i}`);
  if (regressor === 'mean') names.push('intercept');
  if (regressor === 'drift') names.push('drift');
  return names;
}

/** Wraps an estimate as the package's {@link FittedModel} (fitted = y − residuals, as forecast's fitted.Arima). */
export function toFittedModel(
  y: Float64Array,
  estimate: ArimaEstimate,
  criteria: ArimaCriteria,
): FittedModel {
  const { order, regressor } = estimate.spec;
  const model = arimaName(order, regressor);
  const params: Record<string, number | string | boolean> = {};
  coefficientNames(order, regressor).forEach((name, i) => {
    params[name] = estimate.coef[i]!;
  });
  params.sigma2 = criteria.sigma2;
  params.loglik = estimate.loglik;
  params.aic = criteria.aic;
  params.method = estimate.spec.method;
  const fitted = y.map((v, i) => v - estimate.residuals[i]!);
  return {
    model,
    params,
    fitted,
    aicc: criteria.aicc,
    forecast(horizon: number): Forecast {
      checkHorizon(horizon);
      const { mean, se } = arimaPredict(estimate, horizon, criteria.sigma2);
      return normalForecast(model, mean, se);
    },
  };
}
