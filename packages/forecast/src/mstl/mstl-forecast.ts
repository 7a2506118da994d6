/** MSTL forecasting: seasonal naive per seasonal component plus non-seasonal ARIMA on the adjusted series. */

import { autoArima } from '../arima/auto-arima.ts';
import type { FittedModel, Forecast } from '../types.ts';
import { checkHorizon } from '../validate.ts';
import { type MstlOptions, mstl } from './mstl.ts';

/**
 * Fits forecast::mstl's decomposition and forecasts as forecast's `forecast.mstl(method = "arima")`: each
 * seasonal component continues its last cycle (seasonal naive), the seasonally adjusted series
 * (trend + remainder) gets a non-seasonal auto ARIMA (this package's {@link autoArima} with season 1 — R's
 * default there is ETS, which lives elsewhere in this package). Intervals come from the ARIMA alone: the
 * seasonal components are treated as known, as R does.
 */
export function mstlForecast(y: Float64Array, options: MstlOptions): FittedModel {
  const decomposition = mstl(y, options);
  const n = y.length;
  const seasonalSum = new Float64Array(n);
  for (const component of decomposition.seasonal)
    for (let t = 0; t < n; t++) seasonalSum[t] = seasonalSum[t]! + component[t]!;
  const adjusted = new Float64Array(n);
  for (let t = 0; t < n; t++) adjusted[t] = Number.isNaN(y[t]!) ? Number.NaN : y[t]! - seasonalSum[t]!;
  const base = autoArima(adjusted, { season: 1 });
  const periodsLabel = decomposition.periods.join(',');
  const model = `STL(${periodsLabel}) + ${base.model}`;
  const fitted = base.fitted.map((v, t) => v + seasonalSum[t]!);
  return {
    model,
    params: { ...base.params, periods: periodsLabel },
    fitted,
    ...(base.aicc === undefined ? {} : { aicc: base.aicc }),
    forecast(horizon: number): Forecast {
      checkHorizon(horizon);
      const inner = base.forecast(horizon);
      const seasonal = new Float64Array(horizon);
      decomposition.periods.forEach((period, i) => {
        const component = decomposition.seasonal[i]!;
        for (let h = 0; h < horizon; h++) seasonal[h] = seasonal[h]! + component[n - period + (h % period)]!;
      });
      const mean = inner.mean.map((v, h) => v + seasonal[h]!);
      return {
        model,
        mean,
        quantile: (p: number) => inner.quantile(p).map((v, h) => v + seasonal[h]!),
      };
    },
  };
}
