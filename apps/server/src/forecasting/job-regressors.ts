/** The regressors of one forecast job: Chinese holiday features and promotion flags over history and horizon. */
import { holidayFeatures } from '@zhizao/calendar';
import { isAppError } from '@zhizao/core';
import { demandRegressors, type Regressor } from '@zhizao/forecast';
import type { DailySeries } from './daily-series.ts';

/**
 * Holiday and promotion regressors for days `startDay` … `startDay + length + horizon − 1`: history
 * first, then the horizon. `promotion` covers the same days (shorter: the rest count as no promotion).
 * Empty when the days fall outside the holiday calendar (2000–2040).
 */
export function jobRegressors(
  startDay: number,
  days: number,
  promotion: Uint8Array | undefined,
): Regressor[] {
  const flags = new Uint8Array(days);
  if (promotion) flags.set(promotion.subarray(0, days));
  try {
    const calendar = holidayFeatures(Int32Array.from({ length: days }, (_, i) => startDay + i));
    return demandRegressors(calendar, flags);
  } catch (error: unknown) {
    if (isAppError(error)) return [];
    throw error;
  }
}

/** Promotion flags over history and horizon: the sales rows' flags, then the planned promotions ahead. */
export function promotionDays(series: DailySeries, horizon: number): Uint8Array {
  const n = series.values.length;
  const flags = new Uint8Array(n + horizon);
  flags.set(series.promotion);
  const firstAhead = series.startDay + n;
  for (const range of series.planned) {
    const from = Math.max(range.first, firstAhead) - series.startDay;
    const to = Math.min(range.last - series.startDay, n + horizon - 1);
    for (let t = from; t <= to; t++) flags[t] = 1;
  }
  return flags;
}
