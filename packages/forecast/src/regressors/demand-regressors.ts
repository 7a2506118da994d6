/** The standard daily demand regressors: Chinese holiday breaks, Spring Festival weeks, promotions and their after-dip. */
import { AppError } from '@zhizao/core';
import type { Regressor } from './fit-with-regressors.ts';

/**
 * Per-day holiday flags over history and horizon. `HolidayFeatures` from `@zhizao/calendar` fits; the
 * engine declares only what it reads so it stays free of the calendar package.
 */
export interface CalendarFlags {
  /** 1 inside a holiday break (bridged weekends included). */
  readonly holidayBreak: ArrayLike<number>;
  /** 1 inside a week-long break (Spring Festival, National Day). */
  readonly goldenWeek: ArrayLike<number>;
  /** 1 on the working days just before a break of 3 days or more. */
  readonly preHoliday: ArrayLike<number>;
  /** Signed days from the nearest Spring Festival. */
  readonly daysToSpringFestival: ArrayLike<number>;
}

/** Options of `demandRegressors`. */
export interface DemandRegressorOptions {
  /** Whole weeks before the Spring Festival given their own effect. Default 3. */
  readonly springFestivalWeeksBefore?: number;
  /** Whole weeks from the Spring Festival on (the festival week included) with their own effect. Default 3. */
  readonly springFestivalWeeksAfter?: number;
  /** Days after a promotion ends that form the `postPromotion` regressor (0 = none). Default 7. */
  readonly postPromotionDays?: number;
}

/**
 * Builds the regressors for `fitWithRegressors` over history and horizon (all inputs one entry per day):
 * one indicator per week of distance to the Spring Festival (`springFestival-3` … `springFestival+2`:
 * days −21…−15 … +14…+20; the stocking, shutdown and restart of a Chinese factory's order book, as
 * Prophet's holiday windows model a holiday's neighbourhood, Taylor & Letham 2018 §3.2), the other
 * holiday breaks, golden weeks and pre-holiday days outside that window, `promotion`, and
 * `postPromotion` on the days after a promotion when customers who bought ahead order less (the
 * post-promotion dip, van Heerde, Leeflang & Wittink 2000).
 */
export function demandRegressors(
  calendar: CalendarFlags,
  promotion: ArrayLike<number>,
  options: DemandRegressorOptions = {},
): Regressor[] {
  const n = promotion.length;
  for (const key of ['holidayBreak', 'goldenWeek', 'preHoliday', 'daysToSpringFestival'] as const) {
    if (calendar[key]?.length !== n) {
      throw new AppError(
        'INVALID_INPUT',
        `calendar.${key} must have one entry per day (${n}, as promotion), got ${calendar[key]?.length}`,
      );
    }
  }
  const before = checkCount('options.springFestivalWeeksBefore', options.springFestivalWeeksBefore ?? 3);
  const after = checkCount('options.springFestivalWeeksAfter', options.springFestivalWeeksAfter ?? 3);
  const dipDays = checkCount('options.postPromotionDays', options.postPromotionDays ?? 7);
  const weeks: Float64Array[] = [];
  for (let w = -before; w < after; w++) weeks.push(new Float64Array(n));
  const holidayBreak = new Float64Array(n);
  const goldenWeek = new Float64Array(n);
  const preHoliday = new Float64Array(n);
  const promoted = new Float64Array(n);
  const postPromotion = new Float64Array(n);
  let sincePromotion = Number.POSITIVE_INFINITY;
  for (let t = 0; t < n; t++) {
    const week = Math.floor(calendar.daysToSpringFestival[t]! / 7);
    const inWindow = week >= -before && week < after;
    if (inWindow) weeks[week + before]![t] = 1;
    else {
      holidayBreak[t] = calendar.holidayBreak[t]! === 1 ? 1 : 0;
      goldenWeek[t] = calendar.goldenWeek[t]! === 1 ? 1 : 0;
      preHoliday[t] = calendar.preHoliday[t]! === 1 ? 1 : 0;
    }
    const onPromotion = promotion[t]! > 0;
    promoted[t] = onPromotion ? 1 : 0;
    sincePromotion = onPromotion ? 0 : sincePromotion + 1;
    if (sincePromotion >= 1 && sincePromotion <= dipDays) postPromotion[t] = 1;
  }
  const signed = (w: number): string => (w < 0 ? `${w}` : `+${w}`);
  return [
    ...weeks.map((values, k) => ({ name: `springFestival${signed(k - before)}`, values })),
    { name: 'holidayBreak', values: holidayBreak },
    { name: 'goldenWeek', values: goldenWeek },
    { name: 'preHoliday', values: preHoliday },
    { name: 'promotion', values: promoted },
    ...(dipDays > 0 ? [{ name: 'postPromotion', values: postPromotion }] : []),
  ];
}

function checkCount(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 0 || value > 60) {
    throw new AppError('INVALID_INPUT', `${name} must be an integer in 0..60, got ${value}`);
  }
  return value;
}
