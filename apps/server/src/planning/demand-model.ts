/** Lead-time demand for planning: from stored daily forecast quantiles, or empirically from sales history. */
import type { DemandSource } from '@zhizao/contract';
import {
  type DemandDistribution,
  empiricalDistribution,
  GammaDistribution,
  latticeDistribution,
  type ProtectionDemand,
} from '@zhizao/inventory';

/** z of the 90% quantile: (p90 − p10) / (2 · 1.2816) estimates a daily standard deviation. */
const Z90 = 1.2815515655446004;

/** Daily demand as planning sees it: means and standard deviations over the planning horizon. */
export interface DailyDemand {
  readonly source: DemandSource;
  readonly mean: Float64Array;
  readonly sd: Float64Array;
  /** For sales-history plans: the daily history the empirical lead-time demand is built from. */
  readonly history?: Float64Array;
}

/** A demand model for one SKU: the protection demand of the policy and the daily series for simulation. */
export interface DemandModel {
  readonly demand: ProtectionDemand;
  readonly daily: DailyDemand;
}

/** Minimum days of sales history for the empirical fallback. */
export const MIN_HISTORY_DAYS = 28;

/**
 * Daily means and standard deviations from forecast quantiles, extended to `days` by repeating the last day.
 * The standard deviation is read off the 80% interval, as for a normal: σ ≈ (q₀.₉ − q₀.₁)/(2 z₀.₉).
 */
export function dailyFromForecast(
  points: readonly { mean: number; p10: number; p90: number }[],
  days: number,
): DailyDemand {
  const mean = new Float64Array(days);
  const sd = new Float64Array(days);
  for (let t = 0; t < days; t++) {
    const point = points[Math.min(t, points.length - 1)];
    if (point === undefined) break;
    mean[t] = Math.max(0, point.mean);
    sd[t] = Math.max(0, (point.p90 - point.p10) / (2 * Z90));
  }
  return { source: 'forecast', mean, sd };
}

/** Daily mean and standard deviation of the sales history, used flat over the horizon. */
export function dailyFromHistory(history: Float64Array, days: number): DailyDemand {
  let sum = 0;
  for (const value of history) sum += value;
  const average = history.length > 0 ? sum / history.length : 0;
  let squares = 0;
  for (const value of history) squares += (value - average) ** 2;
  const sd = history.length > 1 ? Math.sqrt(squares / (history.length - 1)) : 0;
  return {
    source: 'sales-history',
    mean: new Float64Array(days).fill(average),
    sd: new Float64Array(days).fill(sd),
    history,
  };
}

const ZERO = latticeDistribution(Float64Array.of(1), { name: 'zero' });

/** Gamma with given moments (Silver, Pyke & Peterson 2017, §6.9: gamma for non-negative demand); zero when mean is 0. */
function gammaOf(mean: number, variance: number): DemandDistribution {
  if (!(mean > 1e-12)) return ZERO;
  const sd = Math.sqrt(Math.max(variance, (mean * 1e-3) ** 2));
  return GammaDistribution.fromMoments(mean, sd);
}

/**
 * Demand over `days` periods of the forecast: Σμₜ and Σσₜ² (independent days), plus the lead-time variance
 * term μ̄² σ_L² when the lead time varies (Silver, Pyke & Peterson 2017, eq. 6.21), as a gamma.
 */
function sumOfDays(daily: DailyDemand, days: number, leadTimeSd: number): DemandDistribution {
  let mean = 0;
  let variance = 0;
  for (let t = 0; t < days; t++) {
    mean += daily.mean[t] ?? 0;
    variance += (daily.sd[t] ?? 0) ** 2;
  }
  const perDay = days > 0 ? mean / days : (daily.mean[0] ?? 0);
  return gammaOf(mean, variance + perDay * perDay * leadTimeSd * leadTimeSd);
}

/** Empirical distribution of the history's rolling `days`-day totals (a bootstrap of lead-time demand). */
function rollingTotals(history: Float64Array, days: number): DemandDistribution {
  if (days === 0) return ZERO;
  const count = history.length - days + 1;
  const totals = new Float64Array(count);
  let sum = 0;
  for (let t = 0; t < days; t++) sum += history[t] ?? 0;
  totals[0] = sum;
  for (let k = 1; k < count; k++) {
    sum += (history[k + days - 1] ?? 0) - (history[k - 1] ?? 0);
    totals[k] = Math.max(0, sum);
  }
  return empiricalDistribution(totals);
}

/**
 * The protection demand of a daily-review policy with lead time L: demand over L and L + 1 days.
 * Sales-history plans with a fixed lead time use the empirical rolling totals; otherwise a gamma fit.
 */
export function demandModel(daily: DailyDemand, leadTimeDays: number, leadTimeCv: number): DemandModel {
  const leadTimeSd = leadTimeCv * leadTimeDays;
  const history = daily.history;
  const empirical = history !== undefined && leadTimeSd === 0 && history.length > leadTimeDays + 1;
  const leadTime = empirical
    ? rollingTotals(history, leadTimeDays)
    : sumOfDays(daily, leadTimeDays, leadTimeSd);
  const protection = empirical
    ? rollingTotals(history, leadTimeDays + 1)
    : sumOfDays(daily, leadTimeDays + 1, leadTimeSd);
  const periodMean = Math.max(0, protection.mean - leadTime.mean);
  return { demand: { leadTime, protection, periodMean }, daily };
}
