/** Naive2, the M4 benchmark: naive on classically (multiplicatively) seasonally adjusted data. */
import { naive } from './baselines.ts';
import { clampForecast, scaleForecast } from './forecast-result.ts';
import { seasonalAdjustment } from './seasonality.ts';
import type { FitOptions, FittedModel, Forecast } from './types.ts';
import { checkHorizon, checkSeason, prepareSeries } from './validate.ts';

/**
 * Naive2 (M4 benchmark code `naive_seasonal` after `SeasonalityTest`): when the 90% ACF test passes
 * at lag m, divide by the classical multiplicative seasonal indices, forecast naive, multiply back.
 * Intervals are the naive ones on the adjusted scale, reseasonalised.
 */
export function naive2(y: ArrayLike<number>, options: FitOptions): FittedModel {
  checkSeason(options.season, 'options.season');
  const series = prepareSeries(y);
  const m = options.season;
  const probe = seasonalAdjustment(series, m, 1);
  const base = naive(probe === null ? series : probe.adjusted, { season: 1 });
  const fitted = base.fitted.map((v, i) => (probe === null ? v : v * probe.insample[i]!));
  return {
    model: 'Naive2',
    params: { seasonal: probe !== null },
    fitted,
    forecast(horizon: number): Forecast {
      checkHorizon(horizon);
      const adjustment = probe === null ? null : seasonalAdjustment(series, m, horizon);
      const raw = base.forecast(horizon);
      const named: Forecast =
        adjustment === null
          ? { model: 'Naive2', mean: raw.mean, quantile: (p) => raw.quantile(p) }
          : scaleForecast(raw, adjustment.future, 'Naive2');
      return options.nonNegative === true ? clampForecast(named) : named;
    },
  };
}
